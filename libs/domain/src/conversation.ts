/**
 * Anonymous conversations on a comment (issue 12): the rules both the API and the employee's page apply.
 * The page makes the secret (256 random bits, base64url without padding: 43 characters) when the
 * employee writes a comment; only its HMAC is stored.
 */
export const CONVERSATION_SECRET = /^[A-Za-z0-9_-]{43}$/;
export const CONVERSATION_MESSAGE_MAX = 2000;

export type ConversationMessageProblem = 'empty' | 'too_long' | 'nul';

/** Why a message cannot be sent as it is (plain text, 1–2,000 characters once trimmed, no NUL), or null. */
export function conversationMessageProblem(body: string): ConversationMessageProblem | null {
  if (body.includes('\u0000')) return 'nul';
  const trimmed = body.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > CONVERSATION_MESSAGE_MAX) return 'too_long';
  return null;
}
