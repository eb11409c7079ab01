import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ActionPlanList, ActionPlanView, AuditEntryView } from '@ex-pulse/contracts';
import { CurrentUser } from '../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AddNoteDto } from '../queue/follow-up.dto';
import { uuidParam } from '../uuid-param';
import {
  ActionPlanQueryDto, CreateActionPlanDto, FocusInputDto, PlanActionInputDto, UpdateActionPlanDto, UpdatePlanActionDto,
} from './action-plan.dto';
import { ActionPlansService } from './action-plans.service';

const PLAN = uuidParam('A plan id');
const ACTION = uuidParam('An action id');
const FOCUS = uuidParam('A focus id');

/** Units' action plans: HR and leaders see all, managers their own part (403 outside it); HR and managers change them. */
@ApiTags('action-plans')
@Controller('action-plans')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: ActionPlanQueryDto): Promise<ActionPlanList> {
    return this.plans.list(user, q);
  }

  @Post()
  @HttpCode(201)
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateActionPlanDto): Promise<ActionPlanView> {
    return this.plans.create(user, dto);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string): Promise<ActionPlanView> {
    return this.plans.get(user, id);
  }

  /** Every recorded change of the plan and its actions, oldest first. */
  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string): Promise<AuditEntryView[]> {
    return this.plans.history(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Body() dto: UpdateActionPlanDto): Promise<ActionPlanView> {
    return this.plans.update(user, id, dto);
  }

  @Post(':id/focus')
  @HttpCode(201)
  addFocus(@CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Body() dto: FocusInputDto): Promise<ActionPlanView> {
    return this.plans.addFocus(user, id, dto);
  }

  @Delete(':id/focus/:focusId')
  removeFocus(
    @CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Param('focusId', FOCUS) focusId: string,
  ): Promise<ActionPlanView> {
    return this.plans.removeFocus(user, id, focusId);
  }

  @Post(':id/actions')
  @HttpCode(201)
  addAction(@CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Body() dto: PlanActionInputDto): Promise<ActionPlanView> {
    return this.plans.addAction(user, id, dto);
  }

  @Patch(':id/actions/:actionId')
  updateAction(
    @CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Param('actionId', ACTION) actionId: string,
    @Body() dto: UpdatePlanActionDto,
  ): Promise<ActionPlanView> {
    return this.plans.updateAction(user, id, actionId, dto);
  }

  @Post(':id/actions/:actionId/progress')
  @HttpCode(201)
  addProgress(
    @CurrentUser() user: AuthenticatedUser, @Param('id', PLAN) id: string, @Param('actionId', ACTION) actionId: string,
    @Body() dto: AddNoteDto,
  ): Promise<ActionPlanView> {
    return this.plans.addProgress(user, id, actionId, dto);
  }
}
