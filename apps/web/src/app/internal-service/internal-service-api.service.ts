import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DepartmentProviders, InternalCsatReport, InternalProvidersOverview } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class InternalServiceApiService {
  private readonly http = inject(HttpClient);

  csat(period: string): Observable<InternalCsatReport> {
    return this.http.get<InternalCsatReport>('/api/internal-service/csat', { params: new HttpParams().set('period', period) });
  }

  providers(): Observable<InternalProvidersOverview> {
    return this.http.get<InternalProvidersOverview>('/api/internal-service/providers');
  }

  setProviders(departmentId: string, providerIds: string[]): Observable<DepartmentProviders> {
    return this.http.put<DepartmentProviders>(
      `/api/internal-service/departments/${encodeURIComponent(departmentId)}/providers`,
      { providerIds },
    );
  }
}
