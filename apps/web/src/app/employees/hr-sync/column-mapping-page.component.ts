import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DateFormat, EmployeeField, ImportPreview, ImportReport, MappedValueField } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { apiErrorBody, apiErrorMessage, httpStatus } from '../../core/http/api-error';
import { ImportReportComponent } from '../import-report.component';
import { HrSyncApiService } from './hr-sync-api.service';
import { DATE_FORMATS, FIELDS, MappingDraft, VALUE_FIELDS, columnOptions, draftOf, emptyDraft, mappingOf, matchingColumns } from './mapping-draft';

/**
 * /employees/mapping (admins): how the HR system's own CSV reads as our import. Upload an export,
 * choose for each of our fields the column that holds it, the date format (never guessed) and the
 * value mappings; save, see the first rows as they would be imported, then import.
 */
@Component({
  selector: 'exp-column-mapping-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, RouterLink, TranslocoPipe, ImportReportComponent],
  templateUrl: './column-mapping-page.component.html',
  styleUrl: './column-mapping-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ColumnMappingPageComponent implements OnInit {
  private readonly api = inject(HrSyncApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly fields = FIELDS;
  protected readonly valueFields = VALUE_FIELDS;
  protected readonly dateFormats = DATE_FORMATS;

  protected readonly file = signal<File | null>(null);
  protected readonly header = signal<string[]>([]);
  protected readonly draft = signal<MappingDraft>(emptyDraft());
  protected readonly saved = signal<{ at: string; by: string | null } | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly imported = signal<{ applied: boolean; report: ImportReport } | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly options = computed(() => columnOptions(this.header(), this.draft()));
  /** Preview and import need a file and a mapping saved as shown. */
  protected readonly dirty = signal(false);

  ngOnInit(): void {
    this.api.mapping().subscribe({
      next: ({ mapping }) => {
        if (!mapping) return;
        this.draft.set(draftOf(mapping));
        this.saved.set({ at: mapping.updatedAt, by: mapping.updatedBy });
      },
      error: (err) => this.fail(err),
    });
  }

  protected onFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.preview.set(null);
    this.imported.set(null);
    if (!file) return;
    this.run(this.api.columns(file), ({ columns }) => {
      this.header.set(columns);
      const guessed = matchingColumns(columns, this.draft());
      if (JSON.stringify(guessed) !== JSON.stringify(this.draft())) this.change(guessed);
    });
  }

  protected setColumn(field: EmployeeField, column: string): void {
    this.change({ ...this.draft(), columns: { ...this.draft().columns, [field]: column || undefined } });
  }

  protected setDateFormat(dateFormat: DateFormat): void {
    this.change({ ...this.draft(), dateFormat });
  }

  protected addPair(field: MappedValueField): void {
    this.setPairs(field, [...this.draft().valueMappings[field], { from: '', to: '' }]);
  }

  protected setPair(field: MappedValueField, index: number, side: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.setPairs(field, this.draft().valueMappings[field].map((p, i) => (i === index ? { ...p, [side]: value } : p)));
  }

  protected removePair(field: MappedValueField, index: number): void {
    this.setPairs(field, this.draft().valueMappings[field].filter((_, i) => i !== index));
  }

  /** Saves the mapping, then previews the chosen file through it. */
  protected saveAndPreview(): void {
    this.run(this.api.saveMapping(mappingOf(this.draft())), (saved) => {
      this.saved.set({ at: saved.updatedAt, by: saved.updatedBy });
      this.dirty.set(false);
      const file = this.file();
      if (file) this.run(this.api.preview(file), (preview) => this.preview.set(preview));
    });
  }

  protected importFile(): void {
    const file = this.file();
    if (!file) return;
    this.run(
      this.api.importMapped(file),
      (report) => {
        this.imported.set({ applied: true, report });
        this.preview.set(null);
      },
      (err) => {
        const report = apiErrorBody(err)?.['report'] as ImportReport | undefined;
        if (httpStatus(err) !== 422 || !report) return false;
        this.imported.set({ applied: false, report });
        return true;
      },
    );
  }

  private setPairs(field: MappedValueField, pairs: { from: string; to: string }[]): void {
    this.change({ ...this.draft(), valueMappings: { ...this.draft().valueMappings, [field]: pairs } });
  }

  private change(draft: MappingDraft): void {
    this.draft.set(draft);
    this.dirty.set(true);
    this.preview.set(null);
  }

  /** One request at a time; `handled` may take an error over (true) before it is shown. */
  private run<T>(request: Observable<T>, next: (value: T) => void, handled: (err: unknown) => boolean = () => false): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        next(value);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        if (!handled(err)) this.fail(err);
      },
    });
  }

  private fail(err: unknown): void {
    this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
  }
}
