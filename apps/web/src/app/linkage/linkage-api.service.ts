import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AnalyticsLinkage } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { LinkageParams, linkageRequestParams } from './linkage-query';

/** GET /api/cx/linkage: employee scores beside customer scores per unit and month. */
@Injectable({ providedIn: 'root' })
export class LinkageApiService {
  private readonly http = inject(HttpClient);

  linkage(query: LinkageParams): Observable<AnalyticsLinkage> {
    return this.http.get<AnalyticsLinkage>('/api/cx/linkage', { params: new HttpParams({ fromObject: linkageRequestParams(query) }) });
  }
}
