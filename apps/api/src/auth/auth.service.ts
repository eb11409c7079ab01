import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role, SessionUser } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { verifyPassword } from './password';
import { OpenedSession, SessionService } from './session.service';

/** Compared against when the email is unknown, so both paths take the same time. */
const DUMMY_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<{ user: SessionUser; session: OpenedSession }> {
    const now = this.clock.now();
    const hourAgo = new Date(now.getTime() - 3600_000);
    const [{ failures }] = await this.db.query(
      `SELECT count(*)::int AS failures FROM failed_login WHERE lower(email) = lower($1) AND attempted_at > $2`,
      [email, hourAgo],
    );
    if (failures >= this.config.loginMaxFailuresPerHour) {
      throw new HttpException(
        'Too many failed sign-in attempts for this account. Try again in an hour, or ask HR to reset the password.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const [row] = await this.db.query(
      `SELECT id, email, name, role, scope_department_id, password_hash FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    const valid = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !valid) {
      await this.db.query(`INSERT INTO failed_login (email, attempted_at) VALUES ($1, $2)`, [email, now]);
      throw new UnauthorizedException('Email or password is incorrect.');
    }
    const session = await this.sessions.open(row.id);
    return {
      session,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role as Role,
        scopeDepartmentId: row.role === 'manager' ? row.scope_department_id : null,
      },
    };
  }
}
