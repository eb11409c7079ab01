import { Column, Entity } from 'typeorm';
import { NoteColumns } from '../note-columns';

/** An internal note on a queue item: plain text, shown as text (never as HTML). */
@Entity({ name: 'follow_up_note' })
export class FollowUpNote extends NoteColumns {
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;
}
