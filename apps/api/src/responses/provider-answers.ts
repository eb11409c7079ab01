import type { Language, ProviderScoreAnswer, SurveyProviderQuestion } from '@ex-pulse/contracts';
import { isAgreementScore, OccurrenceCadence, ProgrammeQuestion, providersFor } from '@ex-pulse/domain';
import { EntityManager } from 'typeorm';

/**
 * The internal service pulse on the answer page: "How satisfied are you with the service from
 * {provider}?" (1–5) for at most two of the department's internal providers, rotating by round
 * (providersFor), instead of the eNPS question. Answers go to provider_rating, never to response.
 */

export interface AskedProvider {
  id: string;
  name: string;
}

/** Whether a programme asks about internal providers (and then not eNPS). */
export const asksProviders = (questions: readonly ProgrammeQuestion[] | null): boolean =>
  (questions ?? []).some((q) => q.kind === 'provider_csat');

/**
 * The providers one invitation asks about: the current providers of the employee's department
 * (only departments still flagged internal_provider), rotated by the occurrence. The page and
 * the answer compute this the same way, so an answer can only be about a provider shown.
 */
export async function askedProviders(
  tx: EntityManager,
  consumerDepartmentId: string,
  occurrenceKey: string,
  cadence: OccurrenceCadence,
): Promise<AskedProvider[]> {
  const rows: AskedProvider[] = await tx.query(
    `SELECT d.id, d.name FROM department_provider dp JOIN department d ON d.id = dp.provider_department_id
      WHERE dp.consumer_department_id = $1 AND d.internal_provider`,
    [consumerDepartmentId],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return providersFor(occurrenceKey, rows.map((r) => r.id), cadence).map((id) => byId.get(id)!);
}

const TEXTS = {
  question: {
    en: (provider: string) => `How satisfied are you with the service from ${provider}?`,
    et: (provider: string) => `Kui rahul oled teenusega, mida pakub ${provider}?`,
  },
  low: { en: 'Very dissatisfied', et: 'Väga rahulolematu' },
  high: { en: 'Very satisfied', et: 'Väga rahul' },
} as const;

export function providerQuestionViews(providers: readonly AskedProvider[], language: Language): SurveyProviderQuestion[] {
  return providers.map((p) => ({
    providerId: p.id,
    providerName: p.name,
    text: TEXTS.question[language](p.name),
    lowLabel: TEXTS.low[language],
    highLabel: TEXTS.high[language],
  }));
}

const MESSAGES = {
  scoreMissing: {
    en: 'Choose how likely you are to recommend us, a whole number from 0 to 10.',
    et: 'Vali, kui tõenäoliselt meid soovitaksid: täisarv 0 kuni 10.',
  },
  scoreNotAsked: {
    en: 'This survey has no 0–10 question, so it cannot take a score.',
    et: 'Selles küsitluses ei ole 0–10 küsimust, seega ei saa hinnet salvestada.',
  },
  providersNotAsked: {
    en: 'This survey does not ask about internal services.',
    et: 'See küsitlus ei küsi siseteenuste kohta.',
  },
  providersMissing: {
    en: 'Rate at least one of the services asked about, from 1 (very dissatisfied) to 5 (very satisfied).',
    et: 'Hinda vähemalt üht küsitud teenust, 1 (väga rahulolematu) kuni 5 (väga rahul).',
  },
  providerShape: {
    en: 'Each answer about a service needs exactly a providerId and a score.',
    et: 'Iga teenuse hinnang vajab täpselt välju providerId ja score.',
  },
  providerNotAsked: {
    en: 'This survey does not ask about that service; rate only the services shown.',
    et: 'See küsitlus ei küsi selle teenuse kohta; hinda ainult näidatud teenuseid.',
  },
  providerTwice: {
    en: 'Rate each service once.',
    et: 'Hinda iga teenust üks kord.',
  },
  providerScoreRange: {
    en: 'Rate each service with a whole number from 1 (very dissatisfied) to 5 (very satisfied).',
    et: 'Hinda iga teenust täisarvuga 1 (väga rahulolematu) kuni 5 (väga rahul).',
  },
} as const;

/**
 * Problems with the eNPS score and the provider answers, each a sentence in the employee's
 * language; empty when they can be stored. `asked` is null for a survey that asks eNPS.
 */
export function scoreAndProviderProblems(
  answer: { score?: unknown; providerScores?: unknown },
  asked: readonly AskedProvider[] | null,
  language: Language,
): string[] {
  const given = (v: unknown) => v !== undefined && v !== null;
  if (asked === null) {
    const problems: string[] = [];
    if (!given(answer.score)) problems.push(MESSAGES.scoreMissing[language]);
    if (given(answer.providerScores)) problems.push(MESSAGES.providersNotAsked[language]);
    return problems;
  }
  const problems: string[] = [];
  if (given(answer.score)) problems.push(MESSAGES.scoreNotAsked[language]);
  const scores = answer.providerScores;
  if (!Array.isArray(scores) || scores.length === 0) return [...problems, MESSAGES.providersMissing[language]];
  const askedIds = new Set(asked.map((p) => p.id));
  const seen = new Set<string>();
  const add = (message: string) => problems.includes(message) || problems.push(message);
  for (const item of scores as unknown[]) {
    if (!isProviderScoreShape(item)) {
      add(MESSAGES.providerShape[language]);
      continue;
    }
    if (typeof item.providerId !== 'string' || !askedIds.has(item.providerId)) add(MESSAGES.providerNotAsked[language]);
    else if (seen.has(item.providerId)) add(MESSAGES.providerTwice[language]);
    else seen.add(item.providerId);
    if (!isAgreementScore(item.score)) add(MESSAGES.providerScoreRange[language]);
  }
  return problems;
}

function isProviderScoreShape(item: unknown): item is { providerId: unknown; score: unknown } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const keys = Object.keys(item).sort();
  return keys.length === 2 && keys[0] === 'providerId' && keys[1] === 'score';
}

/** The provider_rating rows of answers that passed scoreAndProviderProblems, in the order the page asked them. */
export function providerRatingRows(scores: readonly ProviderScoreAnswer[], asked: readonly AskedProvider[]): ProviderScoreAnswer[] {
  const order = new Map(asked.map((p, i) => [p.id, i]));
  return [...scores].sort((a, b) => order.get(a.providerId)! - order.get(b.providerId)!);
}
