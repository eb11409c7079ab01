import { DomainError } from './domain-error';
import { englishSentimentEvidence } from './sentiment-en';
import type { SentimentEvidence } from './sentiment-engine';
import { estonianSentimentEvidence } from './sentiment-et';

/*
 * Sentiment of a free-text comment, in the employee's language (English or Estonian), with an
 * honest "unclassified" where a word-list scorer cannot tell.
 *
 * English: the AFINN-165 list of the `sentiment` package plus workplace words and idioms
 * (sentiment-en.ts). Estonian: our own stem lexicon (sentiment-et.ts). Both are scored by
 * sentiment-engine.ts (negation before a word, and in Estonian after it; intensifiers; wishes;
 * contrast), which reports the evidence for each side.
 *
 * Confidence rule (SENTIMENT_RULE), from the evidence: P = positive sum, N = negative sum.
 * - Both sides below MIN_EVIDENCE (no sentiment word, or one weak one): neutral when the text
 *   reads as a question, a wish, a non-evaluative answer ("nothing to add", "ei oska öelda") or
 *   a dated fact ("on Monday", "märtsis"); otherwise unclassified (a statement without a
 *   sentiment word is as often a complaint in plain words as a fact).
 * - margin = |P − N| / (P + N) ≥ DECISIVE (one side at least 3 times the other) and the
 *   winning side ≥ MIN_EVIDENCE: positive or negative.
 * - margin ≤ BALANCED with both sides present: neutral (mixed feelings of equal weight,
 *   "great team, terrible pay").
 * - anything in between, or too little evidence: unclassified.
 * Measured on the labelled sets in sentiment-data (see sentiment.accuracy.spec.ts): on comments
 * written after the word lists were frozen, about 86% of the classified comments are right and
 * about three in four are classified.
 */

/** The three classes a comment can have. */
export type SentimentClass = 'positive' | 'neutral' | 'negative';
/** A class, or 'unclassified' where the classifier is not confident (or there is no text). */
export type Sentiment = SentimentClass | 'unclassified';

/** Stored values (response.sentiment): −1, 0, 1; unclassified is stored as NULL. */
export const SENTIMENT_VALUE: Record<Sentiment, -1 | 0 | 1 | null> = {
  negative: -1,
  neutral: 0,
  positive: 1,
  unclassified: null,
};

/** The thresholds of the confidence rule described above. */
export const SENTIMENT_RULE = {
  /** Minimum margin |P − N| / (P + N) to call a side. */
  DECISIVE: 0.5,
  /** Maximum margin for mixed text to be neutral. */
  BALANCED: 0.25,
  /** Minimum evidence on the winning side. */
  MIN_EVIDENCE: 0.75,
} as const;

/** The label the confidence rule gives some evidence. */
export function sentimentOfEvidence(e: SentimentEvidence): Sentiment {
  const { DECISIVE, BALANCED, MIN_EVIDENCE } = SENTIMENT_RULE;
  const total = e.positive + e.negative;
  if (Math.max(e.positive, e.negative) < MIN_EVIDENCE) return e.neutralCue ? 'neutral' : 'unclassified';
  const net = e.positive - e.negative;
  const margin = Math.abs(net) / total;
  if (margin >= DECISIVE && Math.max(e.positive, e.negative) >= MIN_EVIDENCE) return net > 0 ? 'positive' : 'negative';
  if (margin <= BALANCED && e.positive > 0 && e.negative > 0) return 'neutral';
  return 'unclassified';
}

/** The evidence a comment carries, for explaining a label (see sentiment-engine.ts). */
export function commentSentimentEvidence(text: string, language: 'en' | 'et'): SentimentEvidence {
  if (language === 'et') return estonianSentimentEvidence(text);
  if (language === 'en') return englishSentimentEvidence(text);
  throw new DomainError(`Language ${String(language)} has no sentiment scorer; use 'en' or 'et'.`);
}

/** Positive, neutral, negative, or unclassified when not confident; empty or whitespace-only text is unclassified. */
export function commentSentiment(text: string, language: 'en' | 'et'): Sentiment {
  if (language !== 'en' && language !== 'et') {
    throw new DomainError(`Language ${String(language)} has no sentiment scorer; use 'en' or 'et'.`);
  }
  if (typeof text !== 'string' || text.trim() === '') return 'unclassified';
  return sentimentOfEvidence(commentSentimentEvidence(text, language));
}

/** The inverse of SENTIMENT_VALUE: −1 negative, 0 neutral, 1 positive, NULL unclassified. */
export function sentimentFromValue(v: -1 | 0 | 1 | null): Sentiment {
  if (v === null) return 'unclassified';
  if (v === -1) return 'negative';
  if (v === 0) return 'neutral';
  if (v === 1) return 'positive';
  throw new DomainError(`Sentiment value ${String(v)} is not −1, 0, 1 or NULL.`);
}
