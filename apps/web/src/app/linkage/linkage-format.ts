import { CorrelationResult, CustomerMetricKind, LinkageCorrelation } from '@ex-pulse/contracts';
import { MIN_UNIT_MONTHS_WITHIN, MIN_UNITS_BETWEEN } from '@ex-pulse/domain';
import { signed } from '../dashboard/enps-format';

const MINUS = '\u2212';
const locale = (lang: string): string => (lang === 'et' ? 'et-EE' : 'en-GB');

/** A number with fixed decimals in the page language, with a real minus sign: −0.12 / −0,12. */
export function decimal(value: number, digits: number, lang: string): string {
  const text = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const clean = text.replace(/^[-\u2212]/, MINUS);
  return /^\u22120([.,]0*)?$/.test(clean) ? clean.slice(1) : clean;
}

/** The p-value as the domain words it ('p < 0.001', 'p = 0.004', 'p = 0.03', 'p > 0.99'), in the page language's decimals. */
export function pText(p: number, lang: string): string {
  if (p < 0.001) return `p < ${decimal(0.001, 3, lang)}`;
  if (p > 0.99) return `p > ${decimal(0.99, 2, lang)}`;
  if (p < 0.01 || (p >= 0.045 && p < 0.055)) return `p = ${decimal(p, 3, lang)}`;
  return `p = ${decimal(p, 2, lang)}`;
}

/** A coefficient with its 95% interval: "0.41 (0.27 to 0.53)". */
export function coefficient(c: CorrelationResult, lang: string): { r: string; low: string; high: string } {
  return { r: decimal(c.r, 2, lang), low: decimal(c.ciLow, 2, lang), high: decimal(c.ciHigh, 2, lang) };
}

/** An interval as the domain's sentence writes it: "0.27–0.53", or "−0.12 to 0.40" when an end is negative. */
export function ciRange(c: CorrelationResult, lang: string, t: Translate): string {
  const { low, high } = coefficient(c, lang);
  return c.ciLow < 0 || c.ciHigh < 0 ? t('linkage.sentence.range', { low, high }) : `${low}–${high}`;
}

/** A customer score on its own scale: NPS and CX index as signed points, CSAT as a percentage, CES on 1–7. */
export function customerValue(value: number, metric: CustomerMetricKind, lang: string): string {
  switch (metric) {
    case 'csat':
      return `${Math.round(value)}%`;
    case 'ces':
      return decimal(value, 1, lang);
    default:
      return signed(value);
  }
}

/** A unit's average over months, one decimal so that close units stay apart: eNPS +15.9 / −0.5, NPS +47.5, CSAT 82.4%, CES 5.4. */
export function averageValue(value: number, metric: CustomerMetricKind | 'enps', lang: string): string {
  const text = decimal(value, 1, lang);
  if (metric === 'csat') return `${text}%`;
  if (metric === 'ces') return text;
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

export type CorrelationSide = 'between' | 'within';
/** Translates a key with parameters in the page language (TranslocoService.translate in the app). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The plain-language line of one side at one lag, worded from the numbers so that each language
 * builds its own sentence: the relation with its numbers, or why nothing is shown.
 */
export function correlationSentence(c: LinkageCorrelation, side: CorrelationSide, metric: CustomerMetricKind, months: number, lang: string, t: Translate): string {
  const result = side === 'between' ? c.between.pearson : c.within.repeatedMeasures;
  if (!result) return withheldSentence(c, side, t);
  const clear = result.p < 0.05 && result.r !== 0;
  const direction = !clear ? 'none' : result.r > 0 ? 'positive' : 'negative';
  const when = side === 'within' && direction !== 'none' ? 'after' : 'when';
  const numbers = coefficient(result, lang);
  return t(`linkage.sentence.${side}.${direction}`, {
    units: side === 'between' ? c.between.units : c.within.units,
    months: t(`linkage.sentence.months.${months === 1 ? 'one' : 'other'}`, { count: months }),
    measure: t(`linkage.measure.${metric}`),
    when: t(`linkage.sentence.${when}.${c.lag}`),
    numbers: t('linkage.sentence.numbers', { symbol: side === 'between' ? 'r' : 'r_rm', r: numbers.r, range: ciRange(result, lang, t), p: pText(result.p, lang) }),
  });
}

/** Why a side is not shown: too few units (or unit-months), or scores that did not vary. */
export function withheldSentence(c: LinkageCorrelation, side: CorrelationSide, t: Translate): string {
  if (side === 'between') {
    return c.between.units < MIN_UNITS_BETWEEN
      ? t('linkage.withheld.betweenFew', { units: c.between.units, minimum: MIN_UNITS_BETWEEN })
      : t('linkage.withheld.betweenFlat');
  }
  return c.within.observations < MIN_UNIT_MONTHS_WITHIN
    ? t('linkage.withheld.withinFew', { observations: c.within.observations, minimum: MIN_UNIT_MONTHS_WITHIN })
    : t('linkage.withheld.withinFlat');
}
