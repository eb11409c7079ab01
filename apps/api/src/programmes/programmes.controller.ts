import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProgrammeDto, ProgrammePreview } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProgrammeInputDto } from './programme.dto';
import { ProgrammePreviewService } from './programme-preview.service';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Roles('admin')
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly previews: ProgrammePreviewService,
  ) {}

  @Get()
  list(): Promise<ProgrammeDto[]> {
    return this.programmes.list();
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeDto> {
    return this.programmes.get(id);
  }

  @Get(':id/preview')
  preview(@Param('id', ParseUUIDPipe) id: string, @Query('language') language = 'en'): Promise<ProgrammePreview> {
    return this.previews.preview(id, language);
  }

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: ProgrammeInputDto): Promise<ProgrammeDto> {
    return this.programmes.create(user, dto);
  }

  @Put(':id')
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ProgrammeInputDto): Promise<ProgrammeDto> {
    return this.programmes.update(user, id, dto);
  }

  @Post(':id/pause')
  @HttpCode(200)
  pause(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeDto> {
    return this.programmes.setActive(user, id, false);
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeDto> {
    return this.programmes.setActive(user, id, true);
  }
}
