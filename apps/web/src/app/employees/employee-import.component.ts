import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ImportReport } from '@ex-pulse/contracts';
import { apiErrorBody, apiErrorMessage, httpStatus } from '../core/http/api-error';
import { EmployeesApiService, ImportMode, SAMPLE_CSV_URL } from './employees-api.service';
import { ImportReportComponent } from './import-report.component';

type ImportOutcome =
  | { kind: 'applied'; report: ImportReport }
  | { kind: 'rejected'; report: ImportReport }
  | { kind: 'error'; message: string };

/** CSV import: all-or-nothing first; when rows fail, offer to import only the valid ones. */
@Component({
  selector: 'exp-employee-import',
  imports: [MatButtonModule, TranslocoPipe, ImportReportComponent],
  templateUrl: './employee-import.component.html',
  styleUrl: './employee-import.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeImportComponent {
  private readonly api = inject(EmployeesApiService);
  private readonly transloco = inject(TranslocoService);

  /** The directory changed. */
  readonly imported = output<ImportReport>();

  protected readonly sampleUrl = SAMPLE_CSV_URL;
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

  protected upload(mode: ImportMode): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.api.importCsv(file, mode).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.outcome.set({ kind: 'applied', report });
        this.resetFile();
        this.imported.emit(report);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const report = apiErrorBody(err)?.['report'] as ImportReport | undefined;
        if (httpStatus(err) === 422 && report) this.outcome.set({ kind: 'rejected', report });
        else this.outcome.set({ kind: 'error', message: apiErrorMessage(err, this.transloco.translate('common.networkError')) });
      },
    });
  }

  private resetFile(): void {
    this.file.set(null);
    this.fileInput().nativeElement.value = '';
  }
}
