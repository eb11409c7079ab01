import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** What an internal note and a progress note share: plain text by a user, at a time. Each table adds what it is a note on. */
export abstract class NoteColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
