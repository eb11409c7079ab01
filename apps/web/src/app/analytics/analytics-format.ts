import { HeatmapKind, PeriodKind } from '@ex-pulse/contracts';
import { monthLabel } from '../dashboard/enps-format';

const locale = (lang: string): string => (lang === 'et' ? 'et-EE' : 'en-GB');

export function periodKind(key: string): PeriodKind | null {
  if (/^\d{4}$/.test(key)) return 'year';
  if (/^\d{4}-H[12]$/.test(key)) return 'half';
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  return null;
}

/** "2026" → "2026", "2026-H2" → "H2 2026" / "2026 II poolaasta", "2026-Q4" → "Q4 2026" / "2026 IV kvartal", "2026-11" → "Nov 2026". */
export function periodLabel(key: string, lang: string): string {
  const [year, part] = key.split('-');
  const roman = ['I', 'II', 'III', 'IV'];
  switch (periodKind(key)) {
    case 'year':
      return year;
    case 'half':
      return lang === 'et' ? `${year} ${roman[Number(part[1]) - 1]} poolaasta` : `${part} ${year}`;
    case 'quarter':
      return lang === 'et' ? `${year} ${roman[Number(part[1]) - 1]} kvartal` : `${part} ${year}`;
    case 'month':
      return monthLabel(key, lang);
    default:
      return key;
  }
}

function utcDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "2026-10-01", "2026-12-31" → "1 Oct – 31 Dec" (the year added when the two differ). */
export function dayRange(from: string, to: string, lang: string): string {
  const a = utcDay(from);
  const b = utcDay(to);
  if (!a || !b) return `${from} – ${to}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const format = (d: Date, withYear: boolean): string =>
    new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(d);
  return `${format(a, !sameYear)} – ${format(b, !sameYear)}`;
}

/** A trend point's label: the month, or the days of a week ("8–14 Nov 2026"). */
export function pointLabel(from: string, to: string, granularity: 'month' | 'week', lang: string): string {
  if (granularity === 'month') return monthLabel(from, lang);
  const a = utcDay(from);
  const b = utcDay(to);
  if (!a || !b) return from;
  return `${a.getUTCDate()}–${b.getUTCDate()} ${monthLabel(from, lang)}`;
}

/** The domain of a heatmap's values and its neutral middle. */
export const HEAT_SCALE: Record<HeatmapKind, { min: number; mid: number; max: number }> = {
  phase: { min: -100, mid: 0, max: 100 },
  driver: { min: 1, mid: 3, max: 5 },
};

const LOW = [179, 88, 6]; // orange-brown (PuOr), readable for red–green colour blindness
const MID = [247, 247, 247];
const HIGH = [33, 102, 172]; // blue

/** −1..1 where the value sits on its diverging scale (clamped). */
export function heatPosition(value: number, kind: HeatmapKind): number {
  const { min, mid, max } = HEAT_SCALE[kind];
  const t = value >= mid ? (value - mid) / (max - mid) : -(mid - value) / (mid - min);
  return Math.max(-1, Math.min(1, t));
}

/** The diverging fill of a value, and a text colour that keeps contrast on it. */
export function heatColour(value: number, kind: HeatmapKind): { background: string; color: string } {
  const t = heatPosition(value, kind);
  const end = t < 0 ? LOW : HIGH;
  const w = Math.abs(t);
  const rgb = MID.map((m, i) => Math.round(m + (end[i] - m) * w));
  return { background: `rgb(${rgb.join(', ')})`, color: w > 0.55 ? '#ffffff' : '#1b1b1f' };
}

/** A driver mean, one decimal: 3.46 → "3.5". */
export function mean(value: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A correlation, two decimals with a true minus: 0.794 → "0.79", −0.26 → "−0.26" ("0,79" in Estonian). */
export function correlation(value: number, lang: string): string {
  const rounded = Math.round(value * 100) / 100;
  const text = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}
