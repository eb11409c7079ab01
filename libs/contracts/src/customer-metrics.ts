/** External customer scores (per unit and month) and the API keys CX tools push them with. */

// CustomerMetricKind ('nps' | 'csat' | 'ces' | 'cx_index') is defined once, beside the linkage contracts.
import type { CustomerMetricKind } from './linkage';

/**
 * One row pushed to PUT /api/cx/metrics (the CSV columns in camelCase). The unit is named by
 * `unitId` or by `unit` (department name, case-insensitive).
 */
export interface CustomerMetricInputRow {
  unit?: string;
  unitId?: string;
  /** 'YYYY-MM'. */
  month: string;
  metric: CustomerMetricKind;
  /** cx_index only. */
  criterion?: string;
  n?: number;
  promoters?: number;
  passives?: number;
  detractors?: number;
  csat1?: number;
  csat2?: number;
  csat3?: number;
  csat4?: number;
  csat5?: number;
  /** Share of 4–5 (0–1), when the counts are not known. */
  csatShare?: number;
  /** Mean on 1–7. */
  cesMean?: number;
  /** cx_index: shares (0–1) of 4–5 and of 1–2. */
  shareTop?: number;
  shareBottom?: number;
}

export interface CustomerMetricPush {
  rows: CustomerMetricInputRow[];
}

export interface CustomerMetricRowError {
  /** CSV: the line in the file (the header being line 1). API: the position in `rows`, from 1. */
  row: number;
  /** The unit as given. */
  unit: string | null;
  reasons: string[];
}

/** What an upload or a push did; when `applied` is false nothing was written. */
export interface CustomerMetricIngestReport {
  applied: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  /** Rows already stored with the same values (left untouched). */
  unchanged: number;
  errors: CustomerMetricRowError[];
}

export interface CustomerMetricDto {
  unitId: string;
  unitName: string;
  /** 'YYYY-MM'. */
  month: string;
  metric: CustomerMetricKind;
  /** '' except for cx_index. */
  criterion: string;
  n: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /** Counts of answers 1–5 (csat), when known. */
  csatCounts: number[] | null;
  shareTop: number | null;
  shareBottom: number | null;
  mean: number | null;
  /** NPS −100…100; CSAT % of 4–5; CES mean 1–7; CX index criterion %top − %bottom. */
  value: number;
  updatedAt: string;
}

/** What a key may do: push customer scores (CX tools) or sync the employee list (the HR system). */
export type ApiKeyPurpose = 'customer_scores' | 'employee_sync';

export interface ApiKeyDto {
  id: string;
  name: string;
  purpose: ApiKeyPurpose;
  /** The first 8 characters of the key. */
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Returned once, at creation: the full key is never stored nor shown again. */
export interface CreatedApiKey extends ApiKeyDto {
  key: string;
}
