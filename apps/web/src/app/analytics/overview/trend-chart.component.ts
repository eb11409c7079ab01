import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TrendGranularity, TrendPoint } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { monthLabel, signed } from '../../dashboard/enps-format';
import { EnpsTableComponent, EnpsTableRow } from '../../dashboard/enps-table.component';
import { pointLabel } from '../analytics-format';
import { PARTIAL_SERIES, trendDrawing } from './trend-series';

const LINE: Color = { name: 'enps', selectable: false, group: ScaleType.Ordinal, domain: ['#1f5fa8'] };
/** The running period: lighter, so it is not read as a full one. */
const PARTIAL_COLOUR = [{ name: PARTIAL_SERIES, value: '#7d9cc4' }];

/** eNPS by month or week with its 95% interval as a band; withheld points are gaps, counted below (the list folded away). */
@Component({
  selector: 'exp-trend-chart',
  imports: [LineChartModule, TranslocoPipe, EnpsTableComponent],
  templateUrl: './trend-chart.component.html',
  styleUrl: './trend-chart.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChartComponent {
  readonly points = input.required<readonly TrendPoint[]>();
  readonly granularity = input.required<TrendGranularity>();
  readonly k = input.required<number>();

  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly scheme = LINE;
  protected readonly partialColour = PARTIAL_COLOUR;
  protected readonly drawing = computed(() => trendDrawing(this.points()));
  /** The one point shown, when there is only one: a line needs two, so it is said in words. */
  protected readonly single = computed(() => {
    if (this.drawing().shown !== 1) return null;
    return this.rows().find((row) => !row.withheld && row.enps !== null) ?? null;
  });
  protected readonly partial = computed(() => this.rows().find((row) => row.partial && !row.withheld) ?? null);
  protected readonly rows = computed<(EnpsTableRow & { partial?: boolean })[]>(() => {
    const lang = this.language.current();
    const soFar = this.transloco.translate('analytics.trend.soFar', {}, lang);
    return this.points().map((p) => {
      const label = pointLabel(p.from, p.to, this.granularity(), lang);
      return { ...p, key: p.from, label: p.partial ? `${label} ${soFar}` : label };
    });
  });
  protected readonly withheld = computed(() => this.rows().filter((row) => row.withheld));
  /** One line however long the trend: "12 of 48 weeks withheld: …". */
  protected readonly withheldSummary = computed(() =>
    this.transloco.translate(
      `analytics.trend.withheldSummary.${this.granularity()}`,
      { n: this.withheld().length, total: this.points().length, k: this.k() },
      this.language.current(),
    ),
  );
  protected readonly formatX = (value: Date | string): string => {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const lang = this.language.current();
    return this.granularity() === 'week'
      ? new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
      : monthLabel(iso, lang);
  };
  protected readonly formatScore = (value: number): string => signed(value);
}
