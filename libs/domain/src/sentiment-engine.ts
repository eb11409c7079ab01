/*
 * The lexicon scorer both comment languages share (sentiment-en.ts and sentiment-et.ts give
 * it their word lists). Pure; no I/O.
 *
 * 1. Normalise: NFC, lower case, straight apostrophes.
 * 2. Phrases first: each language's idioms are regular expressions over the normalised text
 *    ("last minute", "no complaints", "nothing to add", "varem oli parem"). A phrase adds its
 *    value (or marks the text as a non-evaluative answer) and its words are blanked, so they
 *    are not scored again; a "word" phrase becomes one token that negation can reach
 *    ("keegi ei hinga kuklasse").
 * 3. Clauses: the text is cut at . ; : ! ? … ( ) and line breaks, at commas (except before a
 *    word that opens a subordinate clause, e.g. Estonian "et", "mis", "kes", so "ei tunne, et
 *    mind hinnataks" stays one clause), and at contrast words ("but", "aga"). A clause after a
 *    contrast word weighs CONTRAST_WEIGHT, a concession ("even when", "kuigi") CONCESSION_WEIGHT,
 *    a question QUESTION_WEIGHT.
 * 4. Words, left to right in each clause:
 *    - a negator ("not", "never", "less", "ei", "pole", "vähem") applies to the first word with a
 *      value or a desirable word later in the clause (at most NEGATION_SCOPE words on): a
 *      positive value v becomes −0.75·v ("not good"), a negative one +0.5·|v| ("not bad" is mild
 *      approval), a desirable word (time, training, feedback, "arenguvõimalusi", "tuge"), worth
 *      nothing or little on its own, becomes −DESIRABLE_WEIGHT ("no time", "ei näe
 *      arenguvõimalusi"), and the lack carries to the next word ("no way to grow"). Estonian
 *      also looks back: a negator that finds nothing ahead applies to the nearest such word at
 *      most 2 words before it ("karjäärivõimalusi ei ole", "probleeme pole");
 *    - "nobody", "no one", "keegi … ei" with nothing else negated is a lack ("nobody visits");
 *    - a clause that is only "<noun> + negator" mirrors the clause before ("the team is great,
 *      the pay is not");
 *    - "never … so" / "pole kunagi nii" is an intensifier, not a negation ("never felt so
 *      welcome");
 *    - an intensifier ("very", "väga") multiplies the next valued word within 2 words by 1.5;
 *    - an excess word ("too", "liiga") followed by another word counts −1.5 ("too late");
 *    - in a clause with a conditional ("would", "could", "oleks", "võiks", "-ksin") positive
 *      words count 0 and the text reads as a wish ("more team events would be nice",
 *      "rohkem ühisüritusi oleks tore"), unless the word is exempt ("would recommend"); a wish
 *      after a contrast is a reservation (−1: "good, but could come less often");
 *    - praise in a hedged clause ("mostly", "üldiselt") followed by a contrast counts 0;
 *    - a question opened by "why"/"miks" is a complaint (−1.5); other questions read as neutral.
 * 5. The result is the evidence for each side (sums of positive and of negative values), the
 *    number of words, and whether the text reads as a non-evaluative answer (a question, a
 *    wish, "nothing to add", a dated fact). sentiment.ts turns that into a label with a
 *    confidence rule.
 */

export interface SentimentEvidence {
  /** Sum of the positive contributions. */
  positive: number;
  /** Sum of the absolute values of the negative contributions. */
  negative: number;
  /** Number of word tokens (phrase words included). */
  tokens: number;
  /** The text reads as a question, a wish or a non-evaluative answer ("nothing to add"). */
  neutralCue: boolean;
  /** What counted, for tests and for explaining a label. */
  matches: { word: string; value: number }[];
}

export interface PhraseRule {
  pattern: RegExp;
  /** The phrase's value; 0 with neutral: true for a non-evaluative answer. */
  value: number;
  neutral?: boolean;
  /**
   * Scored as one word in its clause, so negation, intensifiers and wishes apply to it
   * ("keegi ei hinga kuklasse", "mind ei ole alt veetud"); otherwise the value counts as is.
   */
  word?: boolean;
  /** With word: a desirable word (value when affirmed, a lack when negated: "ei ole sammu pidanud"). */
  desirable?: boolean;
}

