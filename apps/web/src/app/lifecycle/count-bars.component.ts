import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, Color, ScaleType } from '@swimlane/ngx-charts';

export interface CountBar {
  key: string;
  label: string;
  value: number;
  colour?: string;
}

/** Horizontal bars of counts; the caller shows the same figures as a table or list beside it. */
@Component({
  selector: 'exp-count-bars',
  imports: [BarChartModule],
  template: `
    <div class="chart" role="img" [attr.aria-label]="summary()" [style.height.px]="40 + bars().length * 36">
      <ngx-charts-bar-horizontal
        [results]="results()"
        [scheme]="scheme()"
        [xAxis]="true"
        [yAxis]="true"
        [showGridLines]="true"
        [showDataLabel]="true"
        [animations]="false"
      />
    </div>
  `,
  styles: `.chart { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CountBarsComponent {
  readonly bars = input.required<readonly CountBar[]>();
  /** What the chart is, e.g. "Bar chart of exits by tenure"; the values are appended. */
  readonly label = input.required<string>();

  protected readonly results = computed(() => this.bars().map((b) => ({ name: b.label, value: b.value })));
  protected readonly scheme = computed<Color>(() => ({
    name: 'counts', selectable: false, group: ScaleType.Ordinal, domain: this.bars().map((b) => b.colour ?? '#1f5fa8'),
  }));
  protected readonly summary = computed(() => `${this.label()}: ${this.bars().map((b) => `${b.label} ${b.value}`).join(', ')}`);
}
