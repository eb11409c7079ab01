import { FollowUpAudit } from './audit/follow-up-audit.entity';
import { ActionPlanFocus } from './plans/action-plan-focus.entity';
import { ActionPlan } from './plans/action-plan.entity';
import { ActionProgressNote } from './plans/action-progress-note.entity';
import { PlanAction } from './plans/plan-action.entity';
import { FollowUpIntakeRecord } from './queue/follow-up-intake.entity';
import { FollowUpItem } from './queue/follow-up-item.entity';
import { FollowUpNote } from './queue/follow-up-note.entity';

/** The follow-up queue's and the action plans' tables (migration 1765300000000). */
export const FOLLOW_UP_ENTITIES = [
  FollowUpItem, FollowUpNote, FollowUpIntakeRecord, ActionPlan, ActionPlanFocus, PlanAction, ActionProgressNote, FollowUpAudit,
];
