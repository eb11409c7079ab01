import { DomainError } from './domain-error';
import { addDays, addMonths } from './dates';
import { WithheldReason, withholdPartition } from './anonymity';

/*
 * Calendar periods for the dashboards: a year, a half, a quarter, a month, and (for trends) the
 * four "weeks" of a month: days 1–7, 8–14, 15–21 and 22 to the month's end.
 *
 * Why calendar periods and not any window of days: periods nest (year ⊃ half ⊃ quarter ⊃
 * month ⊃ week), so the figures of all of them form one tree. In a tree the anonymity rules can
 * be applied node by node (see periodWithheld), and no two published windows differ by a day or
 * by a small group of answers. Arbitrary windows would: "1 Jan–31 Mar" minus "2 Jan–31 Mar" is
 * the answers of 1 January.
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  key: string;
  kind: PeriodKind;
  year: number;
  /** Months of the year covered, 0-based and inclusive. */
  firstMonth: number;
  lastMonth: number;
  from: string;
  to: string;
}

const PATTERNS: readonly [RegExp, PeriodKind][] = [
  [/^(\d{4})$/, 'year'],
  [/^(\d{4})-H([12])$/, 'half'],
  [/^(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'month'],
];

const SPAN: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3, month: 1 };

const pad = (n: number) => String(n).padStart(2, '0');

function build(kind: PeriodKind, year: number, firstMonth: number): Period {
  const lastMonth = firstMonth + SPAN[kind] - 1;
  const from = `${year}-${pad(firstMonth + 1)}-01`;
  const to = addDays(addMonths(from, SPAN[kind]), -1);
  const key =
    kind === 'year' ? `${year}`
    : kind === 'half' ? `${year}-H${firstMonth / 6 + 1}`
    : kind === 'quarter' ? `${year}-Q${firstMonth / 3 + 1}`
    : `${year}-${pad(firstMonth + 1)}`;
  return { key, kind, year, firstMonth, lastMonth, from, to };
}

/** "2026", "2026-H2", "2026-Q4" or "2026-11"; throws DomainError with the accepted forms otherwise. */
export function parsePeriod(key: string): Period {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(String(key ?? '').trim());
    if (!m) continue;
    const year = Number(m[1]);
    if (year < 2000 || year > 2999) break;
    const index = m[2] ? Number(m[2]) - 1 : 0;
    return build(kind, year, index * SPAN[kind]);
  }
  throw new DomainError(
    `The period "${String(key)}" is not one we know; give a year (2026), a half (2026-H2), a quarter (2026-Q4) or a month (2026-11).`,
  );
}

/** The period of the same kind containing the ISO date `on`. */
export function periodContaining(kind: PeriodKind, on: string): Period {
  const year = Number(on.slice(0, 4));
  const month = Number(on.slice(5, 7)) - 1;
  return build(kind, year, month - (month % SPAN[kind]));
}

/** The period of the same kind just before. */
export function previousPeriod(p: Period): Period {
  const start = p.firstMonth - SPAN[p.kind];
  return start >= 0 ? build(p.kind, p.year, start) : build(p.kind, p.year - 1, 12 - SPAN[p.kind]);
}

/** The months of a period, as periods. */
export function monthsOf(p: Period): Period[] {
  const months: Period[] = [];
  for (let m = p.firstMonth; m <= p.lastMonth; m++) months.push(build('month', p.year, m));
  return months;
}

/** Start days of the four weeks of a month. */
export const WEEK_START_DAYS = [1, 8, 15, 22] as const;

export interface Week {
  from: string;
  to: string;
}

/** The four weeks of the month starting on `monthStart` (YYYY-MM-01). */
export function weeksOf(monthStart: string): Week[] {
  const end = addDays(addMonths(monthStart, 1), -1);
  return WEEK_START_DAYS.map((d, i) => ({
    from: `${monthStart.slice(0, 8)}${pad(d)}`,
    to: i < 3 ? `${monthStart.slice(0, 8)}${pad(d + 6)}` : end,
  }));
}

/** The start of the week containing `on`. */
export function weekStart(on: string): string {
  const day = Number(on.slice(8, 10));
  return `${on.slice(0, 8)}${pad(Math.min(22, Math.floor((day - 1) / 7) * 7 + 1))}`;
}

