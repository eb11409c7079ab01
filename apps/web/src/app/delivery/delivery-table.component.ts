import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DeliveryCounts, DeliveryStatusRow } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { SharePipe } from '../dashboard/enps-format.pipes';

const SHOWN = ['invited', 'emailed', 'pending', 'failed'] as const;
const GUARDED = ['opened', 'answered'] as const;

/**
 * Delivery and response per programme and month, with the period's total (from the API: a sum of
 * shown rows would not be the guarded total). Opened and answered are withheld for a group of fewer
 * than k invitations, and where they would reveal one by subtraction.
 */
@Component({
  selector: 'exp-delivery-table',
  imports: [NgTemplateOutlet, TranslocoPipe, SharePipe],
  template: `
    <div class="table-scroll">
      <table class="delivery">
        <caption class="visually-hidden">{{ 'delivery.table.caption' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'delivery.table.programme' | transloco }}</th>
            <th scope="col">{{ 'delivery.table.month' | transloco }}</th>
            @for (c of columns; track c) { <th scope="col" class="num">{{ 'delivery.table.' + c | transloco }}</th> }
            <th scope="col" class="num">{{ 'delivery.table.responseRate' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of shown(); track row.programmeId + row.month) {
            <tr>
              <th scope="row">{{ row.programmeName }}</th>
              <td class="nowrap">{{ row.monthLabel }}</td>
              <ng-container *ngTemplateOutlet="counts; context: { $implicit: row }" />
            </tr>
          } @empty {
            <tr><td class="empty" [attr.colspan]="columns.length + 3">{{ 'delivery.table.none' | transloco }}</td></tr>
          }
        </tbody>
        @if (rows().length > 0) {
          <tfoot>
            <tr>
              <th scope="row" colspan="2">{{ 'delivery.table.total' | transloco }}</th>
              <ng-container *ngTemplateOutlet="counts; context: { $implicit: total() }" />
            </tr>
          </tfoot>
        }
      </table>
    </div>
    @if (anyWithheld()) {
      <p class="muted note">{{ 'delivery.table.note' | transloco: { k: k() } }}</p>
    }

    <ng-template #counts let-c>
      @for (key of shownKeys; track key) { <td class="num" [class.failed]="key === 'failed' && c.failed > 0">{{ c[key] }}</td> }
      @for (key of guardedKeys; track key) {
        @if (c.withheld) {
          <td class="num muted" [attr.title]="'delivery.table.withheld.' + c.withheld | transloco: { k: k() }">
            <span aria-hidden="true">–</span><span class="visually-hidden">{{ 'delivery.table.withheld.' + c.withheld | transloco: { k: k() } }}</span>
          </td>
        } @else {
          <td class="num">{{ c[key] }}</td>
        }
      }
      <td class="num">{{ c.withheld ? '–' : (c.responseRate | share) }}</td>
    </ng-template>
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
    .note { font-size: .8125rem; margin: 12px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryTableComponent {
  private readonly language = inject(LanguageService);
  readonly rows = input.required<readonly DeliveryStatusRow[]>();
  readonly total = input.required<DeliveryCounts>();
  readonly k = input.required<number>();

  protected readonly columns = [...SHOWN, ...GUARDED];
  protected readonly shownKeys = SHOWN;
  protected readonly guardedKeys = GUARDED;
  protected readonly shown = computed(() => {
    const lang = this.language.current();
    return this.rows().map((row) => ({ ...row, monthLabel: monthLabel(row.month, lang) }));
  });
  protected readonly anyWithheld = computed(() => !!this.total().withheld || this.rows().some((r) => r.withheld));
}
