import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Role, UserAccount } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditLog } from '../audit/audit-log.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/pg-errors';
import { AccountMailer } from './account-mailer';
import { AppUser } from './app-user.entity';
import { InviteUserDto, UpdateUserDto } from './users.dto';
import { lastActiveAdminGuard } from './last-admin';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  scope_department_id: string | null;
  scope_department_name: string | null;
  language: 'en' | 'et';
  has_password: boolean;
  created_at: Date;
  deactivated_at: Date | null;
  invitation_expires_at: Date | null;
}

/** The accounts of the list, with what the entity does not hold (scope name, whether a password is set, the latest invitation). */
const ACCOUNTS = `
  SELECT u.id, u.email, u.name, u.role, u.scope_department_id, d.name AS scope_department_name, u.language,
         u.password_hash IS NOT NULL AS has_password, u.created_at, u.deactivated_at,
         (SELECT max(t.expires_at) FROM account_token t WHERE t.user_id = u.id AND t.purpose = 'invite' AND t.used_at IS NULL) AS invitation_expires_at
    FROM app_user u LEFT JOIN department d ON d.id = u.scope_department_id`;

/** HR's accounts: invite, change role and scope, deactivate, send the invitation again. Every change is audited in its transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(AppUser) private readonly users: Repository<AppUser>,
    private readonly mailer: AccountMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<UserAccount[]> {
    const rows: AccountRow[] = await this.db.query(`${ACCOUNTS} ORDER BY u.deactivated_at IS NOT NULL, lower(u.name), u.id`);
    return rows.map(toAccount);
  }

  async get(id: string): Promise<UserAccount> {
    const [row]: AccountRow[] = await this.db.query(`${ACCOUNTS} WHERE u.id = $1`, [id]);
    if (!row) throw new NotFoundException(`User ${id} does not exist.`);
    return toAccount(row);
  }

  async invite(actor: AuthenticatedUser, dto: InviteUserDto): Promise<UserAccount> {
    const email = dto.email.trim();
    const id = await this.db.transaction(async (tx) => {
      const scope = await checkedScope(tx, dto.role, dto.scopeDepartmentId);
      if (await tx.getRepository(AppUser).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists()) {
        throw duplicateEmail(email);
      }
      const language = dto.language ?? (await employeeLanguage(tx, email)) ?? 'en';
      const repository = tx.getRepository(AppUser);
      let user: AppUser;
      try {
        user = await repository.save(
          repository.create({ email, name: dto.name.trim(), role: dto.role, scopeDepartmentId: scope, language, invitedBy: actor.id, passwordHash: null }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateEmail(email);
        throw error;
      }
      await this.mailer.issue(tx, user, 'invite', actor.name);
      const scopeName = scope ? await departmentName(tx, scope) : null;
      await this.audit.record(actor, 'user.invited', target(user), { role: user.role, scope: scopeName, scopeDepartmentId: scope, language }, tx);
      return user.id;
    });
    return this.get(id);
  }

  async update(actor: AuthenticatedUser, id: string, dto: UpdateUserDto): Promise<UserAccount> {
    await this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, id);
      const role = dto.role ?? user.role;
      const requestedScope = dto.scopeDepartmentId !== undefined ? dto.scopeDepartmentId : role === 'manager' ? user.scopeDepartmentId : null;
      const scope = await checkedScope(tx, role, requestedScope);
      if (user.role === 'admin' && role !== 'admin') await lastActiveAdminGuard(tx, user, actor, 'demote');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const next = { role, scopeDepartmentId: scope, name: dto.name?.trim() ?? user.name, language: dto.language ?? user.language };
      for (const key of Object.keys(next) as (keyof typeof next)[]) {
        if (next[key] !== user[key]) changes[key] = { from: user[key], to: next[key] };
      }
      if (changes['scopeDepartmentId']) {
        const name = (id: unknown) => (typeof id === 'string' ? departmentName(tx, id) : Promise.resolve(null));
        changes['scope'] = { from: await name(user.scopeDepartmentId), to: await name(scope) };
      }
      if (Object.keys(changes).length === 0) return;
      await tx.getRepository(AppUser).update({ id }, next);
      await this.audit.record(actor, 'user.updated', target(user), changes, tx);
    });
    return this.get(id);
  }

  /** Ends the account at once: its sessions go in the same transaction, and no sign-in or link works for it. */
  async deactivate(actor: AuthenticatedUser, id: string): Promise<UserAccount> {
    await this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, id);
      if (user.deactivatedAt) return;
      if (user.role === 'admin') await lastActiveAdminGuard(tx, user, actor, 'deactivate');
      await tx.getRepository(AppUser).update({ id }, { deactivatedAt: this.clock.now() });
      const [, sessions] = await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [id]);
      await tx.query(`UPDATE account_token SET expires_at = least(expires_at, $2) WHERE user_id = $1 AND used_at IS NULL`, [id, this.clock.now()]);
      await this.audit.record(actor, 'user.deactivated', target(user), { sessionsEnded: sessions }, tx);
    });
    return this.get(id);
  }

  async reactivate(actor: AuthenticatedUser, id: string): Promise<UserAccount> {
    await this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, id);
      if (!user.deactivatedAt) return;
      await tx.getRepository(AppUser).update({ id }, { deactivatedAt: null });
      await this.audit.record(actor, 'user.reactivated', target(user), {}, tx);
    });
    return this.get(id);
  }

  /** A new invitation link (the earlier ones stop working), for an account that has not set a password yet. */
  async resendInvitation(actor: AuthenticatedUser, id: string): Promise<UserAccount> {
    await this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, id);
      if (user.deactivatedAt) throw new ConflictException(`${user.email} is deactivated; reactivate the account before inviting again.`);
      const [{ has_password }] = await tx.query(`SELECT password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1`, [id]);
      if (has_password) throw new ConflictException(`${user.email} has set a password already; they can use "Forgot password" on the sign-in page.`);
      await this.mailer.issue(tx, user, 'invite', actor.name);
      await this.audit.record(actor, 'user.invitation_resent', target(user), {}, tx);
    });
    return this.get(id);
  }
}

