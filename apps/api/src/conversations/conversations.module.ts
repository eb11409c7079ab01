import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FollowUpItem } from '../follow-up/queue/follow-up-item.entity';
import { UnitAccess } from '../follow-up/unit-access';
import { ResponsesModule } from '../responses/responses.module';
import { CONVERSATION_ENTITIES } from './conversation.entities';
import { EmployeeConversationController, ItemConversationController } from './conversations.controller';
import { ConversationsService } from './conversations.service';

/** Anonymous conversations on comments (issue 12): the employee's private link and the follow-up item's thread. */
@Module({
  imports: [TypeOrmModule.forFeature([...CONVERSATION_ENTITIES, FollowUpItem]), ResponsesModule],
  controllers: [EmployeeConversationController, ItemConversationController],
  providers: [ConversationsService, UnitAccess],
})
export class ConversationsModule {}
