import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { ImportReport } from '@ex-pulse/contracts';
import { CsvImport } from '../shared/csv-import';
import { EmployeesApiService, ImportMode, SAMPLE_CSV_URL } from './employees-api.service';
import { ImportReportComponent } from './import-report.component';

/** CSV import: all-or-nothing first; when rows fail, offer to import only the valid ones. */
@Component({
  selector: 'exp-employee-import',
  imports: [MatButtonModule, TranslocoPipe, ImportReportComponent],
  templateUrl: './employee-import.component.html',
  styleUrl: './employee-import.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeImportComponent extends CsvImport<ImportReport> {
  private readonly api = inject(EmployeesApiService);

  protected readonly sampleUrl = SAMPLE_CSV_URL;

  protected upload(mode: ImportMode): void {
    this.send((file) => this.api.importCsv(file, mode));
  }
}
