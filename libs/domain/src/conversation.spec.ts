import { CONVERSATION_SECRET, conversationMessageProblem } from './conversation';

describe('conversation messages', () => {
  it('takes plain text of 1 to 2000 characters once trimmed, and refuses NUL', () => {
    expect(conversationMessageProblem('  Thank you.  ')).toBeNull();
    expect(conversationMessageProblem('   ')).toBe('empty');
    expect(conversationMessageProblem('x'.repeat(2000))).toBeNull();
    expect(conversationMessageProblem('x'.repeat(2001))).toBe('too_long');
    expect(conversationMessageProblem('a\u0000b')).toBe('nul');
  });

  it('knows a secret by its shape: 43 base64url characters', () => {
    expect(CONVERSATION_SECRET.test('A'.repeat(42) + '_')).toBe(true);
    expect(CONVERSATION_SECRET.test('A'.repeat(44))).toBe(false);
    expect(CONVERSATION_SECRET.test('A'.repeat(42) + '=')).toBe(false);
  });
});
