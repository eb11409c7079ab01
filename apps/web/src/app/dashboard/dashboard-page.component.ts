import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EnpsDashboard } from '@ex-pulse/contracts';
import { distinctUntilChanged, map, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { AnalyticsApiService } from './analytics-api.service';
import { DepartmentEnpsTableComponent } from './department-enps-table.component';
import { EnpsHeadlineComponent } from './enps-headline.component';
import { EnpsPhaseChartComponent } from './enps-phase-chart.component';
import { EnpsSplitComponent } from './enps-split.component';
import { EnpsTrendChartComponent } from './enps-trend-chart.component';
import { Period, periodFromParams, samePeriod } from './period';
import { PeriodPickerComponent } from './period-picker.component';

/** /dashboard?from=&to= — eNPS for HR and leaders; the period lives in the URL so a view can be shared. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-dashboard-page',
  imports: [
    LoadingBarComponent,
    TranslocoPipe, PeriodPickerComponent, EnpsHeadlineComponent, EnpsSplitComponent,
    EnpsTrendChartComponent, EnpsPhaseChartComponent, DepartmentEnpsTableComponent,
  ],
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(AnalyticsApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly dashboard = signal<EnpsDashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly period = signal<Period>({ from: null, to: null });
  /** The picker shows the URL's period, or the API's default window once it is known. */
  protected readonly shownFrom = computed(() => this.period().from ?? this.dashboard()?.from ?? '');
  protected readonly shownTo = computed(() => this.period().to ?? this.dashboard()?.to ?? '');

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(periodFromParams),
        distinctUntilChanged(samePeriod),
        tap((period) => {
          this.period.set(period);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((period) =>
          toLoadResult(this.api.enps(period), this.transloco.translate('common.networkError')),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.dashboard.set(data);
      });
  }

  protected choose(period: Period): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { from: period.from, to: period.to } });
  }

  protected resetPeriod(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }
}
