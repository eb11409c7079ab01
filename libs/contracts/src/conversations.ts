import type { FollowUpUser } from './follow-up';
import type { Language } from './org';

/** The employee's side: the secret from their private link (/c#<secret>) is the only credential. */
export interface ConversationSecretRequest {
  secret: string;
}

export interface EmployeeMessageRequest extends ConversationSecretRequest {
  body: string;
}

export interface EmployeeConversationMessage {
  fromStaff: boolean;
  body: string;
  /** The day only (YYYY-MM-DD). */
  writtenOn: string;
}

export interface EmployeeConversationView {
  language: Language;
  /** The employee's own comment, once it is in a follow-up queue (the conversation is reached through it); else null. */
  comment: string | null;
  messages: EmployeeConversationMessage[];
  /** The employee's messages waiting for the end of their day (then written among the day's others). */
  waiting: { body: string; writtenOn: string }[];
  /** Whether the employee may write: once someone has replied. */
  canAnswer: boolean;
}

export interface StaffConversationMessage {
  fromStaff: boolean;
  body: string;
  writtenOn: string;
  /** Staff replies: who and when; the employee's messages: null. */
  author: FollowUpUser | null;
  writtenAt: string | null;
}

/** A follow-up item's conversation with the comment's anonymous author. */
export interface StaffConversationView {
  /** False when the comment's author has no private link (answered without one, or before conversations). */
  available: boolean;
  messages: StaffConversationMessage[];
  /** HR and the unit's managers reply; leaders read. */
  canReply: boolean;
}

export interface StaffReplyRequest {
  body: string;
}
