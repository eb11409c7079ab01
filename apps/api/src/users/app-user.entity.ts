import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountLanguage, Role } from '@ex-pulse/contracts';

/**
 * A person who signs in (foundation migration; language and weekly_digest 1765500000000;
 * invitations and deactivation 1765600000000). A manager sees the subtree of scopeDepartmentId.
 */
@Entity({ name: 'app_user' })
export class AppUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique regardless of case (an expression index the migration owns). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** Null until the invited person sets a password; never leaves the API. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'scope_department_id', type: 'uuid', nullable: true })
  scopeDepartmentId: string | null;

  @Column({ type: 'text' })
  language: AccountLanguage;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
