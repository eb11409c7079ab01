import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { FOLLOW_UP_STATUSES, NOTE_MAX } from '@ex-pulse/domain';
import type { AddNoteRequest, FollowUpShow, FollowUpStatus, UpdateFollowUpRequest } from '@ex-pulse/contracts';
import { PageNumber } from '../../common/page-number.decorator';

export const FOLLOW_UP_SHOWS: readonly FollowUpShow[] = ['open', 'overdue', 'resolved', 'all'];
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_DATE_MESSAGE = (field: string) => `${field} must be a date as YYYY-MM-DD, or null for none.`;

export class FollowUpQueueQueryDto {
  @ApiPropertyOptional({ description: 'Unit (department id); default: every unit of your part' })
  @IsOptional()
  @IsUUID('all', { message: 'unit must be a department id (a UUID).' })
  unit?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_SHOWS })
  @IsOptional()
  @IsIn(FOLLOW_UP_SHOWS, { message: `show must be one of ${FOLLOW_UP_SHOWS.join(', ')}.` })
  show?: FollowUpShow;

  @PageNumber()
  page?: number;
}

export class UnitQueryDto {
  @IsUUID('all', { message: 'unit must be a department id (a UUID).' })
  unit: string;
}

export class UpdateFollowUpDto implements UpdateFollowUpRequest {
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUSES, { message: `status must be one of ${FOLLOW_UP_STATUSES.join(', ')}.` })
  status?: FollowUpStatus;

  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID('all', { message: 'ownerId must be a user id (a UUID), or null for no owner.' })
  ownerId?: string | null;

  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString({ message: ISO_DATE_MESSAGE('dueOn') })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE('dueOn') })
  dueOn?: string | null;
}

/** Plain text, trimmed; 1–2,000 characters. */
export class AddNoteDto implements AddNoteRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'body must be text.' })
  @Length(1, NOTE_MAX, { message: `A note holds 1 to ${NOTE_MAX} characters.` })
  body: string;
}
