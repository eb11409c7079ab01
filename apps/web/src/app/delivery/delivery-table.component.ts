import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DeliveryStatusRow } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { SharePipe } from '../dashboard/enps-format.pipes';

type Counts = Pick<DeliveryStatusRow, 'invited' | 'emailed' | 'pending' | 'failed' | 'opened' | 'answered' | 'responseRate'>;
const COUNTS = ['invited', 'emailed', 'pending', 'failed', 'opened', 'answered'] as const;

/** Delivery and response per programme and month, with a totals row. */
@Component({
  selector: 'exp-delivery-table',
  imports: [TranslocoPipe, SharePipe],
  template: `
    <div class="table-scroll">
      <table class="delivery">
        <caption class="visually-hidden">{{ 'delivery.table.caption' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'delivery.table.programme' | transloco }}</th>
            <th scope="col">{{ 'delivery.table.month' | transloco }}</th>
            @for (c of counts; track c) { <th scope="col" class="num">{{ 'delivery.table.' + c | transloco }}</th> }
            <th scope="col" class="num">{{ 'delivery.table.responseRate' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of shown(); track row.programmeId + row.month) {
            <tr>
              <th scope="row">{{ row.programmeName }}</th>
              <td class="nowrap">{{ row.monthLabel }}</td>
              @for (c of counts; track c) { <td class="num" [class.failed]="c === 'failed' && row.failed > 0">{{ row[c] }}</td> }
              <td class="num">{{ row.responseRate | share }}</td>
            </tr>
          } @empty {
            <tr><td class="empty" [attr.colspan]="counts.length + 3">{{ 'delivery.table.none' | transloco }}</td></tr>
          }
        </tbody>
        @if (rows().length > 0) {
          <tfoot>
            <tr>
              <th scope="row" colspan="2">{{ 'delivery.table.total' | transloco }}</th>
              @for (c of counts; track c) { <td class="num">{{ totals()[c] }}</td> }
              <td class="num">{{ totals().responseRate | share }}</td>
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styles: `
    .delivery { width: 100%; min-width: 820px; border-collapse: collapse; font-size: .9375rem; }
    th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    thead th { font-size: .8125rem; color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
    tbody th { font-weight: 500; }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--mat-sys-outline); border-bottom: 0; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .nowrap { white-space: nowrap; }
    .failed { color: var(--mat-sys-error); font-weight: 600; }
    .empty { padding: 24px 12px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryTableComponent {
  private readonly language = inject(LanguageService);
  readonly rows = input.required<readonly DeliveryStatusRow[]>();

  protected readonly counts = COUNTS;
  protected readonly shown = computed(() => {
    const lang = this.language.current();
    return this.rows().map((row) => ({ ...row, monthLabel: monthLabel(row.month, lang) }));
  });
  /** Sums of the counts; the overall response rate is answered / invited, not an average of rates. */
  protected readonly totals = computed<Counts>(() => {
    const sum = (key: (typeof COUNTS)[number]) => this.rows().reduce((total, row) => total + row[key], 0);
    const [invited, emailed, pending, failed, opened, answered] = COUNTS.map(sum);
    return { invited, emailed, pending, failed, opened, answered, responseRate: invited > 0 ? answered / invited : null };
  });
}
