import type { CustomerMetricInput } from '@ex-pulse/domain';
import type { CustomerMetricInputRow } from '@ex-pulse/contracts';

/** One row of a CSV upload or of an API push, before its unit is resolved and its rules checked. */
export interface IncomingMetricRow {
  /** CSV: the line in the file; API: the position in `rows`, from 1. */
  row: number;
  unit: string | null;
  unitId: string | null;
  input: CustomerMetricInput;
  /** Problems found while reading it (a cell that is not a number, a short row). */
  problems: string[];
}

/** A pushed JSON row in the same shape as a CSV row. */
export function incomingFromPush(row: CustomerMetricInputRow, position: number): IncomingMetricRow {
  return {
    row: position,
    unit: row.unit?.trim() || null,
    unitId: row.unitId?.trim() || null,
    input: {
      month: row.month,
      metric: row.metric,
      criterion: row.criterion ?? null,
      n: row.n ?? null,
      promoters: row.promoters ?? null,
      passives: row.passives ?? null,
      detractors: row.detractors ?? null,
      csatCounts: [row.csat1, row.csat2, row.csat3, row.csat4, row.csat5].map((c) => c ?? null),
      csatShare: row.csatShare ?? null,
      cesMean: row.cesMean ?? null,
      shareTop: row.shareTop ?? null,
      shareBottom: row.shareBottom ?? null,
    },
    problems: [],
  };
}
