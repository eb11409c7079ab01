import { DataSource, EntityManager } from 'typeorm';
import { addMonths, assertIsoDate, monthStart } from '@ex-pulse/domain';
import { Random } from './random';
import { buildDemoOrganisation, DEMO_ORGANISATION_NAME, DEMO_TIME_ZONE, DemoDepartment, DemoEmployee } from './demo-organisation';
import { buildDemoProgrammes, DemoProgramme } from './demo-programmes';
import { buildClimate } from './demo-scores';
import { buildDemoHistory, DemoInvitation, DemoResponse } from './demo-history';
import { buildDemoCustomerMetrics, buildDemoCustomerNps } from './demo-customers';
import { MetricToWrite, upsertCustomerMetrics } from '../cx/metrics/customer-metric.sql';
import { hashDemoPasswords, insertDemoAccounts } from './demo-accounts';
import { bulkInsert } from './bulk-insert';
import { buildDemoProviderLinks, buildDemoProviderRatings, DemoProviderLink, DemoProviderRating } from './demo-internal-service';

/** The demo is the same for the same `today`: every name, id and score comes from this seed. */
export const DEMO_SEED = 20251122;
/** Months of history before today's month (plus today's month so far). */
export const DEMO_HISTORY_MONTHS = 12;

export interface SeedDemoResult {
  seeded: boolean;
  employees: number;
  responses: number;
}

/**
 * Fills an empty database with the Nordlight Retail demo organisation: departments, people,
 * programmes, twelve months of invitations and anonymous responses, customer scores and the demo
 * accounts. Does nothing when an organisation exists. One transaction, set-based inserts.
 */
