import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EnpsCell, GoalProgress } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { SharePipe, SignedPipe } from '../../dashboard/enps-format.pipes';
import { signed } from '../../dashboard/enps-format';
import { goalWords, GoalWords } from '../goals/goal-progress';
import { axisShare, rankUnits } from './unit-ranking';

const WIDTH = 640;
const LEFT = 180;
const RIGHT = 20;
const TOP = 28;
const ROW = 30;
const PLOT = WIDTH - LEFT - RIGHT;
const x = (value: number): number => LEFT + axisShare(value) * PLOT;

/**
 * Units ranked by eNPS as dots with their 95% intervals (whiskers), against the selection's own
 * eNPS as a vertical line. A table carries the same ranking for screen readers and exact reading.
 */
@Component({
  selector: 'exp-units-chart',
  imports: [TranslocoPipe, SignedPipe, SharePipe],
  templateUrl: './units-chart.component.html',
  styleUrl: './units-chart.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsChartComponent {
  readonly units = input.required<readonly EnpsCell[]>();
  readonly reference = input.required<EnpsCell>();
  readonly k = input.required<number>();
  /** Progress against the units' eNPS goals (by unitKey); a unit without one shows none. */
  readonly goals = input<readonly GoalProgress[]>([]);

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly width = WIDTH;
  protected readonly left = LEFT;
  protected readonly top = TOP;
  protected readonly ranking = computed(() => rankUnits(this.units()));
  protected readonly goalOf = computed(() => {
    const lang = this.language.current();
    return new Map<string, GoalWords & { beyond: boolean | null }>(
      this.goals().map((g) => [g.unitKey, { ...goalWords(g, this.transloco, lang), beyond: g.beyondChance }]),
    );
  });
  protected readonly hasGoals = computed(() => this.ranking().shown.some((u) => this.goalOf().has(u.key)));
  protected readonly height = computed(() => TOP + Math.max(1, this.ranking().shown.length) * ROW + 8);
  protected readonly ticks = [-100, -50, 0, 50, 100].map((value) => ({ value, x: x(value), label: signed(value) }));
  protected readonly dots = computed(() =>
    this.ranking().shown.map((unit, i) => {
      const enps = unit.enps ?? 0;
      return {
        key: unit.key,
        label: unit.label.length > 26 ? `${unit.label.slice(0, 25)}…` : unit.label,
        y: TOP + i * ROW + ROW / 2,
        x: x(enps),
        low: x(unit.ciLow ?? enps),
        high: x(unit.ciHigh ?? enps),
      };
    }),
  );
  protected readonly referenceLine = computed(() => {
    const ref = this.reference();
    if (ref.withheld || ref.enps === null) return null;
    return {
      x: x(ref.enps),
      low: x(ref.ciLow ?? ref.enps),
      high: x(ref.ciHigh ?? ref.enps),
      label: signed(ref.enps),
    };
  });
}
