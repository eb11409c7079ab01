import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BarChartModule, Color, ScaleType } from '@swimlane/ngx-charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LifecycleHeadcountMonth } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { HEADCOUNT_PHASES, PHASE_COLOURS } from './lifecycle-filter';

/** Headcount by phase at each month's end as stacked bars, with the same figures as a table. */
@Component({
  selector: 'exp-headcount-chart',
  imports: [BarChartModule, TranslocoPipe, RouterLink],
  template: `
    @if (hasPeople()) {
      <div class="chart" role="img" [attr.aria-label]="summary()">
        <ngx-charts-bar-vertical-stacked
          [results]="series()"
          [scheme]="scheme()"
          [xAxis]="true"
          [yAxis]="true"
          [legend]="true"
          [legendTitle]="''"
          [showGridLines]="true"
          [animations]="false"
        />
      </div>
    } @else {
      <p class="muted">{{ 'lifecycle.headcount.nobody' | transloco }}</p>
    }
    <p class="links">
      {{ 'lifecycle.headcount.enpsLinks' | transloco }}
      @for (phase of pulsePhases; track phase) {
        <a routerLink="/dashboard/overview" [queryParams]="{ phase }">{{ 'phase.' + phase | transloco }}</a>
      }
    </p>
    <details class="as-table">
      <summary>{{ 'lifecycle.showTable' | transloco }}</summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{{ 'lifecycle.headcount.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'lifecycle.month' | transloco }}</th>
              @for (phase of phases; track phase) {
                <th scope="col" class="num">{{ 'phase.' + phase | transloco }}</th>
              }
              <th scope="col" class="num">{{ 'lifecycle.total' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.month) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (phase of phases; track phase) {
                  <td class="num">{{ row.byPhase[phase] }}</td>
                }
                <td class="num">{{ row.total }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styles: `
    .chart { width: 100%; height: 320px; }
    .links { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: .875rem; margin: 8px 0; }
  `,
  styleUrls: ['./lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadcountChartComponent {
  readonly months = input.required<readonly LifecycleHeadcountMonth[]>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly phases = HEADCOUNT_PHASES;
  protected readonly pulsePhases = ['onboarding', 'initial_development', 'ongoing_development', 'separation'] as const;

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.months().map((m) => ({ ...m, label: monthLabel(m.month, lang) }));
  });
  protected readonly hasPeople = computed(() => this.months().some((m) => m.total > 0));
  private readonly phaseNames = computed(() => {
    const lang = this.language.current();
    return HEADCOUNT_PHASES.map((phase) => this.transloco.translate(`phase.${phase}`, {}, lang));
  });
  protected readonly scheme = computed<Color>(() => ({
    name: 'phases', selectable: false, group: ScaleType.Ordinal, domain: HEADCOUNT_PHASES.map((p) => PHASE_COLOURS[p]),
  }));
  protected readonly series = computed(() => {
    const names = this.phaseNames();
    return this.rows().map((row) => ({
      name: row.label,
      series: HEADCOUNT_PHASES.map((phase, i) => ({ name: names[i], value: row.byPhase[phase] })),
    }));
  });
  /** What the chart shows, for screen readers: the latest month in words. */
  protected readonly summary = computed(() => {
    const lang = this.language.current();
    const last = this.rows().at(-1);
    const names = this.phaseNames();
    const parts = last ? HEADCOUNT_PHASES.map((phase, i) => `${names[i]} ${last.byPhase[phase]}`).join(', ') : '';
    return this.transloco.translate('lifecycle.headcount.chartLabel', { month: last?.label ?? '', total: last?.total ?? 0, parts }, lang);
  });
}
