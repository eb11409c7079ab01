import { Allow, IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CONVERSATION_SECRET } from '@ex-pulse/domain';
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

  /** With a comment: the secret of its private conversation link, made by the page (README, "Anonymous conversations"). */
  @IsOptional()
  @IsString()
  @Matches(CONVERSATION_SECRET, { message: 'conversationSecret must be 256 random bits in base64url (43 characters), made by the page.' })
  conversationSecret?: string;

  /** Where to email the private link once; needs conversationSecret. Kept nowhere. */
  @ValidateIf((o: SubmitAnswerDto) => o.conversationEmail !== undefined)
  @IsString()
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  @IsEmail({}, { message: 'conversationEmail must be an email address, or left out.' })
  conversationEmail?: string;
}
