import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { InviteUserRequest, UserAccount } from '@ex-pulse/contracts';
import { Observable, Subject, catchError, of, startWith, switchMap, tap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { apiErrorMessage } from '../core/http/api-error';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { EmployeesApiService } from '../employees/employees-api.service';
import { formatInstant } from '../shared/format-instant';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { UserFormComponent } from './user-form.component';
import { UsersApiService } from './users-api.service';

/** What the form panel is doing: inviting someone, or changing one account's role and scope. */
type Editing = { kind: 'invite' } | { kind: 'edit'; account: UserAccount } | null;

/** /users — HR's accounts: who can sign in, with which role and (for managers) which part of the organisation. */
@Component({
  selector: 'exp-users-page',
  imports: [LoadingBarComponent, MatButtonModule, TranslocoPipe, UserFormComponent],
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPageComponent {
  private readonly api = inject(UsersApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly reloads = new Subject<void>();
  protected readonly me = inject(AuthService).user;

  protected readonly departments = toSignal(inject(EmployeesApiService).departments().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly accounts = signal<UserAccount[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal<Editing>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The account whose deactivation waits for a second click. */
  protected readonly confirming = signal<string | null>(null);

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.accounts().map((account) => ({
      account,
      since: formatInstant(account.createdAt, lang),
      expires: account.invitationExpiresAt ? formatInstant(account.invitationExpiresAt, lang) : null,
    }));
  });
  protected readonly editedAccount = computed(() => {
    const e = this.editing();
    return e?.kind === 'edit' ? e.account : null;
  });

  constructor() {
    this.reloads
      .pipe(
        startWith(undefined),
        tap(() => this.loading.set(true)),
        switchMap(() => toLoadResult(this.api.list(), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (data) this.accounts.set(data);
      });
  }

  protected openInvite(): void {
    this.formError.set(null);
    this.notice.set(null);
    this.editing.set({ kind: 'invite' });
  }

  protected openEdit(account: UserAccount): void {
    this.formError.set(null);
    this.notice.set(null);
    this.editing.set({ kind: 'edit', account });
  }

  protected save(request: InviteUserRequest): void {
    const editing = this.editing();
    if (!editing) return;
    const call =
      editing.kind === 'invite'
        ? this.api.invite(request)
        : this.api.update(editing.account.id, { role: request.role, scopeDepartmentId: request.scopeDepartmentId ?? null, language: request.language });
    const done = editing.kind === 'invite' ? 'users.invited' : 'users.saved';
    this.run(call, (account) => {
      this.editing.set(null);
      this.notice.set(this.transloco.translate(done, { email: account.email }));
    }, (message) => this.formError.set(message));
  }

  protected askDeactivate(account: UserAccount): void {
    this.confirming.set(account.id);
  }

  protected deactivate(account: UserAccount): void {
    this.confirming.set(null);
    this.run(this.api.deactivate(account.id), () => this.notice.set(this.transloco.translate('users.deactivated', { email: account.email })));
  }

  protected reactivate(account: UserAccount): void {
    this.run(this.api.reactivate(account.id), () => this.notice.set(this.transloco.translate('users.reactivated', { email: account.email })));
  }

  protected resend(account: UserAccount): void {
    this.run(this.api.resendInvitation(account.id), () => this.notice.set(this.transloco.translate('users.resent', { email: account.email })));
  }

  /** One change at a time; the list reloads after it, and a refusal is said where it was asked. */
  private run(call: Observable<UserAccount>, ok: (account: UserAccount) => void, failed?: (message: string) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    call.subscribe({
      next: (account) => {
        this.busy.set(false);
        ok(account);
        this.reloads.next();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const message = apiErrorMessage(err, this.transloco.translate('common.networkError'));
        if (failed) failed(message);
        else this.error.set(message);
      },
    });
  }
}
