import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';
import { CONVERSATION_MESSAGE_MAX } from '@ex-pulse/domain';
import type { ConversationSecretRequest, EmployeeMessageRequest, StaffReplyRequest } from '@ex-pulse/contracts';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LENGTH_MESSAGE = `A message holds 1 to ${CONVERSATION_MESSAGE_MAX} characters of plain text.`;

export class ConversationSecretDto implements ConversationSecretRequest {
  @IsString({ message: 'secret is missing: open the whole private link you kept.' })
  @MaxLength(200)
  secret: string;
}

/** Plain text, trimmed; 1–2,000 characters (a NUL is refused for every request, see request-input.ts). */
export class EmployeeMessageDto extends ConversationSecretDto implements EmployeeMessageRequest {
  @Transform(trimmed)
  @IsString({ message: 'body must be text.' })
  @Length(1, CONVERSATION_MESSAGE_MAX, { message: LENGTH_MESSAGE })
  body: string;
}

export class StaffReplyDto implements StaffReplyRequest {
  @Transform(trimmed)
  @IsString({ message: 'body must be text.' })
  @Length(1, CONVERSATION_MESSAGE_MAX, { message: LENGTH_MESSAGE })
  body: string;
}
