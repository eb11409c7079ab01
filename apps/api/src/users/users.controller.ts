import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, HttpCode } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UserAccount } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InviteUserDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

/** HR's accounts (README, "Users"). */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  @Post()
  invite(@CurrentUser() actor: AuthenticatedUser, @Body() dto: InviteUserDto): Promise<UserAccount> {
    return this.users.invite(actor, dto);
  }

  @Patch(':id')
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserAccount> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccount> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccount> {
    return this.users.reactivate(actor, id);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  resendInvitation(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccount> {
    return this.users.resendInvitation(actor, id);
  }
}
