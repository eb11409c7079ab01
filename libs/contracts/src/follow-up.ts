import type { FollowUpStatus } from '@ex-pulse/domain';
import type { SentimentLabel } from './analytics';

export type { FollowUpStatus } from '@ex-pulse/domain';

/** A signed-in user as the follow-up pages name them (an owner, an author). */
export interface FollowUpUser {
  id: string;
  name: string;
}

/**
 * One item of the follow-up queue: a detractor or negative comment, in the list of the unit it counts
 * in. It carries the comment's text and quarter only: never its day, segment or any id of the answer.
 * `key` is random, made when the item was taken in (README, "Follow-up queue").
 */
export interface FollowUpItemView {
  key: string;
  unitId: string;
  unitName: string;
  /** YYYY-Qn. */
  quarter: string;
  text: string;
  sentiment: SentimentLabel;
  /** 'detractor' only where the comments list would show that band too; otherwise null. */
  band: 'detractor' | null;
  status: FollowUpStatus;
  owner: FollowUpUser | null;
  /** ISO dates. `createdOn` is the start of the calendar week (1st, 8th, 15th, 22nd) the queue took the item in. */
  dueOn: string | null;
  createdOn: string;
  resolvedOn: string | null;
  overdue: boolean;
}

/** Open and overdue items of one unit. */
export interface FollowUpUnitSummary {
  unitId: string;
  unitName: string;
  open: number;
  overdue: number;
}

export type FollowUpShow = 'open' | 'overdue' | 'resolved' | 'all';

/** GET /api/follow-ups?unit=&show=open|overdue|resolved|all&page= */
export interface FollowUpQueue {
  today: string;
  /** Every unit of the user's part that has an item, with its open and overdue counts. */
  units: FollowUpUnitSummary[];
  /** The selected unit (null: all of the user's part). */
  unitId: string | null;
  show: FollowUpShow;
  total: number;
  page: number;
  pageSize: number;
  items: FollowUpItemView[];
  /** Whether this user may change items (HR, and managers in their units; leaders read). */
  canAct: boolean;
}

export interface FollowUpNoteView {
  id: string;
  author: FollowUpUser | null;
  body: string;
  /** ISO instant. */
  createdAt: string;
}

/** One recorded change of an item or a plan: who, when, what (from → to). */
export interface AuditEntryView {
  at: string;
  /** The name as it was then; id null when the account is gone. */
  user: { id: string | null; name: string };
  /** e.g. status, owner, due, note, created, title, focus_added, action_added, shown. */
  change: string;
  from: string | null;
  to: string | null;
}

/** GET /api/follow-ups/:key */
export interface FollowUpItemDetail extends FollowUpItemView {
  notes: FollowUpNoteView[];
  history: AuditEntryView[];
  canAct: boolean;
}

/** PATCH /api/follow-ups/:key: any of these; null clears the owner or the due date. */
export interface UpdateFollowUpRequest {
  status?: FollowUpStatus;
  ownerId?: string | null;
  dueOn?: string | null;
}

/** POST /api/follow-ups/:key/notes and POST …/actions/:id/progress */
export interface AddNoteRequest {
  body: string;
}

/** GET /api/follow-ups/owners?unit=: who may own an item or an action of the unit (HR, the unit's managers). */
export interface FollowUpOwners {
  owners: FollowUpUser[];
}
