import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateUnitGoalRequest, UnitGoal, UpdateUnitGoalRequest } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** /api/goals: a unit's eNPS target for a period (the API checks the unit is in the caller's part). */
@Injectable({ providedIn: 'root' })
export class GoalsApiService {
  private readonly http = inject(HttpClient);

  create(request: CreateUnitGoalRequest): Observable<UnitGoal> {
    return this.http.post<UnitGoal>('/api/goals', request);
  }

  update(id: string, request: UpdateUnitGoalRequest): Observable<UnitGoal> {
    return this.http.patch<UnitGoal>(`/api/goals/${id}`, request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/goals/${id}`);
  }
}
