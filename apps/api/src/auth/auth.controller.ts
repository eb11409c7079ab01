import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SessionUser } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { CurrentUser, Public } from './auth.decorators';
import { AuthenticatedUser } from './authenticated-user';
import { LoginDto } from './login.dto';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './session-cookies';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    const { user, session } = await this.auth.login(dto.email, dto.password);
    setSessionCookies(res, session.token, session.csrfToken, this.config.cookieSecure, session.maxAgeMs);
    return user;
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
}
