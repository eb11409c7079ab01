import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { clientAddress } from '../common/client-address';
import type { AppConfig } from '../config/app-config';

/**
 * The answer-link endpoints' limit per client address (SURVEY_MAX_REQUESTS_PER_MINUTE, 0: none),
 * views and answers together. Generous on purpose: a whole building behind one NAT address may
 * answer the same morning. Counted in each API process's memory (@nestjs/throttler), so with
 * several instances behind a balancer an address gets the limit once per instance.
 */
export function surveyThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const limit = config.surveyMaxRequestsPerMinute;
  return {
    throttlers: [{ ttl: 60_000, limit: Math.max(limit, 1) }],
    skipIf: () => limit === 0,
    getTracker: (request) => clientAddress(request as Request),
    generateKey: (_context, address) => `survey:${address}`,
    errorMessage: `Too many survey requests from your network (${limit} a minute). Wait a minute and try again.`,
  };
}

/** 429 with Retry-After (seconds) and a message a person can act on, in the API's error shape. */
@Injectable()
export class SurveyRateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new HttpException(
      { statusCode: 429, error: 'Too Many Requests', message: await this.getErrorMessage(context, detail) },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
