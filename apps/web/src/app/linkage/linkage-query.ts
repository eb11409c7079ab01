import { ParamMap } from '@angular/router';
import { CustomerMetricKind } from '@ex-pulse/contracts';

/** The page's controls as kept in the URL (?from=YYYY-MM&to=YYYY-MM&metric=&lag=); null months: the API's default window. */
export interface LinkageParams {
  from: string | null;
  to: string | null;
  metric: CustomerMetricKind;
  lag: number;
}

export const METRICS: readonly CustomerMetricKind[] = ['nps', 'csat', 'ces', 'cx_index'];
export const LAGS: readonly number[] = [0, 1, 2, 3];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string | null | undefined): value is string => !!value && MONTH.test(value);

/** The controls in the URL; anything malformed falls back to the default (the API would refuse it). */
export function linkageFromParams(params: ParamMap): LinkageParams {
  const metric = params.get('metric');
  const lag = Number(params.get('lag'));
  return {
    from: isMonth(params.get('from')) ? params.get('from') : null,
    to: isMonth(params.get('to')) ? params.get('to') : null,
    metric: (METRICS as readonly string[]).includes(metric ?? '') ? (metric as CustomerMetricKind) : 'nps',
    lag: LAGS.includes(lag) ? lag : 0,
  };
}

/** The request's query parameters: the window only when chosen, the metric and lag always. */
export function linkageRequestParams(q: LinkageParams): Record<string, string> {
  const params: Record<string, string> = {};
  if (q.from) params['from'] = q.from;
  if (q.to) params['to'] = q.to;
  params['metric'] = q.metric;
  params['lag'] = String(q.lag);
  return params;
}

export function linkageKey(q: LinkageParams): string {
  return new URLSearchParams(linkageRequestParams(q)).toString();
}

/** URL changes for a choice: the defaults (NPS, the same month) leave the URL clean. */
export function linkageUrlChanges(change: Partial<LinkageParams>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  if ('from' in change) out['from'] = change.from ?? null;
  if ('to' in change) out['to'] = change.to ?? null;
  if (change.metric !== undefined) out['metric'] = change.metric === 'nps' ? null : change.metric;
  if (change.lag !== undefined) out['lag'] = change.lag === 0 ? null : change.lag;
  return out;
}

/** Every month from `from` to `to` (YYYY-MM), at most 36. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  for (let key = from; key <= to && out.length < 36; ) {
    out.push(key);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}

/** "2026-03" moved by some months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
