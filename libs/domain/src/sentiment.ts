/// <reference path="./types/sentiment.d.ts" />
import SentimentAnalyzer from 'sentiment';
import { DomainError } from './domain-error';
import { estonianSentimentScore } from './sentiment-et';

/*
 * Sentiment of a free-text comment, in the employee's language (English or Estonian).
 *
 * English: the `sentiment` package (AFINN-165 word list, each word −5..+5, plus emoji
 * ranks). Its negation is the package's own: a word directly after not, don't, can't,
 * doesn't, won't, isn't or non (with or without the apostrophe) has its sign flipped, so
 * "not good" is negative. Nothing else is negation: "not very good" keeps "good"
 * positive, and "no"/"never" are scored as negative words of their own ("no complaints"
 * reads negative). Typographic apostrophes (don’t) are straightened first so they count.
 * Estonian: a hand-written stem lexicon with negation, see sentiment-et.ts.
 *
 * Both give a comparative score: the summed word values divided by the number of words.
 * Threshold: |comparative| ≥ 0.05 decides, below it the comment is neutral. That is one
 * mild word (±1) per 20 words: a short comment with any clear sentiment word is positive
 * or negative, a long factual comment with one stray weak word stays neutral, and words
 * that cancel ("great team but terrible workload") give neutral.
 */

export type Sentiment = 'positive' | 'neutral' | 'negative';

export const SENTIMENT_VALUE: Record<Sentiment, -1 | 0 | 1> = {
  negative: -1,
  neutral: 0,
  positive: 1,
};

/** Minimum |comparative score| (word values per word) for a comment not to be neutral. */
export const SENTIMENT_THRESHOLD = 0.05;

const english = new SentimentAnalyzer();

function fromComparative(comparative: number): Sentiment {
  if (comparative >= SENTIMENT_THRESHOLD) return 'positive';
  if (comparative <= -SENTIMENT_THRESHOLD) return 'negative';
  return 'neutral';
}

/** Positive, neutral or negative; empty or whitespace-only text is neutral. */
export function commentSentiment(text: string, language: 'en' | 'et'): Sentiment {
  if (typeof text !== 'string' || text.trim() === '') return 'neutral';
  if (language === 'et') return fromComparative(estonianSentimentScore(text).comparative);
  if (language === 'en') {
    const straightened = text.replace(/[\u2018\u2019\u02bc]/g, "'");
    return fromComparative(english.analyze(straightened).comparative);
  }
  throw new DomainError(`Language ${String(language)} has no sentiment scorer; use 'en' or 'et'.`);
}

/** The inverse of SENTIMENT_VALUE: −1 negative, 0 neutral, 1 positive. */
export function sentimentFromValue(v: -1 | 0 | 1): Sentiment {
  if (v === -1) return 'negative';
  if (v === 0) return 'neutral';
  if (v === 1) return 'positive';
  throw new DomainError(`Sentiment value ${String(v)} is not −1, 0 or 1.`);
}
