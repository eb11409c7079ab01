import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scaleMean } from '@ex-pulse/domain';
import type { AnalyticsHeatmap, HeatmapCell } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { GroupYear, SegmentCountsQueries } from '../counts/segment-counts.queries';
import { groupKey } from '../counts/segment-source';
import { monthCounts } from '../counts/year-series';
import { ResolvedFilter, ROW_FILTERS } from '../filter/filter-resolver.service';
import { CellDecider, ORGANISATION } from '../guard/cell-decider';
import { ALL_PHASES, CellSpace } from '../guard/cell-space';
import { departmentRowsOf } from './heatmap.service';
import { scopeOf } from './report-cells';

/** Items asked on a 1–5 scale: the onboarding statement and the six rotating drivers. */
export const ITEM_COLUMNS = [
  { key: 'tools', label: 'Has what they need' },
  { key: 'manager_relationship', label: 'Manager relationship' },
  { key: 'role_clarity', label: 'Role clarity' },
  { key: 'recognition', label: 'Recognition' },
  { key: 'growth', label: 'Growth' },
  { key: 'workplace_tools', label: 'Workplace and tools' },
  { key: 'wellbeing', label: 'Wellbeing' },
];

interface ItemRow {
  department_id: string;
  item_key: string;
  month: string;
  n: number;
  total: number;
  total_sq: number;
}

/**
 * Departments × drivers: the mean agreement (1–5) with its interval. The number of answers to
 * each item stands where a response count stands in the eNPS figures, so the same CellDecider
 * rules decide what is withheld (items, and answers without one, are the segment dimension).
 */
