import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EmployeeDto } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { apiErrorBody, apiErrorMessage, isTransientError } from '../../core/http/api-error';
import { DepartmentOption } from '../department-options';
import { EmployeesApiService } from '../employees-api.service';
import { EmployeeField, employeeForm, fillEmployeeForm, sortMessages, toEmployeeInput } from './employee-form';

/**
 * Add or change one employee, notice and end date included, or delete them (erasing their personal
 * data). The API validates as the import does; each of its messages shows under the field it names.
 */
@Component({
  selector: 'exp-employee-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  templateUrl: './employee-form.component.html',
  styleUrl: './employee-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeFormComponent {
  private readonly api = inject(EmployeesApiService);
  private readonly transloco = inject(TranslocoService);

  /** The employee being changed; null for a new one. */
  readonly employee = input<EmployeeDto | null>(null);
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly saved = output<EmployeeDto>();
  readonly deleted = output<void>();
  readonly cancelled = output<void>();

  protected readonly form = employeeForm();
  protected readonly saving = signal(false);
  protected readonly confirmingDelete = signal(false);
  /** Messages that name no field (or a network failure). */
  protected readonly general = signal<string[]>([]);

  constructor() {
    effect(() => {
      fillEmployeeForm(this.form, this.employee());
      this.general.set([]);
      this.confirmingDelete.set(false);
    });
  }

  protected serverError(field: EmployeeField): string | null {
    const errors = this.form.controls[field].errors;
    return typeof errors?.['server'] === 'string' ? errors['server'] : null;
  }

  protected submit(): void {
    const current = this.employee();
    const input = toEmployeeInput(this.form, current?.managerId ?? null);
    const call: Observable<EmployeeDto> = current ? this.api.update(current.id, input) : this.api.create(input);
    this.run(call, (employee) => this.saved.emit(employee));
  }

  protected remove(): void {
    const current = this.employee();
    if (current) this.run(this.api.remove(current.id), () => this.deleted.emit());
  }

  private run<T>(call: Observable<T>, done: (value: T) => void): void {
    this.saving.set(true);
    this.general.set([]);
    call.subscribe({
      next: (value) => {
        this.saving.set(false);
        done(value);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.confirmingDelete.set(false);
        this.showErrors(err);
      },
    });
  }

  private showErrors(err: unknown): void {
    const body = apiErrorBody(err);
    if (!body || isTransientError(err)) {
      this.general.set([apiErrorMessage(err, this.transloco.translate('common.networkError'))]);
      return;
    }
    const { fields, general } = sortMessages(Array.isArray(body.message) ? body.message : [body.message]);
    for (const [field, messages] of Object.entries(fields) as [EmployeeField, string[]][]) {
      const control = this.form.controls[field];
      control.setErrors({ server: messages.join(' ') });
      control.markAsTouched();
    }
    this.general.set(general);
  }
}
