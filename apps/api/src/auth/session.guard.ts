import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@ex-pulse/contracts';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookies';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every route needs a live session unless marked @Public; writes also need the CSRF header. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const resolved = typeof token === 'string' && token ? await this.sessions.resolve(token) : null;
    if (!resolved) throw new UnauthorizedException('Your session has ended. Sign in to continue.');

    if (!SAFE_METHODS.has(request.method) && request.header(CSRF_HEADER) !== resolved.csrfToken) {
      throw new ForbiddenException('The request lacks a valid CSRF token. Reload the page and try again.');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(resolved.user.role)) {
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}.`);
    }
    (request as Request & { user: unknown }).user = resolved.user;
    return true;
  }
}
