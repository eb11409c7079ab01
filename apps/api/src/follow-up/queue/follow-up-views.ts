import { isOverdue } from '@ex-pulse/domain';
import { sentimentFromValue } from '@ex-pulse/domain/sentiment';
import type { FollowUpItemView, FollowUpNoteView, FollowUpUser } from '@ex-pulse/contracts';
import type { DepartmentTree } from '../../analytics/filter/department-tree';
import type { FollowUpItem } from './follow-up-item.entity';

/** An item as the wire carries it: its random key, never its digest. */
export function itemView(item: FollowUpItem, tree: DepartmentTree, users: Map<string, FollowUpUser>, today: string): FollowUpItemView {
  return {
    key: item.id,
    unitId: item.departmentId,
    unitName: tree.get(item.departmentId)?.name ?? '',
    quarter: item.quarter,
    text: item.comment,
    sentiment: sentimentFromValue(item.sentiment),
    band: item.detractor ? 'detractor' : null,
    status: item.status,
    owner: item.ownerId ? (users.get(item.ownerId) ?? null) : null,
    dueOn: item.dueOn,
    createdOn: item.createdOn,
    resolvedOn: item.resolvedOn,
    overdue: isOverdue(item.status, item.dueOn, today),
  };
}

/** A note (internal or progress) as the wire carries it. */
export function noteView(
  note: { id: string; authorId: string | null; body: string; createdAt: Date }, users: Map<string, FollowUpUser>,
): FollowUpNoteView {
  return {
    id: note.id,
    author: note.authorId ? (users.get(note.authorId) ?? null) : null,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
  };
}
