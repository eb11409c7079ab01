import type { ActionPlanStatus, ActionStatus, FocusKind } from '@ex-pulse/domain';
import type { FollowUpNoteView, FollowUpUser } from './follow-up';

export type { ActionPlanStatus, ActionStatus, FocusKind } from '@ex-pulse/domain';

/** What a plan works on: a driver (its key), a theme (a few words), or an item of the follow-up queue. */
export interface ActionPlanFocusView {
  id: string;
  kind: FocusKind;
  driver: string | null;
  theme: string | null;
  /** The queue item (its random key, quarter and text), when the focus is one. */
  item: { key: string; quarter: string; text: string } | null;
}

export interface PlanActionView {
  id: string;
  title: string;
  owner: FollowUpUser | null;
  dueOn: string | null;
  status: ActionStatus;
  /** Chosen by the plan's owner: the title and status show to the unit's employees ("you said, we did"). */
  shownToEmployees: boolean;
  doneOn: string | null;
  overdue: boolean;
  progress: FollowUpNoteView[];
}

export interface ActionPlanView {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  owner: FollowUpUser | null;
  status: ActionPlanStatus;
  /** ISO instant. */
  createdAt: string;
  focus: ActionPlanFocusView[];
  actions: PlanActionView[];
  /** Whether this user may change the plan; only its owner may choose what employees see. */
  canAct: boolean;
  isOwner: boolean;
}

/** GET /api/action-plans?unit= */
export interface ActionPlanList {
  unitId: string | null;
  plans: ActionPlanView[];
}

export interface FocusInput {
  kind: FocusKind;
  /** kind driver: a driver key. */
  driver?: string;
  /** kind theme: 1–200 characters. */
  theme?: string;
  /** kind item: the key of a queue item of the plan's unit (or a unit below it). */
  itemKey?: string;
}

export interface PlanActionInput {
  title: string;
  ownerId?: string | null;
  dueOn?: string | null;
  status?: ActionStatus;
  shownToEmployees?: boolean;
}

/** POST /api/action-plans: the plan with its focus areas and first actions, written together. */
export interface CreateActionPlanRequest {
  unitId: string;
  title: string;
  ownerId?: string | null;
  focus?: FocusInput[];
  actions?: PlanActionInput[];
}

/** PATCH /api/action-plans/:id */
export interface UpdateActionPlanRequest {
  title?: string;
  ownerId?: string | null;
  status?: ActionPlanStatus;
}

/** PATCH /api/action-plans/:id/actions/:actionId */
export type UpdatePlanActionRequest = Partial<PlanActionInput>;

/** "Since the last pulse, your team…": one current action of the employee's unit, as its plan's owner chose to show it. */
export interface SurveyTeamAction {
  title: string;
  status: ActionStatus;
}
