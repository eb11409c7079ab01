import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLinks } from './account-links';
import { AccountMailer } from './account-mailer';
import { AccountToken } from './account-token.entity';
import { AppUser } from './app-user.entity';
import { PasswordController } from './password.controller';
import { PasswordLinksService } from './password-links.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts: HR invites and manages them; people set and reset their passwords from emailed links. */
@Module({
  imports: [TypeOrmModule.forFeature([AppUser, AccountToken])],
  controllers: [UsersController, PasswordController],
  providers: [UsersService, PasswordLinksService, AccountMailer, AccountLinks],
  exports: [AccountLinks],
})
export class UsersModule {}
