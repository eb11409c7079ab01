import { DomainError } from './domain-error';
import { studentTTwoSidedP, Z_95 } from './student-t';

/*
 * Relating employee scores to customer scores (PRODUCT.md, "Numbers, and how honest they are").
 *
 * Two honest views, because the months of one unit are not independent observations:
 * - between units: each unit's averages over the window; Pearson r and Spearman ρ across units,
 *   n = units, Student t with n − 2 degrees of freedom, 95% interval by Fisher z;
 * - within units: the repeated-measures correlation r_rm (Bland & Altman 1995, BMJ 310:446;
 *   Bakdash & Marusich 2017, Front. Psychol. 8:456), N unit-months from k units, N − k − 1 df.
 * Nothing is shown below MIN_UNITS_BETWEEN units or MIN_UNIT_MONTHS_WITHIN unit-months.
 *
 * A result that cannot be computed has r = null and a reason code (the web words it).
 * Intervals use z = Z_95 = Φ⁻¹(0.975) = 1.959963984540054 (the "1.96" of PRODUCT.md, unrounded as in R's qnorm).
 */

export const MIN_UNITS_BETWEEN = 10;
export const MIN_UNIT_MONTHS_WITHIN = 30;

export type CorrelationMethod = 'pearson' | 'spearman' | 'repeated-measures';

/**
 * Why r is null: too few observations for the method (n < 3; for r_rm fewer than 1 residual degree of
 * freedom), no variation in x or y (within units for r_rm), or fewer than PRODUCT.md's minimum.
 */
export type CorrelationGap = 'too-few-observations' | 'no-variation' | 'below-minimum';

export interface Correlation {
  method: CorrelationMethod;
  /** Pearson r, Spearman ρ or r_rm; null when it cannot (or must not) be shown. */
  r: number | null;
  /** Observations used: pairs, or for r_rm the unit-months of units with at least 2 of them. */
  n: number;
  /** r_rm only: units that contributed (k); null for the between-unit methods. */
  groups: number | null;
  /** r_rm only: units left out because they had fewer than 2 observations; null otherwise. */
  droppedGroups: number | null;
  /** Degrees of freedom of t: n − 2, or N − k − 1 for r_rm; null when below 1. */
  df: number | null;
  t: number | null;
  /** Two-sided p-value of t. */
  p: number | null;
  /** 95% interval by Fisher z; null when r is, or when there are too few observations for it. */
  ciLow: number | null;
  ciHigh: number | null;
  reason: CorrelationGap | null;
}

function assertPairs(x: readonly number[], y: readonly number[], where = ''): void {
  if (!Array.isArray(x) || !Array.isArray(y)) throw new DomainError(`Correlation needs two lists of numbers${where}.`);
  if (x.length !== y.length) {
    throw new DomainError(`Correlation needs pairs: x has ${x.length} values and y has ${y.length}${where}.`);
  }
  for (let i = 0; i < x.length; i++) {
    if (typeof x[i] !== 'number' || !Number.isFinite(x[i])) throw new DomainError(`x[${i}]${where} is not a finite number (${x[i]}).`);
    if (typeof y[i] !== 'number' || !Number.isFinite(y[i])) throw new DomainError(`y[${i}]${where} is not a finite number (${y[i]}).`);
  }
}

function empty(method: CorrelationMethod, n: number, df: number | null, reason: CorrelationGap): Correlation {
  const rm = method === 'repeated-measures';
  return { method, r: null, n, groups: rm ? 0 : null, droppedGroups: rm ? 0 : null, df, t: null, p: null, ciLow: null, ciHigh: null, reason };
}