export async function seedDemo(dataSource: DataSource, today: string): Promise<SeedDemoResult> {
  assertIsoDate(today, 'Today');
  const none: SeedDemoResult = { seeded: false, employees: 0, responses: 0 };
  const [existing] = await dataSource.query(`SELECT 1 FROM organisation WHERE id = 1`);
  if (existing) return none;

  const rng = new Random(DEMO_SEED);
  const windowStart = monthStart(addMonths(today, -DEMO_HISTORY_MONTHS));
  const org = buildDemoOrganisation(rng, today);
  const programmes = buildDemoProgrammes(rng);
  // The default programmes come with the migrations; the demo history refers to them.
  const installed: { id: string; key: string }[] = await dataSource.query(`SELECT id, key FROM programme`);
  for (const p of Object.values(programmes)) {
    const row = installed.find((r) => r.key === p.key);
    if (!row) throw new Error(`The default programme "${p.key}" is missing: run the migrations first.`);
    p.id = row.id;
  }
  const climate = buildClimate(rng, org.departments, today, DEMO_HISTORY_MONTHS + 2);
  const answersRng = new Random(DEMO_SEED + 1);
  const { invitations, responses } = buildDemoHistory(rng, org, programmes, climate, today, windowStart, answersRng);
  const customerMonths = Array.from({ length: DEMO_HISTORY_MONTHS }, (_, i) => addMonths(windowStart, i));
  const customerNps = buildDemoCustomerNps(rng, org.departments, climate, customerMonths);
  const customerMetrics = buildDemoCustomerMetrics(
    new Random(DEMO_SEED + 2), org.departments, climate, customerMonths, customerNps, today);
  const providerLinks = buildDemoProviderLinks(org.departments);
  // A stream of its own, so the internal service pulse leaves the rest of the demo as it was.
  const providerRatings = buildDemoProviderRatings(
    new Random(DEMO_SEED + 2), org, providerLinks, programmes.internal_service.id, today, windowStart,
  );
  const passwordHashes = await hashDemoPasswords();

  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query(
      // demo_seeded_at records that this database holds the demo (isDemoSeeded: the dev mailbox).
      `INSERT INTO organisation (id, name, time_zone, demo_seeded_at) VALUES (1, $1, $2, now()) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_ORGANISATION_NAME, DEMO_TIME_ZONE],
    );
    if (inserted.length === 0) return none; // seeded meanwhile by another process
    await insertDepartments(manager, org.departments);
    await insertEmployees(manager, org.employees);
    await insertInvitations(manager, invitations);
    await recordHistoricDelivery(manager);
    await insertResponses(manager, responses);
    await insertCustomerMetrics(manager, customerMetrics);
    await insertInternalService(manager, providerLinks, providerRatings);
    await insertDemoAccounts(manager, org.departments, passwordHashes);
    return { seeded: true, employees: org.employees.length, responses: responses.length };
  });
}

function insertDepartments(manager: EntityManager, rows: DemoDepartment[]): Promise<void> {
  return bulkInsert(manager, 'department', [
    { name: 'id', type: 'uuid', value: (d) => d.id },
    { name: 'name', type: 'text', value: (d) => d.name },
    { name: 'parent_id', type: 'uuid', value: (d) => d.parentId },
    { name: 'customer_facing', type: 'boolean', value: (d) => d.customerFacing },
    { name: 'internal_provider', type: 'boolean', value: (d) => d.internalProvider },
  ], rows);
}

function insertEmployees(manager: EntityManager, rows: DemoEmployee[]): Promise<void> {
  return bulkInsert(manager, 'employee', [
    { name: 'id', type: 'uuid', value: (e) => e.id },
    { name: 'external_id', type: 'text', value: (e) => e.externalId },
    { name: 'name', type: 'text', value: (e) => e.name },
    { name: 'work_email', type: 'text', value: (e) => e.workEmail },
    { name: 'personal_email', type: 'text', value: (e) => e.personalEmail },
    { name: 'department_id', type: 'uuid', value: (e) => e.department.id },
    { name: 'manager_id', type: 'uuid', value: (e) => e.managerId },
    { name: 'location', type: 'text', value: (e) => e.location },
    { name: 'language', type: 'text', value: (e) => e.language },
    { name: 'start_date', type: 'date', value: (e) => e.startDate },
    { name: 'notice_date', type: 'date', value: (e) => e.noticeDate },
    { name: 'end_date', type: 'date', value: (e) => e.endDate },
  ], rows);
}

function insertInvitations(manager: EntityManager, rows: DemoInvitation[]): Promise<void> {
  return bulkInsert(manager, 'invitation', [
    { name: 'id', type: 'uuid', value: (i) => i.id },
    { name: 'employee_id', type: 'uuid', value: (i) => i.employee.id },
    { name: 'programme_id', type: 'uuid', value: (i) => i.programmeId },
    { name: 'occurrence_key', type: 'text', value: (i) => i.occurrenceKey },
    { name: 'language', type: 'text', value: (i) => i.employee.language },
    { name: 'department_id', type: 'uuid', value: (i) => i.employee.department.id },
    { name: 'phase', type: 'text', value: (i) => i.phase },
    { name: 'sent_on', type: 'date', value: (i) => i.sentOn },
    { name: 'expires_at', type: 'timestamptz', value: (i) => localTenOClock(i.expiresOn) },
    { name: 'answered', type: 'boolean', value: (i) => i.answered },
  ], rows);
}

function insertResponses(manager: EntityManager, rows: DemoResponse[]): Promise<void> {
  return bulkInsert(manager, 'response', [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'programme_id', type: 'uuid', value: (r) => r.programmeId },
    { name: 'department_id', type: 'uuid', value: (r) => r.departmentId },
    { name: 'manager_id', type: 'uuid', value: (r) => r.managerId },
    { name: 'location', type: 'text', value: (r) => r.location },
    { name: 'phase', type: 'text', value: (r) => r.phase },
    { name: 'tenure_band', type: 'text', value: (r) => r.tenureBand },
    { name: 'answered_on', type: 'date', value: (r) => r.answeredOn },
    { name: 'score', type: 'smallint', value: (r) => r.score },
    { name: 'comment', type: 'text', value: (r) => r.comment },
    { name: 'item_key', type: 'text', value: (r) => r.itemKey },
    { name: 'item_score', type: 'smallint', value: (r) => r.itemScore },
    { name: 'leaving_reason', type: 'text', value: (r) => r.leavingReason },
    { name: 'sentiment', type: 'smallint', value: (r) => r.sentiment },
  ], rows);
}

/** NPS, CSAT, CES and CX index rows, through the same upsert as an upload. */
async function insertCustomerMetrics(manager: EntityManager, rows: MetricToWrite[]): Promise<void> {
  await upsertCustomerMetrics(manager, rows);
}

/** The internal providers each department uses, their ratings, and the internal service pulse switched on. */
async function insertInternalService(manager: EntityManager, links: DemoProviderLink[], ratings: DemoProviderRating[]): Promise<void> {
  await bulkInsert(manager, 'department_provider', [
    { name: 'consumer_department_id', type: 'uuid', value: (l) => l.consumerId },
    { name: 'provider_department_id', type: 'uuid', value: (l) => l.providerId },
  ], links);
  await bulkInsert(manager, 'provider_rating', [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'programme_id', type: 'uuid', value: (r) => r.programmeId },
    { name: 'consumer_department_id', type: 'uuid', value: (r) => r.consumerId },
    { name: 'provider_department_id', type: 'uuid', value: (r) => r.providerId },
    { name: 'phase', type: 'text', value: (r) => r.phase },
    { name: 'answered_on', type: 'date', value: (r) => r.answeredOn },
    { name: 'score', type: 'smallint', value: (r) => r.score },
    { name: 'comment', type: 'text', value: (r) => r.comment },
  ], ratings);
  await manager.query(`UPDATE programme SET active = true WHERE key = 'internal_service'`);
}

/** 10:00 local time on a date, the hour invitations go out (and expire 14 days later). */
export function localTenOClock(date: string): string {
  return `${date} 10:00 ${DEMO_TIME_ZONE}`;
}

export { issueDemoAnswerLinks } from './demo-links';
export { isDemoSeeded } from './demo-seed-record';
export { DEMO_ACCOUNTS } from './demo-accounts';

/**
 * The history's invitations were emailed (at 10:00 on their day) and their pages opened by
 * everyone who answered and by some who did not, so HR's delivery report reads like a real one.
 */
async function recordHistoricDelivery(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO outbox (invitation_id, kind, to_address, status, attempts, next_attempt_at, sent_at)
     SELECT i.id, 'invitation', e.work_email, 'sent', 1, i.sent_on + time '08:00', i.sent_on + time '08:00'
       FROM invitation i JOIN employee e ON e.id = i.employee_id`,
  );
  await manager.query(`UPDATE invitation SET opened = answered OR abs(hashtext(id::text)) % 4 = 0`);
}
