import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '@ex-pulse/contracts';
import { hashPassword } from '../../apps/api/src/auth/password';
import { AnswerLinks, hashLegacyAnswerToken } from '../../apps/api/src/responses/answer-token';
import { DEMO_EMAIL_DOMAIN } from '../../apps/api/src/seed/demo-organisation';

let counter = 0;
const next = () => ++counter;

export async function newDepartment(
  db: DataSource,
  overrides: { name?: string; parentId?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Department ${next()}`;
  const [row] = await db.query(`INSERT INTO department (name, parent_id) VALUES ($1, $2) RETURNING id, name`, [
    name,
    overrides.parentId ?? null,
  ]);
  return row;
}

export interface EmployeeOverrides {
  departmentId: string;
  name?: string;
  language?: 'en' | 'et';
  startDate?: string;
  noticeDate?: string | null;
  endDate?: string | null;
  managerId?: string | null;
  location?: string;
  /** A demo employee has a work address at the demo's domain (the dev mailbox shows their links). */
  demo?: boolean;
}

export async function newEmployee(db: DataSource, o: EmployeeOverrides): Promise<{ id: string; externalId: string }> {
  const n = next();
  const [row] = await db.query(
    `INSERT INTO employee (external_id, name, work_email, department_id, manager_id, location, language, start_date, notice_date, end_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, external_id AS "externalId"`,
    [
      `T${String(n).padStart(5, '0')}`, o.name ?? `Employee ${n}`, `employee${n}@${o.demo ? DEMO_EMAIL_DOMAIN : 'example.test'}`, o.departmentId,
      o.managerId ?? null, o.location ?? 'Tallinn', o.language ?? 'en', o.startDate ?? '2024-01-01',
      o.noticeDate ?? null, o.endDate ?? null,
    ],
  );
  return row;
}

const passwordHashes = new Map<string, Promise<string>>();

export async function newUser(
  db: DataSource,
  o: { role: Role; scopeDepartmentId?: string; password?: string },
): Promise<{ id: string; email: string; password: string }> {
  const password = o.password ?? 'correct horse battery staple';
  if (!passwordHashes.has(password)) passwordHashes.set(password, hashPassword(password));
  const email = `${o.role}${next()}@example.test`;
  const [row] = await db.query(
    `INSERT INTO app_user (email, name, password_hash, role, scope_department_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, `Test ${o.role}`, await passwordHashes.get(password), o.role, o.scopeDepartmentId ?? null],
  );
  return { id: row.id, email, password };
}

export async function newProgramme(db: DataSource, key = `programme-${next()}`): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO programme (key, name_en, name_et, target_phase, questions)
     VALUES ($1, 'Quarterly pulse', 'Kvartaliküsitlus', 'ongoing_development', '[{"kind":"enps"},{"kind":"driver"},{"kind":"comment"}]')
     RETURNING id`,
    [key],
  );
  return row.id;
}

/** The id of one of the default programmes the migrations install (onboarding, development, quarterly, exit). */
export async function installedProgramme(db: DataSource, key: string): Promise<string> {
  const [row] = await db.query(`SELECT id FROM programme WHERE key = $1`, [key]);
  if (!row) throw new Error(`No programme "${key}"`);
  return row.id;
}

/** Where a test app keeps what only the API holds: its application secret's keys. */
type AppUnderTest = { db: DataSource; app: INestApplication };

/** The token of an invitation's answer link, derived as the delivery worker does, with this test app's secret. */
export function answerToken(t: Pick<AppUnderTest, 'app'>, invitationId: string): string {
  return t.app.get(AnswerLinks).tokenOf(invitationId);
}

/** The invitation an answer link's token names (null: not one of this app's). */
export function invitationOfToken(t: Pick<AppUnderTest, 'app'>, token: string): string | null {
  return t.app.get(AnswerLinks).invitationIdOf(token);
}

interface InvitationOverrides {
  employeeId: string;
  departmentId: string;
  programmeId: string;
  sentOn?: string;
  expiresAt?: string;
  language?: 'en' | 'et';
}

async function insertInvitation(db: DataSource, o: InvitationOverrides, tokenHash: Buffer | null): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'ongoing_development', $7, $8) RETURNING id::text AS id`,
    [
      o.employeeId, o.programmeId, `occurrence-${next()}`, tokenHash, o.language ?? 'en', o.departmentId,
      o.sentOn ?? '2026-06-10', o.expiresAt ?? '2026-06-24T10:00:00Z',
    ],
  );
  return id;
}

