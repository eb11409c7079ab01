import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PasswordLinkState, PasswordResetAccepted } from '@ex-pulse/contracts';
import { Public } from '../auth/auth.decorators';
import { SignInRequestGuard } from '../auth/same-origin';
import { PasswordLinkDto, PasswordResetDto, SetPasswordDto } from './users.dto';
import { PasswordLinksService, RESET_ACCEPTED } from './password-links.service';

/**
 * The set-password and forgot-password pages' endpoints: public, JSON only and from PUBLIC_URL's
 * origin only (like the sign-in). The link's token travels in the body, never in a URL.
 */
@ApiTags('auth')
@Public()
@UseGuards(SignInRequestGuard)
@Controller('auth')
export class PasswordController {
  constructor(private readonly links: PasswordLinksService) {}

  @Post('password/check')
  @HttpCode(200)
  check(@Body() dto: PasswordLinkDto): Promise<PasswordLinkState> {
    return this.links.check(dto.token);
  }

  @Post('password')
  @HttpCode(204)
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.links.setPassword(dto.token, dto.password);
  }

  @Post('password-reset')
  @HttpCode(202)
  async requestReset(@Body() dto: PasswordResetDto): Promise<PasswordResetAccepted> {
    await this.links.requestReset(dto.email);
    return RESET_ACCEPTED;
  }
}
