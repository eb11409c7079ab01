import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BlockedSignIn } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class BlockedSignInsApiService {
  private readonly http = inject(HttpClient);

  /** HR: the sign-in attempts the limits refused in the last 30 days, newest first. */
  list(): Observable<BlockedSignIn[]> {
    return this.http.get<BlockedSignIn[]>('/api/auth/blocked-sign-ins');
  }
}
