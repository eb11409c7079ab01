import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { PasswordApiService } from './password-api.service';

/** /forgot-password — asks for a reset link; the answer is the same whether or not the address has an account. */
@Component({
  selector: 'exp-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, LanguageToggleComponent],
  template: `
    <main class="login">
      <div class="login__card">
        <div class="login__head">
          <p class="login__brand">EX Pulse</p>
          <exp-language-toggle />
        </div>
        <h1>{{ 'password.forgotTitle' | transloco }}</h1>
        @if (sent()) {
          <p role="status">{{ 'password.sent' | transloco }}</p>
          <p><a routerLink="/login">{{ 'password.backToSignIn' | transloco }}</a></p>
        } @else {
          <p>{{ 'password.forgotIntro' | transloco }}</p>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'login.email' | transloco }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="username" required />
              @if (form.controls.email.invalid) {
                <mat-error>{{ 'login.emailInvalid' | transloco }}</mat-error>
              }
            </mat-form-field>
            <p class="login__error" role="alert">{{ error() }}</p>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'password.sendLink' | transloco }}</button>
          </form>
          <p><a routerLink="/login">{{ 'password.backToSignIn' | transloco }}</a></p>
        }
      </div>
    </main>
  `,
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPageComponent {
  private readonly api = inject(PasswordApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.requestReset(this.form.getRawValue().email.trim()).subscribe({
      next: () => this.sent.set(true),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
