import { PasswordLinkProblem } from '@ex-pulse/contracts';
import { apiErrorBody, httpStatus } from '../core/http/api-error';

const PROBLEMS: readonly PasswordLinkProblem[] = ['unknown', 'used', 'expired', 'invitation_expired', 'deactivated'];

/** Why the API refused a set-password link (the body's `problem`, else 404 = unknown); null for other errors. */
export function passwordLinkProblem(err: unknown): PasswordLinkProblem | null {
  const problem = apiErrorBody(err)?.['problem'];
  if (PROBLEMS.includes(problem as PasswordLinkProblem)) return problem as PasswordLinkProblem;
  return httpStatus(err) === 404 ? 'unknown' : null;
}

/** The token is the URL fragment (`/set-password#<token>`): it never reaches a server log or a Referer header. */
export function tokenFromFragment(fragment: string | null | undefined): string | null {
  const token = (fragment ?? '').replace(/^#/, '').trim();
  return token.length > 0 ? token : null;
}
