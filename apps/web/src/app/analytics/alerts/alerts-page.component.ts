import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ParamMap, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery } from '@ex-pulse/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { SharePipe, SignedPipe } from '../../dashboard/enps-format.pipes';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';

interface AlertQuery {
  filters: AnalyticsFilterQuery;
  /** 0–1. */
  responseRateBelow: number;
}

export const DEFAULT_RESPONSE_RATE_BELOW = 0.5;

function alertQuery(params: ParamMap): AlertQuery {
  const raw = params.get('responseRateBelow');
  const rate = raw === null ? NaN : Number(raw);
  return { filters: filtersFromParams(params), responseRateBelow: rate >= 0 && rate <= 1 ? rate : DEFAULT_RESPONSE_RATE_BELOW };
}

/**
 * /dashboard/alerts?responseRateBelow=0.5: units whose eNPS fell significantly, or that answer too little,
 * each with links to its follow-up queue and to a new action plan for it.
 */
@Component({
  selector: 'exp-alerts-page',
  imports: [
    MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, SignedPipe, SharePipe, DecimalPipe,
    LoadingBarComponent, ExportLinkComponent, ScopeLineComponent, RouterLink,
  ],
  templateUrl: './alerts-page.component.html',
  styleUrls: ['../analytics-view.scss', './alerts-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);
  private readonly auth = inject(AuthService);
  /** Each alert links to its unit's follow-up queue, and to a new action plan for it (leaders: its plans). */
  protected readonly canPlan = computed(() => this.auth.user()?.role !== 'leader');

  protected readonly alerts = loadFromQuery(alertQuery, (q) => filtersKey(q.filters, { responseRateBelow: q.responseRateBelow }), (q) =>
    this.api.alerts(q.filters, q.responseRateBelow),
  );
  private readonly rate = computed(() => this.alerts.query()?.responseRateBelow ?? DEFAULT_RESPONSE_RATE_BELOW);
  /** The threshold input, in percent; follows the URL until the person types. */
  protected readonly percentInput = linkedSignal(() => String(Math.round(this.rate() * 100)));
  protected readonly csv = computed(() => exportUrl('alerts', this.alerts.query()?.filters ?? {}, { responseRateBelow: this.rate() }));

  protected typed(event: Event): void {
    this.percentInput.set((event.target as HTMLInputElement).value);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const percent = Number(this.percentInput());
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return;
    const rate = Math.round(percent) / 100;
    void navigateQuery(this.router, { responseRateBelow: rate === DEFAULT_RESPONSE_RATE_BELOW ? null : rate });
  }
}
