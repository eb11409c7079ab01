import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, HeatmapKind } from '@ex-pulse/contracts';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';
import { HeatmapGridComponent } from './heatmap-grid.component';

interface HeatmapQuery {
  filters: AnalyticsFilterQuery;
  by: HeatmapKind;
}

function heatmapQuery(params: ParamMap): HeatmapQuery {
  return { filters: filtersFromParams(params), by: params.get('by') === 'driver' ? 'driver' : 'phase' };
}

/** /dashboard/heatmap?by=phase|driver: departments × phases (eNPS) or × drivers (mean agreement). */
@Component({
  selector: 'exp-heatmap-page',
  imports: [MatButtonToggleModule, TranslocoPipe, LoadingBarComponent, ExportLinkComponent, ScopeLineComponent, HeatmapGridComponent],
  template: `
    <exp-loading-bar class="progress" [active]="heatmap.loading()" />
    <p class="visually-hidden" aria-live="polite">{{ heatmap.loading() ? ('common.loading' | transloco) : '' }}</p>
    <section class="card" aria-labelledby="heatmap-title">
      <div class="card__head">
        <h2 id="heatmap-title">{{ 'analytics.heatmap.title' | transloco }}</h2>
        <mat-button-toggle-group [value]="by()" (change)="setBy($event.value)" [attr.aria-label]="'analytics.heatmap.by' | transloco" hideSingleSelectionIndicator>
          <mat-button-toggle value="phase" data-testid="heatmap-by-phase">{{ 'analytics.heatmap.byPhase' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="driver" data-testid="heatmap-by-driver">{{ 'analytics.heatmap.byDriver' | transloco }}</mat-button-toggle>
        </mat-button-toggle-group>
        @if (csv(); as href) { <exp-export-link [href]="href" /> }
      </div>
      @if (heatmap.error(); as error) {
        <p class="error-text" role="alert">{{ error }}</p>
      }
      @if (heatmap.data(); as h) {
        <exp-scope-line [period]="h.period" />
        <p class="muted note">{{ 'analytics.heatmap.note.' + h.by | transloco: { k: h.k } }}</p>
        <exp-heatmap-grid [heatmap]="h" />
      }
    </section>
  `,
  styleUrl: '../analytics-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatmapPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);

  protected readonly heatmap = loadFromQuery(heatmapQuery, (q) => filtersKey(q.filters, { by: q.by }), (q) => this.api.heatmap(q.filters, q.by));
  protected readonly by = computed<HeatmapKind>(() => this.heatmap.query()?.by ?? 'phase');
  protected readonly csv = computed(() => {
    const query = this.heatmap.query();
    return query ? exportUrl('heatmap', query.filters, { by: query.by }) : null;
  });

  protected setBy(by: HeatmapKind): void {
    void navigateQuery(this.router, { by: by === 'driver' ? 'driver' : null });
  }
}
