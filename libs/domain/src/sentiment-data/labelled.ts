/*
 * Shared shape of the labelled comment sets (comments-en.ts, comments-et.ts) that measure the
 * sentiment classifiers (sentiment.accuracy.spec.ts).
 *
 * How the sets were made: the comments were written to read like real answers to the eNPS
 * pulse ("How likely are you to recommend ... as a place to work?" + optional comment) on
 * pay, manager, workload, tools, growth, colleagues, onboarding, leaving, office and process;
 * short and long, mixed feelings, negation, sarcasm, suggestions and plain facts. Each was
 * labelled BEFORE the classifier was tuned, by what a reasonable HR reader would say the
 * writer's overall attitude is:
 * - positive: satisfaction, praise, gratitude, wanting to stay ("not bad at all", "no
 *   complaints" and "can't complain" count as approval);
 * - negative: a complaint, a problem, something missing, frustration, leaving because of the
 *   job; polite or factual wording still counts ("Pay has not kept up with the cost of living");
 * - neutral: facts and logistics, questions, suggestions or wishes that state no problem,
 *   "nothing to add", and mixed comments whose good and bad weigh about the same.
 * The labels were not changed to fit the classifier.
 *
 * Parts (each language):
 * - the main set (COMMENTS_EN, COMMENTS_ET). Every third comment (index 2, 5, 8, ...) is held
 *   out: the word lists and thresholds were tuned on the errors of the other two thirds only.
 *   The same person wrote the comments and the word lists, though, so the held-out third is not
 *   unseen text; hence the blind sets. Append new comments at the end, never reorder (that
 *   would move comments between the parts).
 * - blind sets: written and labelled after a freeze of the word lists, scored once, blind.
 *   Blind sets 1 and 2 were then tuned on (each showed the lists fitted the earlier text too
 *   closely); blind set 3, written after the last freeze, never was: it is the honest figure.
 *   A later change to the classifier needs a new blind set to claim a new figure.
 */

export type GoldLabel = 'positive' | 'neutral' | 'negative';

export interface LabelledComment {
  text: string;
  label: GoldLabel;
}

export const pos = (text: string): LabelledComment => ({ text, label: 'positive' });
export const neu = (text: string): LabelledComment => ({ text, label: 'neutral' });
export const neg = (text: string): LabelledComment => ({ text, label: 'negative' });

/** True for the held-out third: every third comment, starting with the third. */
export function isHeldOut(index: number): boolean {
  return index % 3 === 2;
}
