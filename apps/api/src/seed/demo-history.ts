import { addDays, daysBetween, driverFor, OccurrenceCadence, phaseOn, tenureBandOn } from '@ex-pulse/domain';
import { commentSentiment, SENTIMENT_VALUE } from '@ex-pulse/domain/sentiment';
import { Random } from './random';
import { DemoEmployee, DemoOrganisation } from './demo-organisation';
import { DemoProgramme, ProgrammeKey } from './demo-programmes';
import {
  Climate, climateOn, ITEM_ANSWER_RATE, itemScoreFor, leavingReasonFor, REASON_ANSWER_RATE, scoreFor, targetEnps,
} from './demo-scores';
import { commentChoices, reasonOfExitComment, scoreBand } from './demo-comments';
import { monthKey, nextWorkingDay, previousWorkingDay } from './demo-calendar';

/**
 * Twelve months of pulse history: the invitations each person received by the programme
 * cadences (onboarding days 7/30/60/90, development every 30 days, quarterly every 90 days,
 * exit on notice), which of them were answered, and the anonymous responses with the answers
 * beside eNPS: the onboarding statement ('tools'), the development and quarterly pulses' rotating
 * driver (by the occurrence, as the answer page asks it), the exit survey's reason for leaving,
 * and each comment's sentiment. The internal service pulse asks a 1–5 question about a provider
 * the response table does not hold, so it has no history.
 */

export const INVITATION_LIFETIME_DAYS = 14;
const GOLDEN_RATIO_CONJUGATE = (Math.sqrt(5) - 1) / 2;

export interface DemoInvitation {
  id: string;
  employee: DemoEmployee;
  programmeId: string;
  occurrenceKey: string;
  phase: string;
  sentOn: string;
  expiresOn: string;
  answered: boolean;
}

export interface DemoResponse {
  id: string;
  programmeId: string;
  departmentId: string;
  managerId: string | null;
  location: string;
  phase: string;
  tenureBand: string;
  answeredOn: string;
  score: number;
  comment: string | null;
  /** The 1–5 item answered ('tools' or a driver) and its answer; both null when skipped or not asked. */
  itemKey: string | null;
  itemScore: number | null;
  leavingReason: string | null;
  /** SENTIMENT_VALUE of the comment; null without one. */
  sentiment: number | null;
}

interface PlannedSend {
  programme: ProgrammeKey;
  /** The day the cadence asks for; moved to a working day. */
  target: string;
  /** The occurrence key, or null to key by the month of sending. */
  key: string | null;
}

/** The cadence the default programmes' driver rotation follows (their interval in days). */
const DRIVER_CADENCE: Partial<Record<ProgrammeKey, OccurrenceCadence>> = {
  development: { intervalDays: 30 },
  quarterly: { intervalDays: 90 },
};

const PROGRAMME_PHASE: Readonly<Record<string, string>> = {
  onboarding: 'onboarding',
  development: 'initial_development',
  quarterly: 'ongoing_development',
  exit: 'separation',
};

/** Days after an invitation is sent until it is answered, by how often people take that long. */
const ANSWER_DELAYS: readonly (readonly [number, number])[] = [
  [0, 30], [1, 25], [2, 15], [3, 10], [4, 8], [5, 5], [6, 3], [7, 2], [9, 1], [12, 1],
];