export interface LanguageRules {
  /** Value of one lower-cased token in its clause; undefined when it carries none. */
  wordValue(token: string, previous: string | undefined, next: string | undefined): number | undefined;
  /**
   * A desirable word's value when affirmed (0 for most: "time", "training"; +1 for being
   * listened to or a raise), or undefined for other words. Negated, a desirable word is a lack
   * ("no time", "ei näe arenguvõimalusi", "nobody listens").
   */
  desirable(token: string): number | undefined;
  /** A lack by itself, also after a negator (the Estonian abessive "väljaõppeta", "ilma arvutita"). */
  lack?(token: string): boolean;
  isNegator(token: string): boolean;
  /**
   * "Nobody", "no one", "keegi … ei": a clause with one, in which nothing else was negated, is a
   * lack ("nobody from HR ever visits the stores", "keegi ei korista").
   */
  subjectNegation(tokens: readonly string[]): boolean;
  intensifiers: ReadonlySet<string>;
  excess: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  /**
   * Concession markers ("even when", "although", "kuigi", "ka siis kui"): a clause that opens
   * with one weighs CONCESSION_WEIGHT ("honest with us even when the news is bad").
   */
  isConcession(tokens: readonly string[]): boolean;
  /** Words that open a subordinate clause: no clause break at a comma before them. */
  subordinators: ReadonlySet<string>;
  /** Whether the token at index is a conditional verb that makes its clause a wish. */
  isConditional(token: string, index: number, tokens: readonly string[]): boolean;
  /** Positive words that keep their value in a conditional clause ("would recommend"). */
  wishExempt(token: string): boolean;
  /** The negator words that, followed by NEVER_SO within 2 words, intensify instead ("never so"). */
  neverWords: ReadonlySet<string>;
  neverSo: ReadonlySet<string>;
  /**
   * Hedges ("mostly", "üldiselt"): praise in a hedged clause followed by a contrast clause
   * counts 0 and the text reads as mixed ("mostly fine, but the workload comes in waves").
   */
  hedges: ReadonlySet<string>;
  /** "why"/"miks": a question opened by it is a complaint. */
  whyWords: ReadonlySet<string>;
  phrases: readonly PhraseRule[];
  /** Look back for a negated word (free word order). */
  negationLooksBack: boolean;
  /** Locale for lower-casing. */
  locale: string;
}

export const NEGATION_SCOPE = 6;
export const DESIRABLE_WEIGHT = 1.5;
export const EXCESS_VALUE = -1.5;
export const INTENSIFIER_FACTOR = 1.5;
export const CONTRAST_WEIGHT = 1.5;
export const CONCESSION_WEIGHT = 0.5;
const INTENSIFIER_SCOPE = 2;
const LOOK_BACK = 2;
const CARRY_SCOPE = 2;
const QUESTION_WEIGHT = 0.5;
const RESERVATION_VALUE = -1;

/** Letters (any script), digits and in-word apostrophes/hyphens: "don't", "short-staffed", "10/10" stays a phrase. */
const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

interface Clause {
  tokens: string[];
  afterContrast: boolean;
  question: boolean;
}

