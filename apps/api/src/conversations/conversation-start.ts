import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CONVERSATION_SECRET } from '@ex-pulse/domain';
import type { Language } from '@ex-pulse/contracts';
import { AppSecret } from '../common/app-secret';
import { shuffled } from '../common/shuffled';
import { ConversationKeys } from './conversation-keys';
import { ConversationLinkMail, ConversationMailer } from './conversation-mailer';

/**
 * What a held answer carries for its conversation, sealed in answer_inbox until the day's end: the
 * HMAC of the secret (hex) and the invitation's language; with an email, the address and the secret
 * itself, to mail the link once and forget.
 */
export interface HeldConversation {
  secretDigest: string;
  language: Language;
  mail: { to: string; secret: string } | null;
}

/**
 * Starts the conversations of a day's comments as the day's answers are written (AnswerInbox):
 * the conversation rows go into the same transaction as the responses, in a shuffle of their own;
 * the links asked for by email are mailed after it commits, then dropped.
 */
@Injectable()
export class ConversationStart {
  private readonly keys: ConversationKeys;

  constructor(
    secret: AppSecret,
    private readonly mailer: ConversationMailer,
  ) {
    this.keys = new ConversationKeys(secret);
  }

  /** The sealed part of an answer: null without a comment or without a well-formed secret. */
  held(input: { comment: string | null; secret?: string; email?: string }, language: Language): HeldConversation | null {
    if (!input.comment || !input.secret || !CONVERSATION_SECRET.test(input.secret)) return null;
    return {
      secretDigest: this.keys.secretDigest(input.secret).toString('hex'),
      language,
      mail: input.email ? { to: input.email, secret: input.secret } : null,
    };
  }

  /** Writes the conversations of responses being written (their ids made by the caller); returns the mails to send. */
  async write(m: EntityManager, started: { responseId: string; conversation: HeldConversation }[]): Promise<ConversationLinkMail[]> {
    if (started.length === 0) return [];
    const rows = shuffled(started).map(({ responseId, conversation }, ord) => ({
      ord, secret_digest: conversation.secretDigest, response_ref: this.keys.responseRef(responseId).toString('hex'), language: conversation.language,
    }));
    // A secret sent twice (a page that reused one) keeps the first conversation; the second comment has none.
    await m.query(
      `INSERT INTO conversation (secret_digest, response_ref, language)
       SELECT decode(r.secret_digest, 'hex'), decode(r.response_ref, 'hex'), r.language
         FROM jsonb_to_recordset($1::jsonb) AS r(secret_digest text, response_ref text, language text, ord int)
        ORDER BY r.ord
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
    return shuffled(started.flatMap(({ conversation: c }) => (c.mail ? [{ to: c.mail.to, secret: c.mail.secret, language: c.language }] : [])));
  }

  mail(mails: readonly ConversationLinkMail[]): Promise<number> {
    return this.mailer.sendAll(mails);
  }
}
