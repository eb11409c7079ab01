import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
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
import { FILTER_KEYS, FilterKey, PHASES, SegmentKey, droppedSegments, filtersFromParams, isSegmentKey, setSegments } from '../analytics-filters';
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
 *
 * Of the segment filters (location, phase, tenure, programme, team) only one applies at a time:
 * choosing one replaces the other, and a hint says so and names what was removed. A URL that holds
 * several (an old bookmark) keeps the first and loses the rest, with the same hint.
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
  private readonly route = inject(ActivatedRoute);
  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(filtersFromParams)), { initialValue: {} as AnalyticsFilterQuery });
  protected readonly anySet = computed(() => FILTER_KEYS.some((key) => this.filters()[key]));
  /** Segment filters this bar last removed to keep one: the hint names them while another segment is chosen. */
  private readonly removed = signal<SegmentKey[]>([]);
  protected readonly hint = computed(() => {
    const filters = this.filters();
    return setSegments(filters).length > 0 ? this.removed().filter((key) => !filters[key]) : [];
  });

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

  constructor() {
    // A URL with several segment filters: keep the first, replacing the URL (Back should not return to it).
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const dropped = droppedSegments(params);
      if (dropped.length === 0) return;
      this.removed.set(dropped);
      queueMicrotask(() => void this.dropFromUrl(dropped));
    });
  }

  protected choose(key: FilterKey, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const changes: Record<string, string | null> = { [key]: value || null, page: null };
    if (isSegmentKey(key)) {
      const others = value ? setSegments(this.filters()).filter((other) => other !== key) : [];
      for (const other of others) changes[other] = null;
      this.removed.set(others);
    }
    void navigateQuery(this.router, changes);
  }

  protected clear(): void {
    this.removed.set([]);
    void navigateQuery(this.router, { ...Object.fromEntries(FILTER_KEYS.map((key) => [key, null])), page: null });
  }

  private dropFromUrl(keys: readonly SegmentKey[]): Promise<boolean> {
    const tree = this.router.parseUrl(this.router.url);
    const next: Record<string, string> = { ...tree.queryParams };
    if (!keys.some((key) => key in next)) return Promise.resolve(false);
    for (const key of [...keys, 'page']) delete next[key];
    tree.queryParams = next;
    return this.router.navigateByUrl(tree, { replaceUrl: true });
  }
}
