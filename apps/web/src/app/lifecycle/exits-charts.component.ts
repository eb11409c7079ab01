import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LifecycleExitMonth } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { CountBar, CountBarsComponent } from './count-bars.component';
import { EXIT_TENURE_BANDS, NOTICE_PHASES, PHASE_COLOURS } from './lifecycle-filter';

/** Exits in the period by phase at notice and by tenure at the last day, with a month-by-month table. */
@Component({
  selector: 'exp-exits-charts',
  imports: [TranslocoPipe, CountBarsComponent],
  template: `
    @if (total() > 0) {
      <p class="total">{{ 'lifecycle.exits.total' | transloco: { n: total() } }}</p>
      <div class="pair">
        <div>
          <h3>{{ 'lifecycle.exits.byPhase' | transloco }}</h3>
          <exp-count-bars [bars]="byPhase()" [label]="'lifecycle.exits.byPhaseLabel' | transloco" />
        </div>
        <div>
          <h3>{{ 'lifecycle.exits.byTenure' | transloco }}</h3>
          <exp-count-bars [bars]="byTenure()" [label]="'lifecycle.exits.byTenureLabel' | transloco" />
        </div>
      </div>
    } @else {
      <p class="muted">{{ 'lifecycle.exits.none' | transloco }}</p>
    }
    <details class="as-table">
      <summary>{{ 'lifecycle.showTable' | transloco }}</summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{{ 'lifecycle.exits.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'lifecycle.month' | transloco }}</th>
              <th scope="col" class="num">{{ 'lifecycle.total' | transloco }}</th>
              @for (phase of phases; track phase) {
                <th scope="col" class="num">{{ 'phase.' + phase | transloco }}</th>
              }
              @for (band of bands; track band) {
                <th scope="col" class="num">{{ 'tenure.' + band | transloco }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.month) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td class="num">{{ row.total }}</td>
                @for (phase of phases; track phase) {
                  <td class="num">{{ row.byPhaseAtNotice[phase] }}</td>
                }
                @for (band of bands; track band) {
                  <td class="num">{{ row.byTenureBand[band] }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styles: `
    .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px 24px; }
    h3 { font-size: 1rem; margin: 8px 0; }
    .total { margin: 0 0 8px; }
  `,
  styleUrls: ['./lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExitsChartsComponent {
  readonly exits = input.required<readonly LifecycleExitMonth[]>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly phases = NOTICE_PHASES;
  protected readonly bands = EXIT_TENURE_BANDS;

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.exits().map((m) => ({ ...m, label: monthLabel(m.month, lang) }));
  });
  protected readonly total = computed(() => this.exits().reduce((sum, m) => sum + m.total, 0));
  protected readonly byPhase = computed<CountBar[]>(() => {
    const lang = this.language.current();
    return NOTICE_PHASES.map((phase) => ({
      key: phase,
      label: this.transloco.translate(`phase.${phase}`, {}, lang),
      value: this.exits().reduce((sum, m) => sum + m.byPhaseAtNotice[phase], 0),
      colour: PHASE_COLOURS[phase],
    }));
  });
  protected readonly byTenure = computed<CountBar[]>(() => {
    const lang = this.language.current();
    return EXIT_TENURE_BANDS.map((band) => ({
      key: band,
      label: this.transloco.translate(`tenure.${band}`, {}, lang),
      value: this.exits().reduce((sum, m) => sum + m.byTenureBand[band], 0),
    }));
  });
}
