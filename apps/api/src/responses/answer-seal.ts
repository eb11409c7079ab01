import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppSecret } from '../common/app-secret';

/**
 * Every sealed answer has the same length, whatever it holds: a comment of 2,000 characters,
 * each escaped by JSON to at most 6 bytes, fits with room for the other fields. A length that
 * varied would let a row waiting in the inbox be matched to the response it becomes.
 */
export const SEALED_PLAINTEXT_BYTES = 16_384;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SEALED_BYTES = IV_BYTES + SEALED_PLAINTEXT_BYTES + TAG_BYTES;

/**
 * Seals an answer while it waits for the end of its day (AES-256-GCM under a key derived from the
 * application secret, which the database never holds), and names its invitation by a claim
 * (HMAC of the invitation id) that only the API can compute. So a row of the inbox says neither
 * whose answer it holds nor what it says, to anyone who reads the database.
 */
export class AnswerSeal {
  private readonly sealKey: Buffer;
  private readonly claimKey: Buffer;

  constructor(secret: AppSecret) {
    this.sealKey = secret.key('answer-seal');
    this.claimKey = secret.key('answer-claim');
  }

  /** The inbox's key for one invitation: unique per invitation, unlinkable without the secret. */
  claimOf(invitationId: string): Buffer {
    return createHmac('sha256', this.claimKey).update(invitationId, 'utf8').digest();
  }

  seal(value: unknown): Buffer {
    const json = Buffer.from(JSON.stringify(value), 'utf8');
    if (json.length + 4 > SEALED_PLAINTEXT_BYTES) throw new Error(`A sealed answer holds at most ${SEALED_PLAINTEXT_BYTES - 4} bytes.`);
    const plain = Buffer.alloc(SEALED_PLAINTEXT_BYTES);
    plain.writeUInt32BE(json.length, 0);
    json.copy(plain, 4);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]);
  }

  /** Throws when the row was not sealed with this secret (or was altered). */
  open<T>(sealed: Buffer): T {
    if (sealed.length !== SEALED_BYTES) throw new Error('A sealed answer has the wrong length.');
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    const length = plain.readUInt32BE(0);
    return JSON.parse(plain.subarray(4, 4 + length).toString('utf8')) as T;
  }
}
