import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { monthsOf, parsePeriod, TENURE_BANDS } from '@ex-pulse/domain';
import type { AnalyticsFilterOptions, FilterOption } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { OrganisationService } from '../../common/organisation.service';
import { DepartmentTree } from '../filter/department-tree';

/** What the filter bar offers: periods with answers, and the user's departments, teams, locations and programmes. */
@Injectable()
export class FilterOptionsService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  async options(user: AuthenticatedUser): Promise<AnalyticsFilterOptions> {
    const scope = user.visibleDepartmentIds;
    const [tree, today, [first], managers, locations, programmes] = await Promise.all([
      DepartmentTree.load(this.db),
      this.organisation.today(),
      this.db.query(`SELECT min(year) AS year FROM enps_year_rollup`),
      this.db.query(
        `SELECT m.id AS key, m.name AS label FROM employee m
          WHERE EXISTS (SELECT 1 FROM employee r WHERE r.manager_id = m.id)
            AND ($1::uuid[] IS NULL OR m.department_id = ANY($1)) ORDER BY m.name`,
        [scope],
      ),
      this.db.query(
        `SELECT DISTINCT location AS key, location AS label FROM employee
          WHERE $1::uuid[] IS NULL OR department_id = ANY($1) ORDER BY 1`,
        [scope],
      ),
      this.db.query(`SELECT id AS key, name_en AS label FROM programme ORDER BY priority DESC, name_en`),
    ]);
    return {
      periods: periodOptions(first?.year ? `${first.year}-01-01` : today, today),
      departments: tree.walk(tree.roots(scope)).map(({ node, depth }) => ({
        key: node.id, label: node.name, parentKey: node.parentId, depth,
      })),
      managers,
      locations,
      tenureBands: TENURE_BANDS.filter((b) => b.band !== 'not_started').map((b) => ({ key: b.band, label: b.label })),
      programmes,
    };
  }
}

/** Newest first: each year, then its halves, quarters and months that have begun. */
function periodOptions(first: string, today: string): FilterOption[] {
  const out: FilterOption[] = [];
  for (let year = Number(today.slice(0, 4)); year >= Number(first.slice(0, 4)); year--) {
    const begun = (key: string) => parsePeriod(key).from <= today;
    out.push({ key: `${year}`, label: `${year}` });
    for (const h of [2, 1]) if (begun(`${year}-H${h}`)) out.push({ key: `${year}-H${h}`, label: `H${h} ${year}` });
    for (const q of [4, 3, 2, 1]) if (begun(`${year}-Q${q}`)) out.push({ key: `${year}-Q${q}`, label: `Q${q} ${year}` });
    for (const m of monthsOf(parsePeriod(`${year}`)).reverse()) {
      if (m.from <= today) out.push({ key: m.key, label: new Date(`${m.from}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }) });
    }
  }
  return out;
}
