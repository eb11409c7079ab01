import { Module } from '@nestjs/common';
import { ConversationInbox } from '../conversations/conversation-inbox';
import { ConversationMailer } from '../conversations/conversation-mailer';
import { ConversationStart } from '../conversations/conversation-start';
import { AnswerFlushJob } from './answer-flush.job';
import { AnswerInbox } from './answer-inbox';
import { SurveyController } from './survey.controller';
import { SurveyService } from './survey.service';

@Module({ controllers: [SurveyController], providers: [SurveyService, AnswerInbox, AnswerFlushJob, ConversationStart, ConversationMailer, ConversationInbox],
  exports: [AnswerInbox, AnswerFlushJob, ConversationInbox] })
export class ResponsesModule {}
