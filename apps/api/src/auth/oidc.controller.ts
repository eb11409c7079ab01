import { Controller, Get, Inject, Logger, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SignInMethods } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from './auth.decorators';
import { clearOidcTransactionCookie, OIDC_TRANSACTION_COOKIE, setOidcTransactionCookie } from './oidc-transaction';
import { OidcService, SsoRefused } from './oidc.service';
import { setSessionCookies } from './session-cookies';

/** The sign-in methods the login page offers, and single sign-on's two browser stops (README, "Single sign-on"). */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  private readonly log = new Logger('SingleSignOn');

  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('sign-in-methods')
  methods(): SignInMethods {
    return this.oidc.methods();
  }

  /** The login page's "Sign in with …" link: off to the provider, with a fresh sealed transaction. */
  @Public()
  @Get('oidc/start')
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException('Single sign-on is not configured on this installation.');
    try {
      const { url, transaction } = await this.oidc.start(returnTo);
      setOidcTransactionCookie(res, transaction, this.config.cookieSecure);
      res.redirect(303, url);
    } catch (error) {
      this.refused(res, error);
    }
  }

  /** Where the provider sends the browser back: a session, as a password sign-in opens, or the login page saying why not. */
  @Public()
  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException('Single sign-on is not configured on this installation.');
    clearOidcTransactionCookie(res, this.config.cookieSecure);
    try {
      const query = new URL(req.originalUrl, 'http://callback').search;
      const { session, returnTo } = await this.oidc.finish(query, req.cookies?.[OIDC_TRANSACTION_COOKIE]);
      setSessionCookies(res, session.token, session.csrfToken, this.config.cookieSecure, session.maxAgeMs);
      res.redirect(303, `${this.config.publicUrl}${returnTo}`);
    } catch (error) {
      this.refused(res, error);
    }
  }

  private refused(res: Response, error: unknown): void {
    if (!(error instanceof SsoRefused)) throw error;
    this.log.warn(`Single sign-on refused (${error.code}): ${error.message}`);
    res.redirect(303, `${this.config.publicUrl}/login?sso=${error.code}`);
  }
}
