import { Module } from '@nestjs/common';
import { DeliveryJob } from './delivery.job';
import { DeliveryService } from './delivery.service';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxService } from './dev-mailbox.service';
import { MAIL_TRANSPORT, mailTransportProvider } from './mail-transport';
import { ResponsesModule } from '../responses/responses.module';
import { AccountLinks } from '../users/account-links';

/** The outbox worker (SMTP, or the dev mailbox when none is configured) and the dev mailbox for HR. */
@Module({
  imports: [ResponsesModule],
  controllers: [DevMailboxController],
  providers: [mailTransportProvider, DeliveryService, DeliveryJob, DevMailboxService, AccountLinks],
  exports: [DeliveryService, MAIL_TRANSPORT, AccountLinks],
})
export class DeliveryModule {}
