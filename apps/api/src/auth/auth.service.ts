import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BlockedSignIn, SessionUser } from '@ex-pulse/contracts';
import { activeUserByEmail } from './active-user';
import { Clock } from '../common/clock';
import { IssuedDevice, KnownDevices } from './known-device';
import { verifyPassword } from './password';
import { OpenedSession, SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';

/** Compared against when the email is unknown, so both paths take the same time. */
const DUMMY_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Where a sign-in comes from: the client address the limits count, the browser's device cookie. */
export interface SignInClient {
  address: string;
  deviceCookie: unknown;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly devices: KnownDevices,
  ) {}

  /**
   * The attempt is counted (or refused with 429) before the ~0.45 s password hash, and given back
   * when the password is correct; an unknown email takes the same path and time as a known one.
   */
  async login(
    email: string,
    password: string,
    client: SignInClient,
  ): Promise<{ user: SessionUser; session: OpenedSession; device: IssuedDevice }> {
    const now = this.clock.now();
    const account = await activeUserByEmail(this.db, email);
    const userId = account?.user.id ?? null;
    const knownDevice = userId ? this.devices.deviceOf(client.deviceCookie, userId, now) : null;
    const admitted = await this.throttle.admit({ email, address: client.address, userId, knownDevice }, now);
    const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) throw new UnauthorizedException('Email or password is incorrect.');
    await this.throttle.succeeded(admitted);
    const session = await this.sessions.open(account.user.id);
    return { session, device: this.devices.issue(account.user.id, knownDevice, now), user: account.user };
  }

  /** HR: the sign-in attempts the limits refused in the last 30 days. */
  blockedSignIns(): Promise<BlockedSignIn[]> {
    return this.throttle.refusals(this.clock.now());
  }
}
