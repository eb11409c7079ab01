import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One week's intake of the follow-up queue (week: its first day, the 1st, 8th, 15th or 22nd), done once. */
@Entity({ name: 'follow_up_intake' })
export class FollowUpIntakeRecord {
  @PrimaryColumn({ type: 'date' })
  week: string;

  /** Items taken in. */
  @Column({ type: 'integer' })
  items: number;
}
