import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DepartmentEnpsRow } from '@ex-pulse/contracts';
import { inTreeOrder } from './enps-format';
import { EnpsTableComponent } from './enps-table.component';

/** Departments in tree order, indented by depth, withheld ones included with the reason. */
@Component({
  selector: 'exp-department-enps-table',
  imports: [TranslocoPipe, EnpsTableComponent],
  template: `
    <exp-enps-table
      [rows]="rows()"
      [k]="k()"
      [groupHeader]="'dashboard.departments.department' | transloco"
      [caption]="'dashboard.departments.title' | transloco"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentEnpsTableComponent {
  readonly departments = input.required<readonly DepartmentEnpsRow[]>();
  readonly k = input.required<number>();
  protected readonly rows = computed(() => inTreeOrder(this.departments()));
}
