import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AnswerLinks } from '../responses/answer-token';
import { AppSecret, loadAppSecret } from './app-secret';
import { Clock } from './clock';
import { OrganisationService } from './organisation.service';

/**
 * Configuration, the clock, the application secret (and the answer links signed with it: the
 * delivery worker, the dev mailbox and the answer page use them) and the organisation's settings,
 * available everywhere.
 */
@Global()
@Module({})
export class CommonModule {
  static register(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CommonModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: AppSecret, useFactory: () => loadAppSecret(config) },
        { provide: AnswerLinks, inject: [AppSecret], useFactory: (secret: AppSecret) => new AnswerLinks(secret) },
        OrganisationService,
      ],
      exports: [APP_CONFIG, Clock, AppSecret, AnswerLinks, OrganisationService],
    };
  }
}
