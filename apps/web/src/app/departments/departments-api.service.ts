import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DepartmentDto, DepartmentInput } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** The department tree: read by everyone signed in (their part of it), changed by admins. */
@Injectable({ providedIn: 'root' })
export class DepartmentsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>('/api/departments');
  }

  create(input: DepartmentInput): Observable<DepartmentDto> {
    return this.http.post<DepartmentDto>('/api/departments', input);
  }

  update(id: string, input: Partial<DepartmentInput>): Observable<DepartmentDto> {
    return this.http.patch<DepartmentDto>(`/api/departments/${id}`, input);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/departments/${id}`);
  }
}
