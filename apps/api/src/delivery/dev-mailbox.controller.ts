import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { DevMailPage } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { DevMailboxService } from './dev-mailbox.service';

@ApiTags('delivery')
@Controller('dev-mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  /**
   * The emails "sent" while no SMTP server is configured, so the demo's HR can open them (admins
   * only). 404 unless SEED_DEMO is on and the demo organisation was seeded into this database;
   * answer links only in the messages of demo employees.
   */
  @Get()
  @Roles('admin')
  @ApiQuery({ name: 'page', required: false, description: '1, 2, …; 50 messages a page, newest first' })
  @ApiNotFoundResponse({ description: 'Not a seeded demo: the mailbox is off.' })
  list(@Query('page') page?: string): Promise<DevMailPage> {
    return this.mailbox.page(page);
  }
}
