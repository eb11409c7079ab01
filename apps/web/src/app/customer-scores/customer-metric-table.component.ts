import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomerMetricDto, CustomerMetricKind } from '@ex-pulse/contracts';

interface TableRow {
  key: string;
  unit: string;
  criterion: string;
  cells: (CustomerMetricDto | null)[];
}

/** A headline value as people read it: NPS and CX index signed, CSAT in %, CES with 2 decimals. */
export function formatMetricValue(metric: CustomerMetricKind, value: number): string {
  switch (metric) {
    case 'csat':
      return `${value.toFixed(1)} %`;
    case 'ces':
      return value.toFixed(2);
    default: {
      const rounded = metric === 'nps' ? Math.round(value).toString() : value.toFixed(1);
      return value > 0 ? `+${rounded}` : rounded;
    }
  }
}

/** Stored scores of one metric: a row per unit (and CX index criterion), a column per month. */
@Component({
  selector: 'exp-customer-metric-table',
  imports: [TranslocoPipe],
  template: `
    @if (rows().length === 0) {
      <p class="muted">{{ 'customerScores.table.none' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table class="metrics">
          <caption class="visually-hidden">{{ 'customerScores.table.caption' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'customerScores.unit' | transloco }}</th>
              @for (month of months(); track month) { <th scope="col" class="num">{{ month }}</th> }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr>
                <th scope="row">
                  {{ row.unit }}
                  @if (row.criterion) { <span class="criterion">· {{ row.criterion }}</span> }
                </th>
                @for (cell of row.cells; track $index) {
                  <td class="num" [attr.title]="cell ? ('customerScores.table.n' | transloco: { n: cell.n }) : null">
                    {{ cell ? format(cell) : '–' }}
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .metrics { width: 100%; border-collapse: collapse; font-size: .9375rem; }
    .metrics th, .metrics td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--mat-sys-outline-variant); white-space: nowrap; }
    .metrics thead th { font-size: .8125rem; color: var(--mat-sys-on-surface-variant); }
    .metrics .num { text-align: right; font-variant-numeric: tabular-nums; }
    .criterion { color: var(--mat-sys-on-surface-variant); font-weight: 400; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerMetricTableComponent {
  readonly metrics = input.required<CustomerMetricDto[]>();
  /** The columns, 'YYYY-MM', oldest first. */
  readonly months = input.required<string[]>();

  protected readonly rows = computed<TableRow[]>(() => {
    const months = this.months();
    const byRow = new Map<string, TableRow>();
    for (const m of this.metrics()) {
      const key = `${m.unitId}|${m.criterion}`;
      let row = byRow.get(key);
      if (!row) {
        row = { key, unit: m.unitName, criterion: m.criterion, cells: months.map(() => null) };
        byRow.set(key, row);
      }
      const column = months.indexOf(m.month);
      if (column >= 0) row.cells[column] = m;
    }
    return [...byRow.values()].sort((a, b) => a.unit.localeCompare(b.unit) || a.criterion.localeCompare(b.criterion));
  });

  protected format(cell: CustomerMetricDto): string {
    return formatMetricValue(cell.metric, cell.value);
  }
}
