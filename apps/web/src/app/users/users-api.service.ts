import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { InviteUserRequest, UpdateUserRequest, UserAccount } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** HR's accounts (admins only; the API checks it). */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<UserAccount[]> {
    return this.http.get<UserAccount[]>('/api/users');
  }

  invite(request: InviteUserRequest): Observable<UserAccount> {
    return this.http.post<UserAccount>('/api/users', request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserAccount> {
    return this.http.patch<UserAccount>(`/api/users/${id}`, request);
  }

  deactivate(id: string): Observable<UserAccount> {
    return this.http.post<UserAccount>(`/api/users/${id}/deactivate`, null);
  }

  reactivate(id: string): Observable<UserAccount> {
    return this.http.post<UserAccount>(`/api/users/${id}/reactivate`, null);
  }

  resendInvitation(id: string): Observable<UserAccount> {
    return this.http.post<UserAccount>(`/api/users/${id}/invitation`, null);
  }
}
