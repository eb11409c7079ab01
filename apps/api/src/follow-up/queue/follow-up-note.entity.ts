import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An internal note on a queue item: plain text, shown as text (never as HTML). */
@Entity({ name: 'follow_up_note' })
export class FollowUpNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
