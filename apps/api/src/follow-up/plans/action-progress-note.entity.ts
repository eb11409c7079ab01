import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A progress note on an action: plain text. */
@Entity({ name: 'action_progress_note' })
export class ActionProgressNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
