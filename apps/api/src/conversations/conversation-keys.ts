import { createHmac } from 'node:crypto';
import { AppSecret } from '../common/app-secret';

/**
 * The keyed digests that find a conversation, each under its own key derived from APP_SECRET, which
 * the database never holds: without it no stored value leads from a secret, a response or a
 * conversation to another.
 */
export class ConversationKeys {
  private readonly secretKey: Buffer;
  private readonly responseKey: Buffer;
  private readonly claimKey: Buffer;

  constructor(secret: AppSecret) {
    this.secretKey = secret.key('conversation-secret');
    this.responseKey = secret.key('conversation-response');
    this.claimKey = secret.key('conversation-claim');
  }

  /** How a private link's secret finds its conversation. */
  secretDigest(secret: string): Buffer {
    return createHmac('sha256', this.secretKey).update(secret, 'utf8').digest();
  }

  /** How the follow-up intake finds a response's conversation. */
  responseRef(responseId: string): Buffer {
    return createHmac('sha256', this.responseKey).update(responseId, 'utf8').digest();
  }

  /** The key of a conversation's messages waiting in conversation_inbox. */
  claimOf(conversationId: string): Buffer {
    return createHmac('sha256', this.claimKey).update(conversationId, 'utf8').digest();
  }
}
