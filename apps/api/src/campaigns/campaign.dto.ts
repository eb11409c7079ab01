import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import type { CampaignSegment } from '@ex-pulse/contracts';

const PHASES = ['onboarding', 'initial_development', 'ongoing_development', 'separation'] as const;

export class CampaignSegmentDto implements CampaignSegment {
  @IsOptional() @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'departmentId must be the id of a department, or null for all.' })
  departmentId?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Length(1, 200)
  location?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null)
  @IsIn(PHASES, { message: `phase must be one of ${PHASES.join(', ')}, or null for all.` })
  phase?: CampaignSegment['phase'];
}
