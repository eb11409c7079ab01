import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditSubject = 'item' | 'plan' | 'action';

/**
 * A change a user made to a queue item, a plan or an action: who, when, which field, from and to.
 * Employees' comments are never copied here (a note is named by its id).
 */
@Entity({ name: 'follow_up_audit' })
export class FollowUpAudit {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The user's name at the time, kept when the account is gone. */
  @Column({ name: 'user_name', type: 'text' })
  userName: string;

  @Column({ type: 'text' })
  subject: AuditSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  change: string;

  @Column({ name: 'from_value', type: 'text', nullable: true })
  fromValue: string | null;

  @Column({ name: 'to_value', type: 'text', nullable: true })
  toValue: string | null;
}
