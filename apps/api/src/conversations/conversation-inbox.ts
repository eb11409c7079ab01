import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppSecret } from '../common/app-secret';
import { shuffled } from '../common/shuffled';
import { AnswerSeal } from '../responses/answer-seal';
import { ConversationKeys } from './conversation-keys';

interface HeldMessage {
  conversationId: string;
  body: string;
}

const FLUSH_LOCK = 'conversation-inbox-flush';

/**
 * Where an employee's message waits until its day has ended, sealed like a held answer (one length,
 * AES-256-GCM under a key derived from APP_SECRET) and claimed by an HMAC of its conversation's id.
 * After the day, one transaction writes the day's messages of every conversation in a random order
 * and removes them here: no message row's version (xmin), place (ctid) or id tells the time of day
 * it was sent, only its day.
 */
@Injectable()
export class ConversationInbox {
  private readonly seal: AnswerSeal;
  private readonly keys: ConversationKeys;
  private readonly logger = new Logger('ConversationInbox');

  constructor(
    private readonly db: DataSource,
    secret: AppSecret,
  ) {
    this.seal = new AnswerSeal(secret);
    this.keys = new ConversationKeys(secret);
  }

  async hold(conversationId: string, day: string, body: string): Promise<void> {
    await this.db.query(`INSERT INTO conversation_inbox (claim, held_on, sealed) VALUES ($1, $2, $3)`, [
      this.keys.claimOf(conversationId), day, this.seal.seal({ conversationId, body } satisfies HeldMessage),
    ]);
  }

  /** The conversation's messages still waiting, oldest day first. */
  async waiting(conversationId: string): Promise<{ body: string; writtenOn: string }[]> {
    const rows: { held_on: string; sealed: Buffer }[] = await this.db.query(
      `SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on, sealed FROM conversation_inbox WHERE claim = $1 ORDER BY held_on`,
      [this.keys.claimOf(conversationId)],
    );
    return rows.flatMap((r) => {
      const held = this.open(r.sealed);
      return held && held.conversationId === conversationId ? [{ body: held.body, writtenOn: r.held_on }] : [];
    });
  }

  /** Writes every message held for a day before `day`; returns how many. Safe to run on several instances at once. */
  async flushDaysBefore(day: string): Promise<number> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [FLUSH_LOCK]);
      const rows: { id: string; held_on: string; sealed: Buffer }[] = await m.query(
        `SELECT id, to_char(held_on, 'YYYY-MM-DD') AS held_on, sealed FROM conversation_inbox WHERE held_on < $1`,
        [day],
      );
      if (rows.length === 0) return 0;
      const messages = shuffled(rows.flatMap((r) => {
        const held = this.open(r.sealed);
        return held ? [{ id: r.id, conversation_id: held.conversationId, body: held.body, written_on: r.held_on }] : [];
      })).map((row, ord) => ({ ...row, ord }));
      await m.query(
        `INSERT INTO conversation_message (conversation_id, from_staff, body, written_on)
         SELECT r.conversation_id, false, r.body, r.written_on
           FROM jsonb_to_recordset($1::jsonb) AS r(conversation_id uuid, body text, written_on date, ord int)
          -- A conversation erased meanwhile (its item's unit removed): its message goes with it.
          WHERE EXISTS (SELECT 1 FROM conversation c WHERE c.id = r.conversation_id)
          ORDER BY r.ord`,
        [JSON.stringify(messages)],
      );
      await m.query(`DELETE FROM conversation_inbox WHERE id = ANY($1::uuid[])`, [messages.map((r) => r.id)]);
      return messages.length;
    });
  }

  private open(sealed: Buffer): HeldMessage | null {
    try {
      return this.seal.open<HeldMessage>(sealed);
    } catch {
      this.logger.error('A held conversation message cannot be opened with this APP_SECRET; it stays in conversation_inbox.');
      return null;
    }
  }
}
