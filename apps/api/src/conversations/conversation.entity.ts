import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@ex-pulse/contracts';

/**
 * One anonymous conversation on a comment (migration 1765400000000). Found by the employee through
 * the HMAC of their link's secret, by staff through its follow-up item; nothing here, nor in any
 * other row, names the invitation or the employee it came from.
 */
@Entity({ name: 'conversation' })
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** HMAC (key derived from APP_SECRET) of the secret in the employee's private link. */
  @Column({ name: 'secret_digest', type: 'bytea' })
  secretDigest: Buffer;

  /** HMAC (another derived key) of the response's id: how the follow-up intake finds it. */
  @Column({ name: 'response_ref', type: 'bytea' })
  responseRef: Buffer;

  /** The invitation's language: the employee's page speaks it. */
  @Column({ type: 'text' })
  language: Language;

  /** The follow-up item of the comment, once the intake has taken it in. */
  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;
}
