import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DeliveryStatus, SimulateDayResult } from '@ex-pulse/contracts';
import { Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { programmeName } from '../programmes/programme-format';
import { ProgrammesApiService } from '../programmes/programmes-api.service';
import { CalendarPeriodSelectComponent } from '../shared/calendar-period-select.component';
import { calendarPeriodChoices, localDay } from '../shared/calendar-periods';
import { DeliveryApiService } from './delivery-api.service';
import { deliveryPeriodFromParams, periodShowingDay } from './delivery-period';
import { DeliveryTableComponent } from './delivery-table.component';
import { FailedDeliveriesComponent } from './failed-deliveries.component';
import { SimulateDayComponent } from './simulate-day.component';

import { LoadingBarComponent } from '../shared/loading-bar.component';

/** /delivery?period=2026|2026-H1|2026-Q2|2026-05 — invitations sent, failed, opened and answered per programme and month. */
@Component({
  selector: 'exp-delivery-page',
  imports: [LoadingBarComponent, TranslocoPipe, CalendarPeriodSelectComponent, DeliveryTableComponent, FailedDeliveriesComponent, SimulateDayComponent],
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
  private readonly today = localDay(new Date());
  /** Calendar periods only: the API refuses any other window. */
  protected readonly periods = calendarPeriodChoices(this.today);
  /** The period shown: the URL's, or the current year. */
  protected readonly period = signal(this.today.slice(0, 4));
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
      total: status.total,
      k: status.k,
      rows: status.rows.map((r) => ({ ...r, programmeName: byId.get(r.programmeId) ?? r.programmeName })),
      failures: status.failures.map((f) => ({ ...f, programmeName: byEnglish.get(f.programmeName) ?? f.programmeName })),
    };
  });

  constructor() {
    const period$ = this.route.queryParamMap.pipe(
      map((params) => deliveryPeriodFromParams(params, this.today)),
      distinctUntilChanged(),
    );
    combineLatest([period$, this.reloads.pipe(startWith(undefined))])
      .pipe(
        map(([period]) => period),
        tap((period) => {
          this.period.set(period);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((period) => toLoadResult(this.api.status(period), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.status.set(data);
      });
  }

  protected choose(period: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { period } });
  }

  /** After a simulated day: show the period of the same kind that holds it, or load the same period again. */
  protected afterSimulation(result: SimulateDayResult): void {
    const period = this.period();
    const showing = periodShowingDay(period, result.date);
    if (showing !== period) this.choose(showing);
    else this.reloads.next();
  }
}
