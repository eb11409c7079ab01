import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CustomerMetricDto } from '@ex-pulse/contracts';
import { addMonths, isIsoDate } from '@ex-pulse/domain';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { OrganisationService } from '../../common/organisation.service';
import { listCustomerMetrics } from './customer-metric.sql';
import { CustomerMetricQueryDto } from './customer-metric.dto';

export const MAX_WINDOW_MONTHS = 60;

/** The stored customer scores for the table: HR and leaders see every unit, managers their part. */
@Injectable()
export class CustomerMetricsQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  async list(user: AuthenticatedUser, q: CustomerMetricQueryDto): Promise<CustomerMetricDto[]> {
    const to = `${q.to ?? (await this.organisation.today()).slice(0, 7)}-01`;
    const from = q.from ? `${q.from}-01` : addMonths(to, -11);
    for (const [label, month] of [['from', from], ['to', to]] as const) {
      if (!isIsoDate(month)) throw new BadRequestException(`${label} ${month.slice(0, 7)} is not a real month.`);
    }
    if (from > to) throw new BadRequestException(`from ${from.slice(0, 7)} is after to ${to.slice(0, 7)}.`);
    if (addMonths(from, MAX_WINDOW_MONTHS - 1) < to) {
      throw new BadRequestException(`Ask for at most ${MAX_WINDOW_MONTHS} months at once.`);
    }
    return listCustomerMetrics(this.db, { from, to, metric: q.metric ?? null, departmentIds: user.visibleDepartmentIds });
  }
}
