import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { LifecyclePhase } from '@ex-pulse/domain';
import { AppSecret } from '../common/app-secret';
import { shuffled } from '../common/shuffled';
import { ConversationInbox } from '../conversations/conversation-inbox';
import { ConversationStart, HeldConversation } from '../conversations/conversation-start';
import { preparedQuery } from '../database/prepared-query';
import { AnswerSeal } from './answer-seal';

/** The anonymous columns of one response (PRODUCT.md: the segment it counts in, and the answers). */
export interface HeldResponse {
  kind: 'response';
  programmeId: string;
  departmentId: string;
  managerId: string | null;
  location: string;
  phase: LifecyclePhase;
  tenureBand: string;
  score: number;
  comment: string | null;
  itemKey: string | null;
  itemScore: number | null;
  leavingReason: string | null;
  sentiment: number | null;
  /** With a comment whose page made a private conversation link (issue 12); written with the response. */
  conversation?: HeldConversation | null;
}

/** An internal service answer: one rating per provider, the comment on the first. */
export interface HeldRatings {
  kind: 'ratings';
  programmeId: string;
  consumerDepartmentId: string;
  phase: LifecyclePhase;
  ratings: { providerId: string; score: number }[];
  comment: string | null;
}

export type HeldAnswer = HeldResponse | HeldRatings;

/** What a sealed row holds besides the answer: whose invitation to mark, and the submission it came from. */
interface Sealed {
  invitationId: string;
  submissionHash: string;
  answer: HeldAnswer;
}

interface Opened extends Sealed {
  claim: Buffer;
  answeredOn: string;
}

const FLUSH_LOCK = 'answer-inbox-flush';

/**
 * Where an answer waits until its day has ended (migration 1765050000000 explains why). Holding it is
 * one statement, unique per invitation (exactly once; a retry of the same submission is recognised
 * from the sealed row); the invitation row is not touched then. After the day, `flushDaysBefore`
 * marks the day's invitations answered in one transaction and writes the day's responses in another,
 * each in a random order, so no system column (xmin, ctid) and no order ties a response to its
 * invitation or to a time finer than the day.
 */
@Injectable()
export class AnswerInbox {
  private readonly seal: AnswerSeal;
  private readonly logger = new Logger('AnswerInbox');

  constructor(
    private readonly db: DataSource,
    secret: AppSecret,
    private readonly conversations: ConversationStart,
    private readonly conversationInbox: ConversationInbox,
  ) {
    this.seal = new AnswerSeal(secret);
  }

  /**
   * Holds the answer unless the invitation is already answered or holds one: true when held.
   * Expiry is checked by the caller when it reads the invitation.
   */
  async hold(invitationId: string, answeredOn: string, submissionHash: Buffer, answer: HeldAnswer): Promise<boolean> {
    const sealed = this.seal.seal({ invitationId, submissionHash: submissionHash.toString('hex'), answer } satisfies Sealed);
    const rows = await preparedQuery(
      this.db,
      'answer-hold',
      `INSERT INTO answer_inbox (claim, answered_on, sealed)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM invitation WHERE id = $4 AND answered)
       ON CONFLICT (claim) DO NOTHING
       RETURNING 1`,
      [this.seal.claimOf(invitationId), answeredOn, sealed, invitationId],
    );
    return rows.length > 0;
  }

  /** The hash of the submission an invitation's held answer came from, or null when none is held. */
  async heldSubmission(invitationId: string): Promise<Buffer | null> {
    const [row] = await this.db.query(`SELECT sealed FROM answer_inbox WHERE claim = $1`, [this.seal.claimOf(invitationId)]);
    if (!row) return null;
    return Buffer.from(this.seal.open<Sealed>(row.sealed).submissionHash, 'hex');
  }

  /** Whether an answer to the invitation waits here (it counts as answered). */
  async holdsAnswerTo(invitationId: string): Promise<boolean> {
    return (await this.heldAmong([invitationId])).size > 0;
  }

  /** Those of the invitations whose answer waits here. */
  async heldAmong(invitationIds: readonly string[]): Promise<Set<string>> {
    if (invitationIds.length === 0) return new Set();
    const byClaim = new Map(invitationIds.map((id) => [this.seal.claimOf(id).toString('hex'), id]));
    const rows: { claim: Buffer }[] = await this.db.query(`SELECT claim FROM answer_inbox WHERE claim = ANY($1::bytea[])`, [
      [...byClaim.keys()].map((hex) => Buffer.from(hex, 'hex')),
    ]);
    return new Set(rows.map((r) => byClaim.get(r.claim.toString('hex'))!));
  }

  /** A row that does not open (altered, or sealed under another APP_SECRET) stays, and is logged. */
  private openRow(row: { claim: Buffer; answered_on: string; sealed: Buffer }): Opened[] {
    try {
      return [{ ...this.seal.open<Sealed>(row.sealed), claim: row.claim, answeredOn: row.answered_on }];
    } catch {
      this.logger.error(`An answer held for ${row.answered_on} cannot be opened with this APP_SECRET; it stays in answer_inbox.`);
      return [];
    }
  }

