import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AnalyticsFilterQuery } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { AnalyticsApiService } from '../analytics-api.service';
import { filtersFromParams, filtersKey, segmentOf } from '../analytics-filters';
import { correlation, mean } from '../analytics-format';
import { loadFromQuery } from '../query-load';
import { driverReadings } from './driver-readings';

/** The drivers are this card's segment already: a segment filter is left out (the API would refuse it). */
function prioritiesQuery(params: ParamMap): AnalyticsFilterQuery {
  const filters = filtersFromParams(params);
  const segment = segmentOf(filters);
  if (segment) delete filters[segment];
  return filters;
}

/**
 * "What matters most" on the dashboard: the selection's priorities (low drivers strongly related to
 * eNPS) and strengths, each with its mean, interval, r and n, and every driver in a table; the rule
 * in one sentence. Labels come from the API, which gives one only where the data support it.
 */
@Component({
  selector: 'exp-priorities-card',
  imports: [TranslocoPipe],
  templateUrl: './priorities-card.component.html',
  styleUrls: ['../analytics-view.scss', './priorities-card.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrioritiesCardComponent {
  private readonly api = inject(AnalyticsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap);

  protected readonly priorities = loadFromQuery(prioritiesQuery, (f) => filtersKey(f), (f) => this.api.priorities(f));
  /** Read from the URL itself, so the hint follows the filter bar without a reload. */
  protected readonly leftOut = computed(() => {
    const params = this.params();
    return params ? segmentOf(filtersFromParams(params)) : null;
  });
  protected readonly view = computed(() => {
    const p = this.priorities.data();
    const unit = p?.units[0];
    if (!p || !unit) return null;
    const lang = this.language.current();
    const drivers = driverReadings(unit, p.rules, p.k, this.transloco, lang);
    return {
      unit: unit.label,
      rules: { minPairs: p.rules.minPairs, minR: correlation(p.rules.minR, lang), minRLow: correlation(p.rules.minRLow, lang), n: p.rules.minDrivers },
      average: unit.driverAverage === null ? null : mean(unit.driverAverage, lang),
      drivers,
      groups: [
        { key: 'priorities', items: drivers.filter((d) => d.label === 'priority') },
        { key: 'strengths', items: drivers.filter((d) => d.label === 'strength') },
      ].filter((g) => g.items.length),
    };
  });
}
