import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EnpsHeadlineComponent } from '../../dashboard/enps-headline.component';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { GoalProgressComponent } from '../goals/goal-progress.component';
import { loadFromQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';
import { UnitsChartComponent } from './units-chart.component';

/** /dashboard/units: a healthy contest — units one level down, ranked, with their intervals. */
@Component({
  selector: 'exp-units-page',
  imports: [
    TranslocoPipe, LoadingBarComponent, ExportLinkComponent, ScopeLineComponent, EnpsHeadlineComponent, UnitsChartComponent, GoalProgressComponent,
  ],
  template: `
    <exp-loading-bar class="progress" [active]="units.loading()" />
    <p class="visually-hidden" aria-live="polite">{{ units.loading() ? ('common.loading' | transloco) : '' }}</p>
    <section class="card" aria-labelledby="units-title">
      <div class="card__head">
        <h2 id="units-title">{{ 'analytics.units.title' | transloco }}</h2>
        <exp-export-link [href]="csv()" />
      </div>
      @if (units.error(); as error) {
        <p class="error-text" role="alert">{{ error }}</p>
      }
      @if (units.data(); as u) {
        <exp-scope-line [period]="u.period" />
        <div class="reference">
          <span class="reference__label">{{ 'analytics.units.reference' | transloco: { name: u.reference.label } }}</span>
          <exp-enps-headline [cell]="u.reference" [k]="u.k" />
          @if (referenceGoal(); as goal) {
            <exp-goal-progress [progress]="goal" [period]="u.period.key" [department]="goal.goal.department" [editable]="false" />
          }
        </div>
        <p class="muted note" data-testid="units-overlap-note">{{ 'analytics.units.overlapNote' | transloco }}</p>
        <exp-units-chart [units]="u.units" [reference]="u.reference" [k]="u.k" [goals]="u.goals" />
      }
    </section>
  `,
  styleUrls: ['../analytics-view.scss'],
  styles: `
    .reference { margin: 0 0 12px; }
    .reference__label { display: block; font-size: .875rem; font-weight: 500; margin-bottom: 4px; }
    .reference ::ng-deep .headline__value { font-size: 1.75rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsPageComponent {
  private readonly api = inject(AnalyticsApiService);
  protected readonly units = loadFromQuery(filtersFromParams, (f) => filtersKey(f), (f) => this.api.units(f));
  protected readonly csv = computed(() => exportUrl('units', this.units.query() ?? {}));
  protected readonly referenceGoal = computed(() => {
    const u = this.units.data();
    return u?.goals.find((g) => g.unitKey === u.reference.key) ?? null;
  });
}
