import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, Period, periodContaining, previousPeriod, weekStart } from '@ex-pulse/domain';
import { CommentPlacement, CommentsService } from '../../analytics/reports/comments.service';
import { AppSecret } from '../../common/app-secret';
import { OrganisationService } from '../../common/organisation.service';
import { ConversationKeys } from '../../conversations/conversation-keys';
import { IntakeSource, linkConversations } from '../../conversations/conversation-links';
import { FollowUpIntakeRecord } from './follow-up-intake.entity';
import { FollowUpItem } from './follow-up-item.entity';

const INTAKE_LOCK = 'expulse:follow-up-intake';

/**
 * An item's source digest: HMAC, under the key derived for 'follow-up-source', of the answer's quarter,
 * its department, the text and the ordinal among equal texts there (1 for the first).
 */
export function followUpSourceDigest(key: Buffer, quarter: string, departmentId: string, comment: string, ordinal: number): Buffer {
  return createHmac('sha256', key).update(`${JSON.stringify([quarter, departmentId, comment])}#${ordinal}`).digest();
}

/** A comment that may belong in the queue: a detractor's, or one classified negative. */
interface Candidate {
  /** Read to find the comment's conversation (linkConversations); never stored on the item. */
  id: string;
  quarter: string;
  department_id: string;
  comment: string;
  sentiment: -1 | 0 | 1 | null;
  detractor: boolean;
}

/**
 * Takes detractor and negative comments into the follow-up queue, once per calendar week (the 1st,
 * 8th, 15th and 22nd of a month start one, as on the weekly trend), from the answers of the current
 * and the previous quarter written before that week.
 *
 * A comment becomes an item only where the comments list shows it (CommentsService.placements: the
 * same verdict, at the comment threshold), in the unit whose list holds it; a comment that is not
 * negative is taken in as a detractor's only where that list shows the detractor band, since being in
 * the queue says as much. Each item gets a random id and the week's first day as its created date, and
 * a week's items are written together in an order that follows from their digests: no item tells its
 * answer's day, segment or id. The digest (HMAC under a key derived from APP_SECRET of quarter,
 * department, text and the ordinal among equal texts) is unique, so a comment is taken in once, by one
 * instance, whenever its list first passes.
 */
@Injectable()
export class FollowUpIntake {
  private readonly key: Buffer;
  private readonly conversationKeys: ConversationKeys;

  constructor(
    private readonly db: DataSource,
    private readonly comments: CommentsService,
    private readonly organisation: OrganisationService,
    secret: AppSecret,
  ) {
    this.key = secret.key('follow-up-source');
    this.conversationKeys = new ConversationKeys(secret);
  }

  /** Runs this week's intake unless it has run; returns the week's first day. */
  async takeIn(): Promise<string> {
    const week = weekStart(await this.organisation.today());
    if (await this.db.getRepository(FollowUpIntakeRecord).existsBy({ week })) return week;
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [INTAKE_LOCK]);
      if (await tx.getRepository(FollowUpIntakeRecord).existsBy({ week })) return;
      const sources: IntakeSource[] = [];
      const items = await this.newItems(tx, week, sources);
      let taken = 0;
      for (let i = 0; i < items.length; i += 500) {
        const result = await tx.createQueryBuilder().insert().into(FollowUpItem).values(items.slice(i, i + 500)).orIgnore().returning('id').execute();
        taken += (result.raw as unknown[]).length;
      }
      await linkConversations(tx, this.conversationKeys, sources);
      await tx.getRepository(FollowUpIntakeRecord).insert({ week, items: taken });
    });
    return week;
  }

  private async newItems(tx: EntityManager, week: string, sources: IntakeSource[]): Promise<Partial<FollowUpItem>[]> {
    const before = addDays(week, -1);
    const current = periodContaining('quarter', before);
    const quarters: Period[] = [previousPeriod(current), current];
    const placements = new Map<string, (departmentId: string) => CommentPlacement>();
    for (const q of quarters) placements.set(q.key, await this.comments.placements(q));
    const candidates: Candidate[] = await tx.query(
      `SELECT id, to_char(answered_on, 'YYYY') || '-Q' || extract(quarter FROM answered_on)::int AS quarter,
              department_id, comment, sentiment, score <= 6 AS detractor
         FROM response
        WHERE comment IS NOT NULL AND btrim(comment) <> '' AND (sentiment = -1 OR score <= 6)
          AND answered_on BETWEEN $1 AND $2
        ORDER BY 2, 3, 4, 5 NULLS FIRST, 6`,
      [quarters[0].from, before],
    );
    const ordinals = new Map<string, number>();
    const items: Partial<FollowUpItem>[] = [];
    for (const c of candidates) {
      const placed = placements.get(c.quarter)!(c.department_id);
      if (placed.list === null) continue;
      const detractor = c.detractor && placed.bands.includes('detractor');
      if (c.sentiment !== -1 && !detractor) continue;
      const source = JSON.stringify([c.quarter, c.department_id, c.comment]);
      const ordinal = (ordinals.get(source) ?? 0) + 1;
      ordinals.set(source, ordinal);
      const sourceDigest = followUpSourceDigest(this.key, c.quarter, c.department_id, c.comment, ordinal);
      sources.push({ responseId: c.id, sourceDigest });
      items.push({
        sourceDigest,
        departmentId: placed.list,
        quarter: c.quarter,
        comment: c.comment,
        sentiment: c.sentiment,
        detractor,
        status: 'new',
        createdOn: week,
      });
    }
    return items.sort((a, b) => Buffer.compare(a.sourceDigest!, b.sourceDigest!));
  }
}
