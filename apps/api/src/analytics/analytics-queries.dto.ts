import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { HeatmapKind, PoolMonths, SentimentLabel, TrendGranularity } from '@ex-pulse/contracts';
import { AnalyticsFilterDto } from './filter/analytics-filter.dto';
import { PageNumber } from '../common/page-number.decorator';

export class TrendQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ enum: ['month', 'week'] })
  @IsOptional()
  @IsIn(['month', 'week'], { message: 'granularity must be month or week.' })
  granularity?: TrendGranularity;
}

export class HeatmapQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ enum: ['phase', 'driver'] })
  @IsOptional()
  @IsIn(['phase', 'driver'], { message: 'by must be phase or driver.' })
  by?: HeatmapKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 6, description: 'Levels of departments below the selection (default 2)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'depth must be a whole number of levels from 1 to 6.' })
  @Min(1, { message: 'depth must be a whole number of levels from 1 to 6.' })
  @Max(6, { message: 'depth must be a whole number of levels from 1 to 6.' })
  depth?: number;
}

export class PrioritiesQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 6, description: 'Levels of departments below the selection (default 0: the selection only)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'depth must be a whole number of levels from 0 to 6.' })
  @Min(0, { message: 'depth must be a whole number of levels from 0 to 6.' })
  @Max(6, { message: 'depth must be a whole number of levels from 0 to 6.' })
  depth?: number;
}

export class PhasesQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ enum: [3, 6, 12] })
  @IsOptional()
  @Type(() => Number)
  @IsIn([3, 6, 12], { message: 'pool must be 3, 6 or 12 (months).' })
  pool?: PoolMonths;
}

export class CommentsQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ description: 'Words to search for' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search for at most 200 characters.' })
  q?: string;

  @ApiPropertyOptional({ enum: ['positive', 'neutral', 'negative', 'unclassified'] })
  @IsOptional()
  @IsIn(['positive', 'neutral', 'negative', 'unclassified'], { message: 'sentiment must be positive, neutral, negative or unclassified.' })
  sentiment?: SentimentLabel;

  @PageNumber()
  page?: number;
}

export class AlertsQueryDto extends AnalyticsFilterDto {
  @ApiPropertyOptional({ description: 'Response-rate threshold, 0–1 (default 0.5)' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'responseRateBelow must be a number from 0 to 1.' })
  @Min(0, { message: 'responseRateBelow must be a number from 0 to 1.' })
  @Max(1, { message: 'responseRateBelow must be a number from 0 to 1.' })
  responseRateBelow?: number;
}

/** Every parameter any table takes, for the CSV export of that table. */
export class ExportQueryDto extends AnalyticsFilterDto {
  @IsOptional() @IsIn(['month', 'week']) granularity?: TrendGranularity;
  @IsOptional() @IsIn(['phase', 'driver']) by?: HeatmapKind;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(6) depth?: number;
  @IsOptional() @Type(() => Number) @IsIn([3, 6, 12]) pool?: PoolMonths;
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsIn(['positive', 'neutral', 'negative', 'unclassified']) sentiment?: SentimentLabel;
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1) responseRateBelow?: number;
  /** Comments: which file of COMMENTS_EXPORT_PAGE_SIZE comments (default the first). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
}
