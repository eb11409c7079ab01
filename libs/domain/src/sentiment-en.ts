/// <reference path="./types/sentiment.d.ts" />
import AFINN from 'sentiment/languages/en/labels.json';
import { LanguageRules, PhraseRule, scoreWith, SentimentEvidence } from './sentiment-engine';

/*
 * English comment sentiment: the AFINN-165 word list (each word −5..+5, shipped by the
 * `sentiment` npm package) with workplace words on top, scored by sentiment-engine.ts.
 *
 * On top of AFINN:
 * - WORKPLACE: words AFINN lacks (underpaid, understaffed, micromanagement, burnout,
 *   chaotic, welcoming, supportive, ...) and AFINN words that mislead in employee comments,
 *   set to 0 ("pay" is −1, "joke" +2, "please" +1, "leave" −1, "no" −1 in AFINN; "no" is a
 *   negator here, "please" a request).
 * - "like" counts only as a verb after a subject ("I like", "which I like"); "feels like",
 *   "would like" carry nothing.
 * - Inflections AFINN lacks fall back to the base form (-s, -es, -ed, -d, -ing, -ly).
 * - PHRASES: idioms with their value ("last minute" −2, "no complaints" +2, "can't complain"
 *   +2, "used to be better" −2, "wore me out" −2) and non-evaluative answers ("nothing to add",
 *   "hard to say", "neither ... nor").
 */

const WORKPLACE: Readonly<Record<string, number>> = {
  // AFINN words that mislead in employee comments
  no: 0, please: 0, want: 0, pay: 0, leave: 0, leaving: 0, joke: 0, strong: 0,
  honestly: 0, share: 0, shared: 0, promise: 0, promised: 0, funny: 0, luck: 0, fine: 1,
  hard: -1, easy: 1, free: 1, matter: 1, matters: 1, reason: 0, miss: 0, yes: 0, agree: 0, well: 0,
  cuts: -1, promises: 0, joined: 0, join: 0, sick: 0, sorry: 0, patient: 1, laughable: -2, layoffs: -2, layoff: -2,
  redundancies: -2, dirty: -2, cancels: -1, cancelled: -1, canceled: -1, favourites: 0, favorites: 0, asset: 0,
  assets: 0, trust: 2, trusts: 2, trusted: 2, surveillance: -2, frozen: -1.5, freeze: -1.5, mystery: -1, shout: -2,
  painless: 2, lifesaver: 2, efficient: 2, knowledgeable: 2, professional: 1, unprofessional: -2, inconsistent: -1,
  undervalued: -2, underappreciated: -2, overlooked: -1, draining: -2, demoralising: -2, demoralizing: -2,
  bureaucracy: -1, bureaucratic: -1, paperwork: -1, bottleneck: -1, backlog: -1, unsafe: -2, condescending: -2,
  dismissive: -2, buggy: -2, glitchy: -2, laggy: -1, clunky: -1, cramped: -1, freezing: -1, unpredictable: -1,
  overdue: -1, unanswered: -1, shambles: -2, absurd: -2, stellar: 3, empowering: 2, considerate: 2,
  accommodating: 2, understanding: 1, 'well-run': 2, 'last-minute': -2, big: 0, huge: 0, top: 0, pretty: 0, leadership: 0, approval: 0, approvals: 0,
  friend: 0, friends: 0, interest: 0, increase: 0, promote: 0, responsible: 0, responsibility: 0, wish: 0,
  hope: 0, dear: 0, god: 0, yeah: 0, resign: 0, resigned: 0, safety: 0, tough: -2,
  // positive
  supportive: 2, welcoming: 2, welcomed: 2, smooth: 2, smoothly: 2, flexible: 2, flexibility: 2,
  valued: 2, respected: 2, motivated: 2, organised: 1, organized: 1, modern: 1, faster: 1,
  quick: 1, quickly: 1, calmer: 1, learn: 0, learned: 1, learning: 1, grow: 1, growing: 1, plus: 1,
  easier: 2, recommend: 2, pleasant: 2, competitive: 1, transparent: 1, fairly: 1, approachable: 2,
  helpful: 2, proud: 2, enjoy: 2, love: 3, loving: 3, glad: 3, grateful: 3, thankful: 2, thanks: 2,
  appreciative: 2, empowered: 2, rewarding: 2, fulfilling: 2, listens: 1, cares: 2, caring: 2,
  collaborative: 2, inclusive: 2, improved: 2, improving: 2, better: 2, best: 3,
  // negative
  underpaid: -2, understaffed: -2, 'short-staffed': -2, overworked: -2, overloaded: -2,
  overtime: -1, micromanagement: -2, micromanage: -2, micromanages: -2, micromanaged: -2,
  micromanaging: -2, burnout: -3, exhausted: -2, exhausting: -2, favouritism: -2, favoritism: -2,
  unrealistic: -2, crash: -2, crashes: -2, crashing: -2, slow: -1, slowly: -1, ancient: -1,
  outdated: -2, unclear: -2, nightmare: -3, downhill: -2, gossip: -2, gossiping: -2, shouts: -2,
  shouting: -2, yells: -2, yelling: -2, overwhelming: -2, overwhelmed: -2, disorganised: -2,
  disorganized: -2, unorganised: -2, firefighting: -2, pressure: -1, stress: -2, stressful: -2,
  behind: -1, chaos: -2, mess: -2, messy: -2, broken: -2, cold: -1, noisy: -1, unfair: -2,
  unfairly: -2, toxic: -3, disaster: -3, awful: -3, impossible: -2, barely: -1, worse: -3,
  worst: -3, poor: -2, poorly: -2, ignored: -2, demotivated: -2, demotivating: -2, tiring: -2,
  understaffing: -2, turnover: -1, delays: -1, delayed: -1, late: -1, issues: -1, issue: -1,
  problems: -2, problem: -2, complaints: -2, complaint: -2, complain: -2, frustrating: -2,
  unsure: -1, pointless: -2, useless: -2, lacking: -2, lacks: -2, waste: -2, wasted: -2,
};

