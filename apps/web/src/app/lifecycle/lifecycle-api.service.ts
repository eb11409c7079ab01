import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DepartmentDto, EmployeeLifecycle, LifecycleOverview } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { LifecycleFilter } from './lifecycle-filter';

@Injectable({ providedIn: 'root' })
export class LifecycleApiService {
  private readonly http = inject(HttpClient);

  /** Without a period the API shows the current year; without a department, everything the user may see. */
  overview(filter: LifecycleFilter): Observable<LifecycleOverview> {
    let params = new HttpParams();
    if (filter.period) params = params.set('period', filter.period);
    if (filter.department) params = params.set('department', filter.department);
    return this.http.get<LifecycleOverview>('/api/lifecycle/overview', { params });
  }

  employee(id: string): Observable<EmployeeLifecycle> {
    return this.http.get<EmployeeLifecycle>(`/api/lifecycle/employees/${encodeURIComponent(id)}`);
  }

  /** Only the departments this user may see (the API limits them). */
  departments(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>('/api/departments');
  }
}