/** Keep r inside [−1, 1] against rounding. */
function clampR(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/** t = r·√(df / (1 − r²)) with its two-sided p; |r| = 1 gives t = ±∞ and p = 0. */
function tTest(r: number, df: number): { t: number; p: number } {
  const t = Math.abs(r) === 1 ? r * Infinity : r * Math.sqrt(df / (1 - r * r));
  return { t, p: studentTTwoSidedP(t, df) };
}

/** tanh(atanh(r) ± z·se), or nulls when there is no standard error. */
function fisherInterval(r: number, se: number | null): { ciLow: number | null; ciHigh: number | null } {
  if (se === null || !(se > 0) || !Number.isFinite(se)) return { ciLow: null, ciHigh: null };
  const z = Math.atanh(r); // ±∞ for |r| = 1: the interval collapses to r
  return { ciLow: Math.tanh(z - Z_95 * se), ciHigh: Math.tanh(z + Z_95 * se) };
}

/** Sums of centred products: Σxc·yc, Σxc², Σyc². */
function centredSums(x: readonly number[], y: readonly number[]): { sxy: number; sxx: number; syy: number } {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return { sxy, sxx, syy };
}

/** Relative threshold under which a sum of squares counts as zero (values that are all equal up to rounding). */
function noVariation(ss: number, values: readonly number[]): boolean {
  let scale = 0;
  for (const v of values) scale = Math.max(scale, Math.abs(v));
  return ss <= values.length * (scale * 1e-12) ** 2;
}

function pairCorrelation(method: 'pearson' | 'spearman', x: readonly number[], y: readonly number[], se: (r: number, n: number) => number | null): Correlation {
  const n = x.length;
  const df = n - 2 >= 1 ? n - 2 : null;
  if (n < 3 || df === null) return empty(method, n, df, 'too-few-observations');
  const { sxy, sxx, syy } = centredSums(x, y);
  if (noVariation(sxx, x) || noVariation(syy, y)) return empty(method, n, df, 'no-variation');
  const r = clampR(sxy / Math.sqrt(sxx * syy));
  const { t, p } = tTest(r, df);
  return { method, r, n, groups: null, droppedGroups: null, df, t, p, ...fisherInterval(r, se(r, n)), reason: null };
}

/**
 * Pearson's r of paired values, with t = r·√((n − 2)/(1 − r²)) on n − 2 df, its two-sided p, and the
 * 95% interval tanh(atanh(r) ± z/√(n − 3)), z = Φ⁻¹(0.975) (Fisher 1921). Throws DomainError on unequal lengths
 * or non-finite values; r is null with a reason when n < 3 or x or y does not vary. The interval
 * needs n ≥ 4.
 */
export function pearson(x: readonly number[], y: readonly number[]): Correlation {
  assertPairs(x, y);
  return pairCorrelation('pearson', x, y, (_r, n) => (n > 3 ? 1 / Math.sqrt(n - 3) : null));
}

/** What an SQL aggregate keeps of paired values: their count and the sums Σx, Σy, Σx², Σy², Σxy. */
export interface PairSums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

/**
 * pearson() from the sums of the pairs instead of the pairs (for answers aggregated in SQL): the
 * same r, t on n − 2 df, p and Fisher-z interval. The centred sums are n·Σxy − Σx·Σy, n·Σx² − (Σx)²
 * and n·Σy² − (Σy)²: for whole-number answers (0–10, 1–5) every term is a whole number, exact in a
 * double up to 2^53 (far beyond 10 million answers), so no cancellation error enters r.
 * Throws DomainError on a count that is not a whole number ≥ 0 or a sum that is not finite.
 */
export function pearsonFromSums(s: PairSums): Correlation {
  if (!Number.isInteger(s?.n) || s.n < 0) throw new DomainError(`The number of pairs must be a whole number of at least 0, got ${s?.n}.`);
  for (const key of ['sumX', 'sumY', 'sumXX', 'sumYY', 'sumXY'] as const) {
    if (typeof s[key] !== 'number' || !Number.isFinite(s[key])) throw new DomainError(`${key} is not a finite number (${s[key]}).`);
  }
  const n = s.n;
  const df = n - 2 >= 1 ? n - 2 : null;
  if (n < 3 || df === null) return empty('pearson', n, df, 'too-few-observations');
  const sxy = n * s.sumXY - s.sumX * s.sumY;
  const sxx = n * s.sumXX - s.sumX * s.sumX;
  const syy = n * s.sumYY - s.sumY * s.sumY;
  // Relative to the raw sums, so that sums of fractions equal up to rounding also count as no variation.
  if (sxx <= n * Math.abs(s.sumXX) * 1e-12 || syy <= n * Math.abs(s.sumYY) * 1e-12) return empty('pearson', n, df, 'no-variation');
  const r = clampR(sxy / Math.sqrt(sxx * syy));
  const { t, p } = tTest(r, df);
  return { method: 'pearson', r, n, groups: null, droppedGroups: null, df, t, p, ...fisherInterval(r, n > 3 ? 1 / Math.sqrt(n - 3) : null), reason: null };
}

/** Ranks 1..n, ties sharing the mean of the ranks they span (e.g. two values tied for 2nd and 3rd both get 2.5). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's ρ: Pearson's r of the average ranks (ties get the mean rank), with the same t test on
 * n − 2 df (the usual large-sample test of ρ, as in R's cor.test(exact = FALSE)).
 *
 * Interval: Fisher z with se = √((1 + ρ²/2)/(n − 3)) (Bonett & Wright 2000, Psychometrika 65:23–28;
 * as in R statpsych::ci.spear). Not 1/√(n − 3): the Fisher z of a rank correlation varies more than
 * that of Pearson's r (Fieller, Hartley & Pearson 1957 found ≈ 1.06/(n − 3) near ρ = 0, and more as
 * |ρ| grows), so Pearson's standard error would give intervals that are too narrow for ρ.
 */
export function spearman(x: readonly number[], y: readonly number[]): Correlation {
  assertPairs(x, y);
  return pairCorrelation('spearman', averageRanks(x), averageRanks(y), (r, n) => (n > 3 ? Math.sqrt((1 + (r * r) / 2) / (n - 3)) : null));
}

export interface CorrelationGroup {
  x: readonly number[];
  y: readonly number[];
}

/**
 * Repeated-measures correlation r_rm (Bland & Altman 1995; Bakdash & Marusich 2017, R package rmcorr).
 *
 * Each group's (unit's) x and y are centred on that group's own means, and the centred values are
 * pooled: r_rm = Σ(xc·yc) / √(Σxc²·Σyc²). This equals rmcorr's ANCOVA form
 * sign(β)·√(SS_x / (SS_x + SS_residual)) for the model y ~ group + x: with group intercepts the common
 * slope is β = Σxc·yc / Σxc², the sum of squares explained by x after the groups is
 * SS_x = (Σxc·yc)²/Σxc², and SS_x + SS_residual = Σyc² (the within-group sum of squares of y), so the
 * ratio is (Σxc·yc)² / (Σxc²·Σyc²).
 *
 * N observations from k groups give df = N − k − 1 (the ANCOVA's residual df), t = r·√(df/(1 − r²)),
 * and its two-sided p (= rmcorr's F test, F = t²).
 *
 * Interval: as rmcorr ≥ 0.5.4 ("Confidence Interval Fix" vignette; rmcorr.R calls
 * psych::r.con(r, df + 2)), Fisher z with the effective sample size df + 2, i.e.
 * se = 1/√(df + 2 − 3) = 1/√(N − k − 2). (rmcorr before 0.5.4 used 1/√(df − 3), which its authors
 * call incorrect.) The interval needs df ≥ 2.
 *
 * Groups with fewer than 2 observations contribute nothing (a single month has no within-unit
 * variation) and are counted in droppedGroups; they add neither to N nor to k.
 */
export function repeatedMeasuresCorrelation(groups: readonly CorrelationGroup[]): Correlation {
  if (!Array.isArray(groups)) throw new DomainError('The repeated-measures correlation needs a list of groups.');
  groups.forEach((g, i) => {
    if (g === null || typeof g !== 'object') throw new DomainError(`Group ${i} is not a group of x and y values.`);
    assertPairs(g.x, g.y, ` in group ${i}`);
  });
  let n = 0;
  let k = 0;
  let dropped = 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const g of groups) {
    if (g.x.length < 2) {
      dropped++;
      continue;
    }
    const s = centredSums(g.x, g.y);
    sxy += s.sxy;
    sxx += s.sxx;
    syy += s.syy;
    n += g.x.length;
    k++;
    xs.push(...g.x);
    ys.push(...g.y);
  }
  const df = n - k - 1 >= 1 ? n - k - 1 : null;
  const base = { method: 'repeated-measures' as const, n, groups: k, droppedGroups: dropped, df };
  if (df === null) return { ...empty('repeated-measures', n, null, 'too-few-observations'), ...base };
  if (noVariation(sxx, xs) || noVariation(syy, ys)) return { ...empty('repeated-measures', n, df, 'no-variation'), ...base };
  const r = clampR(sxy / Math.sqrt(sxx * syy));
  const { t, p } = tTest(r, df);
  const se = df >= 2 ? 1 / Math.sqrt(df - 1) : null;
  return { ...base, r, t, p, ...fisherInterval(r, se), reason: null };
}

