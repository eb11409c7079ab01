import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, PoolMonths } from '@ex-pulse/contracts';
import { EnpsPhaseChartComponent } from '../../dashboard/enps-phase-chart.component';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';

interface PhaseQuery {
  filters: AnalyticsFilterQuery;
  pool: PoolMonths;
}

const POOLS: readonly PoolMonths[] = [3, 6, 12];

function phaseQuery(params: ParamMap): PhaseQuery {
  const pool = Number(params.get('pool'));
  return { filters: filtersFromParams(params), pool: (POOLS as readonly number[]).includes(pool) ? (pool as PoolMonths) : 3 };
}

/** /dashboard/phases?pool=3|6|12: each lifecycle phase pooled over a quarter, half or year, so small cohorts reach k. */
@Component({
  selector: 'exp-phases-page',
  imports: [MatButtonToggleModule, TranslocoPipe, LoadingBarComponent, ExportLinkComponent, ScopeLineComponent, EnpsPhaseChartComponent],
  template: `
    <exp-loading-bar class="progress" [active]="report.loading()" />
    <p class="visually-hidden" aria-live="polite">{{ report.loading() ? ('common.loading' | transloco) : '' }}</p>
    <section class="card" aria-labelledby="phases-title">
      <div class="card__head">
        <h2 id="phases-title">{{ 'analytics.phases.title' | transloco }}</h2>
        <mat-button-toggle-group [value]="pool()" (change)="setPool($event.value)" [attr.aria-label]="'analytics.phases.pool' | transloco" hideSingleSelectionIndicator>
          @for (months of pools; track months) {
            <mat-button-toggle [value]="months" [attr.data-testid]="'pool-' + months">{{ 'analytics.phases.months' | transloco: { months } }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        <exp-export-link [href]="csv()" />
      </div>
      @if (report.error(); as error) {
        <p class="error-text" role="alert">{{ error }}</p>
      }
      @if (report.data(); as r) {
        <exp-scope-line [period]="r.period" kind="pooled" />
        <p class="muted note">{{ 'analytics.phases.note' | transloco: { k: r.k } }}</p>
        <exp-enps-phase-chart [phases]="r.phases" [k]="r.k" />
      }
    </section>
  `,
  styleUrl: '../analytics-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhasesPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);

  protected readonly pools = POOLS;
  protected readonly report = loadFromQuery(phaseQuery, (q) => filtersKey(q.filters, { pool: q.pool }), (q) => this.api.phases(q.filters, q.pool));
  protected readonly pool = computed<PoolMonths>(() => this.report.query()?.pool ?? 3);
  protected readonly csv = computed(() => exportUrl('phases', this.report.query()?.filters ?? {}, { pool: this.pool() }));

  protected setPool(pool: PoolMonths): void {
    void navigateQuery(this.router, { pool: pool === 3 ? null : pool });
  }
}
