import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MIN_PASSWORD_LENGTH } from '@ex-pulse/domain';
import { PasswordLinkProblem, PasswordLinkState } from '@ex-pulse/contracts';
import { distinctUntilChanged, map } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { PasswordApiService } from './password-api.service';
import { passwordLinkProblem, tokenFromFragment } from './password-link-problem';

type State =
  | { kind: 'checking' }
  | { kind: 'ready'; link: PasswordLinkState }
  | { kind: 'refused'; problem: PasswordLinkProblem | 'missing' }
  | { kind: 'done'; purpose: PasswordLinkState['purpose'] };

function sameAsPassword(group: AbstractControl): ValidationErrors | null {
  const { password, repeat } = group.value as { password: string; repeat: string };
  return repeat && password !== repeat ? { mismatch: true } : null;
}

/** /set-password#<token> — from an invitation or a reset email: choose a password, then sign in. */
@Component({
  selector: 'exp-set-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, LanguageToggleComponent],
  templateUrl: './set-password-page.component.html',
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPageComponent {
  private readonly api = inject(PasswordApiService);
  private readonly transloco = inject(TranslocoService);
  private token: string | null = null;

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly state = signal<State>({ kind: 'checking' });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      repeat: ['', Validators.required],
    },
    { validators: sameAsPassword },
  );

  constructor() {
    inject(ActivatedRoute)
      .fragment.pipe(map(tokenFromFragment), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((token) => {
        this.token = token;
        if (!token) return this.state.set({ kind: 'refused', problem: 'missing' });
        this.state.set({ kind: 'checking' });
        this.api.check(token).subscribe({
          next: (link) => this.state.set({ kind: 'ready', link }),
          error: (err: unknown) => this.refuse(err),
        });
      });
  }

  protected submit(): void {
    const state = this.state();
    if (this.busy() || state.kind !== 'ready' || !this.token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.setPassword(this.token, this.form.getRawValue().password).subscribe({
      next: () => {
        this.busy.set(false);
        this.state.set({ kind: 'done', purpose: state.link.purpose });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        if (passwordLinkProblem(err)) this.refuse(err);
        else this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }

  private refuse(err: unknown): void {
    const problem = passwordLinkProblem(err);
    if (problem) this.state.set({ kind: 'refused', problem });
    else this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
  }
}
