import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreatedApiKey, EmployeeImportMapping, EmployeeImportMappingState, EmployeeSyncDto, ImportFileColumns, ImportPreview, ImportReport,
  SavedEmployeeImportMapping,
} from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

const fileForm = (file: File): FormData => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

/** The HR system's CSV through the column mapping, and the syncs it sends with its key. */
@Injectable({ providedIn: 'root' })
export class HrSyncApiService {
  private readonly http = inject(HttpClient);

  mapping(): Observable<EmployeeImportMappingState> {
    return this.http.get<EmployeeImportMappingState>('/api/employees/import/mapping');
  }

  saveMapping(mapping: EmployeeImportMapping): Observable<SavedEmployeeImportMapping> {
    return this.http.put<SavedEmployeeImportMapping>('/api/employees/import/mapping', mapping);
  }

  columns(file: File): Observable<ImportFileColumns> {
    return this.http.post<ImportFileColumns>('/api/employees/import/columns', fileForm(file));
  }

  preview(file: File): Observable<ImportPreview> {
    return this.http.post<ImportPreview>('/api/employees/import/preview', fileForm(file));
  }

  /** All or nothing: 422 with the report when a row fails. */
  importMapped(file: File): Observable<ImportReport> {
    return this.http.post<ImportReport>('/api/employees/import/mapped', fileForm(file), { params: { mode: 'all' } });
  }

  syncs(): Observable<EmployeeSyncDto[]> {
    return this.http.get<EmployeeSyncDto[]>('/api/employees/syncs');
  }

  confirm(id: string): Observable<EmployeeSyncDto> {
    return this.http.post<EmployeeSyncDto>(`/api/employees/syncs/${id}/confirm`, {});
  }

  discard(id: string): Observable<EmployeeSyncDto> {
    return this.http.post<EmployeeSyncDto>(`/api/employees/syncs/${id}/discard`, {});
  }

  /** A key the HR system syncs with (shown once). */
  createSyncKey(name: string): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>('/api/cx/api-keys', { name, purpose: 'employee_sync' });
  }
}
