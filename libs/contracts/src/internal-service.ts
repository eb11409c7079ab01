import type { WithheldReason } from './analytics';

/** A department as the internal-customer pages name it. */
export interface InternalServiceDepartment {
  id: string;
  name: string;
}

/** One consumer department and the internal providers whose service it uses. */
export interface DepartmentProviders {
  id: string;
  name: string;
  internalProvider: boolean;
  providerIds: string[];
}

/** GET /api/internal-service/providers */
export interface InternalProvidersOverview {
  /** Departments flagged as internal providers (IT, HR, Finance, …). */
  providers: InternalServiceDepartment[];
  /** Every department the user may see, with the providers it uses. */
  departments: DepartmentProviders[];
}

/** PUT /api/internal-service/departments/:id/providers — replaces the whole set. */
export interface SetDepartmentProvidersRequest {
  providerIds: string[];
}

/**
 * Internal CSAT of a group of 1–5 answers: the share of 4–5 in percent with its 95% Wilson
 * interval, and the mean with its 95% t interval. Figures are null when withheld.
 */
export interface CsatCell {
  n: number | null;
  share: number | null;
  shareLow: number | null;
  shareHigh: number | null;
  mean: number | null;
  meanLow: number | null;
  meanHigh: number | null;
  withheld: WithheldReason | null;
}

export interface ProviderCsatPoint extends CsatCell {
  /** YYYY-MM */
  month: string;
}

export interface ProviderCsat {
  provider: InternalServiceDepartment;
  /** The provider over the whole period, all its consumer departments. */
  csat: CsatCell;
  /** One point per month of the period. */
  trend: ProviderCsatPoint[];
}

export interface CsatMatrixCell extends CsatCell {
  consumerId: string;
  providerId: string;
}

/** GET /api/internal-service/csat?period=&provider= */
export interface InternalCsatReport {
  period: string;
  from: string;
  to: string;
  k: number;
  /** Providers side by side (a manager: the providers in their part of the organisation). */
  providers: ProviderCsat[];
  /** Consumer departments (rows) × providers (columns); cells only where the user may look. */
  consumers: InternalServiceDepartment[];
  matrixProviders: InternalServiceDepartment[];
  matrix: CsatMatrixCell[];
}
