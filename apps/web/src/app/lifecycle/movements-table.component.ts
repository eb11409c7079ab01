import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LifecycleMovement } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';

/** Who moved from which phase to which, month by month. */
@Component({
  selector: 'exp-movements-table',
  imports: [TranslocoPipe],
  template: `
    @if (rows().length > 0) {
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{{ 'lifecycle.movements.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'lifecycle.month' | transloco }}</th>
              <th scope="col">{{ 'lifecycle.movements.from' | transloco }}</th>
              <th scope="col">{{ 'lifecycle.movements.to' | transloco }}</th>
              <th scope="col" class="num">{{ 'lifecycle.people' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr>
                <th scope="row">{{ row.first ? row.label : '' }}</th>
                <td>{{ 'phase.' + row.from | transloco }}</td>
                <td>{{ 'phase.' + row.to | transloco }}</td>
                <td class="num">{{ row.count }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">{{ 'lifecycle.movements.none' | transloco }}</p>
    }
  `,
  styleUrls: ['./lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MovementsTableComponent {
  readonly movements = input.required<readonly LifecycleMovement[]>();
  private readonly language = inject(LanguageService);

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.movements().map((m, i, all) => ({
      ...m,
      key: `${m.month}|${m.from}|${m.to}`,
      label: monthLabel(m.month, lang),
      first: i === 0 || all[i - 1].month !== m.month,
    }));
  });
}
