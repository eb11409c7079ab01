import { retryDelaySeconds, trimError } from './delivery-backoff';

describe('retry backoff', () => {
  it('waits 30 s, then doubles, at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it('stores the error message on one line, at most 500 characters', () => {
    expect(trimError(new Error('  451 Try\r\n again later  '))).toBe('451 Try again later');
    expect(trimError(new Error('x'.repeat(2000)))).toHaveLength(500);
    expect(trimError('plain')).toBe('plain');
  });
});