export function buildDemoHistory(
  rng: Random,
  org: DemoOrganisation,
  programmes: Record<ProgrammeKey, DemoProgramme>,
  climate: Climate,
  today: string,
  windowStart: string,
  /** A stream of its own for the answers beside eNPS, so they leave the scores and comments as they were. */
  answersRng: Random,
): { invitations: DemoInvitation[]; responses: DemoResponse[] } {
  const invitations: DemoInvitation[] = [];
  const drafts: Draft[] = [];
  for (const e of org.employees) {
    for (const plan of plannedSends(e, today)) {
      const sentOn = sendingDay(e, plan);
      if (!sentOn || sentOn < windowStart || sentOn > today) continue;
      const phase = phaseOn(datesOf(e), sentOn);
      const invitation: DemoInvitation = {
        id: rng.uuid(), employee: e, programmeId: programmes[plan.programme].id,
        occurrenceKey: plan.key ?? monthKey(sentOn), phase, sentOn,
        expiresOn: addDays(sentOn, INVITATION_LIFETIME_DAYS), answered: false,
      };
      invitations.push(invitation);
      const answeredOn = answerDay(rng, e, phase, sentOn, today);
      if (!answeredOn) continue;
      invitation.answered = true;
      drafts.push(draft(e, invitation.programmeId, answeredOn, climate, asked(plan.programme, invitation.occurrenceKey, e.startDate)));
    }
  }
  const responses = scoreDrafts(rng, answersRng, drafts);
  // Responses go in an order unrelated to the invitations, with ids drawn after shuffling.
  const shuffled = rng.shuffle(responses).map((r) => ({ ...r, id: rng.uuid() }));
  return { invitations, responses: shuffled };
}

type Answers = 'score' | 'comment' | 'itemKey' | 'itemScore' | 'leavingReason' | 'sentiment';

/** What an invitation asks besides eNPS: a 1–5 item (its key), the reason for leaving, or nothing. */
type Asked = { item: string } | { reason: true } | null;

/** A response before its answers: the segment, what it is asked, and the eNPS its author answers from. */
interface Draft {
  employee: DemoEmployee;
  response: Omit<DemoResponse, 'id' | Answers>;
  asked: Asked;
  target: number;
}

function asked(programme: ProgrammeKey, occurrenceKey: string, startDate: string): Asked {
  if (programme === 'onboarding') return { item: 'tools' };
  if (programme === 'exit') return { reason: true };
  const cadence = DRIVER_CADENCE[programme];
  return cadence ? { item: driverFor(occurrenceKey, { ...cadence, startDate }) } : null;
}

function datesOf(e: DemoEmployee) {
  return { startDate: e.startDate, noticeDate: e.noticeDate, endDate: e.endDate };
}

/** The day of employment `day` (the start date is day 1). */
function employmentDay(e: DemoEmployee, day: number): string {
  return addDays(e.startDate, day - 1);
}

function plannedSends(e: DemoEmployee, today: string): PlannedSend[] {
  const plans: PlannedSend[] = [];
  for (const day of [7, 30, 60, 90]) plans.push({ programme: 'onboarding', target: employmentDay(e, day), key: `day-${day}` });
  for (let day = 121; day <= 270; day += 30) plans.push({ programme: 'development', target: employmentDay(e, day), key: `day-${day}` });
  const daysSoFar = daysBetween(e.startDate, today) + 1;
  // Every 90 days in ongoing development, counted from its first day (day 271), as the scheduler does.
  for (let day = 361; day <= daysSoFar; day += 90) plans.push({ programme: 'quarterly', target: employmentDay(e, day), key: `day-${day}` });
  if (e.noticeDate) plans.push({ programme: 'exit', target: e.noticeDate, key: 'exit' });
  return plans;
}

/** The working day the invitation goes out, in the programme's phase; null when it never does. */
function sendingDay(e: DemoEmployee, plan: PlannedSend): string | null {
  const wanted = PROGRAMME_PHASE[plan.programme];
  for (const day of [nextWorkingDay(plan.target), previousWorkingDay(plan.target)]) {
    if (phaseOn(datesOf(e), day) === wanted) return day;
  }
  return null;
}

