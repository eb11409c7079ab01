import { Allow, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { ProviderScoreAnswer, SubmitAnswerRequest, SurveyTokenRequest } from '@ex-pulse/contracts';

export class SurveyTokenDto implements SurveyTokenRequest {
  @IsString({ message: 'token is missing: open the whole link from your email.' })
  @MaxLength(200)
  token: string;
}

export class SubmitAnswerDto implements SubmitAnswerRequest {
  @IsString({ message: 'token is missing: open the whole link from your email.' })
  @MaxLength(200)
  token: string;

  @IsUUID('all', { message: 'submissionId must be a UUID made by the page for this submission.' })
  submissionId: string;

  /** Required by the service when the survey asks eNPS (every programme but the internal service pulse). */
  @ValidateIf((o: SubmitAnswerDto) => o.score !== undefined)
  @IsInt({ message: 'score must be a whole number from 0 to 10.' })
  @Min(0, { message: 'score must be a whole number from 0 to 10.' })
  @Max(10, { message: 'score must be a whole number from 0 to 10.' })
  score?: number;

  /** Checked by the service against the programme's question, so the message speaks the employee's language. */
  @IsOptional()
  @Allow()
  itemScore?: number;

  /** Checked by the service: one of LEAVING_REASONS, and only when the programme asks for it. */
  @IsOptional()
  @Allow()
  leavingReason?: string;

  /** The internal service pulse's 1–5 answers; checked by the service against the providers asked. */
  @IsOptional()
  @Allow()
  providerScores?: ProviderScoreAnswer[];

  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'A comment has at most 2000 characters.' })
  comment?: string;
}
