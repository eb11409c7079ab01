import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An optional `page` query parameter: a whole number from 1 (to 10,000), with one message for every list. */
export function PageNumber(): PropertyDecorator {
  const message = 'page must be a whole number from 1.';
  return applyDecorators(ApiPropertyOptional({ minimum: 1 }), IsOptional(), Type(() => Number), IsInt({ message }), Min(1, { message }), Max(10000));
}
