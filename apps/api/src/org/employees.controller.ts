import {
  BadRequestException, Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query,
  StreamableFile, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { EmployeeDto, EmployeePage, ImportReport } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EmployeeInputDto, EmployeeQueryDto } from './employee.dto';
import { EmployeesService } from './employees.service';
import { EmployeeImportService } from './import/employee-import.service';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

@ApiTags('employees')
@Controller('employees')
export class EmployeesController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly importer: EmployeeImportService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: EmployeeQueryDto): Promise<EmployeePage> {
    return this.employees.list(user, query);
  }

  @Roles('admin')
  @Get('import/sample.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="ex-pulse-employees-sample.csv"')
  sample(): StreamableFile {
    return new StreamableFile(createReadStream(resolve('docs/sample-employees.csv')));
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<EmployeeDto> {
    return this.employees.get(user, id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: EmployeeInputDto): Promise<EmployeeDto> {
    return this.employees.create(user, dto);
  }

  @Roles('admin')
  @Put(':id')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EmployeeInputDto,
  ): Promise<EmployeeDto> {
    return this.employees.update(user, id, dto);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.employees.remove(user, id);
  }

  /** CSV upsert by external id; with errors nothing changes unless mode=valid-only. */
  @Roles('admin')
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('mode') mode = 'all',
  ): Promise<ImportReport> {
    if (!file) throw new BadRequestException('Attach the CSV file in the form field "file".');
    if (mode !== 'all' && mode !== 'valid-only') {
      throw new BadRequestException('mode must be "all" (nothing changes if a row is bad) or "valid-only".');
    }
    return this.importer.import(file.buffer, mode, user);
  }
}
