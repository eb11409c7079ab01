import { BadRequestException, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import type { EmployeeSyncDto } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { ApiKeyAuth } from '../../cx/api-keys/api-key.guard';
import type { ApiKeyCaller } from '../../cx/api-keys/api-keys.service';
import { EmployeeSyncRequestDto } from './employee-sync.dto';
import { EmployeeSyncService } from './employee-sync.service';

/** The HR system sends the whole current list (API key); HR reads the syncs and decides held ones. */
@ApiTags('employees')
@Controller('employees')
export class EmployeeSyncController {
  constructor(private readonly syncs: EmployeeSyncService) {}

  /**
   * JSON ({ employees: [...] }) or the HR system's CSV (text/csv, through the saved column
   * mapping). 200 applied, 202 held by the safety stop, 422 failed (nothing changed).
   */
  @ApiKeyAuth('employee_sync')
  @Put('sync')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: EmployeeSyncRequestDto })
  async sync(@Req() req: Request & { apiKey: ApiKeyCaller }, @Res({ passthrough: true }) res: Response): Promise<EmployeeSyncDto> {
    const body: unknown = req.body;
    const result = Buffer.isBuffer(body)
      ? await this.syncs.receiveCsv(req.apiKey, body)
      : await this.syncs.receiveJson(req.apiKey, (await jsonList(body)).employees);
    res.status(result.status === 'held' ? 202 : 200);
    return result;
  }

  @Roles('admin')
  @Get('syncs')
  list(): Promise<EmployeeSyncDto[]> {
    return this.syncs.list();
  }

  @Roles('admin')
  @Get('syncs/:id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<EmployeeSyncDto> {
    return this.syncs.get(id);
  }

  @Roles('admin')
  @Post('syncs/:id/confirm')
  @HttpCode(200)
  confirm(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<EmployeeSyncDto> {
    return this.syncs.confirm(user, id);
  }

  @Roles('admin')
  @Post('syncs/:id/discard')
  @HttpCode(200)
  discard(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<EmployeeSyncDto> {
    return this.syncs.discard(user, id);
  }
}

/**
 * The JSON body checked as the global pipe would (the handler reads the raw body, which may be
 * CSV, so the pipe cannot do it): unknown fields and wrong types answer 400.
 */
async function jsonList(body: unknown): Promise<EmployeeSyncRequestDto> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestException('Send the list as JSON { "employees": [...] } (Content-Type: application/json), or as CSV (Content-Type: text/csv) in the columns of the saved mapping.');
  }
  const dto = plainToInstance(EmployeeSyncRequestDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const messages = flatten(errors).slice(0, 10);
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: messages });
  }
  return dto;
}

function flatten(errors: import('class-validator').ValidationError[], path = ''): string[] {
  return errors.flatMap((e) => {
    const at = path ? `${path}.${e.property}` : e.property;
    return [...Object.values(e.constraints ?? {}).map((m) => `${at}: ${m}`), ...flatten(e.children ?? [], at)];
  });
}