/** Worth nothing on their own; negated they are a lack ("no time", "nobody listens"). */
const DESIRABLE: ReadonlySet<string> = new Set([
  'way', 'ways', 'time', 'training', 'trainings', 'feedback', 'recognition', 'career', 'development',
  'progression', 'promotion', 'promotions', 'raise', 'raises', 'budget', 'access', 'info', 'information',
  'answer', 'answers', 'answered', 'response', 'plan', 'plans', 'clarity', 'stability', 'staff', 'enough',
  'told', 'tell', 'tells', 'explain', 'explains', 'explained', 'ask', 'asks', 'asked', 'asking', 'check',
  'checked', 'checks', 'listen', 'listens', 'listened', 'listening', 'notice', 'noticed', 'notices',
  'know', 'knows', 'knew', 'read', 'reads', 'fix', 'fixed', 'fixes', 'change', 'changes', 'changed',
  'happen', 'happens', 'happened', 'work', 'works', 'worked', 'allowed', 'respond', 'responds',
  'responded', 'reply', 'replies', 'replied', 'focus', 'sure', 'tools', 'equipment', 'chance',
  'chances', 'opportunity', 'opportunities', 'option', 'options', 'onboarding', 'guidance',
  'direction', 'communication', 'transparency', 'appreciation', 'bonus', 'increase', 'acknowledged', 'paid',
  'stay', 'stays', 'involved', 'consulted', 'informed', 'pay', 'explanation', 'holiday', 'holidays', 'vacation',
  'visit', 'visits', 'visited', 'support', 'balance', 'attention', 'backs', 'backed', 'matter', 'clean', 'cleans', 'cleaned', 'update', 'updates', 'updated', 'heating',
]);
/** Desirable words that are also mildly positive when affirmed ("my manager listens"). */
const AFFIRMED: Readonly<Record<string, number>> = { listen: 1, listens: 1, listened: 1, listening: 1 };

