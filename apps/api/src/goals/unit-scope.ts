import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Whether a user may act on a unit: HR and leaders on every unit and the organisation, a manager on
 * the departments of their own part only. `exists` says whether the department exists (the caller
 * looked it up): 404 when not, 403 when it lies outside the user's part.
 */
export function assertUnitInScope(user: AuthenticatedUser, departmentId: string | null, exists: boolean): void {
  const scope = user.visibleDepartmentIds;
  if (departmentId === null) {
    if (scope !== null) {
      throw new ForbiddenException('The organisation as a whole is outside your part of the organisation: choose one of your own departments.');
    }
    return;
  }
  if (!exists) throw new NotFoundException(`Department ${departmentId} does not exist.`);
  if (scope !== null && !scope.includes(departmentId)) {
    throw new ForbiddenException(`Department ${departmentId} is outside your part of the organisation: you can see and set figures for your own departments only.`);
  }
}
