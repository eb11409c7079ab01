import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AnalyticsLinkage } from '@ex-pulse/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel, signed } from '../dashboard/enps-format';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { LinkageApiService } from './linkage-api.service';
import { customerValue } from './linkage-format';
import { LinkageParams, linkageKey, monthsBetween, shiftMonth } from './linkage-query';

/**
 * Every unit month by month: "eNPS / customer score", withheld employee months drawn as withheld, internal CSAT where the unit serves others.
 * The months come with their own request (include=months), made when the details are first opened and again when the query has changed.
 */
@Component({
  selector: 'exp-linkage-units-table',
  imports: [TranslocoPipe, LoadingBarComponent],
  template: `
    <details #details class="units" data-testid="linkage-units" (toggle)="opened.set(details.open)">
      <summary>{{ 'linkage.units.summary' | transloco: { count: linkage().units.length } }}</summary>
      <exp-loading-bar [active]="loading()" />
      <p class="visually-hidden" aria-live="polite">{{ loading() ? ('common.loading' | transloco) : '' }}</p>
      @if (error(); as error) {
        <p class="error-text" role="alert" data-testid="linkage-units-error">{{ error }}</p>
      }
      @if (detail(); as l) {
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
      }
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
  /** The page's answer (units without months): the summary counts its units without a request. */
  readonly linkage = input.required<AnalyticsLinkage>();
  /** The page's query; null months mean the API's default window, asked for here as the window of `linkage`. */
  readonly query = input.required<LinkageParams>();
  private readonly api = inject(LinkageApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly opened = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The answer with months for the last query asked (kept on screen while the next one loads). */
  protected readonly detail = signal<AnalyticsLinkage | null>(null);

  /** The months' query: the page's, in the window the page shows. */
  private readonly request = computed<LinkageParams>(
    () => {
      const q = this.query();
      const l = this.linkage();
      return { from: q.from ?? l.from, to: q.to ?? l.to, metric: q.metric, lag: q.lag };
    },
    { equal: (a, b) => linkageKey(a) === linkageKey(b) },
  );
  /** The key of the months shown or on their way; null after a failure, so that opening again tries again. */
  private fetched: string | null = null;

  protected readonly months = computed(() => {
    const l = this.detail();
    if (!l) return [];
    const lang = this.language.current();
    return monthsBetween(l.from, l.to).map((key) => ({ key, label: monthLabel(key, lang), customer: monthLabel(shiftMonth(key, l.lag), lang) }));
  });
  protected readonly rows = computed(() => {
    const l = this.detail();
    if (!l) return [];
    const lang = this.language.current();
    return l.units.map((u) => ({
      key: u.key,
      label: u.label,
      cells: (u.months ?? []).map((c) => ({
        month: c.month,
        withheld: c.employeeWithheld,
        enps: c.enps === null ? '–' : signed(c.enps),
        customer: c.customer === null ? '–' : customerValue(c.customer, l.metric, lang),
        internalCsat: c.internalCsat === null ? null : `${Math.round(c.internalCsat)}%`,
      })),
    }));
  });

  constructor() {
    toObservable(computed(() => (this.opened() ? this.request() : null)))
      .pipe(
        filter((q): q is LinkageParams => q !== null && linkageKey(q) !== this.fetched),
        tap((q) => {
          this.fetched = linkageKey(q);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((q) => toLoadResult(this.api.linkage(q, { months: true }), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        if (error) this.fetched = null;
        this.loading.set(false);
        this.error.set(error);
        this.detail.set(data);
      });
  }
}
