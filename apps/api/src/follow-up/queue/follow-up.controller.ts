import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FollowUpItemDetail, FollowUpOwners, FollowUpQueue } from '@ex-pulse/contracts';
import { CurrentUser } from '../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { uuidParam } from '../uuid-param';
import { AddNoteDto, FollowUpQueueQueryDto, UnitQueryDto, UpdateFollowUpDto } from './follow-up.dto';
import { FollowUpQueueService } from './follow-up-queue.service';

const KEY = uuidParam('An item key');

/**
 * The follow-up queue. HR and leaders see every unit's items, managers their own part only (403
 * outside it); HR and managers change them, leaders read. Items carry a random key, never an answer's id.
 */
@ApiTags('follow-up')
@Controller('follow-ups')
export class FollowUpController {
  constructor(private readonly queue: FollowUpQueueService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: FollowUpQueueQueryDto): Promise<FollowUpQueue> {
    return this.queue.queue(user, q);
  }

  /** Who may own an item or an action of the unit. */
  @Get('owners')
  owners(@CurrentUser() user: AuthenticatedUser, @Query() q: UnitQueryDto): Promise<FollowUpOwners> {
    return this.queue.owners(user, q.unit);
  }

  @Get(':key')
  detail(@CurrentUser() user: AuthenticatedUser, @Param('key', KEY) key: string): Promise<FollowUpItemDetail> {
    return this.queue.detail(user, key);
  }

  @Patch(':key')
  update(@CurrentUser() user: AuthenticatedUser, @Param('key', KEY) key: string, @Body() dto: UpdateFollowUpDto): Promise<FollowUpItemDetail> {
    return this.queue.update(user, key, dto);
  }

  @Post(':key/notes')
  @HttpCode(201)
  addNote(@CurrentUser() user: AuthenticatedUser, @Param('key', KEY) key: string, @Body() dto: AddNoteDto): Promise<FollowUpItemDetail> {
    return this.queue.addNote(user, key, dto);
  }
}
