import { CONVERSATION_SECRET } from '@ex-pulse/domain';
import { conversationLink, newConversationSecret, secretFromFragment } from './conversation-link';

describe('conversation link', () => {
  it('makes 256 random bits as 43 base64url characters, a new one each time', () => {
    const a = newConversationSecret();
    const b = newConversationSecret();
    expect(a).toMatch(CONVERSATION_SECRET);
    expect(b).toMatch(CONVERSATION_SECRET);
    expect(a).not.toBe(b);
  });

  it('encodes the bytes as base64url without padding', () => {
    const fake = { getRandomValues: <T extends ArrayBufferView | null>(array: T): T => ((array as unknown as Uint8Array).fill(0xfb), array) };
    expect(newConversationSecret(fake as Crypto)).toBe('-_v7'.repeat(10) + '-_s');
  });

  it('gives no secret without JavaScript crypto', () => {
    expect(newConversationSecret(null)).toBeNull();
    expect(newConversationSecret({} as Crypto)).toBeNull();
  });

  it('puts the secret in the fragment of /c', () => {
    expect(conversationLink('https://pulse.example', 'abc')).toBe('https://pulse.example/c#abc');
  });

  it('reads the secret from the fragment', () => {
    const secret = 'A'.repeat(43);
    expect(secretFromFragment(secret)).toEqual({ kind: 'secret', secret });
    expect(secretFromFragment(` #${secret} `)).toEqual({ kind: 'secret', secret });
    expect(secretFromFragment(null)).toEqual({ kind: 'missing' });
    expect(secretFromFragment('')).toEqual({ kind: 'missing' });
    expect(secretFromFragment('A'.repeat(42))).toEqual({ kind: 'malformed' });
  });
});
