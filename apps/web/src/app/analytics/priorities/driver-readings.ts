import { TranslocoService } from '@jsverse/transloco';
import { DriverPriority, PriorityRules, UnitPriorities } from '@ex-pulse/contracts';
import { DRIVER_LABELS, isDriver } from '@ex-pulse/domain';
import { correlation, mean } from '../analytics-format';

/** One driver as the card and the heatmap word it. */
export interface DriverReading {
  driver: string;
  name: string;
  withheld: DriverPriority['withheld'];
  label: DriverPriority['label'];
  /** "2.3 (95% CI 2.0 to 2.5)", or null when withheld or without answers. */
  mean: string | null;
  n: number | null;
  /** "0.79 (95% CI 0.62 to 0.89)", or why there is no r. */
  relation: string | null;
  /** Priority / Strength, or the level ("about average"), or why it is withheld. */
  reading: string;
}

export function driverName(key: string, lang: string): string {
  return isDriver(key) ? DRIVER_LABELS[key][lang === 'et' ? 'et' : 'en'] : key;
}

/** The words for each driver of a unit, in the active language. */
export function driverReadings(unit: UnitPriorities, rules: PriorityRules, k: number, transloco: TranslocoService, lang: string): DriverReading[] {
  const t = (key: string, params: Record<string, unknown> = {}) => transloco.translate(key, params, lang);
  const ci = (low: string, high: string) => t('enps.ci', { low, high });
  return unit.drivers.map((d) => {
    const base = { driver: d.driver, name: driverName(d.driver, lang), withheld: d.withheld, label: d.label, n: d.n };
    if (d.withheld) return { ...base, mean: null, relation: null, reading: t(`enps.withheld.${d.withheld}`, { k }) };
    if (d.mean === null) return { ...base, mean: null, relation: null, reading: t('analytics.heatmap.noAnswers') };
    const meanText = d.ciLow !== null && d.ciHigh !== null ? `${mean(d.mean, lang)} ${ci(mean(d.ciLow, lang), mean(d.ciHigh, lang))}` : mean(d.mean, lang);
    const relation = d.r !== null
      ? `${correlation(d.r, lang)}${d.rLow !== null && d.rHigh !== null ? ` ${ci(correlation(d.rLow, lang), correlation(d.rHigh, lang))}` : ''}`
      : t(`analytics.priorities.rGap.${d.rGap ?? 'too-few-observations'}`, { minPairs: rules.minPairs });
    const reading = d.label ? t(`analytics.priorities.label.${d.label}`) : d.level ? t(`analytics.priorities.level.${d.level}`) : '–';
    return { ...base, mean: meanText, relation, reading };
  });
}
