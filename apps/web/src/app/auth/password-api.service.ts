import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PasswordLinkState, PasswordResetAccepted } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** The public password endpoints: the link's token always travels in the body, never in a URL. */
@Injectable({ providedIn: 'root' })
export class PasswordApiService {
  private readonly http = inject(HttpClient);

  check(token: string): Observable<PasswordLinkState> {
    return this.http.post<PasswordLinkState>('/api/auth/password/check', { token });
  }

  setPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password', { token, password });
  }

  requestReset(email: string): Observable<PasswordResetAccepted> {
    return this.http.post<PasswordResetAccepted>('/api/auth/password-reset', { email });
  }
}
