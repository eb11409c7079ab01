import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LifecycleMovement, LifecyclePhase } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';

/**
 * The movement types in lifecycle order. Each is named by the phase moved into: onboarding,
 * initial and ongoing development are reached one way only; separation (notice) from any phase;
 * departed from separation, or from any phase when someone left without notice.
 */
export const MOVEMENT_COLUMNS = [
  { to: 'onboarding', key: 'joined' },
  { to: 'initial_development', key: 'toInitial' },
  { to: 'ongoing_development', key: 'toOngoing' },
  { to: 'separation', key: 'notice' },
  { to: 'departed', key: 'left' },
] as const satisfies readonly { to: LifecyclePhase; key: string }[];

type MovementCounts = readonly number[];

/** Who joined, moved on, gave notice and left, month by month: one row per month, one column per movement. */
@Component({
  selector: 'exp-movements-table',
  imports: [TranslocoPipe],
  template: `
    @if (hasMovements()) {
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{{ 'lifecycle.movements.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'lifecycle.month' | transloco }}</th>
              @for (column of columns; track column.key) {
                <th scope="col" class="num">{{ 'lifecycle.movements.columns.' + column.key | transloco }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.month) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (n of row.counts; track $index) {
                  <td class="num">
                    @if (n === 0) {
                      <span aria-hidden="true">–</span><span class="visually-hidden">0</span>
                    } @else {
                      {{ n }}
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'lifecycle.total' | transloco }}</th>
              @for (n of totals(); track $index) {
                <td class="num">{{ n }}</td>
              }
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="muted note">{{ 'lifecycle.movements.note' | transloco }}</p>
    } @else {
      <p class="muted">{{ 'lifecycle.movements.none' | transloco }}</p>
    }
  `,
  styles: `
    tfoot th, tfoot td { font-weight: 600; border-top: 2px solid var(--mat-sys-outline-variant); border-bottom: none; }
    .note { font-size: .875rem; margin: 8px 0 0; }
  `,
  styleUrls: ['./lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MovementsTableComponent {
  readonly movements = input.required<readonly LifecycleMovement[]>();
  /** Every month of the window (YYYY-MM), so quiet months show as a row of dashes. */
  readonly months = input.required<readonly string[]>();
  private readonly language = inject(LanguageService);
  protected readonly columns = MOVEMENT_COLUMNS;

  private readonly byMonth = computed(() => {
    const counts = new Map<string, number[]>();
    for (const m of this.movements()) {
      const column = MOVEMENT_COLUMNS.findIndex((c) => c.to === m.to);
      if (column < 0) continue; // nobody moves back into pre-start
      const row = counts.get(m.month) ?? MOVEMENT_COLUMNS.map(() => 0);
      row[column] += m.count;
      counts.set(m.month, row);
    }
    return counts;
  });
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    const counts = this.byMonth();
    const months = [...new Set([...this.months(), ...counts.keys()])].sort();
    return months.map((month) => ({
      month,
      label: monthLabel(month, lang),
      counts: (counts.get(month) ?? MOVEMENT_COLUMNS.map(() => 0)) as MovementCounts,
    }));
  });
  protected readonly totals = computed(() =>
    MOVEMENT_COLUMNS.map((_, i) => this.rows().reduce((sum, row) => sum + row.counts[i], 0)),
  );
  protected readonly hasMovements = computed(() => this.totals().some((n) => n > 0));
}