/**
 * PRODUCT.md's minimums: between-unit results (pearson, spearman) need MIN_UNITS_BETWEEN units, the
 * within-unit result (r_rm) MIN_UNIT_MONTHS_WITHIN unit-months (counted as result.n, i.e. those of units
 * with at least 2). Below them the same result comes back with r, t, p and the interval null and reason 'below-minimum'; n, groups
 * and df stay so the page can say how much is missing.
 */
export function applyMinimum(result: Correlation): Correlation {
  const minimum = correlationMinimum(result.method);
  if (result.n >= minimum) return result;
  return { ...result, r: null, t: null, p: null, ciLow: null, ciHigh: null, reason: 'below-minimum' };
}

/** The minimum count PRODUCT.md sets for a method: units between, unit-months within. */
export function correlationMinimum(method: CorrelationMethod): number {
  return method === 'repeated-measures' ? MIN_UNIT_MONTHS_WITHIN : MIN_UNITS_BETWEEN;
}

// ---------------------------------------------------------------------------------------------
// Plain-language description (English; the web words its own translations from the numbers).

export interface DescribeContext {
  /** Months in the window ("over 12 months"); left out of the sentence when absent. */
  months?: number;
  /** How many months the customer score lags the employee score (0–3). Default 0. */
  lagMonths?: number;
  /** Default 'eNPS'. */
  employeeMeasure?: string;
  /** Default 'customer NPS'. */
  customerMeasure?: string;
}

