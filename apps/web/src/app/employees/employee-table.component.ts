import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmployeeDto } from '@ex-pulse/contracts';

/** One page of the employee directory. */
@Component({
  selector: 'exp-employee-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe],
  templateUrl: './employee-table.component.html',
  styleUrl: './employee-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeTableComponent {
  readonly employees = input.required<readonly EmployeeDto[]>();
  protected readonly columns = [
    'name', 'externalId', 'department', 'manager', 'location', 'startDate', 'phase', 'tenureBand',
  ];
}
