import { Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import type { DigestPreferences, Language, Role, UpdateDigestPreferences } from '@ex-pulse/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';

export class UpdateDigestPreferencesDto implements UpdateDigestPreferences {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'weeklyDigest must be true or false.' })
  weeklyDigest?: boolean;

  @ApiPropertyOptional({ enum: ['en', 'et'] })
  @IsOptional()
  @IsIn(['en', 'et'], { message: 'language must be en or et.' })
  language?: Language;
}

const roleDefault = (role: Role) => role !== 'admin';

/** The signed-in user's own digest settings (app_user.weekly_digest, app_user.language). */
@Injectable()
export class DigestPreferencesService {
  constructor(private readonly db: DataSource) {}

  async get(user: AuthenticatedUser): Promise<DigestPreferences> {
    const [row] = await this.db.query(`SELECT weekly_digest, language FROM app_user WHERE id = $1`, [user.id]);
    return { weeklyDigest: row.weekly_digest ?? roleDefault(user.role), language: row.language, roleDefault: roleDefault(user.role) };
  }

  async update(user: AuthenticatedUser, dto: UpdateDigestPreferencesDto): Promise<DigestPreferences> {
    await this.db.query(
      `UPDATE app_user SET weekly_digest = coalesce($2, weekly_digest), language = coalesce($3, language) WHERE id = $1`,
      [user.id, dto.weeklyDigest ?? null, dto.language ?? null],
    );
    return this.get(user);
  }
}

@ApiTags('digest')
@Controller('digest/preferences')
export class DigestPreferencesController {
  constructor(private readonly preferences: DigestPreferencesService) {}

  @Get()
  get(@CurrentUser() user: AuthenticatedUser): Promise<DigestPreferences> {
    return this.preferences.get(user);
  }

  /** Any role: managers and leaders may turn theirs off, admins theirs on. */
  @Put()
  update(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateDigestPreferencesDto): Promise<DigestPreferences> {
    return this.preferences.update(user, dto);
  }
}
