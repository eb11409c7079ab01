import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel, signed } from './enps-format';
import { EnpsTableComponent, EnpsTableRow } from './enps-table.component';
import { MonthCell, trendSegments } from './enps-trend';

const LINE: Color = { name: 'enps', selectable: false, group: ScaleType.Ordinal, domain: ['#1f5fa8'] };

/** eNPS by month with its 95% band; withheld months are gaps in the line and listed below it. */
@Component({
  selector: 'exp-enps-trend-chart',
  imports: [LineChartModule, TranslocoPipe, EnpsTableComponent],
  templateUrl: './enps-trend-chart.component.html',
  styleUrl: './enps-trend-chart.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsTrendChartComponent {
  readonly months = input.required<readonly MonthCell[]>();
  readonly k = input.required<number>();

  private readonly language = inject(LanguageService);
  protected readonly scheme = LINE;
  protected readonly segments = computed(() => trendSegments(this.months()));
  protected readonly withheld = computed(() =>
    this.months()
      .filter((m) => m.withheld)
      .map((m) => ({ key: m.key, label: monthLabel(m.month, this.language.current()), reason: m.withheld })),
  );
  protected readonly rows = computed<EnpsTableRow[]>(() =>
    this.months().map((m) => ({ ...m, label: monthLabel(m.month, this.language.current()) })),
  );
  protected readonly formatMonth = (value: Date | string): string =>
    monthLabel(value instanceof Date ? value.toISOString() : String(value), this.language.current());
  protected readonly formatScore = (value: number): string => signed(value);
}
