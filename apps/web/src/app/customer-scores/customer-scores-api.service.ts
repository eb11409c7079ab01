import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiKeyDto, CreatedApiKey, CustomerMetricDto, CustomerMetricIngestReport, CustomerMetricKind } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CustomerScoresApiService {
  private readonly http = inject(HttpClient);

  /** Stored scores between two months ('YYYY-MM'), of one metric. */
  metrics(from: string, to: string, metric: CustomerMetricKind): Observable<CustomerMetricDto[]> {
    const params = new HttpParams().set('from', from).set('to', to).set('metric', metric);
    return this.http.get<CustomerMetricDto[]>('/api/cx/metrics', { params });
  }

  /** 200 with the report when stored; 422 (report in the body) when rows failed and nothing was written. */
  importCsv(file: File): Observable<CustomerMetricIngestReport> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<CustomerMetricIngestReport>('/api/cx/metrics/import', form);
  }

  apiKeys(): Observable<ApiKeyDto[]> {
    return this.http.get<ApiKeyDto[]>('/api/cx/api-keys');
  }

  createApiKey(name: string): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>('/api/cx/api-keys', { name });
  }

  revokeApiKey(id: string): Observable<void> {
    return this.http.delete<void>(`/api/cx/api-keys/${id}`);
  }
}
