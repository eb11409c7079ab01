import { DataSource, EntityManager } from 'typeorm';
import { addDays, assertIsoDate, periodContaining, PhaseBands, previousPeriod, weekStart } from '@ex-pulse/domain';
import { AppSecret } from '../common/app-secret';
import { ConversationKeys } from '../conversations/conversation-keys';
import { followUpSourceDigest } from '../follow-up/queue/follow-up-intake.service';
import { AnswerLinks } from '../responses/answer-token';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { demoCommentLanguage } from './demo-comments';
import { INVITATION_LIFETIME_DAYS } from './demo-history';
import { activePeople, upsertLink } from './demo-links';

/** What the start script prints so the demo manager's loop can be walked from both sides. */
export interface DemoTeam {
  /** The demo manager's unit (their scope department). */
  unit: string;
  /** An open answer link of a person in that unit: their next pulse shows the unit's actions. */
  answerToken: string;
  /** The private link's secret of a detractor comment in that unit's follow-up queue: /c#<secret>. */
  conversationSecret: string;
}

const OCCURRENCE = 'demo-team-link';

/**
 * The demo manager's side of closing the loop. The seeded history's comments were never written from an
 * answer page, so none has a private link, and none of the demo answer links is in the manager's unit:
 * without this the manager could not reply to a comment, nor would anyone see their unit's actions.
 *
 * For the manager's unit it keeps one open answer link ('demo-team-link', as issueDemoAnswerLinks does)
 * and one conversation on a seeded detractor or negative comment the unit's queue takes in, exactly as a
 * real one is stored (HMAC of the secret, HMAC of the response id); its secret is derived from the
 * application secret, so every start prints the same link and nothing stores it. The comment is one
 * whose text is unique in its unit and quarter, so an item already taken in is found by its digest.
 * Only on a seeded demo (organisation.demo_seeded_at); elsewhere null, and nothing changes.
 */
export async function issueDemoTeam(dataSource: DataSource, secret: AppSecret, today: string): Promise<DemoTeam | null> {
  assertIsoDate(today, 'Today');
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('expulse:demo-team'))`);
    const [org] = await m.query(
      `SELECT time_zone, onboarding_until_day, initial_development_until_day FROM organisation WHERE id = 1 AND demo_seeded_at IS NOT NULL`,
    );
    const [unit] = await m.query(
      `SELECT d.id::text AS id, d.name FROM app_user u JOIN department d ON d.id = u.scope_department_id WHERE u.email = $1`,
      [account.email],
    );
    const [programme] = await m.query(`SELECT id FROM programme WHERE key = 'quarterly'`);
    if (!org || !unit || !programme) return null;
    const answerToken = await teamLink(m, secret, unit.id, programme.id, today, org);
    const conversationSecret = demoConversationSecret(secret);
    const started = await startConversation(m, secret, conversationSecret, unit.id, today);
    if (!answerToken || !started) return null;
    return { unit: unit.name, answerToken, conversationSecret };
  });
}

/** 43 base64url characters, as an answer page makes them: the same for one application secret. */
export function demoConversationSecret(secret: AppSecret): string {
  return secret.key('demo-conversation-secret').toString('base64url');
}

async function teamLink(
  m: EntityManager, secret: AppSecret, unitId: string, programmeId: string, today: string,
  org: { time_zone: string; onboarding_until_day: number; initial_development_until_day: number },
): Promise<string | null> {
  const bands: PhaseBands = { onboardingUntilDay: org.onboarding_until_day, initialDevelopmentUntilDay: org.initial_development_until_day };
  const inUnit = (await activePeople(m, today, bands)).filter((p) => p.department_id === unitId);
  const person = inUnit.find((p) => p.language === 'en') ?? inUnit[0];
  if (!person) return null;
  const expiresAt = `${addDays(today, INVITATION_LIFETIME_DAYS)} 10:00 ${org.time_zone}`;
  return new AnswerLinks(secret).tokenOf(await upsertLink(m, person, programmeId, OCCURRENCE, today, expiresAt));
}

/** The conversation of the demo secret: kept when it exists, else started on a comment the unit's queue holds or will take in. */
async function startConversation(m: EntityManager, secret: AppSecret, conversationSecret: string, unitId: string, today: string): Promise<boolean> {
  const keys = new ConversationKeys(secret);
  const digest = keys.secretDigest(conversationSecret);
  if ((await m.query(`SELECT 1 FROM conversation WHERE secret_digest = $1`, [digest])).length > 0) return true;
  // What this week's intake reads: the current and the previous quarter, written before the week began.
  const before = addDays(weekStart(today), -1);
  const from = previousPeriod(periodContaining('quarter', before)).from;
  const [comment]: { id: string; quarter: string; comment: string }[] = await m.query(
    `SELECT r.id::text AS id, to_char(r.answered_on, 'YYYY') || '-Q' || extract(quarter FROM r.answered_on)::int AS quarter, r.comment
       FROM response r
      WHERE r.department_id = $1 AND r.comment IS NOT NULL AND (r.sentiment = -1 OR r.score <= 6)
        AND r.answered_on BETWEEN $2 AND $3
        AND NOT EXISTS (
          SELECT 1 FROM response o WHERE o.department_id = r.department_id AND o.comment = r.comment AND o.id <> r.id
             AND date_trunc('quarter', o.answered_on) = date_trunc('quarter', r.answered_on))
      ORDER BY r.score, r.answered_on DESC, r.id
      LIMIT 1`,
    [unitId, from, before],
  );
  if (!comment) return false;
  const sourceDigest = followUpSourceDigest(secret.key('follow-up-source'), comment.quarter, unitId, comment.comment, 1);
  const [item] = await m.query(
    `SELECT id FROM follow_up_item f WHERE source_digest = $1 AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.item_id = f.id)`,
    [sourceDigest],
  );
  await m.query(
    `INSERT INTO conversation (secret_digest, response_ref, language, item_id) VALUES ($1, $2, $3, $4)`,
    [digest, keys.responseRef(comment.id), demoCommentLanguage(comment.comment), item?.id ?? null],
  );
  return true;
}
