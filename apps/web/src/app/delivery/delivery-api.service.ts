import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DeliveryStatus, SimulateDayRequest, SimulateDayResult, SimulationInfo } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** Delivery and response numbers, and the demo's simulated days (admins only; the API enforces it). */
@Injectable({ providedIn: 'root' })
export class DeliveryApiService {
  private readonly http = inject(HttpClient);

  /** A calendar period: a year, half, quarter or month (the API refuses other windows). */
  status(period: string): Observable<DeliveryStatus> {
    return this.http.get<DeliveryStatus>('/api/delivery/status', { params: { period } });
  }

  simulation(): Observable<SimulationInfo> {
    return this.http.get<SimulationInfo>('/api/admin/simulation');
  }

  /** Plan and send what would go out on that day at 10:30 (demo instances only). */
  simulateDay(date: string): Observable<SimulateDayResult> {
    return this.http.post<SimulateDayResult>('/api/admin/simulate-day', { date } satisfies SimulateDayRequest);
  }
}
