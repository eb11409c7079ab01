import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { BarChartModule, Color, ScaleType } from '@swimlane/ngx-charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EnpsCell, LifecyclePhase } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { signed } from './enps-format';
import { EnpsTableComponent, EnpsTableRow } from './enps-table.component';

export type PhaseCell = EnpsCell & { phase: LifecyclePhase };

const BARS: Color = { name: 'phases', selectable: false, group: ScaleType.Ordinal, domain: ['#1f5fa8'] };

/** eNPS by lifecycle phase: bars for the phases we may show, and every phase in the table below. */
@Component({
  selector: 'exp-enps-phase-chart',
  imports: [BarChartModule, TranslocoPipe, EnpsTableComponent],
  template: `
    @if (bars().length > 0) {
      <div class="chart" role="img" [attr.aria-label]="'dashboard.phases.chartLabel' | transloco" [style.height.px]="48 + bars().length * 44">
        <ngx-charts-bar-horizontal
          [results]="bars()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [xScaleMin]="-100"
          [xScaleMax]="100"
          [showGridLines]="true"
          [showDataLabel]="true"
          [dataLabelFormatting]="formatScore"
          [xAxisTickFormatting]="formatScore"
          [animations]="false"
        />
      </div>
    }
    <exp-enps-table [rows]="rows()" [k]="k()" [groupHeader]="'dashboard.phases.phase' | transloco" />
  `,
  styles: `.chart { width: 100%; margin-bottom: 8px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsPhaseChartComponent {
  readonly phases = input.required<readonly PhaseCell[]>();
  readonly k = input.required<number>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly scheme = BARS;
  /** The phase names in the page's language (the API's label is a fallback). */
  protected readonly rows = computed<EnpsTableRow[]>(() => {
    const lang = this.language.current();
    return this.phases().map((cell) => ({ ...cell, label: this.phaseName(cell, lang) }));
  });
  protected readonly bars = computed(() =>
    this.rows()
      .filter((row) => !row.withheld && row.enps !== null)
      .map((row) => ({ name: row.label, value: Math.round(row.enps ?? 0) })),
  );
  protected readonly formatScore = (value: number): string => signed(value);

  private phaseName(cell: PhaseCell, lang: string): string {
    const key = `phase.${cell.phase}`;
    const name = this.transloco.translate(key, {}, lang);
    return name && name !== key ? name : cell.label;
  }
}