function toAccount(row: AccountRow): UserAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    scopeDepartmentId: row.role === 'manager' ? row.scope_department_id : null,
    scopeDepartmentName: row.role === 'manager' ? row.scope_department_name : null,
    language: row.language,
    status: row.deactivated_at ? 'deactivated' : row.has_password ? 'active' : 'invited',
    createdAt: row.created_at.toISOString(),
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
    invitationExpiresAt: !row.has_password && row.invitation_expires_at ? row.invitation_expires_at.toISOString() : null,
  };
}

function target(user: AppUser) {
  return { type: 'user' as const, id: user.id, label: user.email };
}

function duplicateEmail(email: string): ConflictException {
  return new ConflictException(`An account with the email ${email} exists already; change that account's role instead.`);
}

/**
 * The account, locked against other changes. FOR NO KEY UPDATE: the audit entry's foreign key to
 * the actor's row (KEY SHARE) must not wait on it, or two admins changing each other would deadlock.
 */
async function lockedUser(tx: EntityManager, id: string): Promise<AppUser> {
  const user = await tx.getRepository(AppUser).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  if (!user) throw new NotFoundException(`User ${id} does not exist.`);
  return user;
}

/** A manager needs an existing department as scope; the other roles see everything and take none. */
async function checkedScope(tx: EntityManager, role: Role, scopeDepartmentId: string | null | undefined): Promise<string | null> {
  if (role !== 'manager') {
    if (scopeDepartmentId) throw new BadRequestException(`Only a manager has a scope; a ${role} sees the whole organisation. Leave the department empty.`);
    return null;
  }
  if (!scopeDepartmentId) throw new BadRequestException('A manager needs a scope: choose the department whose subtree they will see.');
  const [exists] = await tx.query(`SELECT 1 FROM department WHERE id = $1`, [scopeDepartmentId]);
  if (!exists) throw new BadRequestException(`Department ${scopeDepartmentId} does not exist; choose one from the list of departments.`);
  return scopeDepartmentId;
}

async function employeeLanguage(tx: EntityManager, email: string): Promise<'en' | 'et' | null> {
  const [row] = await tx.query(`SELECT language FROM employee WHERE lower(work_email) = lower($1) LIMIT 1`, [email]);
  return row?.language ?? null;
}

async function departmentName(tx: EntityManager, id: string): Promise<string | null> {
  const [row] = await tx.query(`SELECT name FROM department WHERE id = $1`, [id]);
  return row?.name ?? null;
}
