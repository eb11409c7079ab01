import { daysBetween, isIsoDate } from './dates';
import { DRIVERS, ProgrammeQuestion } from './programme';

/**
 * The questions a pulse asks besides eNPS (PRODUCT.md, "Survey programmes"): a 1–5 agreement
 * statement (onboarding), one rotating driver statement (development and quarterly pulses), or
 * the primary reason for leaving (exit survey). Every text exists in English and Estonian.
 */

export type Driver = (typeof DRIVERS)[number];
export type QuestionLanguage = 'en' | 'et';

export interface Bilingual {
  en: string;
  et: string;
}

/** The statement each driver asks, agreed with on a 1–5 scale. */
export const DRIVER_TEXTS: Readonly<Record<Driver, Bilingual>> = {
  manager_relationship: {
    en: 'My manager supports me and gives me useful feedback.',
    et: 'Minu juht toetab mind ja annab mulle kasulikku tagasisidet.',
  },
  role_clarity: {
    en: 'I know clearly what is expected of me in my role.',
    et: 'Ma tean selgelt, mida minult minu rollis oodatakse.',
  },
  recognition: {
    en: 'I get recognition when I do good work.',
    et: 'Hea töö eest saan ma tunnustust.',
  },
  growth: {
    en: 'I have good opportunities to learn and grow here.',
    et: 'Mul on siin head võimalused õppida ja areneda.',
  },
  workplace_tools: {
    en: 'I have the tools and the workplace I need to do my job well.',
    et: 'Mul on olemas töövahendid ja töökeskkond, mida vajan oma töö hästi tegemiseks.',
  },
  wellbeing: {
    en: 'My workload is manageable and I can keep a healthy balance.',
    et: 'Minu töökoormus on jõukohane ja suudan hoida tervislikku tasakaalu.',
  },
};

/** Short names of the drivers, e.g. for dashboard column heads. */
export const DRIVER_LABELS: Readonly<Record<Driver, Bilingual>> = {
  manager_relationship: { en: 'Manager', et: 'Juht' },
  role_clarity: { en: 'Role clarity', et: 'Rolli selgus' },
  recognition: { en: 'Recognition', et: 'Tunnustus' },
  growth: { en: 'Growth', et: 'Areng' },
  workplace_tools: { en: 'Workplace & tools', et: 'Töökeskkond' },
  wellbeing: { en: 'Wellbeing', et: 'Heaolu' },
};

export const LEAVING_REASON_KEYS = [
  'pay_benefits', 'career_growth', 'manager', 'workload_wellbeing', 'culture_team', 'role_content', 'relocation_personal', 'other',
] as const;
export type LeavingReason = (typeof LEAVING_REASON_KEYS)[number];

/** The choices of the exit survey's "primary reason for leaving", in the order they are shown. */
export const LEAVING_REASONS: Readonly<Record<LeavingReason, Bilingual>> = {
  pay_benefits: { en: 'Pay and benefits', et: 'Palk ja hüved' },
  career_growth: { en: 'Career and growth opportunities', et: 'Karjääri- ja arenguvõimalused' },
  manager: { en: 'My manager', et: 'Minu juht' },
  workload_wellbeing: { en: 'Workload and wellbeing', et: 'Töökoormus ja heaolu' },
  culture_team: { en: 'Culture and team', et: 'Töökultuur ja meeskond' },
  role_content: { en: 'The work itself', et: 'Töö sisu' },
  relocation_personal: { en: 'Relocation or personal reasons', et: 'Kolimine või isiklikud põhjused' },
  other: { en: 'Something else', et: 'Muu põhjus' },
};

export const LEAVING_REASON_QUESTION: Bilingual = {
  en: 'What is the main reason you are leaving?',
  et: 'Mis on sinu lahkumise peamine põhjus?',
};

/** The five points of the agreement scale, 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_LABELS: readonly Bilingual[] = [
  { en: 'Strongly disagree', et: 'Ei nõustu üldse' },
  { en: 'Disagree', et: 'Pigem ei nõustu' },
  { en: 'Neither agree nor disagree', et: 'Nii ja naa' },
  { en: 'Agree', et: 'Pigem nõustun' },
  { en: 'Strongly agree', et: 'Nõustun täielikult' },
];

export const isDriver = (key: string): key is Driver => (DRIVERS as readonly string[]).includes(key);
export const isLeavingReason = (key: string): key is LeavingReason => (LEAVING_REASON_KEYS as readonly string[]).includes(key);
export const isAgreementScore = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;

/** How a programme's occurrences are spaced: the scheduler keys them `day-<employment day>`. */
export interface OccurrenceCadence {
  /** A repeating programme: occurrences every `intervalDays` days. */
  intervalDays?: number | null;
  /** A programme on fixed days after the start, e.g. 7, 30, 60, 90. */
  triggerDays?: readonly number[];
  /** The employee's start date (ISO): places a repeating occurrence on the calendar. */
  startDate?: string;
}

