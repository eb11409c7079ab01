import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'expulse:public';
export const ROLES = 'expulse:roles';

/** No session needed (login, the employee answer page). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the handler. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest().user,
);
