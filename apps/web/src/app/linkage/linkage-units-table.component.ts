import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsLinkage } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel, signed } from '../dashboard/enps-format';
import { customerValue } from './linkage-format';
import { monthsBetween, shiftMonth } from './linkage-query';

/** Every unit month by month: "eNPS / customer score", withheld employee months drawn as withheld, internal CSAT where the unit serves others. */
@Component({
  selector: 'exp-linkage-units-table',
  imports: [TranslocoPipe],
  template: `
    @let l = linkage();
    <details class="units" data-testid="linkage-units">
      <summary>{{ 'linkage.units.summary' | transloco: { count: l.units.length } }}</summary>
      <p class="muted note">
        {{ 'linkage.units.intro' | transloco: { measure: ('linkage.measure.' + l.metric | transloco), when: ('linkage.sentence.when.' + l.lag | transloco) } }}
      </p>
      <div class="table-scroll">
        <table class="grid">
          <caption class="visually-hidden">{{ 'linkage.units.caption' | transloco: { measure: ('linkage.measure.' + l.metric | transloco) } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'linkage.unit' | transloco }}</th>
              @for (m of months(); track m.key) {
                <th scope="col" class="grid__month">
                  {{ m.label }}
                  @if (l.lag > 0) { <span class="grid__later">{{ 'linkage.units.customerMonth' | transloco: { month: m.customer } }}</span> }
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr data-testid="linkage-unit-row" [attr.data-unit]="row.key">
                <th scope="row">{{ row.label }}</th>
                @for (c of row.cells; track c.month) {
                  <td class="cell" data-testid="linkage-cell" [attr.data-month]="c.month" [attr.data-withheld]="c.withheld">
                    @if (c.withheld) {
                      <span class="cell__withheld" [title]="'enps.withheld.' + c.withheld | transloco: { k: l.k }">{{ 'linkage.units.withheld' | transloco }}</span>
                      <span class="visually-hidden">{{ 'enps.withheld.' + c.withheld | transloco: { k: l.k } }}</span>
                    } @else {
                      <span class="cell__enps">{{ c.enps }}</span>
                    }
                    <span class="cell__sep" aria-hidden="true">/</span>
                    <span class="cell__cx">{{ c.customer }}</span>
                    @if (c.internalCsat) {
                      <span class="cell__internal" data-testid="internal-csat">{{ 'linkage.units.internalCsat' | transloco: { value: c.internalCsat } }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styles: `
    .units summary { cursor: pointer; font-weight: 500; color: var(--mat-sys-primary); padding: 4px 0; }
    .note { font-size: .875rem; margin: 8px 0; }
    .grid { border-collapse: collapse; font-size: .8125rem; }
    .grid th, .grid td { padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; }
    .grid thead th { font-weight: 600; color: var(--mat-sys-on-surface-variant); white-space: nowrap; vertical-align: bottom; }
    .grid tbody th { font-weight: 500; white-space: nowrap; }
    .grid__later { display: block; font-weight: 400; font-size: .75rem; }
    .cell { position: relative; white-space: nowrap; font-variant-numeric: tabular-nums; text-align: center !important; }
    .cell__enps { font-weight: 600; }
    .cell__sep { margin: 0 3px; color: var(--mat-sys-on-surface-variant); }
    .cell__withheld {
      display: inline-block; padding: 0 4px; border-radius: 3px; font-style: italic; font-size: .75rem; color: var(--mat-sys-on-surface-variant);
      background: repeating-linear-gradient(45deg, #e0e0e0 0 6px, #f5f5f5 6px 12px);
    }
    .cell__internal { display: block; font-size: .75rem; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkageUnitsTableComponent {
  readonly linkage = input.required<AnalyticsLinkage>();
  private readonly language = inject(LanguageService);

  protected readonly months = computed(() => {
    const { from, to, lag } = this.linkage();
    const lang = this.language.current();
    return monthsBetween(from, to).map((key) => ({ key, label: monthLabel(key, lang), customer: monthLabel(shiftMonth(key, lag), lang) }));
  });
  protected readonly rows = computed(() => {
    const { units, metric } = this.linkage();
    const lang = this.language.current();
    return units.map((u) => ({
      key: u.key,
      label: u.label,
      cells: u.months.map((c) => ({
        month: c.month,
        withheld: c.employeeWithheld,
        enps: c.enps === null ? '–' : signed(c.enps),
        customer: c.customer === null ? '–' : customerValue(c.customer, metric, lang),
        internalCsat: c.internalCsat === null ? null : `${Math.round(c.internalCsat)}%`,
      })),
    }));
  });
}
