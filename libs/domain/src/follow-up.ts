/**
 * Closing the loop (PRODUCT.md): the follow-up queue's status flow and the action plans' states.
 * Pure rules, shared by the API (which enforces them) and the web (which offers only what is allowed).
 */

export const FOLLOW_UP_STATUSES = ['new', 'acknowledged', 'in_discussion', 'resolved'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * new → acknowledged → in discussion → resolved. An acknowledged item may be resolved without a
 * discussion; a resolved one may be taken up again (back to in discussion). Nothing goes back to new:
 * someone has read it.
 */
const NEXT_STATUSES: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  new: ['acknowledged'],
  acknowledged: ['in_discussion', 'resolved'],
  in_discussion: ['resolved'],
  resolved: ['in_discussion'],
};

export function nextFollowUpStatuses(from: FollowUpStatus): readonly FollowUpStatus[] {
  return NEXT_STATUSES[from];
}

export function canMoveFollowUp(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export const isFollowUpStatus = (value: string): value is FollowUpStatus => (FOLLOW_UP_STATUSES as readonly string[]).includes(value);

/** Open: not resolved. Overdue: open with a due date before today (ISO dates compare as text). */
export function isOverdue(status: FollowUpStatus, dueOn: string | null, today: string): boolean {
  return status !== 'resolved' && dueOn !== null && dueOn < today;
}

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_PLAN_STATUSES = ['open', 'closed'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const FOCUS_KINDS = ['driver', 'theme', 'item'] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

/**
 * How long a done action still shows to the unit's employees ("you said, we did"): a quarter, the
 * longest time between two pulses of one person.
 */
export const DONE_ACTION_SHOWN_DAYS = 90;

/** Longest internal note, progress note, theme and title (characters). */
export const NOTE_MAX = 2000;
export const TITLE_MAX = 200;
