import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, ValidateIf, ValidateNested } from 'class-validator';
import { PROGRAMME_TARGETS, QUESTION_KINDS, TRIGGER_KINDS } from '@ex-pulse/domain';
import type { ProgrammeInput, ProgrammeQuestion, ProgrammeTarget, TriggerKind } from '@ex-pulse/contracts';

export class ProgrammeQuestionDto implements ProgrammeQuestion {
  @IsIn(QUESTION_KINDS, { message: `kind must be one of ${QUESTION_KINDS.join(', ')}.` }) kind: ProgrammeQuestion['kind'];
  @IsOptional() @IsString() @Length(1, 60) key?: string;
  @IsOptional() @IsString() @Length(1, 300) textEn?: string;
  @IsOptional() @IsString() @Length(1, 300) textEt?: string;
}

/** Shape checks here; the programme rules themselves (order of days, eNPS present, …) live in libs/domain. */
export class ProgrammeInputDto implements ProgrammeInput {
  @IsString() @Length(1, 120) nameEn: string;
  @IsString() @Length(1, 120) nameEt: string;
  @IsIn(PROGRAMME_TARGETS, { message: `targetPhase must be one of ${PROGRAMME_TARGETS.join(', ')}.` }) targetPhase: ProgrammeTarget;
  @IsIn(TRIGGER_KINDS, { message: `triggerKind must be one of ${TRIGGER_KINDS.join(', ')}.` }) triggerKind: TriggerKind;
  @IsArray() @ArrayMaxSize(24) @IsInt({ each: true }) triggerDays: number[];
  @ValidateIf((_, v) => v !== null) @IsInt() intervalDays: number | null;
  @IsArray() @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => ProgrammeQuestionDto) questions: ProgrammeQuestionDto[];
  @IsInt() expiryDays: number;
  @ValidateIf((_, v) => v !== null) @IsInt() reminderAfterDays: number | null;
  @IsInt() catchUpDays: number;
}
