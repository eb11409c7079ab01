import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DepartmentDto, EmployeeDto, EmployeeInput, EmployeePage, ImportReport } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

export interface EmployeeQuery {
  search: string;
  departmentId: string;
  page: number;
  pageSize: number;
}

export type ImportMode = 'all' | 'valid-only';

export const SAMPLE_CSV_URL = '/api/employees/import/sample.csv';

@Injectable({ providedIn: 'root' })
export class EmployeesApiService {
  private readonly http = inject(HttpClient);

  /** Only the departments this user may see (the API limits them). */
  departments(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>('/api/departments');
  }

  list(query: EmployeeQuery): Observable<EmployeePage> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.search) params = params.set('search', query.search);
    if (query.departmentId) params = params.set('departmentId', query.departmentId);
    return this.http.get<EmployeePage>('/api/employees', { params });
  }

  create(input: EmployeeInput): Observable<EmployeeDto> {
    return this.http.post<EmployeeDto>('/api/employees', input);
  }

  update(id: string, input: EmployeeInput): Observable<EmployeeDto> {
    return this.http.put<EmployeeDto>(`/api/employees/${id}`, input);
  }

  /** Erases the employee's personal data; their anonymous answers stay in the figures. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/employees/${id}`);
  }

  /** 200 with the report when applied; 422 (report in the body) when rows failed and nothing was written. */
  importCsv(file: File, mode: ImportMode): Observable<ImportReport> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImportReport>('/api/employees/import', form, { params: { mode } });
  }
}
