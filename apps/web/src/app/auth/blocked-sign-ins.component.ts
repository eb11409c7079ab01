import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { BlockedSignIn } from '@ex-pulse/contracts';
import { catchError, map, of } from 'rxjs';
import { LanguageService } from '../core/i18n/language.service';
import { formatInstant } from '../shared/format-instant';
import { BlockedSignInsApiService } from './blocked-sign-ins-api.service';

/** HR: refused sign-in attempts of the last 30 days, per hour, limit, account and client address. */
@Component({
  selector: 'exp-blocked-sign-ins',
  imports: [TranslocoPipe],
  template: `
    <p class="muted intro">{{ 'blockedSignIns.intro' | transloco }}</p>
    @if (state(); as s) {
      @if (s.failed) {
        <p class="error-text" role="alert">{{ 'blockedSignIns.loadFailed' | transloco }}</p>
      } @else if (shown().length === 0) {
        <p class="muted none">{{ 'blockedSignIns.none' | transloco }}</p>
      } @else {
        <div class="table-scroll">
          <table class="blocked">
            <caption class="visually-hidden">{{ 'blockedSignIns.title' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'blockedSignIns.lastAt' | transloco }}</th>
                <th scope="col">{{ 'blockedSignIns.account' | transloco }}</th>
                <th scope="col">{{ 'blockedSignIns.address' | transloco }}</th>
                <th scope="col">{{ 'blockedSignIns.limit' | transloco }}</th>
                <th scope="col" class="num">{{ 'blockedSignIns.attempts' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of shown(); track $index) {
                <tr>
                  <td class="when">{{ row.last }}</td>
                  <td class="who">
                    @if (row.account; as account) {
                      <span class="block">{{ account.name }}</span>
                      <span class="block muted small">{{ account.email }}</span>
                    } @else {
                      <span class="block">{{ row.emailHint }}</span>
                      <span class="block muted small">{{ 'blockedSignIns.noAccount' | transloco }}</span>
                    }
                  </td>
                  <td class="address">{{ row.address }}</td>
                  <td>{{ 'blockedSignIns.limits.' + row.limit | transloco }}</td>
                  <td class="num">{{ row.attempts }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .intro, .none { margin: 0 0 12px; }
    .blocked { width: 100%; min-width: 640px; border-collapse: collapse; font-size: .9375rem; }
    th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    th { font-size: .8125rem; color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .when { white-space: nowrap; }
    .who, .address { overflow-wrap: anywhere; }
    .block { display: block; }
    .small { font-size: .8125rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BlockedSignInsComponent {
  private readonly language = inject(LanguageService);
  protected readonly state = toSignal(
    inject(BlockedSignInsApiService).list().pipe(
      map((rows) => ({ rows, failed: false })),
      catchError(() => of({ rows: [] as BlockedSignIn[], failed: true })),
    ),
  );
  protected readonly shown = computed(() => {
    const lang = this.language.current();
    return (this.state()?.rows ?? []).map((row) => ({ ...row, last: formatInstant(row.lastAt, lang) }));
  });
}
