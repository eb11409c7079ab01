import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CampaignCount, CampaignLaunch, CampaignSegment, Language, ProgrammeDto, ProgrammeInput, ProgrammePreview,
} from '@ex-pulse/contracts';
import { Observable } from 'rxjs';

/** Survey programmes (admins only; the API enforces it). A 400 carries the rule that was broken. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<ProgrammeDto[]> {
    return this.http.get<ProgrammeDto[]>('/api/programmes');
  }

  get(id: string): Observable<ProgrammeDto> {
    return this.http.get<ProgrammeDto>(`/api/programmes/${encodeURIComponent(id)}`);
  }

  create(input: ProgrammeInput): Observable<ProgrammeDto> {
    return this.http.post<ProgrammeDto>('/api/programmes', input);
  }

  update(id: string, input: ProgrammeInput): Observable<ProgrammeDto> {
    return this.http.put<ProgrammeDto>(`/api/programmes/${encodeURIComponent(id)}`, input);
  }

  /** Pause (no new invitations) or resume a programme; answers to open invitations still count. */
  setActive(id: string, active: boolean): Observable<ProgrammeDto> {
    return this.http.post<ProgrammeDto>(`/api/programmes/${encodeURIComponent(id)}/${active ? 'resume' : 'pause'}`, null);
  }

  /** The answer page and the email as an employee with this language will see them. */
  preview(id: string, language: Language): Observable<ProgrammePreview> {
    return this.http.get<ProgrammePreview>(`/api/programmes/${encodeURIComponent(id)}/preview`, { params: { language } });
  }

  /** How many the campaign would reach now, and how many of the segment the fatigue guard holds back. */
  countCampaign(id: string, segment: CampaignSegment): Observable<CampaignCount> {
    return this.http.post<CampaignCount>(`/api/programmes/${encodeURIComponent(id)}/campaign/count`, segment);
  }

  /** Send the programme now to the segment; invitations and emails are written at once. */
  launchCampaign(id: string, segment: CampaignSegment): Observable<CampaignLaunch> {
    return this.http.post<CampaignLaunch>(`/api/programmes/${encodeURIComponent(id)}/campaign`, segment);
  }
}
