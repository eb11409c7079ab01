import { DepartmentDto } from '@ex-pulse/contracts';

/** The department and everything below it: the parents it cannot be moved under. */
export function subtreeIds(departments: readonly DepartmentDto[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId !== null && ids.has(d.parentId) && !ids.has(d.id)) {
        ids.add(d.id);
        grew = true;
      }
    }
  }
  return ids;
}