/**
 * Whether a group's figure for period `p` is withheld, from its answer counts per month of p's
 * year (12 numbers) and, when asking about weeks, per week of each month (12 × 4).
 *
 * The periods of a year form a tree: year → halves → quarters → months (→ weeks). Walking from
 * the year down to the period asked for, each node's children are decided with the partition
 * rule (withholdPartition: fewer than k, subtraction, complementary suppression). A node withheld
 * for subtraction although it holds k or more keeps at least k answers hidden below it, so its
 * shown children never add up to it. The decision for a node depends only on the counts, so every
 * endpoint that shows this group's figures withholds the same periods.
 */
export function periodWithheld(
  p: Period | { month: number; week: number },
  monthly: readonly number[],
  k: number,
  weekly?: readonly (readonly number[])[],
): WithheldReason | null {
  const year = yearWithheld(monthly, k);
  if ('kind' in p) return verdictOn(year, p);
  if (!weekly) throw new DomainError('Weekly counts are needed to decide a week.');
  const cells = weekly[p.month].map((n, i) => ({ key: String(i), n }));
  return decideChildren(monthly[p.month], cells, year.month[p.month], k).get(String(p.week)) ?? null;
}

/** The verdict on every period of one year, by kind and position (half 0–1, quarter 0–3, month 0–11). */
export type YearVerdicts = Record<PeriodKind, (WithheldReason | null)[]>;

/** A period's verdict among its year's. */
export function verdictOn(year: YearVerdicts, p: Period): WithheldReason | null {
  return year[p.kind][p.firstMonth / SPAN[p.kind]];
}

/**
 * periodWithheld for every period of the year at once (a report showing all twelve months
 * decides the tree once): each node's children decided with the partition rule, from the year down.
 */
export function yearWithheld(monthly: readonly number[], k: number): YearVerdicts {
  if (monthly.length !== 12) throw new DomainError('A year has 12 monthly counts.');
  const sum = (from: number, span: number) => {
    let n = 0;
    for (let m = from; m < from + span; m++) n += monthly[m];
    return n;
  };
  const total = sum(0, 12);
  const out: YearVerdicts = { year: [total < k ? 'too_few' : null], half: [], quarter: [], month: [] };
  // Down the tree: a year's two halves, a half's two quarters, a quarter's three months (plain
  // loops: dashboards decide a year for every department, and Array.from is slow in V8).
  for (const [parent, child] of TREE) {
    const count = SPAN[parent] / SPAN[child];
    for (let i = 0; i < out[parent].length; i++) {
      const first = i * SPAN[parent];
      const cells: { key: string; n: number }[] = [];
      // Keyed by first month, as ties between equal cells are broken by key.
      for (let c = 0; c < count; c++) cells.push({ key: String(first + c * SPAN[child]), n: sum(first + c * SPAN[child], SPAN[child]) });
      const decided = decideChildren(sum(first, SPAN[parent]), cells, out[parent][i], k);
      for (let c = 0; c < count; c++) out[child][i * count + c] = decided.get(cells[c].key) ?? null;
    }
  }
  return out;
}

const TREE = [['year', 'half'], ['half', 'quarter'], ['quarter', 'month']] as const;

/**
 * The children of one node: the partition rule, and below a withheld node either all withheld
 * (too few in the parent) or, when the parent holds k or more, at least k kept hidden.
 */
function decideChildren(
  parentN: number,
  cells: { key: string; n: number }[],
  parentReason: WithheldReason | null,
  k: number,
): Map<string, WithheldReason | null> {
  if (parentReason === 'too_few') return new Map(cells.map((c) => [c.key, 'too_few' as const]));
  const decided = withholdPartition({ parentN, cells, k });
  if (parentReason === 'subtraction') {
    const shown = cells.filter((c) => decided.get(c.key) === null).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
    let hidden = parentN - shown.reduce((t, c) => t + c.n, 0);
    while (hidden < k && shown.length) {
      const smallest = shown.shift()!;
      decided.set(smallest.key, 'subtraction');
      hidden += smallest.n;
    }
  }
  return decided;
}
