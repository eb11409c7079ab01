import { newSubmissionId } from './submission-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newSubmissionId', () => {
  it('uses crypto.randomUUID when the page is a secure context', () => {
    const randomUUID = jest.fn(() => '11111111-2222-4333-8444-555555555555');
    expect(newSubmissionId({ randomUUID } as unknown as Crypto)).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('still makes a random v4 UUID on plain HTTP, where randomUUID is missing', () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint8Array).fill(0xff);
      return array;
    };
    const id = newSubmissionId({ getRandomValues } as unknown as Crypto);
    expect(id).toMatch(UUID_V4);
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('differs from call to call', () => {
    expect(newSubmissionId()).not.toBe(newSubmissionId());
  });
});
