import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrgModule } from '../org/org.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { KnownDevices } from './known-device';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { SessionGuard } from './session.guard';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

@Global()
@Module({
  imports: [OrgModule],
  controllers: [AuthController, OidcController],
  providers: [
    AuthService, OidcService, SessionService, SignInThrottle, SignInThrottleRepository, KnownDevices,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [SessionService, SignInThrottle],
})
export class AuthModule {}