function normalise(text: string, locale: string): string {
  return text.normalize('NFC').toLocaleLowerCase(locale).replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

function clausesOf(text: string, rules: LanguageRules): Clause[] {
  const clauses: Clause[] = [];
  // Sentence-level pieces keep their closing mark so a question can be recognised.
  for (const piece of text.match(/[^.;:!?…()\n\r]+[.;:!?…()\n\r]*/gu) ?? []) {
    const question = /\?/.test(piece);
    const commaParts = piece.split(',');
    let tokens: string[] = [];
    let afterContrast = false;
    const flush = () => {
      if (tokens.length > 0) clauses.push({ tokens, afterContrast, question });
      tokens = [];
    };
    commaParts.forEach((part, i) => {
      const words = part.match(TOKEN) ?? [];
      if (i > 0 && !(words.length > 0 && rules.subordinators.has(words[0] as string))) flush();
      for (const w of words) {
        if (rules.contrast.has(w)) {
          flush();
          afterContrast = true;
          continue;
        }
        tokens.push(w);
      }
    });
    flush();
  }
  return clauses;
}

/** Scores a text with one language's rules. */
export function scoreWith(rules: LanguageRules, text: string): SentimentEvidence {
  let normalised = normalise(text, rules.locale);
  let positive = 0;
  let negative = 0;
  let neutralCue = false;
  const matches: { word: string; value: number }[] = [];
  const add = (word: string, value: number) => {
    if (value === 0) return;
    if (value > 0) positive += value;
    else negative -= value;
    matches.push({ word, value });
  };

  let phraseTokens = 0;
  /** Word phrases become one placeholder token each: "xphrase" + letters, looked up here. */
  const placeholders = new Map<string, { text: string; rule: PhraseRule }>();
  rules.phrases.forEach((rule) => {
    normalised = normalised.replace(rule.pattern, (m) => {
      if (rule.neutral) neutralCue = true;
      const words = (m.match(TOKEN) ?? []).length;
      if (rule.word) {
        const key = `xphrase${String.fromCharCode(97 + (placeholders.size % 26))}${'z'.repeat(Math.floor(placeholders.size / 26))}`;
        placeholders.set(key, { text: m.trim(), rule });
        phraseTokens += words - 1;
        return ` ${key} `; // word phrases match words within one clause
      }
      add(m.trim(), rule.value);
      phraseTokens += words;
      return ' ';
    });
  });
  const valueOf = (t: string, prev: string | undefined, next: string | undefined) => {
    const p = placeholders.get(t);
    if (p) return p.rule.desirable ? undefined : p.rule.value;
    return rules.wordValue(t, prev, next);
  };
  const desirable = (t: string): number | undefined => {
    const p = placeholders.get(t);
    if (p) return p.rule.desirable ? p.rule.value : undefined;
    return rules.desirable(t);
  };
  const label = (t: string) => placeholders.get(t)?.text ?? t;

  const clauses = clausesOf(normalised, rules);
  let tokens = phraseTokens;
  /** Net value of the previous clause, for an elliptic negation ("the team is great, the pay is not"). */
  let previousNet = 0;
  clauses.forEach((clause, clauseIndex) => {
    tokens += clause.tokens.length;
    const startPositive = positive;
    const startNegative = negative;
    const weight = (clause.afterContrast ? CONTRAST_WEIGHT : 1) * (rules.isConcession(clause.tokens) ? CONCESSION_WEIGHT : 1);
    const toks = clause.tokens;
    const wish = toks.some((t, i) => rules.isConditional(t, i, toks));
    if (wish) neutralCue = true;
    const hedged = toks.some((t) => rules.hedges.has(t)) && clauses.slice(clauseIndex + 1).some((c) => c.afterContrast);
    if (hedged) neutralCue = true;
    // A question weighs half ("is the schedule unclear to anyone else?"), except a "why" one.
    let questionFactor = 1;
    if (clause.question) {
      if (rules.whyWords.has(toks[0])) add(`${toks[0]}…?`, EXCESS_VALUE);
      else {
        neutralCue = true;
        questionFactor = QUESTION_WEIGHT;
      }
    }
    // A wish after a contrast is a reservation: "the pulses are good, but could come less often".
    if (wish && clause.afterContrast) add(`${toks.join(' ')}`, RESERVATION_VALUE);
    let negatedInClause = false;
    let negation: { left: number; index: number } | null = null;
    let intensifyLeft = 0;
    /** Words that scored (or desirable words) in this clause, for looking back from a negator. */
    const scored: { index: number; match: number; negated: boolean; desirable?: boolean }[] = [];
    /** Negators that found nothing ahead. */
    const missed: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (rules.isNegator(t)) {
        if (negation) missed.push(negation.index);
        negation = { left: NEGATION_SCOPE, index: i };
        continue;
      }
      if (negation && rules.neverSo.has(t) && toks.slice(negation.index, i).some((x) => rules.neverWords.has(x))) {
        negation = null;
        intensifyLeft = INTENSIFIER_SCOPE;
        continue;
      }
      if (rules.intensifiers.has(t)) {
        intensifyLeft = INTENSIFIER_SCOPE + 1;
        continue;
      }
      if (rules.excess.has(t) && i + 1 < toks.length) {
        if (!negation) add(`${t} ${toks[i + 1]}`, EXCESS_VALUE * weight);
        continue;
      }
      if (rules.lack?.(t)) {
        add(t, -DESIRABLE_WEIGHT * weight);
        scored.push({ index: i, match: matches.length - 1, negated: true });
        negation = null;
        negatedInClause = true;
        continue;
      }
      const base = valueOf(t, toks[i - 1], toks[i + 1]);
      const wanted = base === undefined || base === 0 ? desirable(t) : undefined;
      if (wanted !== undefined) {
        if (negation) {
          add(label(t), -DESIRABLE_WEIGHT * weight);
          scored.push({ index: i, match: matches.length - 1, negated: true });
          negatedInClause = true;
          // The lack carries to the next word: "no way to grow", "no time to learn".
          negation = { left: CARRY_SCOPE, index: i };
          continue;
        }
        const affirmed = wish || hedged ? 0 : wanted * weight * questionFactor;
        add(label(t), affirmed);
        scored.push({ index: i, match: affirmed === 0 ? -1 : matches.length - 1, negated: false, desirable: true });
      } else if (base !== undefined && base !== 0) {
        let value = base * questionFactor;
        if (intensifyLeft > 0) value *= INTENSIFIER_FACTOR;
        const negated = negation !== null;
        if (negated) value = value > 0 ? -0.75 * value : -0.5 * value;
        else if (wish && value > 0 && !rules.wishExempt(t)) value = 0;
        else if (hedged && value > 0) value = 0;
        add(label(t), value * weight);
        scored.push({ index: i, match: value === 0 ? -2 : matches.length - 1, negated });
        if (negated) negatedInClause = true;
        negation = null;
        intensifyLeft = 0;
        continue;
      }
      if (negation && --negation.left <= 0) {
        missed.push(negation.index);
        negation = null;
      }
      if (intensifyLeft > 0) intensifyLeft--;
    }
    if (negation) missed.push(negation.index);
    // Look back when a negator found nothing ahead: "karjäärivõimalusi ei ole", "probleeme pole".
    if (rules.negationLooksBack) {
      for (const at of missed) {
        const target = [...scored].reverse().find((x) => x.index < at && at - x.index <= LOOK_BACK);
        if (!target || target.negated || target.match === -2) continue;
        target.negated = true;
        if (target.desirable) {
          if (target.match >= 0) {
            positive -= matches[target.match].value;
            matches[target.match].value = 0;
          }
          add(label(toks[target.index]), -DESIRABLE_WEIGHT * weight);
          continue;
        }
        const m = matches[target.match];
        if (m.value > 0) positive -= m.value;
        else negative += m.value;
        m.value = m.value > 0 ? -0.75 * m.value : -0.5 * m.value;
        if (m.value > 0) positive += m.value;
        else negative -= m.value;
      }
    }
    if (!negatedInClause && rules.subjectNegation(toks)) add(toks.join(' '), -DESIRABLE_WEIGHT * weight);
    let net = positive - startPositive - (negative - startNegative);
    // An elliptic negation mirrors the clause before: "the team is great, the pay is not",
    // "meeskond on super, palk mitte".
    if (net === 0 && !negatedInClause && toks.length > 1 && rules.isNegator(toks[toks.length - 1]) && previousNet !== 0) {
      add(`${toks.join(' ')}`, -previousNet);
      net = -previousNet;
    }
    previousNet = net;
  });
  return { positive, negative, tokens, neutralCue, matches };
}
