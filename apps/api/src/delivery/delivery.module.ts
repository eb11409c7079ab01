import { Module } from '@nestjs/common';
import { DeliveryJob } from './delivery.job';
import { DeliveryService } from './delivery.service';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxService } from './dev-mailbox.service';
import { MAIL_TRANSPORT, mailTransportProvider } from './mail-transport';
import { ResponsesModule } from '../responses/responses.module';

/** The outbox worker (SMTP, or the dev mailbox when none is configured) and the dev mailbox for HR. */
@Module({
  imports: [ResponsesModule],
  controllers: [DevMailboxController],
  providers: [mailTransportProvider, DeliveryService, DeliveryJob, DevMailboxService],
  exports: [DeliveryService, MAIL_TRANSPORT],
})
export class DeliveryModule {}
