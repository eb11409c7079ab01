import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CustomerMetricIngestReport } from '@ex-pulse/contracts';
import { apiErrorBody, apiErrorMessage, httpStatus } from '../core/http/api-error';
import { CustomerScoresApiService } from './customer-scores-api.service';

type ImportOutcome =
  | { kind: 'applied'; report: CustomerMetricIngestReport }
  | { kind: 'rejected'; report: CustomerMetricIngestReport }
  | { kind: 'error'; message: string };

/** CSV upload of customer scores: all or nothing, with the problems of every rejected row. */
@Component({
  selector: 'exp-customer-metric-import',
  imports: [MatButtonModule, TranslocoPipe],
  templateUrl: './customer-metric-import.component.html',
  styleUrls: ['../employees/employee-import.component.scss', '../employees/import-report.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerMetricImportComponent {
  private readonly api = inject(CustomerScoresApiService);
  private readonly transloco = inject(TranslocoService);

  /** Stored scores changed. */
  readonly imported = output<CustomerMetricIngestReport>();

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<ImportOutcome | null>(null);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected chooseFile(): void {
    this.fileInput().nativeElement.click();
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.outcome.set(null);
  }

  protected upload(): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.api.importCsv(file).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.outcome.set({ kind: 'applied', report });
        this.file.set(null);
        this.fileInput().nativeElement.value = '';
        this.imported.emit(report);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const report = apiErrorBody(err)?.['report'] as CustomerMetricIngestReport | undefined;
        if (httpStatus(err) === 422 && report) this.outcome.set({ kind: 'rejected', report });
        else this.outcome.set({ kind: 'error', message: apiErrorMessage(err, this.transloco.translate('common.networkError')) });
      },
    });
  }
}
