import { ParamMap } from '@angular/router';
import { AnalyticsFilterQuery, LifecyclePhase } from '@ex-pulse/contracts';

/** The filter keys every analytics page shares; each is a URL query parameter of the same name. */
export const FILTER_KEYS = ['period', 'department', 'manager', 'location', 'phase', 'tenure', 'programme'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PHASES: readonly LifecyclePhase[] = [
  'pre_start', 'onboarding', 'initial_development', 'ongoing_development', 'separation', 'departed',
];

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;

/**
 * The segment filters. A request may carry at most one of them (department and period combine with
 * any): two segments together would let anyone single people out by inclusion–exclusion, and the API
 * refuses them. In priority order: of a URL that holds several (an old bookmark), the first is kept.
 */
export const SEGMENT_KEYS = ['location', 'phase', 'tenure', 'programme', 'manager'] as const satisfies readonly FilterKey[];
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

export function isSegmentKey(key: string): key is SegmentKey {
  return (SEGMENT_KEYS as readonly string[]).includes(key);
}

/** Every well-formed filter in the URL, segments not yet reduced to one. */
function readFilters(params: ParamMap): AnalyticsFilterQuery {
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

/** The segment filters that are set, in priority order. */
export function setSegments(filters: AnalyticsFilterQuery): SegmentKey[] {
  return SEGMENT_KEYS.filter((key) => filters[key]);
}

/** The one segment filter set, if any. */
export function segmentOf(filters: AnalyticsFilterQuery): SegmentKey | null {
  return setSegments(filters)[0] ?? null;
}

/** The segment filters of the URL beyond the first: left out of every request, and out of the URL once the filter bar sees them. */
export function droppedSegments(params: ParamMap): SegmentKey[] {
  return setSegments(readFilters(params)).slice(1);
}

/** The filters in the URL; anything malformed is left out (the API would refuse it), and so is every segment filter but the first. */
export function filtersFromParams(params: ParamMap): AnalyticsFilterQuery {
  const filters = readFilters(params);
  for (const key of setSegments(filters).slice(1)) delete filters[key];
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
