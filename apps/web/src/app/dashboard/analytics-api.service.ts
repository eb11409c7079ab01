import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EnpsDashboard } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { Period } from './period';

@Injectable({ providedIn: 'root' })
export class AnalyticsApiService {
  private readonly http = inject(HttpClient);

  /** Without from/to the API uses the last 12 months. */
  enps(period: Period): Observable<EnpsDashboard> {
    let params = new HttpParams();
    if (period.from) params = params.set('from', period.from);
    if (period.to) params = params.set('to', period.to);
    return this.http.get<EnpsDashboard>('/api/analytics/enps', { params });
  }
}
