import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested,
} from 'class-validator';
import { ACTION_PLAN_STATUSES, ACTION_STATUSES, FOCUS_KINDS, TITLE_MAX } from '@ex-pulse/domain';
import type {
  ActionPlanStatus, ActionStatus, CreateActionPlanRequest, FocusInput, FocusKind, PlanActionInput, UpdateActionPlanRequest,
  UpdatePlanActionRequest,
} from '@ex-pulse/contracts';
import { ISO_DATE, ISO_DATE_MESSAGE } from '../queue/follow-up.dto';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const TITLE_MESSAGE = `A title holds 1 to ${TITLE_MAX} characters.`;
export const MAX_FOCUS = 20;
export const MAX_ACTIONS = 50;

export class ActionPlanQueryDto {
  @ApiPropertyOptional({ description: 'Unit (department id); default: every unit of your part' })
  @IsOptional()
  @IsUUID('all', { message: 'unit must be a department id (a UUID).' })
  unit?: string;
}

/** A focus area; which of driver, theme and itemKey it needs follows from kind (checked by the service). */
export class FocusInputDto implements FocusInput {
  @IsIn(FOCUS_KINDS, { message: `kind must be one of ${FOCUS_KINDS.join(', ')}.` })
  kind: FocusKind;

  @IsOptional()
  @IsString({ message: 'driver must be a driver key.' })
  driver?: string;

  @IsOptional()
  @trimmed()
  @IsString({ message: 'theme must be text.' })
  @Length(1, TITLE_MAX, { message: `A theme holds 1 to ${TITLE_MAX} characters.` })
  theme?: string;

  @IsOptional()
  @IsUUID('all', { message: 'itemKey must be the key of a follow-up item (a UUID).' })
  itemKey?: string;
}

class ActionFieldsDto {
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID('all', { message: 'ownerId must be a user id (a UUID), or null for no owner.' })
  ownerId?: string | null;

  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString({ message: ISO_DATE_MESSAGE('dueOn') })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE('dueOn') })
  dueOn?: string | null;

  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: `status must be one of ${ACTION_STATUSES.join(', ')}.` })
  status?: ActionStatus;

  @IsOptional()
  @IsBoolean({ message: 'shownToEmployees must be true or false.' })
  shownToEmployees?: boolean;
}

export class PlanActionInputDto extends ActionFieldsDto implements PlanActionInput {
  @trimmed()
  @IsString({ message: TITLE_MESSAGE })
  @Length(1, TITLE_MAX, { message: TITLE_MESSAGE })
  title: string;
}

export class UpdatePlanActionDto extends ActionFieldsDto implements UpdatePlanActionRequest {
  @IsOptional()
  @trimmed()
  @IsString({ message: TITLE_MESSAGE })
  @Length(1, TITLE_MAX, { message: TITLE_MESSAGE })
  title?: string;
}

export class CreateActionPlanDto implements CreateActionPlanRequest {
  @IsUUID('all', { message: 'unitId must be a department id (a UUID).' })
  unitId: string;

  @trimmed()
  @IsString({ message: TITLE_MESSAGE })
  @Length(1, TITLE_MAX, { message: TITLE_MESSAGE })
  title: string;

  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID('all', { message: 'ownerId must be a user id (a UUID), or null for no owner.' })
  ownerId?: string | null;

  @IsOptional()
  @IsArray({ message: 'focus must be a list.' })
  @ArrayMaxSize(MAX_FOCUS, { message: `A plan has at most ${MAX_FOCUS} focus areas.` })
  @ValidateNested({ each: true })
  @Type(() => FocusInputDto)
  focus?: FocusInputDto[];

  @IsOptional()
  @IsArray({ message: 'actions must be a list.' })
  @ArrayMaxSize(MAX_ACTIONS, { message: `A plan has at most ${MAX_ACTIONS} actions.` })
  @ValidateNested({ each: true })
  @Type(() => PlanActionInputDto)
  actions?: PlanActionInputDto[];
}

export class UpdateActionPlanDto implements UpdateActionPlanRequest {
  @IsOptional()
  @trimmed()
  @IsString({ message: TITLE_MESSAGE })
  @Length(1, TITLE_MAX, { message: TITLE_MESSAGE })
  title?: string;

  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID('all', { message: 'ownerId must be a user id (a UUID), or null for no owner.' })
  ownerId?: string | null;

  @IsOptional()
  @IsIn(ACTION_PLAN_STATUSES, { message: `status must be one of ${ACTION_PLAN_STATUSES.join(', ')}.` })
  status?: ActionPlanStatus;
}
