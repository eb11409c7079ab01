import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LifecycleOverview } from '@ex-pulse/contracts';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { departmentOptions } from '../employees/department-options';
import { calendarPeriodChoices, localDay } from '../shared/calendar-periods';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { ExitsChartsComponent } from './exits-charts.component';
import { HeadcountChartComponent } from './headcount-chart.component';
import { LeavingReasonsComponent } from './leaving-reasons.component';
import { LifecycleApiService } from './lifecycle-api.service';
import { filterFromParams, LifecycleFilter, sameFilter } from './lifecycle-filter';
import { LifecycleFilterComponent } from './lifecycle-filter.component';
import { MovementsTableComponent } from './movements-table.component';

/** /lifecycle?period=2026|2026-H1|2026-Q2|2026-05&department= — headcount, movements, exits and reasons for leaving. */
@Component({
  selector: 'exp-lifecycle-page',
  imports: [
    TranslocoPipe, LoadingBarComponent, LifecycleFilterComponent, HeadcountChartComponent, MovementsTableComponent,
    ExitsChartsComponent, LeavingReasonsComponent,
  ],
  templateUrl: './lifecycle-page.component.html',
  styleUrl: './lifecycle-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LifecyclePageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(LifecycleApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly overview = signal<LifecycleOverview | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly filter = signal<LifecycleFilter>({ period: null, department: null });
  private readonly today = localDay(new Date());
  /** Calendar periods only: the API refuses any other window. */
  protected readonly periods = calendarPeriodChoices(this.today);
  protected readonly departments = toSignal(
    this.api.departments().pipe(
      map(departmentOptions),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  /** The filter shows the URL's choice, or the API's default (the current year). */
  protected readonly shownPeriod = computed(() => this.filter().period ?? this.overview()?.period ?? this.today.slice(0, 4));
  protected readonly shownDepartment = computed(() => this.filter().department ?? '');
  /** Every month of the window shown (the headcount has one entry per month). */
  protected readonly months = computed(() => this.overview()?.headcount.map((h) => h.month) ?? []);

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(filterFromParams),
        distinctUntilChanged(sameFilter),
        tap((filter) => {
          this.filter.set(filter);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((filter) => toLoadResult(this.api.overview(filter), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        this.overview.set(data);
      });
  }

  protected choose(filter: LifecycleFilter): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { period: filter.period, department: filter.department },
    });
  }

  protected reset(): void {
    const department = this.filter().department;
    void this.router.navigate([], { relativeTo: this.route, queryParams: department ? { department } : {} });
  }
}
