/*
 * External customer scores, one row per unit, month and metric (and CX index criterion):
 * the rules a row must meet before it is stored, and the headline value it stores.
 *
 * - nps: promoter, passive and detractor counts adding up to n; value = 100·(P − D)/n (−100…100).
 * - csat: counts of the answers 1…5 (adding up to n), or the share of 4–5 with n;
 *   value = 100·share of 4–5 (0…100), plus the mean 1…5 when the counts are known.
 * - ces: the mean on 1…7 with n; value = the mean.
 * - cx_index: per criterion the shares of 4–5 and of 1–2 on a 1–5 scale, with n;
 *   value = 100·(top − bottom) (−100…100). The index of a unit is the average over criteria.
 *
 * Computed values (value, the CSAT share and mean) are rounded to 6 decimals, so the same input
 * always stores the same numbers. Every problem is a sentence a person can act on; all problems
 * of a row are reported at once.
 */

export const CUSTOMER_METRICS = ['nps', 'csat', 'ces', 'cx_index'] as const;
export type CustomerMetricKind = (typeof CUSTOMER_METRICS)[number];

export const CRITERION_MAX_LENGTH = 60;

/** One row as it arrives (CSV cells read as numbers, NaN for a cell that is not one; or a JSON body). */
export interface CustomerMetricInput {
  /** 'YYYY-MM'. */
  month: string | null | undefined;
  metric: string | null | undefined;
  criterion?: string | null;
  n?: number | null;
  promoters?: number | null;
  passives?: number | null;
  detractors?: number | null;
  /** Counts of the answers 1, 2, 3, 4 and 5 (csat); missing ones as null. */
  csatCounts?: readonly (number | null | undefined)[] | null;
  /** Share of 4–5 (0…1), when the counts are not known (csat). */
  csatShare?: number | null;
  /** Mean on 1…7 (ces). */
  cesMean?: number | null;
  /** Share of 4–5 (0…1) (cx_index). */
  shareTop?: number | null;
  /** Share of 1–2 (0…1) (cx_index). */
  shareBottom?: number | null;
}

/** A valid row, in the shape of the customer_metric table. */
export interface CustomerMetricRow {
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  metric: CustomerMetricKind;
  /** A CX index criterion; '' for the other metrics. */
  criterion: string;
  n: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  csatCounts: number[] | null;
  shareTop: number | null;
  shareBottom: number | null;
  mean: number | null;
  value: number;
}

export type CustomerMetricValidation = { row: CustomerMetricRow; problems: [] } | { row: null; problems: string[] };

