import { randomBytes, randomUUID } from 'node:crypto';
import { AppSecret } from '../common/app-secret';
import { AnswerLinks, hashLegacyAnswerToken, isLegacyAnswerToken } from './answer-token';

describe('answer-link tokens', () => {
  const links = new AnswerLinks(new AppSecret(Buffer.from('a test secret of at least thirty-two bytes')));
  const id = '3f1c2a4e-9b7d-4c61-8e2f-0a5b6c7d8e9f';

  it('are 64 base64url characters that name their invitation, and the same every time', () => {
    const token = links.tokenOf(id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(Buffer.from(token, 'base64url').subarray(0, 16).toString('hex')).toBe(id.replace(/-/g, ''));
    expect(links.tokenOf(id)).toBe(token);
    expect(links.tokenOf(id.toUpperCase())).toBe(token);
    expect(links.invitationIdOf(token)).toBe(id);
    expect(links.linkOf('https://pulse.example.test', id)).toBe(`https://pulse.example.test/s#${token}`);
  });

  it('open nothing without the secret: another secret, another invitation id, a changed MAC or id', () => {
    const token = links.tokenOf(id);
    const stranger = new AnswerLinks(new AppSecret(Buffer.from('another secret, also thirty-two bytes long')));
    expect(stranger.tokenOf(id)).not.toBe(token);
    expect(stranger.invitationIdOf(token)).toBeNull();
    // An id from a stolen database with a guessed key: the MAC does not match.
    const other = randomUUID();
    const forged = Buffer.concat([Buffer.from(other.replace(/-/g, ''), 'hex'), Buffer.from(token, 'base64url').subarray(16)]);
    expect(links.invitationIdOf(forged.toString('base64url'))).toBeNull();
    const bytes = Buffer.from(token, 'base64url');
    for (const at of [0, 15, 16, 47]) {
      const changed = Buffer.from(bytes);
      changed[at] ^= 1;
      expect(links.invitationIdOf(changed.toString('base64url'))).toBeNull();
    }
  });

  it('refuse what is not a token, including the old 43-character ones', () => {
    const legacy = randomBytes(32).toString('base64url');
    for (const bad of ['', 'short', legacy, `${links.tokenOf(id)}A`, links.tokenOf(id).slice(1), `${'!'.repeat(64)}`]) {
      expect(links.invitationIdOf(bad)).toBeNull();
    }
    expect(() => links.tokenOf('not-a-uuid')).toThrow(/UUID/);
  });

  it('tell the old scheme by its length, and hash it as the invitations stored it', () => {
    const legacy = randomBytes(32).toString('base64url');
    expect(isLegacyAnswerToken(legacy)).toBe(true);
    expect(isLegacyAnswerToken(links.tokenOf(id))).toBe(false);
    expect(hashLegacyAnswerToken(legacy)).toHaveLength(32);
  });
});
