import { Module } from '@nestjs/common';
import { AnswerFlushJob } from './answer-flush.job';
import { AnswerInbox } from './answer-inbox';
import { SurveyController } from './survey.controller';
import { SurveyService } from './survey.service';

@Module({ controllers: [SurveyController], providers: [SurveyService, AnswerInbox, AnswerFlushJob], exports: [AnswerInbox, AnswerFlushJob] })
export class ResponsesModule {}