export interface CustomerMetricOptions {
  /** Today, 'YYYY-MM-DD' (the organisation's time zone): later months are refused. */
  today: string;
  /** When given, every problem starts "Row <row>: ". */
  row?: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;
/** Shares are compared with this tolerance where they must agree with counts. */
const SHARE_TOLERANCE = 0.0005;

/** Which input fields each metric uses; any other filled field is a mistake worth reporting. */
const FIELDS: Record<CustomerMetricKind, readonly FieldName[]> = {
  nps: ['promoters', 'passives', 'detractors'],
  csat: ['csat_1', 'csat_2', 'csat_3', 'csat_4', 'csat_5', 'csat_share'],
  ces: ['ces_mean'],
  cx_index: ['share_top', 'share_bottom'],
};
type FieldName =
  | 'promoters' | 'passives' | 'detractors' | 'csat_1' | 'csat_2' | 'csat_3' | 'csat_4' | 'csat_5'
  | 'csat_share' | 'ces_mean' | 'share_top' | 'share_bottom';

/** Checks one row and computes its value; the problems list every rule it breaks. */
export function validateCustomerMetric(input: CustomerMetricInput, options: CustomerMetricOptions): CustomerMetricValidation {
  const problems: string[] = [];
  const month = monthProblem(input.month, options.today, problems);
  const metric = metricOf(input.metric, problems);
  const criterion = (input.criterion ?? '').trim();
  if (metric === 'cx_index' && criterion === '') problems.push('criterion is missing; a cx_index row names its criterion (e.g. ease).');
  if (metric && metric !== 'cx_index' && criterion !== '') {
    problems.push(`criterion "${criterion}" is only for cx_index rows; leave it empty for ${metric}.`);
  }
  if (criterion.length > CRITERION_MAX_LENGTH) {
    problems.push(`criterion is ${criterion.length} characters long; at most ${CRITERION_MAX_LENGTH} are allowed.`);
  }
  if (metric) {
    const foreign = filledFields(input).filter((f) => !FIELDS[metric].includes(f));
    if (foreign.length > 0) {
      problems.push(`${foreign.join(', ')} ${foreign.length === 1 ? 'does' : 'do'} not belong to a ${metric} row; leave ${foreign.length === 1 ? 'it' : 'them'} empty.`);
    }
  }
  const n = count(input.n, 'n', problems, { positive: true });
  const computed = metric ? RULES[metric](input, n, problems) : null;

  const prefix = options.row === undefined ? '' : `Row ${options.row}: `;
  if (problems.length > 0 || !month || !metric || !computed) {
    return { row: null, problems: problems.map((p) => prefix + p) };
  }
  return { row: { month, metric, criterion, ...computed }, problems: [] };
}

type Computed = Omit<CustomerMetricRow, 'month' | 'metric' | 'criterion'>;
type Rule = (input: CustomerMetricInput, n: number | null, problems: string[]) => Computed | null;

const EMPTY = { promoters: null, passives: null, detractors: null, csatCounts: null, shareTop: null, shareBottom: null, mean: null };

const RULES: Record<CustomerMetricKind, Rule> = {
  nps(input, n, problems) {
    const promoters = count(input.promoters, 'promoters', problems, { required: 'nps' });
    const passives = count(input.passives, 'passives', problems, { required: 'nps' });
    const detractors = count(input.detractors, 'detractors', problems, { required: 'nps' });
    if (promoters === null || passives === null || detractors === null) return null;
    const total = promoters + passives + detractors;
    const answers = n ?? (input.n === undefined || input.n === null ? total : null);
    if (answers === null) return null;
    if (total !== answers) {
      problems.push(`promoters + passives + detractors (${total}) must equal n (${answers}).`);
      return null;
    }
    if (total === 0) {
      problems.push('promoters, passives and detractors are all 0; a row needs at least one answer.');
      return null;
    }
    return { ...EMPTY, n: total, promoters, passives, detractors, value: round((100 * (promoters - detractors)) / total, 6) };
  },

  csat(input, n, problems) {
    const given = (input.csatCounts ?? []).slice(0, 5);
    const anyCount = given.some((c) => c !== null && c !== undefined);
    const share = input.csatShare ?? null;
    if (!anyCount && share === null) {
      problems.push('A csat row needs the counts csat_1 … csat_5, or csat_share (the share of 4–5, 0–1) with n.');
      return null;
    }
    if (anyCount) {
      const counts = [0, 1, 2, 3, 4].map((i) => count(given[i] ?? null, `csat_${i + 1}`, problems, { required: 'csat with counts' }));
      if (counts.some((c) => c === null)) return null;
      const c = counts as number[];
      const total = c.reduce((a, b) => a + b, 0);
      if (n !== null && total !== n) {
        problems.push(`csat_1 + … + csat_5 (${total}) must equal n (${n}).`);
        return null;
      }
      if (n === null && input.n !== undefined && input.n !== null) return null;
      if (total === 0) {
        problems.push('csat_1 … csat_5 are all 0; a row needs at least one answer.');
        return null;
      }
      const top = (c[3] + c[4]) / total;
      const givenShare = share === null ? null : shareProblem(share, 'csat_share', problems);
      if (givenShare !== null && Math.abs(givenShare - top) > SHARE_TOLERANCE) {
        problems.push(`csat_share ${share} does not match the counts, whose share of 4–5 is ${round(top, 4)}; give one or the other.`);
        return null;
      }
      if (problems.length > 0) return null;
      const mean = c.reduce((sum, k, i) => sum + k * (i + 1), 0) / total;
      return { ...EMPTY, n: total, csatCounts: c, shareTop: round(top, 6), mean: round(mean, 6), value: round(100 * top, 6) };
    }
    const top = shareProblem(share, 'csat_share', problems);
    if (n === null) {
      if (input.n === undefined || input.n === null) problems.push('n is missing; csat_share needs the number of answers behind it.');
      return null;
    }
    if (top === null) return null;
    return { ...EMPTY, n, shareTop: top, value: round(100 * top, 6) };
  },

  ces(input, n, problems) {
    const mean = input.cesMean;
    if (mean === null || mean === undefined) problems.push('ces_mean is missing; a ces row needs the mean on 1–7.');
    else if (!Number.isFinite(mean)) problems.push('ces_mean is not a number.');
    else if (mean < 1 || mean > 7) problems.push(`CES mean ${mean} is outside 1–7.`);
    if (n === null) {
      if (input.n === undefined || input.n === null) problems.push('n is missing; ces_mean needs the number of answers behind it.');
      return null;
    }
    if (problems.length > 0 || typeof mean !== 'number') return null;
    return { ...EMPTY, n, mean, value: mean };
  },

  cx_index(input, n, problems) {
    const top = shareProblem(input.shareTop ?? null, 'share_top', problems, 'cx_index');
    const bottom = shareProblem(input.shareBottom ?? null, 'share_bottom', problems, 'cx_index');
    if (top !== null && bottom !== null && top + bottom > 1 + 1e-9) {
      problems.push(`share_top + share_bottom (${round(top + bottom, 4)}) must not exceed 1.`);
      return null;
    }
    if (n === null) {
      if (input.n === undefined || input.n === null) problems.push('n is missing; the shares need the number of answers behind them.');
      return null;
    }
    if (top === null || bottom === null) return null;
    return { ...EMPTY, n, shareTop: top, shareBottom: bottom, value: round(100 * (top - bottom), 6) };
  },
};

function monthProblem(value: string | null | undefined, today: string, problems: string[]): string | null {
  const month = (value ?? '').trim();
  if (month === '') {
    problems.push('month is missing; give the month in the form YYYY-MM.');
    return null;
  }
  const match = MONTH.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12 || Number(match[1]) < 1) {
    problems.push(`month "${month}" is not a month in the form YYYY-MM.`);
    return null;
  }
  if (month > today.slice(0, 7)) {
    problems.push(`month ${month} is in the future.`);
    return null;
  }
  return `${month}-01`;
}

