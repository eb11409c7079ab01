import { Injectable, NotFoundException } from '@nestjs/common';
import { phaseOn, tenureBandOn } from '@ex-pulse/domain';
import type { EmployeeLifecycle } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganisationService } from '../common/organisation.service';
import { canSeeDepartment } from '../org/department-scope.service';
import { LifecycleQueries } from './lifecycle.queries';
import { phaseTimeline } from './phase-timeline';

/** One employee's way through the phases and the invitations sent to them; never an answer. */
@Injectable()
export class EmployeeLifecycleService {
  constructor(
    private readonly queries: LifecycleQueries,
    private readonly organisation: OrganisationService,
  ) {}

  async employee(user: AuthenticatedUser, id: string): Promise<EmployeeLifecycle> {
    const row = await this.queries.employee(id);
    // As in the employee directory: outside a manager's part of the organisation reads as unknown.
    if (!row || !canSeeDepartment(user.visibleDepartmentIds, row.departmentId)) {
      throw new NotFoundException(`Employee ${id} does not exist.`);
    }
    const settings = await this.organisation.settings();
    const today = await this.organisation.today(settings);
    const invitations = await this.queries.invitations(id);
    return {
      ...row,
      today,
      phase: phaseOn(row, today, settings.bands),
      tenureBand: tenureBandOn(row.startDate, today),
      onboardingUntilDay: settings.bands.onboardingUntilDay,
      initialDevelopmentUntilDay: settings.bands.initialDevelopmentUntilDay,
      timeline: phaseTimeline(row, settings.bands),
      invitations,
    };
  }
}
