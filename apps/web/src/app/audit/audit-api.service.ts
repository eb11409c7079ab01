import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditLogPage } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** The audit log of administrative changes (admins only). */
@Injectable({ providedIn: 'root' })
export class AuditApiService {
  private readonly http = inject(HttpClient);

  /** Page 1, 2, …, newest first. */
  page(page: number): Observable<AuditLogPage> {
    return this.http.get<AuditLogPage>('/api/audit-log', { params: { page } });
  }
}