/**
 * Which driver an invitation asks, from its occurrence alone (so the page, the answer and any
 * re-computation agree without storing it on the invitation). The rule:
 *
 * 1. A repeating programme's occurrence `day-N` (N = employment day, start date = day 1) is due
 *    on the nominal date startDate + N − 1 (before any weekend shift). It asks
 *    DRIVERS[floor(D / intervalDays) mod 6], D = that date's day number since 1970-01-01: the
 *    calendar block of intervalDays days it falls in. One person's successive occurrences are
 *    exactly intervalDays apart, so the block grows by one each time: six successive pulses ask
 *    all six drivers, in DRIVERS order. Everyone due in the same block is asked the same driver,
 *    so departments are compared on a driver asked at the same time, and the driver on a response
 *    tells nothing about its author beyond its date (a rule on N alone would reveal tenure, and
 *    would make every 5-pulse development phase skip the same driver).
 *    Without startDate, D is N itself (the same rotation, on employment days).
 * 2. A fixed-day occurrence `day-N` with N among triggerDays asks DRIVERS[index of N mod 6].
 * 3. Any other key (a campaign, a manual send) asks DRIVERS[FNV-1a(key) mod 6]: deterministic,
 *    evenly spread, but without the rotation guarantee.
 */
export function driverFor(occurrenceKey: string, cadence: OccurrenceCadence = {}): Driver {
  const ordinal = occurrenceOrdinal(occurrenceKey, cadence);
  return DRIVERS[((ordinal % DRIVERS.length) + DRIVERS.length) % DRIVERS.length];
}

function occurrenceOrdinal(key: string, cadence: OccurrenceCadence): number {
  const day = /^day-(\d{1,6})$/.exec(key);
  if (day) {
    const n = Number(day[1]);
    const interval = cadence.intervalDays;
    if (interval && Number.isInteger(interval) && interval > 0) {
      // The start date is day 1, so the nominal date is start + N − 1; without a start date, N itself.
      const origin = cadence.startDate && isIsoDate(cadence.startDate) ? daysBetween('1970-01-01', cadence.startDate) - 1 : 0;
      return Math.floor((origin + n) / interval);
    }
    const index = cadence.triggerDays?.indexOf(n) ?? -1;
    if (index >= 0) return index;
  }
  return fnv1a(key);
}

/** 32-bit FNV-1a of the UTF-16 code units, as an unsigned integer. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The one question an invitation asks besides eNPS and the comment, language-neutral. */
export type ExtraQuestion =
  | { kind: 'scale'; key: string; text: Bilingual }
  | { kind: 'choice'; key: 'leaving_reason'; text: Bilingual; options: readonly { key: LeavingReason; label: Bilingual }[] };

/**
 * The extra question of a programme for one occurrence: its statement, the occurrence's driver,
 * or the reason for leaving; null when it asks none (or only kinds the answer page cannot hold).
 * A programme asks at most one of them; should a definition list several, the first counts.
 */
export function extraQuestionFor(
  questions: readonly ProgrammeQuestion[],
  occurrenceKey: string,
  cadence: OccurrenceCadence = {},
): ExtraQuestion | null {
  for (const q of questions) {
    if (q.kind === 'statement' && q.key && q.textEn && q.textEt) {
      return { kind: 'scale', key: q.key, text: { en: q.textEn, et: q.textEt } };
    }
    if (q.kind === 'driver') {
      const driver = driverFor(occurrenceKey, cadence);
      return { kind: 'scale', key: driver, text: DRIVER_TEXTS[driver] };
    }
    if (q.kind === 'choice' && q.key === 'leaving_reason') {
      return {
        kind: 'choice',
        key: 'leaving_reason',
        text: LEAVING_REASON_QUESTION,
        options: LEAVING_REASON_KEYS.map((key) => ({ key, label: LEAVING_REASONS[key] })),
      };
    }
  }
  return null;
}

/** Whether a programme offers the comment box. */
export const asksComment = (questions: readonly ProgrammeQuestion[]): boolean => questions.some((q) => q.kind === 'comment');
