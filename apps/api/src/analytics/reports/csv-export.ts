import type {
  AnalyticsAlerts, AnalyticsComments, AnalyticsHeatmap, AnalyticsOverview, AnalyticsPhaseReport, AnalyticsTrend,
  AnalyticsUnits, EnpsCell,
} from '@ex-pulse/contracts';

/*
 * CSV exports: built from the very answers the screens get, so a file withholds exactly what the
 * screen withholds.
 *
 * Formula injection (a comment or a department name that a spreadsheet runs): every text cell is
 * quoted, and a formula start (= + - @, their fullwidth forms, tab or carriage return) at the
 * start of a text cell or after anything a spreadsheet may split on (comma, semicolon, tab, pipe,
 * line break, with spaces before it) gets a quote mark before it. So the cell reads as text when
 * opened with the comma, with a semicolon as Estonian and German spreadsheets do, or with quoting
 * ignored. Numbers are written as numbers (a negative eNPS stays a number).
 */

type Value = string | number | boolean | null;

const FORMULA_START = /(^|[,;\t|\r\n])(\s*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r])/g;

/** A text cell that no spreadsheet evaluates, whatever separator it splits on. */
export function textCell(text: string): string {
  const neutral = text.replace(FORMULA_START, (_m, separator: string, spaces: string, start: string) => `${separator}${spaces}'${start}`);
  return `"${neutral.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: Value[][]): string {
  const field = (v: Value) => (v === null ? '' : typeof v === 'string' ? textCell(v) : String(v));
  // The header is ours (plain identifiers), written as it is.
  return [header.join(','), ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n';
}

const CELL_HEADER = ['withheld', 'n', 'invited', 'response_rate', 'enps', 'ci_low', 'ci_high', 'promoters', 'passives', 'detractors', 'indicative', 'census'];
const cellValues = (c: EnpsCell): Value[] => [
  c.withheld, c.n, c.invited, c.responseRate === null ? null : Math.round(c.responseRate * 1000) / 1000, c.enps, c.ciLow, c.ciHigh,
  c.promoters, c.passives, c.detractors, c.withheld ? null : c.indicative, c.withheld ? null : c.census,
];

export const csvOf = {
  overview: (o: AnalyticsOverview) =>
    toCsv(['period', ...CELL_HEADER, 'change', 'change_threshold', 'significant'], [
      [o.period.key, ...cellValues(o.overall), o.change?.delta ?? null, o.change?.threshold ?? null, o.change?.significant ?? null],
      [o.previousPeriod.key, ...cellValues(o.previous), null, null, null],
    ]),
  trend: (t: AnalyticsTrend) => toCsv(['from', 'to', ...CELL_HEADER], t.points.map((p) => [p.from, p.to, ...cellValues(p)])),
  units: (u: AnalyticsUnits) =>
    toCsv(['unit', ...CELL_HEADER], [[`${u.reference.label} (reference)`, ...cellValues(u.reference)], ...u.units.map((c) => [c.label, ...cellValues(c)])]),
  phases: (p: AnalyticsPhaseReport) => toCsv(['window', 'phase', ...CELL_HEADER], p.phases.map((c) => [p.period.key, c.phase, ...cellValues(c)])),
  heatmap: (h: AnalyticsHeatmap) =>
    toCsv(
      ['department', 'depth', 'column', 'withheld', 'n', h.by === 'phase' ? 'enps' : 'mean', 'ci_low', 'ci_high', 'census'],
      h.rows.flatMap((r) => r.cells.map((c) => [r.label, r.depth, c.column, c.withheld, c.n, c.value, c.ciLow, c.ciHigh, c.withheld ? null : c.census ?? false])),
    ),
  comments: (c: AnalyticsComments) =>
    toCsv(['quarter', 'sentiment', 'band', 'department', 'comment'], c.comments.map((x) => [x.quarter, x.sentiment, x.band, x.department, x.text])),
  alerts: (a: AnalyticsAlerts) =>
    toCsv(['kind', 'unit', 'enps', 'previous_enps', 'change', 'threshold', 'response_rate'], a.alerts.map((x) => [
      x.kind, x.unit.label, x.unit.enps, x.previous?.enps ?? null, x.change?.delta ?? null, x.change?.threshold ?? null, x.unit.responseRate,
    ])),
};

export type CsvTable = keyof typeof csvOf;
export const CSV_TABLES = Object.keys(csvOf) as CsvTable[];
