import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { SetDepartmentProvidersRequest } from '@ex-pulse/contracts';

export class SetDepartmentProvidersDto implements SetDepartmentProvidersRequest {
  @IsArray({ message: 'providerIds must be a list of department ids (it may be empty).' })
  @ArrayMaxSize(50, { message: 'A department can name at most 50 internal providers.' })
  @ArrayUnique({ message: 'providerIds lists a provider twice; name each provider once.' })
  @IsUUID('all', { each: true, message: 'Each of providerIds must be the id of a department (a UUID).' })
  providerIds: string[];
}

export class InternalCsatQueryDto {
  /** 2026, 2026-H2, 2026-Q4 or 2026-11; the current year when left out (checked by parsePeriod). */
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @IsOptional()
  @IsUUID('all', { message: 'provider must be the id of a provider department (a UUID).' })
  provider?: string;
}
