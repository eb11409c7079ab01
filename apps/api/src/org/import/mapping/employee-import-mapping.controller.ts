import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { EmployeeImportMappingState, ImportFileColumns, ImportPreview, ImportReport, SavedEmployeeImportMapping } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../../auth/authenticated-user';
import { EmployeeImportMappingDto } from './employee-import-mapping.dto';
import { EmployeeImportMappingService } from './employee-import-mapping.service';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const oneFile = () => UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }));

function required(file: { buffer: Buffer } | undefined): Buffer {
  if (!file) throw new BadRequestException('Attach the CSV file in the form field "file".');
  return file.buffer;
}

/** The HR system's own CSV: the column mapping (admins set it once), the file's columns, the preview, the import. */
@ApiTags('employees')
@Roles('admin')
@Controller('employees/import')
export class EmployeeImportMappingController {
  constructor(private readonly mapped: EmployeeImportMappingService) {}

  @Get('mapping')
  current(): Promise<EmployeeImportMappingState> {
    return this.mapped.current();
  }

  @Put('mapping')
  save(@CurrentUser() user: AuthenticatedUser, @Body() dto: EmployeeImportMappingDto): Promise<SavedEmployeeImportMapping> {
    return this.mapped.save(user, dto);
  }

  @Post('columns')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @oneFile()
  columns(@UploadedFile() file: { buffer: Buffer } | undefined): ImportFileColumns {
    return this.mapped.columns(required(file));
  }

  @Post('preview')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @oneFile()
  preview(@UploadedFile() file: { buffer: Buffer } | undefined): Promise<ImportPreview> {
    return this.mapped.preview(required(file));
  }

  /** Like POST /employees/import, through the saved mapping. */
  @Post('mapped')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @oneFile()
  import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('mode') mode = 'all',
  ): Promise<ImportReport> {
    if (mode !== 'all' && mode !== 'valid-only') {
      throw new BadRequestException('mode must be "all" (nothing changes if a row is bad) or "valid-only".');
    }
    return this.mapped.import(required(file), mode, user);
  }
}
