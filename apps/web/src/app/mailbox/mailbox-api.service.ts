import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DevMailPage } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** The dev mailbox: where email lands when no SMTP server is configured (admins only). */
@Injectable({ providedIn: 'root' })
export class MailboxApiService {
  private readonly http = inject(HttpClient);

  /** Page 1, 2, …, newest first. */
  page(page: number): Observable<DevMailPage> {
    return this.http.get<DevMailPage>('/api/dev-mailbox', { params: { page } });
  }
}
