import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@ex-pulse/domain';
import type {
  AccountLanguage, InviteUserRequest, PasswordResetRequest, Role, SetPasswordRequest, UpdateUserRequest,
} from '@ex-pulse/contracts';

export const ROLES: readonly Role[] = ['admin', 'leader', 'manager'];
const LANGUAGES: readonly AccountLanguage[] = ['en', 'et'];
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const roleMessage = `role must be one of ${ROLES.join(', ')}.`;
const scopeMessage = 'scopeDepartmentId must be a department id (a UUID), or null.';
const languageMessage = 'language must be en or et.';

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, e.g. name@company.com.' })
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters.' })
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: roleMessage })
  role: Role;

  @ApiPropertyOptional({ description: 'Required for a manager: the root of the department subtree they see' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: scopeMessage })
  scopeDepartmentId?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, description: "Default: the language of the employee with this work email, else en" })
  @IsOptional()
  @IsIn(LANGUAGES, { message: languageMessage })
  language?: AccountLanguage;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: roleMessage })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: scopeMessage })
  scopeDepartmentId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters.' })
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES, { message: languageMessage })
  language?: AccountLanguage;
}

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty()
  @IsString({ message: 'token must be the text after # in the link.' })
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `A password can be at most ${MAX_PASSWORD_LENGTH} characters.` })
  password: string;
}

export class PasswordLinkDto {
  @ApiProperty()
  @IsString({ message: 'token must be the text after # in the link.' })
  @MaxLength(200)
  token: string;
}

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'Enter your email address, e.g. name@company.com.' })
  @MaxLength(320)
  email: string;
}