  /**
   * Writes every answer held for a day before `day` (YYYY-MM-DD). First, in one transaction, marks
   * their invitations answered; then, in another, writes the responses and ratings and removes the
   * held rows it wrote. Each step can be repeated after a crash without a duplicate (a marked
   * invitation stays marked; rows and their removal commit together). Returns the answers this call
   * wrote (a concurrent flush writes the others).
   */
  async flushDaysBefore(day: string): Promise<number> {
    const held = await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [FLUSH_LOCK]);
      const rows: { claim: Buffer; answered_on: string; sealed: Buffer }[] = await m.query(
        `SELECT claim, to_char(answered_on, 'YYYY-MM-DD') AS answered_on, sealed FROM answer_inbox WHERE answered_on < $1`,
        [day],
      );
      const opened = shuffled(rows.flatMap((r) => this.openRow(r)));
      await m.query(
        `UPDATE invitation i SET answered = true, submission_hash = h.hash
           FROM unnest($1::uuid[], $2::bytea[]) AS h(id, hash)
          WHERE i.id = h.id AND NOT i.answered`,
        [opened.map((o) => o.invitationId), opened.map((o) => Buffer.from(o.submissionHash, 'hex'))],
      );
      return opened;
    });
    // The employees' conversation messages of those days are written at the same moment (ConversationInbox).
    await this.conversationInbox.flushDaysBefore(day);
    if (held.length === 0) return 0;
    const { written, mails } = await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [FLUSH_LOCK]);
      // (A bare DELETE … RETURNING comes back from TypeORM as [rows, count]; the CTE gives rows.)
      const removed: { claim: Buffer }[] = await m.query(
        `WITH removed AS (DELETE FROM answer_inbox WHERE claim = ANY($1::bytea[]) RETURNING claim) SELECT claim FROM removed`, [
        held.map((h) => h.claim),
      ]);
      const still = new Set(removed.map((r) => r.claim.toString('hex')));
      // Only what this flush removed is written: a concurrent flush that got there first wrote the rest.
      const toWrite = shuffled(held.filter((h) => still.has(h.claim.toString('hex'))));
      const responses = toWrite.filter((h) => h.answer.kind === 'response').map((h) => ({ held: h, id: randomUUID() }));
      await writeResponses(m, responses);
      await writeRatings(m, toWrite.filter((h) => h.answer.kind === 'ratings'));
      // The comments' conversations, in the same transaction, in a shuffle of their own.
      const mails = await this.conversations.write(m, responses.flatMap(({ held: h, id }) => {
        const conversation = (h.answer as HeldResponse).conversation;
        return conversation ? [{ responseId: id, conversation }] : [];
      }));
      return { written: toWrite.length, mails };
    });
    // Mailed once the day is written, then forgotten: no outbox row, no record of the address.
    await this.conversations.mail(mails);
    return written;
  }
}

/** One INSERT, rows stored in the given (random) order. */
async function writeResponses(m: EntityManager, held: { held: Opened; id: string }[]): Promise<void> {
  if (held.length === 0) return;
  // Random ids made here (as gen_random_uuid would), so that a conversation can be keyed by its response's.
  const rows = held.map(({ held: { answer, answeredOn }, id }, ord) => {
    const a = answer as HeldResponse;
    return {
      ord, id,
      programme_id: a.programmeId, department_id: a.departmentId, manager_id: a.managerId, location: a.location,
      phase: a.phase, tenure_band: a.tenureBand, answered_on: answeredOn, score: a.score, comment: a.comment,
      item_key: a.itemKey, item_score: a.itemScore, leaving_reason: a.leavingReason, sentiment: a.sentiment,
    };
  });
  await m.query(
    `INSERT INTO response (id, programme_id, department_id, manager_id, location, phase, tenure_band, answered_on, score, comment,
                           item_key, item_score, leaving_reason, sentiment)
     -- A team manager erased since the answer: no team, as ON DELETE SET NULL does for written rows.
     SELECT r.id, r.programme_id, r.department_id, (SELECT e.id FROM employee e WHERE e.id = r.manager_id), r.location, r.phase,
            r.tenure_band, r.answered_on, r.score, r.comment,
            r.item_key, r.item_score, r.leaving_reason, r.sentiment
       FROM jsonb_to_recordset($1::jsonb) AS r(
              id uuid, programme_id uuid, department_id uuid, manager_id uuid, location text, phase text, tenure_band text,
              answered_on date, score smallint, comment text, item_key text, item_score smallint, leaving_reason text,
              sentiment smallint, ord int)
      ORDER BY r.ord`,
    [JSON.stringify(rows)],
  );
}

async function writeRatings(m: EntityManager, held: Opened[]): Promise<void> {
  // Shuffled again once flat, so that the ratings of one answer are not stored side by side.
  const rows = shuffled(held.flatMap(({ answer, answeredOn }) => {
    const a = answer as HeldRatings;
    return a.ratings.map((r, i) => ({
      programme_id: a.programmeId, consumer_department_id: a.consumerDepartmentId, provider_department_id: r.providerId,
      phase: a.phase, answered_on: answeredOn, score: r.score, comment: i === 0 ? a.comment : null,
    }));
  }));
  if (rows.length === 0) return;
  rows.forEach((r, ord) => Object.assign(r, { ord }));
  await m.query(
    `INSERT INTO provider_rating (programme_id, consumer_department_id, provider_department_id, phase, answered_on, score, comment)
     SELECT r.programme_id, r.consumer_department_id, r.provider_department_id, r.phase, r.answered_on, r.score, r.comment
       FROM jsonb_to_recordset($1::jsonb) AS r(
              programme_id uuid, consumer_department_id uuid, provider_department_id uuid, phase text, answered_on date,
              score smallint, comment text, ord int)
      ORDER BY r.ord`,
    [JSON.stringify(rows)],
  );
}
