import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FailedDelivery } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { formatInstant } from '../shared/format-instant';

/** Messages the delivery worker gave up on, so HR can fix the address or the mail server. */
@Component({
  selector: 'exp-failed-deliveries',
  imports: [TranslocoPipe],
  template: `
    @if (shown().length === 0) {
      <p class="muted none">{{ 'delivery.failures.none' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table class="failures">
          <caption class="visually-hidden">{{ 'delivery.failures.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'delivery.failures.recipient' | transloco }}</th>
              <th scope="col">{{ 'delivery.failures.message' | transloco }}</th>
              <th scope="col" class="num">{{ 'delivery.failures.attempts' | transloco }}</th>
              <th scope="col">{{ 'delivery.failures.reason' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of shown(); track f.id) {
              <tr>
                <td class="to">{{ f.to }}</td>
                <td>
                  <span class="block">{{ f.programmeName }} · {{ 'delivery.failures.kind.' + f.kind | transloco }}</span>
                  <span class="block muted small">{{ f.created }}</span>
                </td>
                <td class="num">{{ f.attempts }}</td>
                <td class="reason">{{ f.lastError ?? ('delivery.failures.noReason' | transloco) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .none { margin: 0; }
    .failures { width: 100%; min-width: 720px; border-collapse: collapse; font-size: .9375rem; }
    th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    th { font-size: .8125rem; color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .to { overflow-wrap: anywhere; }
    .block { display: block; }
    .small { font-size: .8125rem; }
    .reason { color: var(--mat-sys-error); overflow-wrap: anywhere; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FailedDeliveriesComponent {
  private readonly language = inject(LanguageService);
  readonly failures = input.required<readonly FailedDelivery[]>();
  protected readonly shown = computed(() => {
    const lang = this.language.current();
    return this.failures().map((f) => ({ ...f, created: formatInstant(f.createdAt, lang) }));
  });
}
