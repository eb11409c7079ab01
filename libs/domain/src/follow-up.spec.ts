import { canMoveFollowUp, FOLLOW_UP_STATUSES, isOverdue, nextFollowUpStatuses } from './follow-up';

describe('follow-up status flow', () => {
  it('goes new → acknowledged → in discussion → resolved, may skip the discussion, and may reopen', () => {
    const allowed = FOLLOW_UP_STATUSES.flatMap((from) => FOLLOW_UP_STATUSES.filter((to) => canMoveFollowUp(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['new→acknowledged', 'acknowledged→in_discussion', 'acknowledged→resolved', 'in_discussion→resolved', 'resolved→in_discussion']);
    expect(nextFollowUpStatuses('new')).toEqual(['acknowledged']);
  });

  it('calls an open item overdue from the day after its due date', () => {
    expect(isOverdue('acknowledged', '2026-06-24', '2026-06-24')).toBe(false);
    expect(isOverdue('acknowledged', '2026-06-24', '2026-06-25')).toBe(true);
    expect(isOverdue('resolved', '2026-06-24', '2026-06-25')).toBe(false);
    expect(isOverdue('new', null, '2026-06-25')).toBe(false);
  });
});
