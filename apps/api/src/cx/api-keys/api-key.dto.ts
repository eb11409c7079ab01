import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Qualtrics export', description: 'What the key is for, so HR can tell keys apart' })
  @IsString()
  @Matches(/\S/, { message: 'name is empty; say what the key is for (e.g. the CX tool).' })
  @MaxLength(100, { message: 'name must be at most 100 characters.' })
  name!: string;
}
