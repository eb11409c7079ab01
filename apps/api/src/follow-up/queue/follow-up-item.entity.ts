import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FollowUpStatus } from '@ex-pulse/domain';

/**
 * One item of the follow-up queue (migration 1765300000000): a comment as the list of its unit shows
 * it, and the work on it. Nothing here names the answer it came from (README, "Follow-up queue").
 */
@Entity({ name: 'follow_up_item' })
export class FollowUpItem {
  /** Random, made by PostgreSQL as the item is taken in: the item's key on the wire. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** HMAC of the quarter, the answer's department, the text and its ordinal: takes each comment in once. Never leaves the API. */
  @Column({ name: 'source_digest', type: 'bytea' })
  sourceDigest: Buffer;

  /** The unit whose comment list holds it (the deepest shown, as on the comments page). */
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ type: 'text' })
  quarter: string;

  @Column({ type: 'text' })
  comment: string;

  /** −1, 0, 1; null: unclassified. */
  @Column({ type: 'smallint', nullable: true })
  sentiment: -1 | 0 | 1 | null;

  /** A detractor's comment where the comments list shows that band. */
  @Column({ type: 'boolean' })
  detractor: boolean;

  @Column({ type: 'text', default: 'new' })
  status: FollowUpStatus;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'created_on', type: 'date' })
  createdOn: string;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;
}
