import { initialVerdicts, Lines, REASONS, suppressLines, WithheldReason } from '@ex-pulse/domain';
import type { Point, YearSeries } from '../counts/year-series';
import type { DepartmentTree } from '../filter/department-tree';
import { ALL_PHASES } from './cell-space';
import type { Reach } from './reach';

export type { Reach } from './reach';

/** The organisation as a whole, in decisions keyed by department. */
export const ORGANISATION = '@organisation';

export type Decisions = Map<string, WithheldReason | null>;

/**
 * The one segment dimension a request cuts by (a filter's values, the phases of a heatmap, the
 * drivers): every value of it is decided, as one partition, whichever value the request shows.
 */
export interface Dimension {
  values: readonly string[];
  /** The value the request's figures are about (the filter's value), or ALL_PHASES for none. */
  selected: string;
}

/** A group's counts through one year as a decider reads them: per month, and per week of each month when weeks are decided. */
export interface CountsThroughYear {
  monthlyN(): ArrayLike<number>;
  weeklyN(): ArrayLike<ArrayLike<number>> | undefined;
}

/**
 * What a decider decides over: the counts of each department's subtree (null: the organisation),
 * in one value of the dimension or in all (ALL_PHASES). CellSpace gives answers; MonthlyCounts
 * any other count (exit answers by reason, invitations by programme).
 */
export interface DecidedCounts<S extends CountsThroughYear = YearSeries> {
  series(department: string | null, value: string): S;
}

/** Which departments a decider decides: all, none (the organisation's figure only), or a reach. */
export type Departments = 'all' | 'none' | Reach;

// Periods of one year, by index: the year, two halves, four quarters, twelve months, then (when
// weeks are counted) four weeks of each month. Each node is partitioned by the next level.
const HALF = 1;
const QUARTER = 3;
const MONTH = 7;
const WEEK = 19;
const PERIODS = 19;
const PERIODS_WITH_WEEKS = 19 + 48;

/** The index of a period or week among a year's. */
function periodIndex(point: Point): number {
  if (point.kind === 'week') return WEEK + 4 * point.month + point.week;
  if (point.kind === 'year') return 0;
  if (point.kind === 'half') return HALF + point.firstMonth / 6;
  if (point.kind === 'quarter') return QUARTER + point.firstMonth / 3;
  return MONTH + point.firstMonth;
}

interface Unit {
  id: string | null;
  depth: number;
  /** Indices of its decided children; empty when its subtree is counted as one group. */
  children: number[];
}

/**
 * Decides which figures are withheld, the same way for every endpoint and every request, so that
 * no combination of published figures reveals fewer than k people (README, "Anonymity").
 *
 * The figures a request can publish form a table: departments (the organisation, down the tree)
 * × the periods of the year (year, halves, quarters, months, weeks) × the values of at most one
 * segment dimension (plus their total). Every partition in it is a line for line-suppression.ts:
 * a department into its sub-departments (the remainder being its own people), a period into the
 * periods below it, a group into the values of the dimension. All lines are decided to a fixed
 * point, level by level down the tree and totals before values, so that
 * - a request's verdicts are those the whole organisation would give (a request decides only the
 *   departments it shows and their ancestors' children: decisions never flow up);
 * - totals never depend on a segment dimension, and one dimension never on another (a request
 *   has at most one; FilterResolver refuses two), so the verdicts of every request agree.
 */
export class CellDecider<S extends CountsThroughYear = YearSeries> {
  private readonly units: Unit[] = [];
  private readonly unitOf = new Map<string | null, number>();
  private readonly periods: number;
  private readonly width: number;
  private readonly n: Int32Array;
  private readonly verdict: Uint8Array;

  constructor(
    private readonly k: number,
    private readonly tree: DepartmentTree,
    private readonly space: DecidedCounts<S>,
    private readonly dimension: Dimension | null,
    departments: Departments,
    weekly: boolean,
  ) {
    this.periods = weekly ? PERIODS_WITH_WEEKS : PERIODS;
    this.width = 1 + (dimension?.values.length ?? 0);
    this.addUnit(null, 0, departments);
    // Each expanded department's own people (in none of its sub-departments) as one more child:
    // not a figure anyone can ask for, but one subtraction gives it, so it is decided like one.
    const real = this.units.length;
    for (let u = 0; u < real; u++) {
      const unit = this.units[u];
      if (!unit.children.length) continue;
      unit.children.push(this.units.length);
      this.units.push({ id: null, depth: unit.depth + 1, children: [] });
    }
    this.n = new Int32Array(this.units.length * this.periods * this.width);
    for (let u = 0; u < real; u++) {
      for (let v = 0; v < this.width; v++) this.fill(u, v, this.space.series(this.units[u].id, this.valueKey(v)));
    }
    for (let u = 0; u < real; u++) {
      const children = this.units[u].children;
      if (!children.length) continue;
      const own = children[children.length - 1];
      for (let p = 0; p < this.periods; p++) {
        for (let v = 0; v < this.width; v++) {
          let rest = this.n[this.cell(u, p, v)];
          for (const c of children) if (c !== own) rest -= this.n[this.cell(c, p, v)];
          this.n[this.cell(own, p, v)] = rest;
        }
      }
    }
    this.verdict = initialVerdicts(this.n, this.k);
    this.decide();
  }

