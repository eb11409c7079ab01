import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DepartmentScopeService } from '../org/department-scope.service';
import { AuthenticatedUser } from './authenticated-user';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  maxAgeMs: number;
}

/**
 * Server-side sessions: the cookie holds 256 random bits, the table only their SHA-256.
 * A session ends after SESSION_IDLE_MINUTES without use, SESSION_ABSOLUTE_HOURS after login,
 * or at logout.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly scopes: DepartmentScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const maxAgeMs = this.config.sessionAbsoluteHours * 3600_000;
    await this.db.query(
      `INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $4, $5)`,
      [sha256(token), userId, csrfToken, now, new Date(now.getTime() + maxAgeMs)],
    );
    return { token, csrfToken, maxAgeMs };
  }

  /** The user of a live session (and the session's CSRF token), touching its idle timer. */
  async resolve(token: string): Promise<{ user: AuthenticatedUser; csrfToken: string } | null> {
    const now = this.clock.now();
    const idleCutoff = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [[row]] = await this.db.query(
      `UPDATE user_session s SET last_seen_at = $2
         FROM app_user u
        WHERE s.id_hash = $1 AND u.id = s.user_id AND u.deactivated_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3
        RETURNING s.csrf_token, u.id, u.email, u.name, u.role, u.scope_department_id`,
      [sha256(token), now, idleCutoff],
    );
    if (!row) return null;
    const role = row.role as Role;
    const scopeDepartmentId: string | null = row.scope_department_id;
    return {
      csrfToken: row.csrf_token,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        role,
        scopeDepartmentId: role === 'manager' ? scopeDepartmentId : null,
        visibleDepartmentIds:
          role === 'manager' && scopeDepartmentId ? await this.scopes.subtreeIds(scopeDepartmentId) : null,
      },
    };
  }

  async close(token: string): Promise<void> {
    await this.db.query(`DELETE FROM user_session WHERE id_hash = $1`, [sha256(token)]);
  }

  /** Removes sessions that ended (expired, or idle past SESSION_IDLE_MINUTES); returns how many. */
  async pruneEnded(now: Date): Promise<number> {
    const idleCutoff = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    const [, count] = await this.db.query(`DELETE FROM user_session WHERE expires_at <= $1 OR last_seen_at <= $2`, [now, idleCutoff]);
    return count;
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
