import { ConversationMessage } from './conversation-message.entity';
import { Conversation } from './conversation.entity';

/** The conversations' CRUD tables (migration 1765400000000); conversation_inbox is sealed rows, read by SQL. */
export const CONVERSATION_ENTITIES = [Conversation, ConversationMessage];
