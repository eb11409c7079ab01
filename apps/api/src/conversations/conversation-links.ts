import { EntityManager } from 'typeorm';
import { ConversationKeys } from './conversation-keys';

/** A comment the follow-up intake read: its response (read, never stored) and its item's digest. */
export interface IntakeSource {
  responseId: string;
  sourceDigest: Buffer;
}

/**
 * Sets the follow-up item of the conversations whose comments the intake has read, in its transaction:
 * a conversation is keyed by an HMAC of its response's id, which only the API computes, so the item
 * learns its conversation without either row naming the response. An item has at most one.
 */
export async function linkConversations(tx: EntityManager, keys: ConversationKeys, sources: readonly IntakeSource[]): Promise<void> {
  if (sources.length === 0) return;
  await tx.query(
    `UPDATE conversation c SET item_id = f.id
       FROM unnest($1::bytea[], $2::bytea[]) AS x(digest, ref)
       JOIN follow_up_item f ON f.source_digest = x.digest
      WHERE c.response_ref = x.ref AND c.item_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM conversation o WHERE o.item_id = f.id)`,
    [sources.map((s) => s.sourceDigest), sources.map((s) => keys.responseRef(s.responseId))],
  );
}
