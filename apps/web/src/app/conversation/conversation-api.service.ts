import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ConversationSecretRequest, EmployeeConversationView, EmployeeMessageRequest } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** The employee's side of a conversation: the secret travels only in POST bodies, never in a URL. */
@Injectable({ providedIn: 'root' })
export class ConversationApiService {
  private readonly http = inject(HttpClient);

  view(secret: string): Observable<EmployeeConversationView> {
    const body: ConversationSecretRequest = { secret };
    return this.http.post<EmployeeConversationView>('/api/conversation/view', body);
  }

  answer(secret: string, text: string): Observable<EmployeeConversationView> {
    const body: EmployeeMessageRequest = { secret, body: text };
    return this.http.post<EmployeeConversationView>('/api/conversation/messages', body);
  }
}