function metricOf(value: string | null | undefined, problems: string[]): CustomerMetricKind | null {
  const metric = (value ?? '').trim().toLowerCase();
  if (metric === '') {
    problems.push(`metric is missing; use one of ${CUSTOMER_METRICS.join(', ')}.`);
    return null;
  }
  const known = CUSTOMER_METRICS.find((m) => m === metric);
  if (!known) problems.push(`Unknown metric "${value}"; use one of ${CUSTOMER_METRICS.join(', ')}.`);
  return known ?? null;
}

/** A count: a whole number, not negative (positive for n); null (with a problem) otherwise. */
function count(
  value: number | null | undefined,
  name: string,
  problems: string[],
  rule: { positive?: boolean; required?: string } = {},
): number | null {
  if (value === null || value === undefined) {
    if (rule.required) problems.push(`${name} is missing; a ${rule.required} row needs it.`);
    return null;
  }
  if (!Number.isFinite(value)) problems.push(`${name} is not a number.`);
  else if (value < 0) problems.push(`${name} ${value} is negative; counts are 0 or more.`);
  else if (!Number.isInteger(value)) problems.push(`${name} ${value} must be a whole number.`);
  else if (rule.positive && value === 0) problems.push(`${name} is 0; a row needs at least one answer behind it.`);
  else return value;
  return null;
}

/** A share between 0 and 1; null (with a problem) otherwise. */
function shareProblem(value: number | null, name: string, problems: string[], requiredFor?: string): number | null {
  if (value === null) {
    if (requiredFor) problems.push(`${name} is missing; a ${requiredFor} row needs it (a share between 0 and 1).`);
    return null;
  }
  if (!Number.isFinite(value)) problems.push(`${name} is not a number.`);
  else if (value < 0 || value > 1) problems.push(`${name} ${value} must be between 0 and 1.`);
  else return value;
  return null;
}

function filledFields(input: CustomerMetricInput): FieldName[] {
  const filled = (v: unknown) => v !== null && v !== undefined;
  const out: FieldName[] = [];
  if (filled(input.promoters)) out.push('promoters');
  if (filled(input.passives)) out.push('passives');
  if (filled(input.detractors)) out.push('detractors');
  (input.csatCounts ?? []).slice(0, 5).forEach((c, i) => {
    if (filled(c)) out.push(`csat_${i + 1}` as FieldName);
  });
  if (filled(input.csatShare)) out.push('csat_share');
  if (filled(input.cesMean)) out.push('ces_mean');
  if (filled(input.shareTop)) out.push('share_top');
  if (filled(input.shareBottom)) out.push('share_bottom');
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
