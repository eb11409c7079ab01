import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import type { ApiKeyPurpose } from '@ex-pulse/contracts';
import { Public } from '../../auth/auth.decorators';
import { ApiKeysService } from './api-keys.service';

/**
 * Authenticates a request by `Authorization: Bearer <API key>` and nothing else: a session cookie
 * is not enough. The key is put on the request as `apiKey`.
 */
const API_KEY_PURPOSE = 'expulse:api-key-purpose';

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { apiKey?: unknown }>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new UnauthorizedException('This endpoint needs an API key: send it as "Authorization: Bearer <key>". HR creates keys under Customer scores.');
    }
    const purpose = this.reflector.getAllAndOverride<ApiKeyPurpose>(API_KEY_PURPOSE, [context.getHandler(), context.getClass()]);
    request.apiKey = await this.keys.authenticate(match[1], purpose ?? 'customer_scores');
    return true;
  }
}

/**
 * A route for machines: authenticated by an API key only. @Public() takes it out of the session
 * guard, and with it out of the CSRF check, which protects cookie sessions only: a browser
 * never attaches a bearer key by itself, so a forged cross-site request cannot carry one.
 */
export const ApiKeyAuth = (purpose: ApiKeyPurpose = 'customer_scores') =>
  applyDecorators(Public(), SetMetadata(API_KEY_PURPOSE, purpose), UseGuards(ApiKeyGuard), ApiBearerAuth('api-key'));
