import { addDays, PHASES_WITH_PULSES, phaseOn, providersFor } from '@ex-pulse/domain';
import { Random } from './random';
import { DemoDepartment, DemoOrganisation } from './demo-organisation';

/**
 * The internal service pulse in the demo: IT Services, HR and Finance are internal providers;
 * every other department uses one to three of them (and the providers use each other). Each
 * person of a department with providers is asked every 90 days (employment days 136, 226, …,
 * as the planner does), about at most two providers rotating by
 * round (providersFor), and answers about 60% of the time. Scores follow a provider-specific
 * level: HR is rated highest, IT Services lowest, and IT is rated worse still by Customer
 * Support and Tartu Store, so the matrix has a visible pattern.
 *
 * Only the anonymous provider_rating rows are seeded (no invitation rows), so the eNPS history
 * and its invitation counts stay as they were.
 */

/** Consumer department key → the provider keys it uses. */
export const DEMO_PROVIDER_LINKS: Readonly<Record<string, readonly string[]>> = {
  nordlight: ['finance', 'hr'],
  'customer-operations': ['hr', 'it-services'],
  'customer-support': ['it-services', 'hr', 'finance'],
  stores: ['finance'],
  'tallinn-store': ['it-services', 'hr', 'finance'],
  'tartu-store': ['it-services', 'hr'],
  'parnu-store': ['it-services', 'hr'],
  'narva-store': ['it-services', 'hr', 'finance'],
  'viljandi-store': ['it-services', 'hr'],
  'rakvere-store': ['it-services', 'finance'],
  'helsinki-store': ['it-services', 'hr', 'finance'],
  'haapsalu-store': ['it-services', 'hr'],
  sales: ['it-services', 'finance'],
  'business-sales': ['finance', 'it-services'],
  'online-store': ['it-services', 'hr'],
  technology: ['hr'],
  'it-services': ['hr', 'finance'],
  'product-engineering': ['it-services', 'hr', 'finance'],
  'people-finance': ['it-services'],
  hr: ['it-services', 'finance'],
  finance: ['it-services', 'hr'],
};

/** Mean satisfaction (1–5) each provider gets, and what some consumers add to it. */
const PROVIDER_LEVEL: Readonly<Record<string, number>> = { 'it-services': 3.5, hr: 4.1, finance: 3.8 };
const CONSUMER_ADJUSTMENT: Readonly<Record<string, number>> = {
  'it-services/customer-support': -1.1,
  'it-services/tartu-store': -0.8,
  'finance/sales': 0.3,
};
const INTERVAL_DAYS = 90;
/** The planner's first round: half an interval after day 1, plus one interval (then every 90 days). */
const FIRST_ROUND_DAY = 1 + Math.floor(INTERVAL_DAYS / 2) + INTERVAL_DAYS;
const ANSWER_RATE = 0.6;
/** Share of answers that rate both providers asked (the rest rate only the first). */
const BOTH_RATE = 0.85;
const COMMENT_RATE = 0.12;

const COMMENTS: Readonly<Record<'en' | 'et', { low: readonly string[]; high: readonly string[] }>> = {
  en: {
    low: ['Tickets wait for days before anyone replies.', 'Hard to find out who to ask.', 'Requests get lost between teams.'],
    high: ['Quick and friendly help every time.', 'They explain things clearly.', 'Always solved on the first contact.'],
  },
  et: {
    low: ['Pöördumised ootavad päevi vastust.', 'Raske aru saada, kelle poole pöörduda.', 'Taotlused kaovad meeskondade vahele ära.'],
    high: ['Kiire ja sõbralik abi iga kord.', 'Selgitavad asju arusaadavalt.', 'Mure lahendati alati esimesel korral.'],
  },
};

export interface DemoProviderLink {
  consumerId: string;
  providerId: string;
}

export interface DemoProviderRating {
  id: string;
  programmeId: string;
  consumerId: string;
  providerId: string;
  phase: string;
  answeredOn: string;
  score: number;
  comment: string | null;
}

export function buildDemoProviderLinks(departments: readonly DemoDepartment[]): DemoProviderLink[] {
  const byKey = new Map(departments.map((d) => [d.key, d]));
  return departments.flatMap((d) =>
    (DEMO_PROVIDER_LINKS[d.key] ?? []).map((key) => {
      const provider = byKey.get(key);
      if (!provider?.internalProvider) throw new Error(`Demo provider "${key}" is not an internal provider.`);
      return { consumerId: d.id, providerId: provider.id };
    }),
  );
}

export function buildDemoProviderRatings(
  rng: Random,
  org: DemoOrganisation,
  links: readonly DemoProviderLink[],
  programmeId: string,
  today: string,
  windowStart: string,
): DemoProviderRating[] {
  const keyOf = new Map(org.departments.map((d) => [d.id, d.key]));
  const providersOf = new Map<string, string[]>();
  for (const l of links) providersOf.set(l.consumerId, [...(providersOf.get(l.consumerId) ?? []), l.providerId]);
  const ratings: DemoProviderRating[] = [];
  for (const e of org.employees) {
    const providerIds = providersOf.get(e.department.id);
    if (!providerIds?.length) continue;
    const dates = { startDate: e.startDate, noticeDate: e.noticeDate, endDate: e.endDate };
    for (let day = FIRST_ROUND_DAY; ; day += INTERVAL_DAYS) {
      const sentOn = addDays(e.startDate, day - 1);
      if (sentOn > today || (e.endDate && sentOn > e.endDate)) break;
      if (sentOn < windowStart) continue;
      const phase = phaseOn(dates, sentOn);
      if (!PHASES_WITH_PULSES.includes(phase) || !rng.chance(ANSWER_RATE)) continue;
      const answeredOn = addDays(sentOn, rng.int(0, 4));
      if (answeredOn > today || (e.endDate && answeredOn > e.endDate)) continue;
      const asked = providersFor(`day-${day}`, providerIds, { intervalDays: INTERVAL_DAYS, startDate: e.startDate });
      const rated = asked.length > 1 && !rng.chance(BOTH_RATE) ? asked.slice(0, 1) : asked;
      rated.forEach((providerId, i) => {
        const level =
          PROVIDER_LEVEL[keyOf.get(providerId)!] + (CONSUMER_ADJUSTMENT[`${keyOf.get(providerId)}/${e.department.key}`] ?? 0);
        const score = Math.max(1, Math.min(5, Math.round(rng.normal(level + e.mood * 0.01, 0.9))));
        const comment = i === 0 && rng.chance(COMMENT_RATE) ? rng.pick(COMMENTS[e.language][score >= 4 ? 'high' : 'low']) : null;
        ratings.push({
          id: '', programmeId, consumerId: e.department.id, providerId, phase: phaseOn(dates, answeredOn), answeredOn, score, comment,
        });
      });
    }
  }
  // Stored in an order unrelated to the people, with ids drawn after shuffling.
  return rng.shuffle(ratings).map((r) => ({ ...r, id: rng.uuid() }));
}
