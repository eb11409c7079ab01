import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import type { CustomerMetricInputRow, CustomerMetricKind, CustomerMetricPush } from '@ex-pulse/contracts';
import { CUSTOMER_METRICS } from '@ex-pulse/domain';

export const MAX_PUSH_ROWS = 5000;
const NUMBER = { allowNaN: false, allowInfinity: false };
const MONTH = /^\d{4}-\d{2}$/;

/**
 * One pushed row. Only the types are checked here; the rules (unit, month, scale, counts adding
 * up) are checked per row by the ingestion, so every problem comes back in the row report.
 */
export class CustomerMetricRowDto implements CustomerMetricInputRow {
  @ApiPropertyOptional({ description: 'Department name (case-insensitive); or give unitId' })
  @IsOptional() @IsString() @MaxLength(200)
  unit?: string;

  @ApiPropertyOptional({ description: 'Department id' })
  @IsOptional() @IsString() @MaxLength(100)
  unitId?: string;

  @ApiProperty({ example: '2026-05' })
  @IsOptional() @IsString() @MaxLength(20)
  month!: string;

  @ApiProperty({ enum: CUSTOMER_METRICS })
  @IsOptional() @IsString() @MaxLength(40)
  metric!: CustomerMetricKind;

  @ApiPropertyOptional({ description: 'cx_index only' })
  @IsOptional() @IsString() @MaxLength(100)
  criterion?: string;

  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) n?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) promoters?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) passives?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) detractors?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) csat1?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) csat2?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) csat3?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) csat4?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(NUMBER) csat5?: number;
  @ApiPropertyOptional({ description: 'Share of 4–5, 0–1' }) @IsOptional() @IsNumber(NUMBER) csatShare?: number;
  @ApiPropertyOptional({ description: 'Mean on 1–7' }) @IsOptional() @IsNumber(NUMBER) cesMean?: number;
  @ApiPropertyOptional({ description: 'Share of 4–5, 0–1' }) @IsOptional() @IsNumber(NUMBER) shareTop?: number;
  @ApiPropertyOptional({ description: 'Share of 1–2, 0–1' }) @IsOptional() @IsNumber(NUMBER) shareBottom?: number;
}

export class CustomerMetricPushDto implements CustomerMetricPush {
  @ApiProperty({ type: [CustomerMetricRowDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'rows is empty; send at least one row.' })
  @ArrayMaxSize(MAX_PUSH_ROWS, { message: `Send at most ${MAX_PUSH_ROWS} rows at once.` })
  @ValidateNested({ each: true })
  @Type(() => CustomerMetricRowDto)
  rows!: CustomerMetricRowDto[];
}

export class CustomerMetricQueryDto {
  @ApiPropertyOptional({ example: '2025-07', description: 'First month (default: 11 months before `to`)' })
  @IsOptional() @Matches(MONTH, { message: 'from must be a month in the form YYYY-MM.' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06', description: 'Last month (default: this month)' })
  @IsOptional() @Matches(MONTH, { message: 'to must be a month in the form YYYY-MM.' })
  to?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_METRICS })
  @IsOptional() @IsIn(CUSTOMER_METRICS, { message: `metric must be one of ${CUSTOMER_METRICS.join(', ')}.` })
  metric?: CustomerMetricKind;
}
