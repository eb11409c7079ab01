import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SubmitAnswerResult, SurveyView } from '@ex-pulse/contracts';
import { Public } from '../auth/auth.decorators';
import { SurveyRateLimitGuard } from './survey-rate-limit.guard';
import { SubmitAnswerDto, SurveyTokenDto } from './survey.dto';
import { SurveyService } from './survey.service';

/**
 * Public: the token in the body is the only credential. It never travels in a URL the server sees.
 * Limited per client address (SurveyRateLimitGuard); no Origin check, since a forged request
 * would need the token it carries.
 */
@ApiTags('survey')
@Public()
@UseGuards(SurveyRateLimitGuard)
@Controller('survey')
export class SurveyController {
  constructor(private readonly surveys: SurveyService) {}

  @Post('view')
  @HttpCode(200)
  view(@Body() dto: SurveyTokenDto): Promise<SurveyView> {
    return this.surveys.view(dto.token);
  }

  @Post('answer')
  @HttpCode(201)
  answer(@Body() dto: SubmitAnswerDto): Promise<SubmitAnswerResult> {
    return this.surveys.answer(dto);
  }
}