  private addUnit(id: string | null, depth: number, departments: Departments): number {
    const index = this.units.length;
    const unit: Unit = { id, depth, children: [] };
    this.units.push(unit);
    this.unitOf.set(id, index);
    const expanded = departments === 'all' || (departments !== 'none' && (id === null || departments === null || departments.has(id)));
    if (expanded) for (const child of this.tree.children(id)) unit.children.push(this.addUnit(child.id, depth + 1, departments));
    return index;
  }

  private valueKey(v: number): string {
    return v === 0 ? ALL_PHASES : this.dimension!.values[v - 1];
  }

  private cell(unit: number, period: number, value: number): number {
    return (unit * this.periods + period) * this.width + value;
  }

  private fill(unit: number, value: number, s: S): void {
    const monthly = s.monthlyN();
    const at = (p: number) => this.cell(unit, p, value);
    for (let m = 0; m < 12; m++) {
      this.n[at(MONTH + m)] = monthly[m];
      this.n[at(QUARTER + Math.floor(m / 3))] += monthly[m];
      this.n[at(HALF + Math.floor(m / 6))] += monthly[m];
      this.n[at(0)] += monthly[m];
    }
    if (this.periods === PERIODS_WITH_WEEKS) {
      const weekly = s.weeklyN()!;
      for (let m = 0; m < 12; m++) for (let w = 0; w < 4; w++) this.n[at(WEEK + 4 * m + w)] = weekly[m][w];
    }
  }

  /** Stage by stage: each level of the tree, its totals first, then its segment values. */
  private decide(): void {
    const maxDepth = Math.max(...this.units.map((u) => u.depth));
    for (let depth = 0; depth <= maxDepth; depth++) {
      const totals = new Lines();
      const values = new Lines();
      for (let u = 0; u < this.units.length; u++) {
        const unit = this.units[u];
        if (unit.depth === depth - 1 && unit.children.length) {
          for (let p = 0; p < this.periods; p++) {
            for (let v = 0; v < this.width; v++) {
              (v === 0 ? totals : values).add(this.cell(u, p, v), unit.children.map((c) => this.cell(c, p, v)));
            }
          }
        }
        if (unit.depth !== depth) continue;
        for (let v = 0; v < this.width; v++) this.timeLines(v === 0 ? totals : values, u, v);
        if (this.width > 1) {
          for (let p = 0; p < this.periods; p++) {
            const children: number[] = [];
            for (let v = 1; v < this.width; v++) children.push(this.cell(u, p, v));
            values.add(this.cell(u, p, 0), children);
          }
        }
      }
      suppressLines(this.n, this.verdict, totals, this.k);
      suppressLines(this.n, this.verdict, values, this.k);
    }
  }

  private timeLines(lines: Lines, u: number, v: number): void {
    const at = (p: number) => this.cell(u, p, v);
    lines.add(at(0), [at(HALF), at(HALF + 1)]);
    for (let h = 0; h < 2; h++) lines.add(at(HALF + h), [at(QUARTER + 2 * h), at(QUARTER + 2 * h + 1)]);
    for (let q = 0; q < 4; q++) lines.add(at(QUARTER + q), [at(MONTH + 3 * q), at(MONTH + 3 * q + 1), at(MONTH + 3 * q + 2)]);
    if (this.periods === PERIODS_WITH_WEEKS) {
      for (let m = 0; m < 12; m++) lines.add(at(MONTH + m), [0, 1, 2, 3].map((w) => at(WEEK + 4 * m + w)));
    }
  }

  /** A report's phase (or value) as this decider's value: the total means the request's selected value. */
  private valueOf(phase: string): number {
    const key = phase === ALL_PHASES ? this.dimension?.selected ?? ALL_PHASES : phase;
    if (key === ALL_PHASES) return 0;
    const v = this.dimension ? this.dimension.values.indexOf(key) : -1;
    if (v < 0) throw new Error(`"${key}" is not a value this request decided.`);
    return v + 1;
  }

  /** The counts of a group: its department's subtree (null: the organisation), in the request's segment or in one value of it. */
  series(department: string | null, phase: string = ALL_PHASES): S {
    return this.space.series(department, phase === ALL_PHASES ? this.dimension?.selected ?? ALL_PHASES : phase);
  }

  private reason(department: string | null, phase: string, point: Point): WithheldReason | null {
    const u = this.unitOf.get(department);
    if (u === undefined) throw new Error(`Department ${department} was not decided for this request.`);
    if (point.kind === 'week' && this.periods !== PERIODS_WITH_WEEKS) throw new Error('Weeks were not counted for this request.');
    return REASONS[this.verdict[this.cell(u, periodIndex(point), this.valueOf(phase))]];
  }

  /** The organisation as a whole. */
  organisation(phase: string, point: Point): WithheldReason | null {
    return this.reason(null, phase, point);
  }

  /** Every decided department's verdict in one phase (or value) and period, plus the organisation's. */
  column(phase: string, point: Point): Decisions {
    const out: Decisions = new Map();
    for (const [id] of this.unitOf) out.set(id ?? ORGANISATION, this.reason(id, phase, point));
    return out;
  }

  /** column() for each phase (or value), and for the request's total (ALL_PHASES). */
  grid(phases: readonly string[], point: Point): Map<string, Decisions> {
    const out = new Map(phases.map((p) => [p, this.column(p, point)]));
    out.set(ALL_PHASES, this.column(ALL_PHASES, point));
    return out;
  }
}
