import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AnalyticsFilterOptions, AnalyticsFilterQuery, PeriodKind } from '@ex-pulse/contracts';
import { map } from 'rxjs';
import { toLoadResult } from '../../core/http/load-result';
import { LanguageService } from '../../core/i18n/language.service';
import { inTreeOrder } from '../../dashboard/enps-format';
import { AnalyticsApiService } from '../analytics-api.service';
import { FILTER_KEYS, FilterKey, PHASES, filtersFromParams } from '../analytics-filters';
import { periodKind, periodLabel } from '../analytics-format';
import { navigateQuery } from '../query-load';

interface Choice {
  key: string;
  label: string;
}

const KINDS: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month'];
/** Indentation of a department under its parent in a native select. */
const INDENT = '\u00a0\u00a0\u00a0';

/**
 * The filters every analytics page follows. They live in the URL's query parameters, so a view can
 * be shared and Back undoes a choice; changing one goes back to the first page of a paged list.
 */
@Component({
  selector: 'exp-analytics-filter-bar',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  templateUrl: './filter-bar.component.html',
  styleUrl: './filter-bar.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterBarComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  private readonly loaded = toSignal(
    toLoadResult(this.api.filterOptions(), this.transloco.translate('common.networkError')),
  );
  protected readonly optionsError = computed(() => this.loaded()?.error ?? null);
  private readonly options = computed<AnalyticsFilterOptions | null>(() => this.loaded()?.data ?? null);
  protected readonly filters = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(filtersFromParams)), { initialValue: {} as AnalyticsFilterQuery });
  protected readonly anySet = computed(() => FILTER_KEYS.some((key) => this.filters()[key]));

  /** Periods grouped by kind (years, halves, quarters, months), named in the page language. */
  protected readonly periodGroups = computed(() => {
    const lang = this.language.current();
    const periods = this.options()?.periods ?? [];
    return KINDS.map((kind) => ({
      kind,
      periods: periods.filter((p) => periodKind(p.key) === kind).map((p) => ({ key: p.key, label: periodLabel(p.key, lang) })),
    })).filter((group) => group.periods.length > 0);
  });
  /** A period from a shared link that this user is not offered: still shown as chosen. */
  protected readonly unknownPeriod = computed(() => {
    const period = this.filters().period;
    return period && !(this.options()?.periods ?? []).some((p) => p.key === period) ? period : null;
  });
  protected readonly departments = computed<Choice[]>(() =>
    inTreeOrder(this.options()?.departments ?? []).map((d) => ({ key: d.key, label: INDENT.repeat(d.depth) + d.label })),
  );
  protected readonly managers = computed(() => this.options()?.managers ?? []);
  protected readonly locations = computed(() => this.options()?.locations ?? []);
  protected readonly tenureBands = computed(() => this.options()?.tenureBands ?? []);
  protected readonly programmes = computed(() => this.options()?.programmes ?? []);
  protected readonly phases = PHASES;

  protected choose(key: FilterKey, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void navigateQuery(this.router, { [key]: value || null, page: null });
  }

  protected clear(): void {
    void navigateQuery(this.router, { ...Object.fromEntries(FILTER_KEYS.map((key) => [key, null])), page: null });
  }
}
