import type { SurveyTeamAction } from './action-plans';
import { Language } from './org';

/** What the answer page needs; never anything that identifies the employee beyond their language. */
export interface SurveyView {
  language: Language;
  organisationName: string;
  programmeName: string;
  /** The eNPS question; '' when the programme does not ask it (the internal service pulse: see providerQuestions). */
  enpsQuestion: string;
  expiresOn: string; // ISO date
  /** The one question asked besides eNPS (a statement, the rotating driver, or the reason for leaving), in the invitation's language. */
  extraQuestion: SurveyExtraQuestion | null;
  /** Whether the programme offers the optional comment box. */
  askComment: boolean;
  /**
   * The internal service pulse only: "How satisfied are you with the service from {provider}?"
   * (1–5) for at most two of the department's providers; answered in `providerScores`.
   */
  providerQuestions?: SurveyProviderQuestion[];
  /**
   * "You said, we did": the current actions of the invitation's department that their plans' owners
   * chose to show (title and status only), shown at the end of the pulse and on the thank-you page.
   * Absent when there are none (and in previews).
   */
  teamActions?: SurveyTeamAction[];
}

/** A 1–5 satisfaction question about one internal provider (a department). */
export interface SurveyProviderQuestion {
  providerId: string;
  providerName: string;
  text: string;
  lowLabel: string;
  highLabel: string;
}

/** The answer to one provider question. */
export interface ProviderScoreAnswer {
  providerId: string;
  score: number;
}

/** A 1–5 agreement statement; the answer is `itemScore`. */
export interface SurveyScaleQuestion {
  kind: 'scale';
  key: string;
  text: string;
  lowLabel: string;
  highLabel: string;
}

/** One option of a single-choice question; the answer is its key. */
export interface SurveyChoiceOption {
  key: string;
  label: string;
}

/** The exit survey's primary reason for leaving; the answer is `leavingReason`. */
export interface SurveyChoiceQuestion {
  kind: 'choice';
  key: 'leaving_reason';
  text: string;
  options: SurveyChoiceOption[];
}

export type SurveyExtraQuestion = SurveyScaleQuestion | SurveyChoiceQuestion;

export interface SurveyTokenRequest {
  token: string;
}

export interface SubmitAnswerRequest {
  token: string;
  /** Random id made by the page once per submission, so a network retry is recognised. */
  submissionId: string;
  /** The eNPS answer 0–10; required when the survey asks it, absent otherwise. */
  score?: number;
  /** The 1–5 answer to the extra scale question; optional, only when one is asked. */
  itemScore?: number;
  /** A key of the extra choice question's options; optional, only when one is asked. */
  leavingReason?: string;
  /** The internal service pulse: 1–5 answers to the provider questions asked (at least one). */
  providerScores?: ProviderScoreAnswer[];
  comment?: string;
  /**
   * With a comment: the secret of its private conversation link (/c#<secret>), 256 random bits made
   * by the page (base64url, 43 characters). Only its HMAC is stored, at the day's end.
   */
  conversationSecret?: string;
  /** Optional, with conversationSecret: where to email the link once, at the day's end; then forgotten. */
  conversationEmail?: string;
}

export interface SubmitAnswerResult {
  status: 'recorded';
  language: Language;
}

/** Why a token cannot be answered; the page shows a message for each. */
export type SurveyTokenProblem = 'unknown' | 'expired' | 'answered';
