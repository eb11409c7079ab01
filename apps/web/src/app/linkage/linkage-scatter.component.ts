import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsLinkage, LinkageUnit } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { signed } from '../dashboard/enps-format';
import { averageValue, customerValue } from './linkage-format';
import { niceAxis, share } from './scatter-scale';

const WIDTH = 640;
const HEIGHT = 400;
const LEFT = 56;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 52;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const R_MIN = 4;
const R_MAX = 18;

/**
 * Units as bubbles: employee eNPS across, the customer score up, bubble area by the employee
 * answers behind the eNPS; dashed lines at the median unit, where the quadrants split. A table
 * (under "Show as a table") carries the same numbers for screen readers and exact reading.
 */
@Component({
  selector: 'exp-linkage-scatter',
  imports: [TranslocoPipe],
  templateUrl: './linkage-scatter.component.html',
  styleUrl: './linkage-scatter.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkageScatterComponent {
  readonly linkage = input.required<AnalyticsLinkage>();

  private readonly language = inject(LanguageService);
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly top = TOP;
  protected readonly right = WIDTH - RIGHT;
  protected readonly bottom = HEIGHT - BOTTOM;

  protected readonly placed = computed(() => this.linkage().units.filter((u) => u.ex !== null && u.cx !== null));
  private readonly xAxis = computed(() => niceAxis([...this.placed().map((u) => u.ex!), ...nonNull(this.linkage().exSplit)]));
  private readonly yAxis = computed(() => niceAxis([...this.placed().map((u) => u.cx!), ...nonNull(this.linkage().cxSplit)]));
  private readonly x = (v: number) => LEFT + share(this.xAxis(), v) * PLOT_W;
  private readonly y = (v: number) => TOP + (1 - share(this.yAxis(), v)) * PLOT_H;

  protected readonly xTicks = computed(() => this.xAxis().ticks.map((v) => ({ value: v, at: this.x(v), label: signed(v) })));
  protected readonly yTicks = computed(() => this.yAxis().ticks.map((v) => ({ value: v, at: this.y(v), label: this.cx(v) })));
  protected readonly split = computed(() => {
    const { exSplit, cxSplit } = this.linkage();
    return exSplit === null || cxSplit === null ? null : { x: this.x(exSplit), y: this.y(cxSplit), ex: this.avg(exSplit, 'enps'), cx: this.avg(cxSplit) };
  });
  protected readonly bubbles = computed(() => {
    const maxN = Math.max(1, ...this.placed().map((u) => u.n));
    return [...this.placed()]
      .sort((a, b) => b.n - a.n) // small bubbles drawn last, on top
      .map((u) => {
        const cx = this.x(u.ex!);
        const r = R_MIN + (R_MAX - R_MIN) * Math.sqrt(u.n / maxN);
        const nearRight = cx > this.right - 110;
        return {
          key: u.key,
          cx,
          cy: this.y(u.cx!),
          r,
          label: u.label.length > 20 ? `${u.label.slice(0, 19)}…` : u.label,
          labelX: nearRight ? cx - r - 3 : cx + r + 3,
          anchor: nearRight ? 'end' : 'start',
          quadrant: u.quadrant,
          ex: this.avg(u.ex!, 'enps'),
          cxText: this.avg(u.cx!),
          n: u.n,
          name: u.label,
        };
      });
  });
  protected readonly rows = computed(() =>
    [...this.linkage().units].sort((a, b) => a.label.localeCompare(b.label)).map((u: LinkageUnit) => ({
      ...u,
      exText: u.ex === null ? '–' : this.avg(u.ex, 'enps'),
      cxText: u.cx === null ? '–' : this.avg(u.cx),
    })),
  );

  /** A unit average (one decimal): eNPS, or the metric's. */
  private avg(value: number, kind: 'enps' | 'metric' = 'metric'): string {
    return averageValue(value, kind === 'enps' ? 'enps' : this.linkage().metric, this.language.current());
  }

  /** A tick on the customer axis. */
  protected cx(value: number): string {
    return customerValue(value, this.linkage().metric, this.language.current());
  }
}

const nonNull = (v: number | null): number[] => (v === null ? [] : [v]);
