import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@ex-pulse/contracts';

export class LoginDto implements LoginRequest {
  @IsEmail({}, { message: 'Enter your email address, e.g. name@company.com.' })
  @MaxLength(320)
  email: string;

  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(200)
  password: string;
}
