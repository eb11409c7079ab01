import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DeliveryStatus, SimulateDayResult } from '@ex-pulse/contracts';
import { Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { Period, periodFromParams, samePeriod } from '../dashboard/period';
import { programmeName } from '../programmes/programme-format';
import { ProgrammesApiService } from '../programmes/programmes-api.service';
import { PeriodPickerComponent } from '../dashboard/period-picker.component';
import { DeliveryApiService } from './delivery-api.service';
import { DayRange, includingDay, lastTwelveMonths, resolvePeriod } from './delivery-period';
import { DeliveryTableComponent } from './delivery-table.component';
import { FailedDeliveriesComponent } from './failed-deliveries.component';
import { SimulateDayComponent } from './simulate-day.component';

/** /delivery?from=&to= — invitations sent, failed, opened and answered per programme and month. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-delivery-page',
  imports: [LoadingBarComponent, TranslocoPipe, PeriodPickerComponent, DeliveryTableComponent, FailedDeliveriesComponent, SimulateDayComponent],
  templateUrl: './delivery-page.component.html',
  styleUrl: './delivery-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryPageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(DeliveryApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly reloads = new Subject<void>();

  protected readonly status = signal<DeliveryStatus | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  /** The period shown: the URL's, or the last 12 months. */
  protected readonly range = signal<DayRange>(lastTwelveMonths(new Date()));
  /** The "Simulate a day" card exists on demo instances only. */
  protected readonly simulation = toSignal(
    this.api.simulation().pipe(
      map((info) => info.enabled),
      catchError(() => of(false)),
    ),
    { initialValue: false },
  );

  private readonly language = inject(LanguageService);
  private readonly programmes = toSignal(inject(ProgrammesApiService).list().pipe(catchError(() => of([]))), { initialValue: [] });
  /**
   * The status names programmes in English only; show them in the UI language when the programme
   * is known (rows carry its id, failures only the English name).
   */
  protected readonly shown = computed(() => {
    const status = this.status();
    if (!status) return null;
    const lang = this.language.current();
    const byId = new Map(this.programmes().map((p) => [p.id, programmeName(p, lang)]));
    const byEnglish = new Map(this.programmes().map((p) => [p.nameEn, programmeName(p, lang)]));
    return {
      rows: status.rows.map((r) => ({ ...r, programmeName: byId.get(r.programmeId) ?? r.programmeName })),
      failures: status.failures.map((f) => ({ ...f, programmeName: byEnglish.get(f.programmeName) ?? f.programmeName })),
    };
  });

  constructor() {
    const period$ = this.route.queryParamMap.pipe(map(periodFromParams), distinctUntilChanged(samePeriod));
    combineLatest([period$, this.reloads.pipe(startWith(undefined))])
      .pipe(
        map(([period]) => resolvePeriod(period, lastTwelveMonths(new Date()))),
        tap((range) => {
          this.range.set(range);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(({ from, to }) =>
          toLoadResult(this.api.status(from, to), this.transloco.translate('common.networkError')),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.status.set(data);
      });
  }

  protected choose(period: Period): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { from: period.from, to: period.to } });
  }

  protected resetPeriod(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  /** After a simulated day: show a period that includes it, or load the same period again. */
  protected afterSimulation(result: SimulateDayResult): void {
    const range = this.range();
    const wider = includingDay(range, result.date);
    if (wider.from !== range.from || wider.to !== range.to) this.choose(wider);
    else this.reloads.next();
  }
}
