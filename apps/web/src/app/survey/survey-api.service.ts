import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { SubmitAnswerRequest, SubmitAnswerResult, SurveyTokenRequest, SurveyView } from '@ex-pulse/contracts';
import { Observable, retry, throwError, timer } from 'rxjs';
import { isTransientError } from '../core/http/api-error';
import { newSubmissionId } from './submission-id';

/** Pause before the one automatic retry of a submission (tests set 0). */
export const SUBMIT_RETRY_DELAY_MS = new InjectionToken<number>('SUBMIT_RETRY_DELAY_MS', {
  providedIn: 'root',
  factory: () => 1500,
});

export type AnswerInput = Omit<SubmitAnswerRequest, 'submissionId'>;

/** The public answer flow: the token travels only in POST bodies, never in a URL. */
@Injectable({ providedIn: 'root' })
export class SurveyApiService {
  private readonly http = inject(HttpClient);
  private readonly retryDelayMs = inject(SUBMIT_RETRY_DELAY_MS);

  view(token: string): Observable<SurveyView> {
    const body: SurveyTokenRequest = { token };
    return this.http.post<SurveyView>('/api/survey/view', body);
  }

  /**
   * One submission: a new submissionId, and one automatic retry of the very same body
   * on a network error or 5xx, so the server can recognise the retry.
   */
  submit(answer: AnswerInput): Observable<SubmitAnswerResult> {
    const body: SubmitAnswerRequest = { ...answer, submissionId: newSubmissionId() };
    return this.http.post<SubmitAnswerResult>('/api/survey/answer', body).pipe(
      retry({
        count: 1,
        delay: (err: unknown) => (isTransientError(err) ? timer(this.retryDelayMs) : throwError(() => err)),
      }),
    );
  }
}
