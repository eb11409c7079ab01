import { Column, Entity } from 'typeorm';
import { NoteColumns } from '../note-columns';

/** A progress note on an action: plain text. */
@Entity({ name: 'action_progress_note' })
export class ActionProgressNote extends NoteColumns {
  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;
}
