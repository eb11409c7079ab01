import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { BlockedSignIn, SessionUser } from '@ex-pulse/contracts';
import { clientAddress } from '../common/client-address';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { AuthenticatedUser } from './authenticated-user';
import { DEVICE_COOKIE } from './known-device';
import { LoginDto } from './login.dto';
import { SignInRequestGuard } from './same-origin';
import { clearSessionCookies, SESSION_COOKIE, setDeviceCookie, setSessionCookies } from './session-cookies';
import { SessionService } from './session.service';
import { SignInRefused } from './sign-in-throttle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(SignInRequestGuard)
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    if (!this.config.localPasswords) {
      throw new ForbiddenException('Sign-in with a password is turned off here; use single sign-on on the login page.');
    }
    try {
      const client = { address: clientAddress(req), deviceCookie: req.cookies?.[DEVICE_COOKIE] };
      const { user, session, device } = await this.auth.login(dto.email, dto.password, client);
      setSessionCookies(res, session.token, session.csrfToken, this.config.cookieSecure, session.maxAgeMs);
      setDeviceCookie(res, device.value, this.config.cookieSecure, device.maxAgeMs);
      return user;
    } catch (error) {
      if (error instanceof SignInRefused) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.close(String(req.cookies[SESSION_COOKIE]));
    clearSessionCookies(res, this.config.cookieSecure);
  }

  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): SessionUser {
    const { id, email, name, role, scopeDepartmentId } = user;
    return { id, email, name, role, scopeDepartmentId };
  }

  /** Refused sign-in attempts of the last 30 days, per hour, limit, name and address (README, "Sign-in limits"). */
  @Roles('admin')
  @Get('blocked-sign-ins')
  blockedSignIns(): Promise<BlockedSignIn[]> {
    return this.auth.blockedSignIns();
  }
}
