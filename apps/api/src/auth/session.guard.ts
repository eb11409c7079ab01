import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { assertSameOrigin } from './same-origin';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookies';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a live session unless marked @Public; writes also need the CSRF header and
 * must not come from another site (Origin or Referer other than PUBLIC_URL). Public routes (the
 * sign-in, the answer link, API keys) check what their own credential needs.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const write = !SAFE_METHODS.has(request.method);
    if (write) assertSameOrigin(request, this.config.publicUrl);
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const resolved = typeof token === 'string' && token ? await this.sessions.resolve(token) : null;
    if (!resolved) throw new UnauthorizedException('Your session has ended. Sign in to continue.');

    if (write && request.header(CSRF_HEADER) !== resolved.csrfToken) {
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
