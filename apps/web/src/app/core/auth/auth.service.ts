import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { LoginRequest, SessionUser } from '@ex-pulse/contracts';
import { Observable, catchError, finalize, map, of, tap } from 'rxjs';

/** The signed-in account, as the API reports it. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly signedIn = signal<SessionUser | null>(null);
  readonly user = this.signedIn.asReadonly();

  /** The current user, asking the API once per page load; null when not signed in. */
  currentUser(): Observable<SessionUser | null> {
    const known = this.signedIn();
    if (known) return of(known);
    return this.http.get<SessionUser>('/api/auth/me').pipe(
      tap((user) => this.signedIn.set(user)),
      catchError(() => of(null)),
    );
  }

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>('/api/auth/login', request).pipe(tap((user) => this.signedIn.set(user)));
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null).pipe(
      map(() => undefined),
      finalize(() => this.signedIn.set(null)),
    );
  }

  /** The session ended elsewhere (a 401 from any call). */
  forget(): void {
    this.signedIn.set(null);
  }
}
