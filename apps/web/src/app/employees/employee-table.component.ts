import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmployeeDto } from '@ex-pulse/contracts';

/** One page of the employee directory. */
@Component({
  selector: 'exp-employee-table',
  imports: [MatButtonModule, MatTableModule, RouterLink, TranslocoPipe],
  templateUrl: './employee-table.component.html',
  styleUrl: './employee-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeTableComponent {
  readonly employees = input.required<readonly EmployeeDto[]>();
  /** Admins get an Edit button per row. */
  readonly editable = input(false);
  readonly edit = output<EmployeeDto>();
  protected readonly columns = computed(() => [
    'name', 'externalId', 'department', 'manager', 'location', 'startDate', 'phase', 'tenureBand',
    ...(this.editable() ? ['actions'] : []),
  ]);
}