/** "nobody", "no one" (written "noone" by a phrase below). */
const SUBJECT_NEGATORS: ReadonlySet<string> = new Set(['nobody', "nobody's", 'noone']);

const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'hardly',
  'nowhere', 'lack', 'lacks', 'lacking', 'noone', 'less', 'fewer', 'zero', 'hardto',
]);

const PHRASES: readonly PhraseRule[] = [
  // Non-evaluative answers (their words are not scored).
  { pattern: /\b(nothing|not much|nothing more|nothing else|nothing much) (to add|to say|to report|new|new to report|special)\b/g, value: 0, neutral: true },
  { pattern: /\b(prefer|rather) not (to )?(comment|say|answer)\b|\bno comment\b/g, value: 0, neutral: true },
  { pattern: /\bno (comments?|answer|opinion|strong feelings?)\b/g, value: 0, neutral: true },
  { pattern: /\b(hard|too early|difficult) to (say|tell|judge|compare)\b/g, value: 0, neutral: true },
  { pattern: /\b(can't|cannot|can not) judge\b/g, value: 0, neutral: true },
  { pattern: /\beither way\b/g, value: 0, neutral: true },
  { pattern: /\bneither\b[^.?!]*\bnor\b[^.,?!]*/g, value: 0, neutral: true },
  { pattern: /\bnot (the )?(best|worst)\b[^.?!]*\bnot (the )?(best|worst)( either)?\b/g, value: 0, neutral: true },
  { pattern: /\bnot bad,? not great\b|\bnot great,? not bad\b/g, value: 0, neutral: true },
  { pattern: /\b(same as (last|before|usual)|as usual|depends on|it depends)\b/g, value: 0, neutral: true },
  { pattern: /^\W*(ok|okay|fine|so-so|meh|n\/a|-+)\W*$/g, value: 0, neutral: true },
  { pattern: /\b(ok|okay)\b/g, value: 0, neutral: true },
  { pattern: /\b(to be honest|honestly|tbh)\b/g, value: 0 },
  { pattern: /\bplease\b/g, value: 0, neutral: true },
  { pattern: /\b(we|i) (need|want) more\b/g, value: 0, neutral: true },
  { pattern: /^\W*(i )?(don't know|dunno|no idea)\b(?!\s+(what|why|how|who|when|if|whether))/g, value: 0, neutral: true },
  // Approval said through a negation.
  { pattern: /\b(nothing|not much|little|nothing much) (to|i would|i'd|that needs to) (improve|change)\b|\bnothing i would change\b/g, value: 2 },
  { pattern: /\b(no|never had any|never any) (complaints?|problems?|issues?)\b/g, value: 2 },
  { pattern: /\b(nothing|not much) to complain about\b|\b(can't|cannot|couldn't) complain\b/g, value: 2 },
  { pattern: /\b(can't|cannot|couldn't) think of anything (i'd|i would|to) change\b|\bwouldn't change a thing\b/g, value: 2 },
  { pattern: /\b(couldn't|could not|can't) (ask for|wish for|imagine) (a )?better\b/g, value: 3 },
  { pattern: /\b(wouldn't|would not|don't|do not) want to (work|be) anywhere else\b/g, value: 3 },
  { pattern: /\bnot (a |the |an )?(perfect|ideal)\b/g, value: -0.5 },
  { pattern: /\bso far so good\b|\btop notch\b|\b10\/10\b|\bkeep it up\b|\bkeep up the good work\b/g, value: 3 },
  { pattern: /\bworks (well )?for me\b/g, value: 2 },
  { pattern: /\bthank you\b/g, value: 2 },
  // Workplace idioms
  { pattern: /\b(at the )?last minute\b/g, value: -2 },
  { pattern: /\bused to be (better|good|great|nicer|fun)\b/g, value: -2 },
  { pattern: /\b(a|is a|are a) joke\b/g, value: -2 },
  { pattern: /\b(all-time|all time) low\b/g, value: -2 },
  { pattern: /\bblack hole\b|\brevolving door\b/g, value: -2 },
  { pattern: /\b(wore|wears|wearing|burn(ed|t|s|ing)?) (me |us |people )?out\b/g, value: -3 },
  { pattern: /\bstill (waiting|no|not|hasn't|haven't|didn't|don't|isn't|aren't)\b/g, value: -1.5 },
  { pattern: /\b(looking for|applying for|looking at) (an?other|a new|new) (job|role|position)s?\b/g, value: -2 },
  { pattern: /\bbecause of (my|the|our) (manager|boss|lead|supervisor|team lead)\b/g, value: -2 },
  { pattern: /\bthe only (thing|reason) (that )?(keeps|keeping) me\b/g, value: -2 },
  { pattern: /\b(goes|went|go|going) wrong\b/g, value: -2 },
  { pattern: /\bnot (kept|keeping) up\b/g, value: -2 },
  { pattern: /\bgood luck\b/g, value: 0 },
  { pattern: /\bleav(e|ing) for (a )?better(-paid)?\b/g, value: 0 },
  { pattern: /\btak(e|es|ing) (the )?credit\b/g, value: -2 },
  { pattern: /\btak(e|es|ing) (weeks|months|ages|forever)\b/g, value: -2 },
  { pattern: /\bpull(ed)? through\b/g, value: 2, word: true },
  { pattern: /\braise (problems|issues|concerns)\b/g, value: 0 },
  { pattern: /\bas well\b/g, value: 0 },
  { pattern: /\b(lost|losing|lose) (some of )?(our|the) best\b/g, value: -3 },
  { pattern: /\b(reason|reasons) (why )?(i|we) (stayed|stay|am staying|'m staying)\b/g, value: 2 },
  { pattern: /\bsome (days|weeks|months|shifts|things|changes)\b[^.;!?]*\bsome\b[^.;!?]*/g, value: 0, neutral: true },
  { pattern: /\bplays? favou?rites\b|\bfavou?ritism\b/g, value: -2 },
  { pattern: /\b(kind|sort) of\b/g, value: 0 },
  { pattern: /\b(works|went|goes|worked) (just )?(as|like) (it|they) should\b|\bas (it|they) should\b/g, value: 1.5 },
  { pattern: /\b(couldn't|could not|can't|cannot) be (happier|better|more (happy|satisfied|pleased))\b/g, value: 3 },
  { pattern: /\bfeel(ing|s)? (at home|like family|heard|valued|welcome)\b/g, value: 2, word: true },
  { pattern: /\b(fed up|sick of|sick and tired)\b/g, value: -2 },
  { pattern: /\b(thinking|considering) (of|about) (leaving|quitting|resigning)\b/g, value: -2 },
  { pattern: /\bfeel (like )?(just )?a number\b/g, value: -2 },
  { pattern: /\b(five|5) stars\b/g, value: 3 },
  { pattern: /\bout of (control|hand|touch)\b/g, value: -2 },
  { pattern: /\balways the last\b/g, value: -2 },
  { pattern: /\bnot (a )?single\b/g, value: -1.5 },
  { pattern: /\bshort of (people|staff|time|hands)\b/g, value: -1.5 },
  { pattern: /\b(had|have|need) to (buy|pay for|bring) (my|our) own\b/g, value: -2 },
  { pattern: /\b(take|takes|took|taking) (\w+ ){1,2}seriously\b/g, value: 2, word: true },
  // Calendar words: a comment without sentiment words that names a day or a date reads as a fact.
  { pattern: /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/g, value: 0, neutral: true },
  { pattern: /\b(january|february|march|april|june|july|august|september|october|november|december)\b|\b(in|since|from|until) may\b/g, value: 0, neutral: true },
  { pattern: /\b(in|this|next|last) (spring|summer|autumn|fall|winter)\b|\b(next|last) (week|month|quarter|year)\b|\b\d{1,2}(st|nd|rd|th)\b/g, value: 0, neutral: true },
  // Emoticons
  { pattern: /(^|\s)(:-?\)|:-?d|;-?\)|<3)(?=\s|$)/g, value: 2 },
  { pattern: /(^|\s)(:-?\(|:'\()(?=\s|$)/g, value: -2 },
];

const afinn = AFINN as Readonly<Record<string, number>>;

function lookup(word: string): number | undefined {
  if (Object.prototype.hasOwnProperty.call(WORKPLACE, word)) return WORKPLACE[word];
  if (Object.prototype.hasOwnProperty.call(afinn, word)) return afinn[word];
  return undefined;
}

/** The base forms an inflected word may come from: crashing → crash, forgets → forget. */
function baseForms(word: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string, ...adds: string[]) => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      out.push(stem, ...adds.map((a) => stem + a));
    }
  };
  strip("'s");
  strip('ies', 'y');
  strip('es');
  strip('s');
  strip('ed', 'e');
  strip('d');
  strip('ing', 'e');
  strip('ly');
  return out;
}

const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'really', 'also', 'still', 'do', 'just', 'definitely', 'all', 'people', 'everyone']);

function wordValue(token: string, previous: string | undefined): number | undefined {
  const t = token.replace(/'s$/, '');
  if (t === 'like' || t === 'likes' || t === 'liked') {
    const verb = previous !== undefined && (SUBJECTS.has(previous) || previous.endsWith("n't") || previous === 'not' || previous === 'never');
    return verb ? 2 : undefined;
  }
  const direct = lookup(t);
  if (direct !== undefined) return direct;
  for (const base of baseForms(t)) {
    const v = lookup(base);
    if (v !== undefined) return v;
  }
  return undefined;
}

const CONDITIONALS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might', "i'd", "we'd", "it'd", "you'd"]);

export const ENGLISH_RULES: LanguageRules = {
  wordValue,
  desirable: (t) => (Object.prototype.hasOwnProperty.call(AFFIRMED, t) ? AFFIRMED[t] : DESIRABLE.has(t) ? 0 : undefined),
  isNegator: (t) => NEGATORS.has(t) || (t.endsWith("n't") && t !== "n't"),
  subjectNegation: (tokens) => tokens.some((t) => SUBJECT_NEGATORS.has(t)),
  intensifiers: new Set(['very', 'really', 'so', 'extremely', 'incredibly', 'absolutely', 'totally', 'super', 'truly', 'highly', 'much', 'genuinely']),
  excess: new Set(['too']),
  contrast: new Set(['but', 'however', 'yet']),
  subordinators: new Set(['which', 'that', 'who', 'because', 'so', 'even', 'unless', 'until', 'whether', 'if']),
  isConcession: (tokens) => ['although', 'though', 'despite'].includes(tokens[0]) || (tokens[0] === 'even' && ['when', 'if', 'though'].includes(tokens[1]))
    || tokens.slice(0, -1).some((t, i) => t === 'even' && ['when', 'if', 'though'].includes(tokens[i + 1])),
  isConditional: (t) => CONDITIONALS.has(t),
  wishExempt: (t) => t === 'recommend' || t === 'recommended',
  neverWords: new Set(['never']),
  neverSo: new Set(['so', 'such', 'this']),
  hedges: new Set(['mostly', 'generally', 'largely', 'basically', 'otherwise']),
  whyWords: new Set(['why']),
  phrases: PHRASES,
  negationLooksBack: false,
  locale: 'en',
};

/** The evidence an English comment carries (see sentiment-engine.ts). */
export function englishSentimentEvidence(text: string): SentimentEvidence {
  // "no one" is one word; "hard to" is a negation of what follows ("hard to stay motivated"),
  // and keeps "hard" as a word of its own.
  const prepared = text.replace(/\b(no)[ -](one)\b/gi, 'noone').replace(/\b(hard|difficult) to\b(?! (say|tell|judge|compare)\b)/gi, '$1 hardto');
  return scoreWith(ENGLISH_RULES, prepared);
}
