import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CONVERSATION_SECRET } from '@ex-pulse/domain';
import type { EmployeeConversationView, StaffConversationView } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AppSecret } from '../common/app-secret';
import { Clock } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { FollowUpItem } from '../follow-up/queue/follow-up-item.entity';
import { UnitAccess } from '../follow-up/unit-access';
import { ConversationInbox } from './conversation-inbox';
import { ConversationKeys } from './conversation-keys';
import { ConversationMessage } from './conversation-message.entity';
import { Conversation } from './conversation.entity';

/**
 * A secret with no conversation: a comment of today (its conversation is written with the day's answers,
 * and until then only sealed, so the API itself cannot know it) and a link that was never ours get the
 * same answer, so that no one learns from it whether a secret will exist tomorrow.
 */
export const conversationNotOpen = () =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    problem: 'not_open',
    message:
      "If you answered today, this conversation opens tomorrow, once the day's answers are written. " +
      'Otherwise this link is not valid: open the whole private link you kept.',
  });

/** An employee may have this many messages waiting for the day's end in one conversation. */
export const WAITING_MAX = 5;

/**
 * Both sides of an anonymous conversation. The employee is known only by the secret of their link
 * (its HMAC finds the conversation); staff reach it through the follow-up item, with the queue's
 * scope: HR and the unit's managers read and reply, leaders read, others get 403.
 */
@Injectable()
export class ConversationsService {
  private readonly keys: ConversationKeys;

  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    @InjectRepository(ConversationMessage) private readonly messages: Repository<ConversationMessage>,
    @InjectRepository(FollowUpItem) private readonly items: Repository<FollowUpItem>,
    private readonly inbox: ConversationInbox,
    private readonly access: UnitAccess,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
    secret: AppSecret,
  ) {
    this.keys = new ConversationKeys(secret);
  }

  async employeeView(secret: string): Promise<EmployeeConversationView> {
    const conversation = await this.bySecret(secret);
    const [messages, waiting, item] = await Promise.all([
      this.thread(conversation.id),
      this.inbox.waiting(conversation.id),
      conversation.itemId ? this.items.findOneBy({ id: conversation.itemId }) : null,
    ]);
    return {
      language: conversation.language,
      comment: item?.comment ?? null,
      messages: messages.map((m) => ({ fromStaff: m.fromStaff, body: m.body, writtenOn: m.writtenOn })),
      waiting,
      canAnswer: messages.some((m) => m.fromStaff),
    };
  }

  /** Held until the day ends (ConversationInbox), then written with the day's others. */
  async employeeAnswer(secret: string, body: string): Promise<EmployeeConversationView> {
    const conversation = await this.bySecret(secret);
    const [messages, waiting] = await Promise.all([this.thread(conversation.id), this.inbox.waiting(conversation.id)]);
    if (!messages.some((m) => m.fromStaff)) {
      throw new ConflictException(
        conversation.language === 'et' ? 'Keegi pole veel vastanud; saad kirjutada pärast vastust.' : 'No one has replied yet; you can write once someone does.',
      );
    }
    if (waiting.length >= WAITING_MAX) {
      throw new ConflictException(
        conversation.language === 'et'
          ? `Sul on ${WAITING_MAX} sõnumit ootel; need saadetakse päeva lõpus.`
          : `You have ${WAITING_MAX} messages waiting; they are sent at the end of the day.`,
      );
    }
    await this.inbox.hold(conversation.id, await this.organisation.today(), body);
    return this.employeeView(secret);
  }

  async staffView(user: AuthenticatedUser, itemKey: string): Promise<StaffConversationView> {
    const item = await this.item(user, itemKey);
    const conversation = await this.conversations.findOneBy({ itemId: item.id });
    if (!conversation) return { available: false, messages: [], canReply: false };
    const messages = await this.thread(conversation.id);
    const authors = await this.access.users(messages.map((m) => m.authorId));
    return {
      available: true,
      messages: messages.map((m) => ({
        fromStaff: m.fromStaff, body: m.body, writtenOn: m.writtenOn,
        author: m.fromStaff && m.authorId ? (authors.get(m.authorId) ?? null) : null,
        writtenAt: m.writtenAt?.toISOString() ?? null,
      })),
      canReply: this.access.acts(user, item.departmentId),
    };
  }

  async staffReply(user: AuthenticatedUser, itemKey: string, body: string): Promise<StaffConversationView> {
    const item = await this.item(user, itemKey, 'acts');
    const conversation = await this.conversations.findOneBy({ itemId: item.id });
    if (!conversation) {
      throw new ConflictException('The author of this comment has no private link, so a reply could not reach them.');
    }
    await this.messages.insert({
      conversationId: conversation.id, fromStaff: true, authorId: user.id, body,
      writtenOn: await this.organisation.today(), writtenAt: this.clock.now(),
    });
    return this.staffView(user, itemKey);
  }

  private async bySecret(secret: string): Promise<Conversation> {
    const found = CONVERSATION_SECRET.test(secret)
      ? await this.conversations.findOneBy({ secretDigest: this.keys.secretDigest(secret) })
      : null;
    if (!found) throw conversationNotOpen();
    return found;
  }

  private thread(conversationId: string): Promise<ConversationMessage[]> {
    return this.messages.find({ where: { conversationId }, order: { id: 'ASC' } });
  }

  /** 404 for no such item, 403 outside the user's part (and for a leader who would change it). */
  private async item(user: AuthenticatedUser, key: string, need: 'sees' | 'acts' = 'sees'): Promise<FollowUpItem> {
    const item = await this.items.findOneBy({ id: key });
    if (!item) throw new NotFoundException(`There is no follow-up item ${key}.`);
    const tree = await this.access.tree();
    if (need === 'acts') this.access.assertActs(user, tree, item.departmentId);
    else this.access.assertSees(user, tree, item.departmentId);
    return item;
  }
}
