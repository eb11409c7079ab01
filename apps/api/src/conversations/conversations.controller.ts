import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EmployeeConversationView, StaffConversationView } from '@ex-pulse/contracts';
import { CurrentUser, Public } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { uuidParam } from '../follow-up/uuid-param';
import { SurveyRateLimitGuard } from '../responses/survey-rate-limit.guard';
import { ConversationSecretDto, EmployeeMessageDto, StaffReplyDto } from './conversation.dto';
import { ConversationsService } from './conversations.service';

/**
 * The employee's side. Public: the secret in the body is the only credential, and it never travels
 * in a URL the server sees (the page reads it from /c#<secret>). Limited per client address as the
 * survey's endpoints are.
 */
@ApiTags('conversations')
@Public()
@UseGuards(SurveyRateLimitGuard)
@Controller('conversation')
export class EmployeeConversationController {
  constructor(private readonly conversations: ConversationsService) {}

  @Post('view')
  @HttpCode(200)
  view(@Body() dto: ConversationSecretDto): Promise<EmployeeConversationView> {
    return this.conversations.employeeView(dto.secret);
  }

  @Post('messages')
  @HttpCode(201)
  answer(@Body() dto: EmployeeMessageDto): Promise<EmployeeConversationView> {
    return this.conversations.employeeAnswer(dto.secret, dto.body);
  }
}

/** Staff's side, on a follow-up item: the queue's scope (403 outside the user's part; leaders read). */
@ApiTags('conversations')
@Controller('follow-ups')
export class ItemConversationController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get(':key/conversation')
  view(@CurrentUser() user: AuthenticatedUser, @Param('key', uuidParam('An item key')) key: string): Promise<StaffConversationView> {
    return this.conversations.staffView(user, key);
  }

  @Post(':key/conversation')
  @HttpCode(201)
  reply(
    @CurrentUser() user: AuthenticatedUser, @Param('key', uuidParam('An item key')) key: string, @Body() dto: StaffReplyDto,
  ): Promise<StaffConversationView> {
    return this.conversations.staffReply(user, key, dto.body);
  }
}
