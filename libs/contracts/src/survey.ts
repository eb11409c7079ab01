import { Language } from './org';

/** What the answer page needs; never anything that identifies the employee beyond their language. */
export interface SurveyView {
  language: Language;
  organisationName: string;
  programmeName: string;
  enpsQuestion: string;
  expiresOn: string; // ISO date
}

export interface SurveyTokenRequest {
  token: string;
}

export interface SubmitAnswerRequest {
  token: string;
  /** Random id made by the page once per submission, so a network retry is recognised. */
  submissionId: string;
  score: number;
  comment?: string;
}

export interface SubmitAnswerResult {
  status: 'recorded';
  language: Language;
}

/** Why a token cannot be answered; the page shows a message for each. */
export type SurveyTokenProblem = 'unknown' | 'expired' | 'answered';
