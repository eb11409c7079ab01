import { Directive, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { apiErrorBody, apiErrorMessage, httpStatus } from '../core/http/api-error';

/** What an upload came to: applied, refused with its row-by-row report (422), or an error to show. */
export type CsvImportOutcome<R> =
  | { kind: 'applied'; report: R }
  | { kind: 'rejected'; report: R }
  | { kind: 'error'; message: string };

/**
 * A CSV upload whose refusal carries a row report (the employee and customer score imports): the
 * chosen file, the busy flag and the outcome. The template names its file input `#fileInput`.
 */
@Directive()
export abstract class CsvImport<R> {
  private readonly transloco = inject(TranslocoService);

  /** The stored data changed. */
  readonly imported = output<R>();

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<CsvImportOutcome<R> | null>(null);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected chooseFile(): void {
    this.fileInput().nativeElement.click();
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.outcome.set(null);
  }

  /** Sends the chosen file (nothing while one is on its way); an applied upload clears the choice. */
  protected send(request: (file: File) => Observable<R>): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    request(file).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.outcome.set({ kind: 'applied', report });
        this.file.set(null);
        this.fileInput().nativeElement.value = '';
        this.imported.emit(report);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const report = apiErrorBody(err)?.['report'] as R | undefined;
        if (httpStatus(err) === 422 && report) this.outcome.set({ kind: 'rejected', report });
        else this.outcome.set({ kind: 'error', message: apiErrorMessage(err, this.transloco.translate('common.networkError')) });
      },
    });
  }
}