/** An open invitation, as the planner writes it (nothing of its link stored); its id and its link's token. */
export async function newInvitation(t: AppUnderTest, o: InvitationOverrides): Promise<{ id: string; token: string }> {
  const id = await insertInvitation(t.db, o, null);
  return { id, token: answerToken(t, id) };
}

/**
 * An open invitation of the old scheme, sent before tokens were derived: a random 43-character
 * token of which only the SHA-256 is stored (invitation.token_hash).
 */
export async function newLegacyInvitation(db: DataSource, o: InvitationOverrides): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  return { id: await insertInvitation(db, o, hashLegacyAnswerToken(token)), token };
}

/** The organisation as the demo seed leaves it (organisation.demo_seeded_at): the dev mailbox answers. */
export async function markDemoSeeded(db: DataSource): Promise<void> {
  await db.query(`UPDATE organisation SET demo_seeded_at = now() WHERE id = 1`);
}

/** Anonymous responses of one segment, set-based. */
export async function newResponses(
  db: DataSource,
  o: {
    programmeId: string;
    departmentId: string;
    scores: number[];
    phase?: string;
    answeredOn?: string;
    location?: string;
    tenureBand?: string;
    managerId?: string | null;
    /** One comment for every response (with its sentiment value, −1/0/1). */
    comment?: { text: string; sentiment: -1 | 0 | 1 };
    /** A different comment for each response (same order as scores; null: none), sentiment 0 unless `comment` gives one. */
    comments?: (string | null)[];
    /** One 1–5 answer per response, to this item. */
    item?: { key: string; scores: number[] };
  },
): Promise<void> {
  await db.query(
    `INSERT INTO response (programme_id, department_id, location, phase, tenure_band, answered_on, score, manager_id,
                           comment, sentiment, item_key, item_score)
     SELECT $1, $2, $6, $3, $7, $4, s.score, $8, COALESCE(s.comment, $9), CASE WHEN COALESCE(s.comment, $9) IS NULL THEN NULL ELSE $10::smallint END, $11, s.item
       FROM unnest($5::int[], $12::int[], $13::text[]) AS s(score, item, comment)`,
    [
      o.programmeId, o.departmentId, o.phase ?? 'ongoing_development', o.answeredOn ?? '2026-06-01', o.scores,
      o.location ?? 'Tallinn', o.tenureBand ?? '1_2y', o.managerId ?? null, o.comment?.text ?? null,
      o.comment?.sentiment ?? (o.comments ? 0 : null), o.item?.key ?? null, o.item ? o.item.scores : o.scores.map(() => null),
      o.comments ?? o.scores.map(() => null),
    ],
  );
}

/**
 * Signs in and returns a client that sends the session cookie and the CSRF header by hand
 * (the cookies are Secure, which a cookie jar would not send over the tests' plain HTTP).
 */
export async function signIn(app: { getHttpServer(): unknown }, email: string, password: string) {
  const server = app.getHttpServer() as never;
  const res = await request(server).post('/api/auth/login').send({ email, password }).expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const cookie = cookies.join('; ');
  const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
    request(server)[method](path).set('Cookie', cookie).set('X-XSRF-TOKEN', csrf);
  return {
    user: res.body,
    cookie,
    csrf,
    get: (path: string) => call('get', path),
    post: (path: string) => call('post', path),
    put: (path: string) => call('put', path),
    patch: (path: string) => call('patch', path),
    delete: (path: string) => call('delete', path),
  };
}