function answerDay(rng: Random, e: DemoEmployee, phase: string, sentOn: string, today: string): string | null {
  const phaseFactor = phase === 'onboarding' ? 1.15 : phase === 'separation' ? 0.8 : 1;
  const p = Math.max(0.15, Math.min(0.95, e.department.responseRate * phaseFactor + e.mood * 0.004));
  if (!rng.chance(p)) return null;
  const answeredOn = addDays(sentOn, rng.weighted(ANSWER_DELAYS));
  if (answeredOn > today) return null; // not yet: the invitation is still open
  return e.endDate && answeredOn > e.endDate ? e.endDate : answeredOn;
}

function draft(e: DemoEmployee, programmeId: string, answeredOn: string, climate: Climate, question: Asked): Draft {
  const phase = phaseOn(datesOf(e), answeredOn);
  return {
    employee: e,
    asked: question,
    target: targetEnps(climateOn(climate, e.department.key, answeredOn), phase, e.mood),
    response: {
      programmeId, departmentId: e.department.id, managerId: e.managerId, location: e.location, phase,
      tenureBand: tenureBandOn(e.startDate, answeredOn), answeredOn,
    },
  };
}

/**
 * Scores per department (leavers apart) in answer order, from a low-discrepancy sequence (a Weyl
 * sequence with a random start) instead of independent draws: in every stretch of time the share
 * of promoters and detractors stays close to what the model expects, so the demo's differences
 * and trends show even in small departments and months. Then a comment for some, and (drawn
 * from `answersRng`) the answer beside eNPS.
 */
function scoreDrafts(rng: Random, answersRng: Random, drafts: readonly Draft[]): Omit<DemoResponse, 'id'>[] {
  const sequences = new Map<string, { d: Draft; tiebreak: number }[]>();
  for (const d of drafts) {
    // Leavers are few in any department: their answers share one organisation-wide sequence.
    const key = d.response.phase === 'separation' ? 'separation' : d.response.departmentId;
    const list = sequences.get(key) ?? [];
    list.push({ d, tiebreak: rng.next() });
    sequences.set(key, list);
  }
  const out: Omit<DemoResponse, 'id'>[] = [];
  for (const list of sequences.values()) {
    list.sort((a, b) => a.d.response.answeredOn.localeCompare(b.d.response.answeredOn) || a.tiebreak - b.tiebreak);
    let u = rng.next();
    for (const { d } of list) {
      u = (u + GOLDEN_RATIO_CONJUGATE) % 1;
      const score = scoreFor(rng, d.target, u);
      const commentRate = { promoter: 0.24, passive: 0.17, detractor: 0.33 }[scoreBand(score)];
      const comment = rng.chance(commentRate)
        ? rng.pick(commentChoices(score, d.response.phase, d.employee.language))
        : null;
      out.push({ ...d.response, score, comment, ...extraAnswers(answersRng, d, score, comment) });
    }
  }
  return out;
}

/**
 * The 1–5 item (correlated with the eNPS score and the department's strengths and weaknesses),
 * or the reason for leaving (one an exit comment names, else by the department's mix); some skip.
 * The comment's sentiment is read as the answer endpoint reads it.
 */
function extraAnswers(
  rng: Random,
  d: Draft,
  score: number,
  comment: string | null,
): Pick<DemoResponse, 'itemKey' | 'itemScore' | 'leavingReason' | 'sentiment'> {
  const department = d.employee.department.key;
  let itemKey: string | null = null;
  let itemScore: number | null = null;
  let leavingReason: string | null = null;
  if (d.asked && 'item' in d.asked && rng.chance(ITEM_ANSWER_RATE)) {
    itemKey = d.asked.item;
    itemScore = itemScoreFor(rng, score, department, itemKey);
  }
  if (d.asked && 'reason' in d.asked && rng.chance(REASON_ANSWER_RATE)) {
    leavingReason = (comment && reasonOfExitComment(comment)) || leavingReasonFor(rng, department);
  }
  const sentiment = comment === null ? null : SENTIMENT_VALUE[commentSentiment(comment, d.employee.language)];
  return { itemKey, itemScore, leavingReason, sentiment };
}
