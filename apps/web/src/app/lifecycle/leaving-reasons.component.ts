import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LeavingReasons } from '@ex-pulse/contracts';
import { isLeavingReason, LEAVING_REASONS } from '@ex-pulse/domain';
import { periodLabel } from '../analytics/analytics-format';
import { LanguageService } from '../core/i18n/language.service';
import { CountBar, CountBarsComponent } from './count-bars.component';

/** Reasons for leaving from exit answers: bars for the reasons that may be shown, every reason in the table. */
@Component({
  selector: 'exp-leaving-reasons',
  imports: [TranslocoPipe, CountBarsComponent],
  template: `
    @if (reasons().withheld; as withheld) {
      <p class="muted withheld-all">{{ 'lifecycle.reasons.allWithheld.' + withheld | transloco: { k: k() } }}</p>
    } @else {
      @if (pooled(); as pooled) {
        <p class="pooled">{{ 'lifecycle.reasons.pooled' | transloco: { pool: pooled, k: k() } }}</p>
      }
      <p class="total">{{ 'lifecycle.reasons.total' | transloco: { n: reasons().n } }}</p>
      @if (bars().length > 0) {
        <exp-count-bars [bars]="bars()" [label]="'lifecycle.reasons.chartLabel' | transloco" />
      }
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{{ 'lifecycle.reasons.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'lifecycle.reasons.reason' | transloco }}</th>
              <th scope="col" class="num">{{ 'lifecycle.reasons.answers' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.reason) {
              <tr [class.withheld]="row.withheld">
                <th scope="row">{{ row.label }}</th>
                @if (row.withheld) {
                  <td class="muted">{{ 'lifecycle.reasons.withheld.' + row.withheld | transloco: { k: k() } }}</td>
                } @else {
                  <td class="num">{{ row.n }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    <p class="muted note">{{ 'lifecycle.reasons.note' | transloco: { k: k() } }}</p>
  `,
  styles: `
    .total, .pooled { margin: 0 0 8px; }
    .note { font-size: .8125rem; margin: 12px 0 0; }
  `,
  styleUrls: ['./lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeavingReasonsComponent {
  readonly reasons = input.required<LeavingReasons>();
  /** The period the page shows; the reasons may be pooled over a longer one around it. */
  readonly period = input.required<string>();
  readonly k = input.required<number>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.reasons().reasons.map((r) => ({ ...r, label: this.label(r.reason, lang) }));
  });
  /** The quarter, half or year the reasons are pooled over, named; null when they are the page's period's own. */
  protected readonly pooled = computed(() => {
    const pool = this.reasons().period;
    return pool === this.period() ? null : periodLabel(pool, this.language.current());
  });
  protected readonly bars = computed<CountBar[]>(() =>
    this.rows()
      .filter((r) => !r.withheld && r.n !== null)
      .map((r) => ({ key: r.reason, label: r.label, value: r.n ?? 0 })),
  );

  /** The exit survey's own wording of the choice, in the page's language; an unknown key as readable text. */
  private label(reason: string, lang: string): string {
    if (isLeavingReason(reason)) return LEAVING_REASONS[reason][lang === 'et' ? 'et' : 'en'];
    const fallback = reason.replace(/_/g, ' ');
    return this.transloco.translate('lifecycle.reasons.unknown', { reason: fallback }, lang);
  }
}
