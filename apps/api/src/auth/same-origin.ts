import {
  CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { notJson } from '../common/request-input';

/**
 * Refuses a request that says it comes from another site: its Origin header, or without one its
 * Referer, names an origin other than PUBLIC_URL's (`Origin: null`, sent by sandboxed pages and
 * some redirects, counts as another site). A request with neither (curl, a CX tool) passes:
 * browsers send Origin on every cross-site POST, PUT, PATCH and DELETE, and the API's own pages
 * send no Referer (Referrer-Policy: no-referrer) but always an Origin on writes.
 */
export function assertSameOrigin(request: Request, publicUrl: string): void {
  const own = new URL(publicUrl).origin;
  const origin = request.header('origin');
  const claimed = origin ?? originOf(request.header('referer'));
  if (claimed === undefined || claimed === own) return;
  throw new ForbiddenException(
    `This request came from another site (${claimed}), so it was refused. Open EX Pulse at ${own} and try again.`,
  );
}

/** The origin of a Referer; a malformed one counts as foreign ("null"). */
function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/**
 * The sign-in takes JSON only and from PUBLIC_URL's origin only: a cross-site page can post a
 * form or text/plain without asking the browser's permission, but not JSON, so a forged sign-in
 * (login CSRF: the victim signed in to the attacker's account) cannot be sent.
 */
@Injectable()
export class SignInRequestGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    assertSameOrigin(request, this.config.publicUrl);
    if (!request.is('application/json')) throw new UnsupportedMediaTypeException(notJson());
    return true;
  }
}
