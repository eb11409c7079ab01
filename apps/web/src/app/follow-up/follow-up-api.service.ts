import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ActionPlanList, DepartmentDto, ActionPlanView, AddNoteRequest, CreateActionPlanRequest, FocusInput, FollowUpItemDetail, FollowUpOwners,
  FollowUpQueue, FollowUpShow, PlanActionInput, StaffConversationView, StaffReplyRequest, UpdateActionPlanRequest, UpdateFollowUpRequest,
  UpdatePlanActionRequest,
} from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

export interface QueueQuery {
  unit: string | null;
  show: FollowUpShow;
  page: number;
}

/** The follow-up queue and the action plans (the API checks every role and unit). */
@Injectable({ providedIn: 'root' })
export class FollowUpApiService {
  private readonly http = inject(HttpClient);

  queue(q: QueueQuery): Observable<FollowUpQueue> {
    const params: Record<string, string | number> = { show: q.show, page: q.page };
    if (q.unit) params['unit'] = q.unit;
    return this.http.get<FollowUpQueue>('/api/follow-ups', { params });
  }

  item(key: string): Observable<FollowUpItemDetail> {
    return this.http.get<FollowUpItemDetail>(`/api/follow-ups/${encodeURIComponent(key)}`);
  }

  updateItem(key: string, change: UpdateFollowUpRequest): Observable<FollowUpItemDetail> {
    return this.http.patch<FollowUpItemDetail>(`/api/follow-ups/${encodeURIComponent(key)}`, change);
  }

  addNote(key: string, body: string): Observable<FollowUpItemDetail> {
    const note: AddNoteRequest = { body };
    return this.http.post<FollowUpItemDetail>(`/api/follow-ups/${encodeURIComponent(key)}/notes`, note);
  }

  /** The item's conversation with its comment's anonymous author. */
  conversation(key: string): Observable<StaffConversationView> {
    return this.http.get<StaffConversationView>(`/api/follow-ups/${encodeURIComponent(key)}/conversation`);
  }

  reply(key: string, body: string): Observable<StaffConversationView> {
    const reply: StaffReplyRequest = { body };
    return this.http.post<StaffConversationView>(`/api/follow-ups/${encodeURIComponent(key)}/conversation`, reply);
  }

  /** Who may own work of the unit: HR and the unit's managers. */
  owners(unit: string): Observable<FollowUpOwners> {
    return this.http.get<FollowUpOwners>('/api/follow-ups/owners', { params: { unit } });
  }

  /** The units this user may see (the API limits them). */
  departments(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>('/api/departments');
  }

  plans(unit: string | null): Observable<ActionPlanList> {
    return this.http.get<ActionPlanList>('/api/action-plans', { params: unit ? { unit } : {} });
  }

  createPlan(plan: CreateActionPlanRequest): Observable<ActionPlanView> {
    return this.http.post<ActionPlanView>('/api/action-plans', plan);
  }

  updatePlan(id: string, change: UpdateActionPlanRequest): Observable<ActionPlanView> {
    return this.http.patch<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}`, change);
  }

  addFocus(id: string, focus: FocusInput): Observable<ActionPlanView> {
    return this.http.post<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}/focus`, focus);
  }

  removeFocus(id: string, focusId: string): Observable<ActionPlanView> {
    return this.http.delete<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}/focus/${encodeURIComponent(focusId)}`);
  }

  addAction(id: string, action: PlanActionInput): Observable<ActionPlanView> {
    return this.http.post<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}/actions`, action);
  }

  updateAction(id: string, actionId: string, change: UpdatePlanActionRequest): Observable<ActionPlanView> {
    return this.http.patch<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}/actions/${encodeURIComponent(actionId)}`, change);
  }

  addProgress(id: string, actionId: string, body: string): Observable<ActionPlanView> {
    const note: AddNoteRequest = { body };
    return this.http.post<ActionPlanView>(`/api/action-plans/${encodeURIComponent(id)}/actions/${encodeURIComponent(actionId)}/progress`, note);
  }
}
