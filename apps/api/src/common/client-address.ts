import { normalizeIp } from '@nestjs/throttler';
import type { Request } from 'express';

/**
 * The client address that the per-address limits count against: Express's req.ip, which follows
 * X-Forwarded-For only as far as TRUST_PROXY allows (otherwise the socket's peer). IPv4-mapped
 * IPv6 addresses read as IPv4, and an IPv6 address counts as its /64, which one subscriber holds
 * whole and can change addresses within at will.
 */
export function clientAddress(request: Request): string {
  return normalizeIp(request.ip ?? request.socket.remoteAddress ?? 'unknown', 64);
}
