import type { Language } from '@ex-pulse/contracts';
import { ExtraQuestion, isAgreementScore, isLeavingReason, LEAVING_REASON_KEYS } from '@ex-pulse/domain';
import { commentSentiment, SENTIMENT_VALUE } from '@ex-pulse/domain/sentiment';

/** What a submission says beyond the eNPS score. Both extra answers are optional: a person may skip them. */
export interface ExtraAnswerInput {
  itemScore?: unknown;
  leavingReason?: unknown;
  comment?: string;
}

/** The response columns the extra answers fill. */
export interface ExtraAnswerColumns {
  itemKey: string | null;
  itemScore: number | null;
  leavingReason: string | null;
  comment: string | null;
  sentiment: number | null;
}

const given = (value: unknown) => value !== undefined && value !== null;

const MESSAGES = {
  itemScoreRange: {
    en: 'Answer the statement with a whole number from 1 (strongly disagree) to 5 (strongly agree), or leave it out.',
    et: 'Vasta väitele täisarvuga 1 (ei nõustu üldse) kuni 5 (nõustun täielikult) või jäta see vahele.',
  },
  itemScoreNotAsked: {
    en: 'This survey has no 1–5 statement, so it cannot take an answer to one.',
    et: 'Selles küsitluses ei ole 1–5 väidet, seega ei saa sellele vastust salvestada.',
  },
  reasonUnknown: {
    en: `Choose the reason for leaving from the list (${LEAVING_REASON_KEYS.join(', ')}), or leave it out.`,
    et: `Vali lahkumise põhjus loetelust (${LEAVING_REASON_KEYS.join(', ')}) või jäta see vahele.`,
  },
  reasonNotAsked: {
    en: 'This survey does not ask for a reason for leaving.',
    et: 'See küsitlus ei küsi lahkumise põhjust.',
  },
  commentNotAsked: {
    en: 'This survey does not take a comment.',
    et: 'See küsitlus kommentaari ei küsi.',
  },
} as const;

/** Every problem with the extra answers, each a sentence in the employee's language; empty when they can be stored. */
export function extraAnswerProblems(
  answer: ExtraAnswerInput,
  question: ExtraQuestion | null,
  askComment: boolean,
  language: Language,
): string[] {
  const problems: string[] = [];
  if (given(answer.itemScore)) {
    if (question?.kind !== 'scale') problems.push(MESSAGES.itemScoreNotAsked[language]);
    else if (!isAgreementScore(answer.itemScore)) problems.push(MESSAGES.itemScoreRange[language]);
  }
  if (given(answer.leavingReason)) {
    if (question?.kind !== 'choice') problems.push(MESSAGES.reasonNotAsked[language]);
    else if (typeof answer.leavingReason !== 'string' || !isLeavingReason(answer.leavingReason)) {
      problems.push(MESSAGES.reasonUnknown[language]);
    }
  }
  if (!askComment && answer.comment?.trim()) problems.push(MESSAGES.commentNotAsked[language]);
  return problems;
}

/** The columns to store, for answers that passed extraAnswerProblems. The comment's sentiment is read once, here. */
export function extraAnswerColumns(answer: ExtraAnswerInput, question: ExtraQuestion | null, language: Language): ExtraAnswerColumns {
  const itemScore = question?.kind === 'scale' && isAgreementScore(answer.itemScore) ? answer.itemScore : null;
  const reason = question?.kind === 'choice' && typeof answer.leavingReason === 'string' && isLeavingReason(answer.leavingReason)
    ? answer.leavingReason
    : null;
  const comment = answer.comment?.trim() || null;
  return {
    itemKey: itemScore === null ? null : question!.key,
    itemScore,
    leavingReason: reason,
    comment,
    sentiment: comment === null ? null : SENTIMENT_VALUE[commentSentiment(comment, language)], // NULL too when unclassified
  };
}
