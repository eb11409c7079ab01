import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DevMailPage } from '@ex-pulse/contracts';
import { Subject, combineLatest, map, startWith, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { TranslatedPaginatorIntl } from '../employees/paginator-intl';
import { formatInstant } from '../shared/format-instant';
import { MailMessageComponent } from './mail-message.component';
import { MailboxApiService } from './mailbox-api.service';

/** /mailbox — the emails "sent" while no SMTP server is configured, newest first. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-mailbox-page',
  imports: [LoadingBarComponent, MatButtonModule, MatPaginatorModule, TranslocoPipe, MailMessageComponent],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './mailbox-page.component.html',
  styleUrl: './mailbox-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxPageComponent {
  private readonly api = inject(MailboxApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly reloads = new Subject<void>();
  private readonly message = viewChild(MailMessageComponent);

  protected readonly pageNumber = signal(1);
  protected readonly mailbox = signal<DevMailPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.mailbox()?.items ?? []).map((mail) => ({ mail, deliveredAt: formatInstant(mail.deliveredAt, lang) }));
  });
  protected readonly selected = computed(() => this.mailbox()?.items.find((m) => m.id === this.selectedId()) ?? null);

  constructor() {
    combineLatest([toObservable(this.pageNumber), this.reloads.pipe(startWith(undefined))])
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(([page]) =>
          toLoadResult(this.api.page(page), this.transloco.translate('common.networkError')),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.mailbox.set(data);
      });
  }

  /** Open a message and move focus to it (below the list on narrow screens). */
  protected select(id: string): void {
    this.selectedId.set(id);
    afterNextRender(() => this.message()?.focus(), { injector: this.injector });
  }

  protected onPage(event: PageEvent): void {
    this.selectedId.set(null);
    this.pageNumber.set(event.pageIndex + 1);
  }

  protected refresh(): void {
    this.reloads.next();
  }
}
