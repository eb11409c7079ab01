import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountLanguage, DepartmentDto, InviteUserRequest, Role, UserAccount } from '@ex-pulse/contracts';
import { inject } from '@angular/core';

export const ROLES: readonly Role[] = ['admin', 'leader', 'manager'];

/** The invite form (no account given) or the role-and-scope form of an account. A manager needs a department. */
@Component({
  selector: 'exp-user-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="(account() ? 'users.editTitle' : 'users.inviteTitle') | transloco">
      <h2>{{ account() ? ('users.editTitle' | transloco: { name: account()!.name }) : ('users.inviteTitle' | transloco) }}</h2>
      @if (!account()) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.email' | transloco }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" required />
          @if (form.controls.email.invalid) {
            <mat-error>{{ 'users.emailInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (form.controls.name.invalid) {
            <mat-error>{{ 'users.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'users.role' | transloco }}</mat-label>
        <mat-select formControlName="role" data-testid="user-role">
          @for (role of roles; track role) {
            <mat-option [value]="role">{{ 'role.' + role | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (isManager()) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.scope' | transloco }}</mat-label>
          <mat-select formControlName="scopeDepartmentId" data-testid="user-scope">
            @for (d of departments(); track d.id) {
              <mat-option [value]="d.id">{{ d.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'users.scopeHint' | transloco }}</mat-hint>
          @if (form.controls.scopeDepartmentId.invalid) {
            <mat-error>{{ 'users.scopeRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'users.language' | transloco }}</mat-label>
        <mat-select formControlName="language" data-testid="user-language">
          <mat-option value="en">English</mat-option>
          <mat-option value="et">Eesti</mat-option>
        </mat-select>
        @if (!account()) {
          <mat-hint>{{ 'users.languageHint' | transloco }}</mat-hint>
        }
      </mat-form-field>
      <p class="error-text" role="alert">{{ error() }}</p>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ (account() ? 'users.save' : 'users.sendInvitation') | transloco }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'users.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    form { display: flex; flex-direction: column; gap: 4px; max-width: 480px; }
    h2 { font-size: 1.25rem; margin: 0 0 12px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .actions button { min-height: 44px; }
    .error-text:empty { display: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFormComponent {
  readonly account = input<UserAccount | null>(null);
  readonly departments = input.required<DepartmentDto[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly saved = output<InviteUserRequest>();
  readonly cancelled = output<void>();

  protected readonly roles = ROLES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    name: ['', Validators.required],
    role: ['manager' as Role, Validators.required],
    scopeDepartmentId: [''],
    language: ['en' as AccountLanguage],
  });
  private readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.form.controls.role.value });
  protected readonly isManager = computed(() => this.role() === 'manager');
  private readonly touchedLanguage = signal(false);

  constructor() {
    effect(() => {
      const account = this.account();
      if (!account) return;
      this.form.patchValue({
        email: account.email, name: account.name, role: account.role, scopeDepartmentId: account.scopeDepartmentId ?? '', language: account.language,
      });
    });
    this.form.controls.language.valueChanges.subscribe(() => this.touchedLanguage.set(true));
  }

  protected submit(): void {
    const scope = this.form.controls.scopeDepartmentId;
    scope.setErrors(this.isManager() && !scope.value ? { required: true } : null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, name, role, scopeDepartmentId, language } = this.form.getRawValue();
    this.saved.emit({
      email: email.trim(),
      name: name.trim(),
      role,
      scopeDepartmentId: role === 'manager' ? scopeDepartmentId : null,
      // An invitation without a chosen language takes the employee's (API), else English.
      ...(this.account() || this.touchedLanguage() ? { language } : {}),
    });
  }
}