export interface CorrelationDescription {
  text: string;
  /** p < 0.05. */
  clear: boolean;
  direction: 'positive' | 'negative' | 'none';
  /** 'r', 'ρ' or 'r_rm'. */
  symbol: string;
  /** 'p < 0.001', 'p = 0.03', …; null without a p-value. */
  pText: string | null;
  /** Units: k for r_rm, n for the between-unit methods. */
  units: number;
  months: number | null;
  lagMonths: number;
  result: Correlation;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function minus(s: string): string {
  return s.replace(/^-/, '−');
}

function fixed(v: number, digits = 2): string {
  const s = v.toFixed(digits);
  return minus(/^-0\.0*$/.test(s) ? s.slice(1) : s);
}

/** 'p < 0.001', 'p = 0.004', 'p = 0.03', 'p > 0.99'; three decimals near 0.05 so the rounding never crosses it. */
export function formatP(p: number): string {
  if (!(p >= 0 && p <= 1)) throw new DomainError(`A p-value lies between 0 and 1, got ${p}.`);
  if (p < 0.001) return 'p < 0.001';
  if (p > 0.99) return 'p > 0.99';
  if (p < 0.01 || (p >= 0.045 && p < 0.055)) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}

function lagPhrase(lag: number): string {
  if (lag === 0) return 'in the same month';
  const word = NUMBER_WORDS[lag] ?? String(lag);
  return `${word} month${lag === 1 ? '' : 's'} later`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A sentence such as "Across 14 units, over 12 months, a unit's customer NPS tended to rise two months
 * after its eNPS rose: r_rm = 0.41, 95% CI 0.27–0.53, p < 0.001", with the numbers alongside.
 * "Clear" means p < 0.05; otherwise the sentence says there is no clear relation.
 */
export function describeCorrelation(result: Correlation, context: DescribeContext = {}): CorrelationDescription {
  const lag = context.lagMonths ?? 0;
  if (!Number.isInteger(lag) || lag < 0) throw new DomainError(`The lag must be a whole number of months of at least 0, got ${lag}.`);
  const months = context.months ?? null;
  const employee = context.employeeMeasure ?? 'eNPS';
  const customer = context.customerMeasure ?? 'customer NPS';
  const within = result.method === 'repeated-measures';
  const units = within ? (result.groups ?? 0) : result.n;
  const symbol = within ? 'r_rm' : result.method === 'spearman' ? 'ρ' : 'r';
  const base = { symbol, units, months, lagMonths: lag, result };

  if (result.r === null) {
    const counted = within ? plural(result.n, 'unit-month', 'unit-months') : plural(units, 'unit', 'units');
    const lead = `Not enough data to relate ${employee} and ${customer}: ${counted}`;
    let text: string;
    if (result.reason === 'below-minimum') {
      text = `${lead}, at least ${correlationMinimum(result.method)} ${within ? 'unit-months' : 'units'} are needed.`;
    } else if (result.reason === 'no-variation') {
      text = `No relation can be computed between ${employee} and ${customer}: one of them did not change ${within ? 'within units' : 'across units'}.`;
    } else {
      text = within ? `${lead} from ${plural(units, 'unit', 'units')}.` : `${lead}, at least 3 units are needed.`;
    }
    return { ...base, text, clear: false, direction: 'none', pText: null };
  }

  const where = [`Across ${plural(units, 'unit', 'units')}`, months !== null ? `over ${plural(months, 'month', 'months')}` : null].filter(Boolean).join(', ');
  const pText = result.p !== null ? formatP(result.p) : null;
  const ci =
    result.ciLow !== null && result.ciHigh !== null
      ? `95% CI ${fixed(result.ciLow)}${result.ciLow < 0 || result.ciHigh < 0 ? ' to ' : '–'}${fixed(result.ciHigh)}`
      : null;
  const numbers = [`${symbol} = ${fixed(result.r)}`, ci, pText].filter(Boolean).join(', ');
  const clear = result.p !== null && result.p < 0.05 && result.r !== 0;
  const direction = clear ? (result.r > 0 ? 'positive' : 'negative') : 'none';
  const when = lagPhrase(lag);

  let claim: string;
  if (!clear) {
    claim = within
      ? `no clear relation between a unit's ${employee} and its ${customer} ${when}`
      : `no clear relation between units' ${employee} and their ${customer} ${when}`;
  } else if (within) {
    const move = direction === 'positive' ? 'rise' : 'fall';
    claim = lag === 0
      ? `a unit's ${customer} tended to ${move} in months when its ${employee} rose`
      : `a unit's ${customer} tended to ${move} ${NUMBER_WORDS[lag] ?? lag} month${lag === 1 ? '' : 's'} after its ${employee} rose`;
  } else {
    const level = direction === 'positive' ? 'higher' : 'lower';
    claim = `units with a higher ${employee} tended to have a ${level} ${customer} ${when}`;
  }
  return { ...base, text: `${where}, ${claim}: ${numbers}`, clear, direction, pText };
}