@Injectable()
export class DriverHeatmapService {
  constructor(
    private readonly db: DataSource,
    private readonly counts: SegmentCountsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async heatmap(filter: ResolvedFilter, depth: number): Promise<AnalyticsHeatmap> {
    const keys = ITEM_COLUMNS.map((c) => c.key);
    const shown = departmentRowsOf(filter, depth);
    const { decider, sums } = await this.decide(filter, shown.map((r) => r.id));
    const grid = decider.grid(keys, filter.period);
    return {
      ...scopeOf(filter, this.config.anonymityK),
      by: 'driver',
      columns: ITEM_COLUMNS,
      rows: shown.map(({ id, label, parentKey, depth }) => ({
        key: id ?? 'organisation',
        label,
        parentKey,
        depth,
        cells: keys.map((item) => itemCell(item, grid.get(item)!.get(id ?? ORGANISATION) ?? null, sums.of(id, item))),
      })),
    };
  }

  /**
   * The decider of the items' cells for departments shown (null: the organisation), and the sums
   * of their answers. The same for every view of the drivers (this heatmap, the priorities), so a
   * driver's figures are withheld alike wherever they appear.
   */
  async decide(filter: ResolvedFilter, shown: readonly (string | null)[]): Promise<DecidedItems> {
    // The drivers are this view's segment dimension; a second one (a filter) would cross it.
    if (ROW_FILTERS.some((name) => filter[name] !== null)) throw new BadRequestException(ONE_DIMENSION_HEATMAP);
    const year = filter.period.year;
    const [rows, totals] = await Promise.all([
      this.items(year),
      this.counts.byGroup({ filter, year, groupBy: ['department'], allDepartments: true }),
    ]);
    const keys = ITEM_COLUMNS.map((c) => c.key);
    // Answers without a driver are the partition's last value: every answer counts somewhere, so
    // the eNPS figures of the same groups cannot be subtracted from the drivers' to find them.
    const space = new CellSpace(filter.tree, [...asGroups(rows), ...withoutItem(totals, rows)], null, false);
    const reach = filter.tree.pathsTo(shown);
    const decider = new CellDecider(this.config.anonymityK, filter.tree, space, { values: [...keys, NO_ITEM], selected: ALL_PHASES }, reach, false);
    return { decider, sums: new ItemSums(rows, filter) };
  }

  /** Per department, item and month of the year: the count, sum and sum of squares of the answers. */
  private items(year: number): Promise<ItemRow[]> {
    return this.db.query(
      `SELECT department_id, item_key, to_char(month, 'YYYY-MM-DD') AS month,
              sum(n)::int AS n, sum(total)::int AS total, sum(total_sq)::int AS total_sq
         FROM item_month_rollup WHERE month BETWEEN $1 AND $2
        GROUP BY 1, 2, 3`,
      [`${year}-01-01`, `${year}-12-01`],
    );
  }
}

export interface DecidedItems {
  decider: CellDecider;
  sums: ItemSums;
}

/** The value of answers that carry no driver. */
const NO_ITEM = '(none)';

export const ONE_DIMENSION_HEATMAP =
  'A heatmap cuts by one segment already (its columns): it takes no location, phase, tenure band, programme or team filter, since crossing two segments would single people out.';

/** Per department and month: the answers without an item (all answers less those to items). */
function withoutItem(totals: GroupYear[], items: ItemRow[]): GroupYear[] {
  const itemN = new Map<string, number[]>();
  for (const r of items) {
    const months = itemN.get(r.department_id) ?? Array(12).fill(0);
    months[Number(r.month.slice(5, 7)) - 1] += r.n;
    itemN.set(r.department_id, months);
  }
  return totals.map((t) => {
    const months = monthCounts();
    const answered = itemN.get(t.department!) ?? Array(12).fill(0);
    for (let m = 0; m < 12; m++) months[3 * m] = t.months[3 * m] + t.months[3 * m + 1] + t.months[3 * m + 2] - answered[m];
    return { department: t.department, phase: NO_ITEM, months, weeks: null };
  });
}

/** Item rows as group series whose "promoters" carry the answer count (only n matters to the rules). */
function asGroups(rows: ItemRow[]): GroupYear[] {
  const groups = new Map<string, GroupYear>();
  for (const r of rows) {
    const key = groupKey(r.department_id, r.item_key);
    const g = groups.get(key) ?? { department: r.department_id, phase: r.item_key, months: monthCounts(), weeks: null };
    g.months[3 * (Number(r.month.slice(5, 7)) - 1)] += r.n;
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Sums of answers per department subtree and item over the period. */
export class ItemSums {
  private readonly direct = new Map<string, { n: number; total: number; totalSq: number }>();

  constructor(rows: ItemRow[], private readonly filter: ResolvedFilter) {
    const { firstMonth, lastMonth } = filter.period;
    for (const r of rows) {
      const m = Number(r.month.slice(5, 7)) - 1;
      if (m < firstMonth || m > lastMonth) continue;
      const key = groupKey(r.department_id, r.item_key);
      const s = this.direct.get(key) ?? { n: 0, total: 0, totalSq: 0 };
      s.n += r.n;
      s.total += r.total;
      s.totalSq += r.total_sq;
      this.direct.set(key, s);
    }
  }

  of(department: string | null, item: string) {
    const ids = department ? this.filter.tree.subtree(department) : [...new Set([...this.direct.keys()].map((k) => k.split('|')[0]))];
    const out = { n: 0, total: 0, totalSq: 0 };
    for (const id of ids) {
      const s = this.direct.get(groupKey(id, item));
      if (!s) continue;
      out.n += s.n;
      out.total += s.total;
      out.totalSq += s.totalSq;
    }
    return out;
  }
}

function itemCell(item: string, withheld: HeatmapCell['withheld'], s: { n: number; total: number; totalSq: number }): HeatmapCell {
  if (withheld) return { column: item, withheld, n: null, value: null, ciLow: null, ciHigh: null };
  const m = scaleMean(s.n, s.total, s.totalSq);
  const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
  return { column: item, withheld: null, n: m.n, value: r2(m.mean), ciLow: r2(m.ciLow), ciHigh: r2(m.ciHigh) };
}
