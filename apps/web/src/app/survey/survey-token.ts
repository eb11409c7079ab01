import { HttpErrorResponse } from '@angular/common/http';
import { SurveyTokenProblem } from '@ex-pulse/contracts';
import { apiErrorBody } from '../core/http/api-error';

/** The token is the URL fragment (`/s#<token>`): it never reaches a server log or a Referer header. */
export function tokenFromFragment(fragment: string | null | undefined): string | null {
  const token = (fragment ?? '').replace(/^#/, '').trim();
  return token.length > 0 ? token : null;
}

const PROBLEM_BY_STATUS: Record<number, SurveyTokenProblem> = { 404: 'unknown', 410: 'expired', 409: 'answered' };

function isProblem(value: unknown): value is SurveyTokenProblem {
  return value === 'unknown' || value === 'expired' || value === 'answered';
}

/** Why the API refused the token, from the body's `problem` or else the status; null for other errors. */
export function tokenProblem(err: unknown): SurveyTokenProblem | null {
  const problem = apiErrorBody(err)?.['problem'];
  if (isProblem(problem)) return problem;
  return err instanceof HttpErrorResponse ? (PROBLEM_BY_STATUS[err.status] ?? null) : null;
}

/** The employee's language, which the API sends with expired and answered links. */
export function problemLanguage(err: unknown): 'en' | 'et' | null {
  const language = apiErrorBody(err)?.['language'];
  return language === 'en' || language === 'et' ? language : null;
}
