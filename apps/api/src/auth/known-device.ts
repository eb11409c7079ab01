import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppSecret } from '../common/app-secret';

/** The cookie a browser gets at each successful sign-in: "this browser has signed in to this account". */
export const DEVICE_COOKIE = 'expulse_device';
const DEVICE_DAYS = 180;

export interface IssuedDevice {
  value: string;
  maxAgeMs: number;
}

/**
 * Known browsers, for the sign-in throttle: a browser that signed in to an account before carries
 * `<user id>.<device id>.<expiry, epoch seconds>.<HMAC-SHA256>` (keyed by the application secret),
 * so nothing is stored per browser and a forged, altered or expired cookie is worth nothing. The
 * per-account limit does not apply to it (an attacker guessing from elsewhere cannot lock its owner
 * out); the browser has its own growing delays instead. One account per browser: signing in to
 * another replaces it.
 */
@Injectable()
export class KnownDevices {
  private readonly key: Buffer;

  constructor(secret: AppSecret) {
    this.key = secret.key('sign-in-device');
  }

  /** The device id of a valid cookie for this account, or null. */
  deviceOf(cookie: unknown, userId: string, now: Date): string | null {
    if (typeof cookie !== 'string') return null;
    const parts = cookie.split('.');
    if (parts.length !== 4) return null;
    const [user, device, expires, mac] = parts;
    const expected = Buffer.from(this.mac(user, device, expires));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (user !== userId || !(Number(expires) * 1000 > now.getTime())) return null;
    return device;
  }

  /** A fresh cookie for this account, keeping the device id of a browser already known to it. */
  issue(userId: string, knownDevice: string | null, now: Date): IssuedDevice {
    const device = knownDevice ?? randomBytes(16).toString('base64url');
    const maxAgeMs = DEVICE_DAYS * 24 * 3600_000;
    const expires = String(Math.floor((now.getTime() + maxAgeMs) / 1000));
    return { value: [userId, device, expires, this.mac(userId, device, expires)].join('.'), maxAgeMs };
  }

  private mac(user: string, device: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${user}.${device}.${expires}`).digest('base64url');
  }
}
