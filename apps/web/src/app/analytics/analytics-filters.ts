import { ParamMap } from '@angular/router';
import { AnalyticsFilterQuery, LifecyclePhase } from '@ex-pulse/contracts';

/** The filter keys every analytics page shares; each is a URL query parameter of the same name. */
export const FILTER_KEYS = ['period', 'department', 'manager', 'location', 'phase', 'tenure', 'programme'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PHASES: readonly LifecyclePhase[] = [
  'pre_start', 'onboarding', 'initial_development', 'ongoing_development', 'separation', 'departed',
];

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;

/** The filters in the URL; anything malformed is left out (the API would refuse it). */
export function filtersFromParams(params: ParamMap): AnalyticsFilterQuery {
  const filters: AnalyticsFilterQuery = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'period' && !PERIOD.test(value)) continue;
    if (key === 'phase') {
      if ((PHASES as readonly string[]).includes(value)) filters.phase = value as LifecyclePhase;
      continue;
    }
    filters[key] = value;
  }
  return filters;
}

/** Query parameters for the router: every filter key present, null for the unset ones (so a merge removes them). */
export function filterQueryParams(filters: AnalyticsFilterQuery): Record<FilterKey, string | null> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, filters[key] ?? null])) as Record<FilterKey, string | null>;
}

/** Only the set values, in a fixed order: for links, requests and comparisons. */
export function setParams(values: Record<string, string | number | null | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') result[key] = String(value);
  }
  return result;
}

export function filtersKey(filters: AnalyticsFilterQuery, extra: Record<string, string | number | null | undefined> = {}): string {
  return new URLSearchParams(setParams({ ...filterQueryParams(filters), ...extra })).toString();
}

export type ExportName = 'overview' | 'trend' | 'heatmap' | 'units' | 'phases' | 'comments' | 'alerts';

/** The CSV export of one view, with the same filters and view parameters as the page shows. */
export function exportUrl(name: ExportName, filters: AnalyticsFilterQuery, extra: Record<string, string | number | null | undefined> = {}): string {
  const query = filtersKey(filters, extra);
  return `/api/analytics/export/${name}.csv${query ? `?${query}` : ''}`;
}
