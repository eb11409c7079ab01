import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message of a conversation, in the thread's order of ids. A staff reply keeps who and when; an
 * employee's message only its day, written at the day's end with the day's others in a random order.
 */
@Entity({ name: 'conversation_message' })
export class ConversationMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ name: 'from_staff', type: 'boolean' })
  fromStaff: boolean;

  /** The staff author; always null for the employee. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'written_on', type: 'date' })
  writtenOn: string;

  /** Staff replies only. */
  @Column({ name: 'written_at', type: 'timestamptz', nullable: true })
  writtenAt: Date | null;
}
