import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DepartmentDto, DepartmentInput } from '@ex-pulse/contracts';
import { departmentOptions } from '../employees/department-options';
import { subtreeIds } from './department-tree';

/** The "top level" choice of the parent select (a select cannot hold null and show a label for it). */
export const TOP_LEVEL = '';

/**
 * Create or change one department: name, parent (never itself or below itself; the API refuses
 * that too), customer-facing and internal-provider flags. The API's message shows under the form.
 */
@Component({
  selector: 'exp-department-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  templateUrl: './department-form.component.html',
  styleUrl: './department-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentFormComponent {
  readonly departments = input.required<readonly DepartmentDto[]>();
  /** The department being changed; null for a new one. */
  readonly department = input<DepartmentDto | null>(null);
  /** A new department's parent, chosen before the form opened. */
  readonly parentId = input<string | null>(null);
  readonly saving = input(false);
  /** The API's answer to the last save, when it refused. */
  readonly error = input<string | null>(null);
  readonly save = output<DepartmentInput>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    parentId: new FormControl(TOP_LEVEL, { nonNullable: true }),
    customerFacing: new FormControl(false, { nonNullable: true }),
    internalProvider: new FormControl(false, { nonNullable: true }),
  });
  protected readonly TOP_LEVEL = TOP_LEVEL;
  /** Every department it may hang under, indented as in the tree. */
  protected readonly parents = computed(() => {
    const self = this.department();
    const excluded = self ? subtreeIds(this.departments(), self.id) : new Set<string>();
    return departmentOptions(this.departments()).filter((o) => !excluded.has(o.id));
  });

  constructor() {
    effect(() => {
      const d = this.department();
      this.form.reset({
        name: d?.name ?? '',
        parentId: (d ? d.parentId : this.parentId()) ?? TOP_LEVEL,
        customerFacing: d?.customerFacing ?? false,
        internalProvider: d?.internalProvider ?? false,
      });
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    this.save.emit({ ...v, parentId: v.parentId === TOP_LEVEL ? null : v.parentId });
  }
}
