import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AnalyticsLinkage } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { LinkageParams, linkageRequestParams } from './linkage-query';

/** GET /api/cx/linkage: employee scores beside customer scores per unit and month. */
@Injectable({ providedIn: 'root' })
export class LinkageApiService {
  private readonly http = inject(HttpClient);

  /** `months: true` asks for each unit's months as well (include=months); without it every unit's `months` is null. */
  linkage(query: LinkageParams, options: { months?: boolean } = {}): Observable<AnalyticsLinkage> {
    const params = linkageRequestParams(query);
    if (options.months) params['include'] = 'months';
    return this.http.get<AnalyticsLinkage>('/api/cx/linkage', { params: new HttpParams({ fromObject: params }) });
  }
}
