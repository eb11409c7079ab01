import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomerMetricIngestReport } from '@ex-pulse/contracts';
import { CsvImport } from '../shared/csv-import';
import { CustomerScoresApiService } from './customer-scores-api.service';

/** CSV upload of customer scores: all or nothing, with the problems of every rejected row. */
@Component({
  selector: 'exp-customer-metric-import',
  imports: [MatButtonModule, TranslocoPipe],
  templateUrl: './customer-metric-import.component.html',
  styleUrls: ['../employees/employee-import.component.scss', '../employees/import-report.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerMetricImportComponent extends CsvImport<CustomerMetricIngestReport> {
  private readonly api = inject(CustomerScoresApiService);

  protected upload(): void {
    this.send((file) => this.api.importCsv(file));
  }
}
