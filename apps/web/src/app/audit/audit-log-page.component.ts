import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuditLogPage } from '@ex-pulse/contracts';
import { switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { TranslatedPaginatorIntl } from '../employees/paginator-intl';
import { formatInstant } from '../shared/format-instant';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { AuditApiService } from './audit-api.service';
import { auditDetails } from './audit-details';

/** /audit-log — who changed what in the set-up, and when, newest first. No answers or comments are ever here. */
@Component({
  selector: 'exp-audit-log-page',
  imports: [LoadingBarComponent, MatPaginatorModule, TranslocoPipe],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  template: `
    <div class="page">
      <h1>{{ 'auditLog.title' | transloco }}</h1>
      <p class="muted intro">{{ 'auditLog.intro' | transloco }}</p>
      <exp-loading-bar class="progress" [active]="loading()" />
      @if (error(); as error) {
        <p class="card error-text" role="alert">{{ error }}</p>
      }
      <section class="card">
        <div class="table-scroll">
          <table class="audit">
            <caption class="visually-hidden">{{ 'auditLog.title' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'auditLog.when' | transloco }}</th>
                <th scope="col">{{ 'auditLog.who' | transloco }}</th>
                <th scope="col">{{ 'auditLog.what' | transloco }}</th>
                <th scope="col">{{ 'auditLog.target' | transloco }}</th>
                <th scope="col">{{ 'auditLog.details' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.entry.id) {
                <tr>
                  <td class="nowrap">{{ row.at }}</td>
                  <td class="wrap">{{ row.entry.actorEmail }}</td>
                  <td>{{ row.actionKey | transloco }}</td>
                  <td class="wrap">{{ row.entry.targetLabel ?? ('auditLog.targets.' + row.entry.targetType | transloco) }}</td>
                  <td class="wrap muted">{{ row.details }}</td>
                </tr>
              } @empty {
                <tr><td class="empty" colspan="5">{{ (loading() ? 'common.loading' : 'auditLog.empty') | transloco }}</td></tr>
              }
            </tbody>
          </table>
        </div>
        @if (log(); as log) {
          @if (log.total > log.pageSize) {
            <mat-paginator [length]="log.total" [pageIndex]="log.page - 1" [pageSize]="log.pageSize" [hidePageSize]="true"
                           [showFirstLastButtons]="true" (page)="onPage($event)" />
          }
        }
      </section>
    </div>
  `,
  styles: `
    h1 { font-size: 1.75rem; margin: 0 0 4px; }
    .intro { margin: 0 0 12px; }
    .progress { height: 4px; margin-bottom: 12px; }
    .audit { width: 100%; min-width: 720px; border-collapse: collapse; font-size: .9375rem; }
    th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    th { font-size: .8125rem; color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    .wrap { overflow-wrap: anywhere; }
    .empty { padding: 24px 10px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPageComponent {
  private readonly api = inject(AuditApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly pageNumber = signal(1);
  protected readonly log = signal<AuditLogPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.log()?.items ?? []).map((entry) => ({
      entry,
      at: formatInstant(entry.at, lang),
      details: auditDetails(entry),
      // Translation keys nest at dots: user.invited → auditLog.actions.user_invited.
      actionKey: `auditLog.actions.${entry.action.replace('.', '_')}`,
    }));
  });

  constructor() {
    toObservable(this.pageNumber)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((page) => toLoadResult(this.api.page(page), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.log.set(data);
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageNumber.set(event.pageIndex + 1);
  }
}
