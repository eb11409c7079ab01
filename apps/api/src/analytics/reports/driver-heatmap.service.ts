import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scaleMean } from '@ex-pulse/domain';
import type { AnalyticsHeatmap, HeatmapCell } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { GroupYear } from '../counts/segment-counts.queries';
import { groupKey, SqlParams } from '../counts/segment-source';
import { monthCounts } from '../counts/year-series';
import { ResolvedFilter, ROW_FILTERS, RowFilter } from '../filter/filter-resolver.service';
import { CellDecider, ORGANISATION } from '../guard/cell-decider';
import { CellSpace } from '../guard/cell-space';
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
 * rules decide what is withheld (items play the part of phases).
 */
@Injectable()
export class DriverHeatmapService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async heatmap(filter: ResolvedFilter, depth: number): Promise<AnalyticsHeatmap> {
    const year = filter.period.year;
    const active = ROW_FILTERS.filter((name) => filter[name] !== null);
    const [rows, ...relaxedRows] = await Promise.all([
      this.items(filter, year, null),
      ...active.map((omit) => this.items(filter, year, omit)),
    ]);
    const space = (r: ItemRow[]) => new CellSpace(filter.tree, asGroups(r), null, false);
    const decider = new CellDecider(this.config.anonymityK, filter.tree, space(rows), relaxedRows.map(space));
    const keys = ITEM_COLUMNS.map((c) => c.key);
    const shown = departmentRowsOf(filter, depth);
    const grid = decider.grid(keys, filter.period, filter.tree.pathsTo(shown.map((r) => r.id)));
    const sums = new ItemSums(rows, filter);
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

  /** Per department, item and month of the year: the count, sum and sum of squares of the answers. */
  private items(filter: ResolvedFilter, year: number, omit: RowFilter | null): Promise<ItemRow[]> {
    const params = new SqlParams();
    const on = (name: RowFilter) => filter[name] !== null && omit !== name;
    const where = [`month BETWEEN ${params.add(`${year}-01-01`)} AND ${params.add(`${year}-12-01`)}`];
    // Every department counts, whatever the selection: the decisions run down the whole tree.
    if (on('phase')) where.push(`phase = ${params.add(filter.phase)}`);
    const rollupOnly = !(['managerId', 'location', 'tenure', 'programmeId'] as const).some(on);
    const source = rollupOnly
      ? `SELECT month, department_id, item_key, n, total, total_sq, phase FROM item_month_rollup`
      : `SELECT expulse_month(answered_on) AS month, department_id, item_key, 1 AS n, item_score AS total,
                item_score * item_score AS total_sq, phase
           FROM response
          WHERE item_key IS NOT NULL
            ${on('managerId') ? `AND manager_id = ${params.add(filter.managerId)}` : ''}
            ${on('location') ? `AND location = ${params.add(filter.location)}` : ''}
            ${on('tenure') ? `AND tenure_band = ${params.add(filter.tenure)}` : ''}
            ${on('programmeId') ? `AND programme_id = ${params.add(filter.programmeId)}` : ''}
            AND answered_on BETWEEN ${params.add(`${year}-01-01`)} AND ${params.add(`${year}-12-31`)}`;
    return this.db.query(
      `SELECT department_id, item_key, to_char(month, 'YYYY-MM-DD') AS month,
              sum(n)::int AS n, sum(total)::int AS total, sum(total_sq)::int AS total_sq
         FROM (${source}) s WHERE ${where.join(' AND ')}
        GROUP BY 1, 2, 3`,
      params.values,
    );
  }
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
class ItemSums {
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
