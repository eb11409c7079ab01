import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { SignInMethods } from '@ex-pulse/contracts';
import { Observable, catchError, of } from 'rxjs';

/** Password only: what the login page shows when the API cannot say (an older API, a network error). */
const PASSWORD_ONLY: SignInMethods = { password: true, oidc: null };

@Injectable({ providedIn: 'root' })
export class SignInMethodsApiService {
  private readonly http = inject(HttpClient);

  /** Which sign-ins this installation offers (LOCAL_PASSWORDS, OIDC_*). */
  methods(): Observable<SignInMethods> {
    return this.http.get<SignInMethods>('/api/auth/sign-in-methods').pipe(catchError(() => of(PASSWORD_ONLY)));
  }
}
