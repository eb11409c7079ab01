import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SsoRefusal } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/return-url';
import { apiErrorMessage, httpStatus } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { signInRefusalText } from './sign-in-refusal';
import { SignInMethodsApiService } from './sign-in-methods-api.service';

const SSO_REFUSALS: readonly SsoRefusal[] = ['unknown-user', 'unverified-email', 'expired', 'failed'];

/**
 * /login: email and password (unless LOCAL_PASSWORDS=false) and "Sign in with …" when single sign-on
 * is configured, then back to returnUrl or the dashboard; `?sso=<code>` says why a single sign-on was refused.
 */
@Component({
  selector: 'exp-login-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, LanguageToggleComponent],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly methods = toSignal(inject(SignInMethodsApiService).methods(), { initialValue: null });
  /** The form shows until the API says passwords are off. */
  protected readonly passwordOn = computed(() => this.methods()?.password !== false);
  protected readonly sso = computed(() => {
    const oidc = this.methods()?.oidc;
    if (!oidc) return null;
    const returnTo = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
    return { label: oidc.label, href: `${oidc.startUrl}?returnTo=${encodeURIComponent(returnTo)}` };
  });
  protected readonly ssoRefusal = (() => {
    const code = this.route.snapshot.queryParamMap.get('sso') as SsoRefusal | null;
    return code && SSO_REFUSALS.includes(code) ? `login.sso.refused.${code}` : null;
  })();

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: () => {
        const target = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
        void this.router.navigateByUrl(target);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(this.messageFor(err));
      },
    });
  }

  private messageFor(err: unknown): string {
    switch (httpStatus(err)) {
      case 401:
        return this.transloco.translate('login.wrongCredentials');
      case 429:
        return signInRefusalText(err, (key, params) => this.transloco.translate(key, params)) ?? this.transloco.translate('login.tooManyAttempts');
      default:
        return apiErrorMessage(err, this.transloco.translate('common.networkError'));
    }
  }
}
