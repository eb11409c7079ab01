import { DataSource, EntityManager } from 'typeorm';
import { addDays, assertIsoDate, phaseOn, PhaseBands } from '@ex-pulse/domain';
import { AnswerLinks } from '../responses/answer-token';
import { INVITATION_LIFETIME_DAYS } from './demo-history';
import { DEMO_EMAIL_DOMAIN } from './demo-organisation';

/**
 * Open answer links for the demo, so the start script can print links anyone can open: the
 * tokens, derived from the invitation ids with the application secret (AnswerLinks; nothing is
 * stored). For the n-th link it takes a fixed person (active, in ongoing development; Estonian and
 * English speakers in turn, by external id) and their quarterly-pulse invitation 'demo-link-<n>'.
 * An open one gets a new expiry and keeps its link; once answered, a new occurrence
 * 'demo-link-<n>-<k>' is added (a new link), so the answered history stays as it is.
 * Only demo people (work e-mail at the demo domain) are chosen: on a real organisation, or
 * before the seed, this returns no links and changes nothing.
 */
export async function issueDemoAnswerLinks(dataSource: DataSource, links: AnswerLinks, today: string, count = 3): Promise<string[]> {
  assertIsoDate(today, 'Today');
  if (!Number.isInteger(count) || count < 0) throw new Error(`Link count must be a whole number ≥ 0, got ${count}.`);
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('expulse:demo-answer-links'))`);
    const [programme] = await manager.query(`SELECT id FROM programme WHERE key = 'quarterly'`);
    const [org] = await manager.query(
      `SELECT time_zone, onboarding_until_day, initial_development_until_day FROM organisation WHERE id = 1`,
    );
    if (!programme || !org) return [];
    const bands: PhaseBands = {
      onboardingUntilDay: org.onboarding_until_day,
      initialDevelopmentUntilDay: org.initial_development_until_day,
    };
    const people = pickPeople(await activePeople(manager, today, bands), count);
    const expiresAt = `${addDays(today, INVITATION_LIFETIME_DAYS)} 10:00 ${org.time_zone}`;
    const tokens: string[] = [];
    for (const [index, person] of people.entries()) {
      const invitationId = await upsertLink(manager, person, programme.id, `demo-link-${index + 1}`, today, expiresAt);
      tokens.push(links.tokenOf(invitationId));
    }
    return tokens;
  });
}

export interface Person {
  id: string;
  language: 'en' | 'et';
  department_id: string;
}

export async function activePeople(manager: EntityManager, today: string, bands: PhaseBands): Promise<Person[]> {
  const rows: (Person & { start_date: string; notice_date: string | null; end_date: string | null })[] =
    await manager.query(
      `SELECT id, language, department_id, start_date::text, notice_date::text, end_date::text
       FROM employee WHERE end_date IS NULL AND notice_date IS NULL AND work_email LIKE $1
       ORDER BY external_id`,
      [`%@${DEMO_EMAIL_DOMAIN}`],
    );
  return rows.filter(
    (r) => phaseOn({ startDate: r.start_date, noticeDate: r.notice_date, endDate: r.end_date }, today, bands)
      === 'ongoing_development',
  );
}

/** Estonian and English speakers in turn (first 'et'), each in external-id order; fewer when too few. */
function pickPeople(candidates: Person[], count: number): Person[] {
  const left = [...candidates];
  const chosen: Person[] = [];
  while (chosen.length < count && left.length > 0) {
    const language = chosen.length % 2 === 0 ? 'et' : 'en';
    const at = left.findIndex((p) => p.language === language);
    chosen.push(left.splice(at >= 0 ? at : 0, 1)[0]);
  }
  return chosen;
}

export async function upsertLink(
  manager: EntityManager,
  person: Person,
  programmeId: string,
  baseKey: string,
  today: string,
  expiresAt: string,
): Promise<string> {
  const existing: { id: string; occurrence_key: string; answered: boolean }[] = await manager.query(
    `SELECT id, occurrence_key, answered FROM invitation
     WHERE employee_id = $1 AND programme_id = $2 AND (occurrence_key = $3 OR occurrence_key LIKE $3 || '-%')
     FOR UPDATE`,
    [person.id, programmeId, baseKey],
  );
  const open = existing.find((i) => !i.answered);
  if (open) {
    await manager.query(`UPDATE invitation SET expires_at = $2 WHERE id = $1`, [open.id, expiresAt]);
    return open.id;
  }
  const suffixes = existing.map((i) => (i.occurrence_key === baseKey ? 1 : Number(i.occurrence_key.slice(baseKey.length + 1)) || 1));
  const key = existing.length === 0 ? baseKey : `${baseKey}-${Math.max(...suffixes) + 1}`;
  const [{ id }] = await manager.query(
    `INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase, sent_on, expires_at)
     VALUES ($1, $2, $3, $4, $5, 'ongoing_development', $6, $7) RETURNING id::text AS id`,
    [person.id, programmeId, key, person.language, person.department_id, today, expiresAt],
  );
  return id;
}
