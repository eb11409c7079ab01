import { OnModuleDestroy, Provider } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig, SmtpConfig } from '../config/app-config';
import { escapeHtml, OutboxKind } from './invitation-email';

export interface MailMessage {
  to: string;
  /** Which outbox message this is; the dev mailbox keeps invitations only. */
  kind: OutboxKind;
  /** The invitation the message is for, and the answer link it carries (derived as it is sent); null and '' for a digest. */
  invitationId: string | null;
  link: string;
  subject: string;
  text: string;
  html: string;
}

/** Where outbox messages go: an SMTP server, or the dev mailbox when none is configured. */
export interface MailTransport {
  /** Resolves once the message is accepted; rejects with an Error whose message says why not. */
  send(message: MailMessage): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** A dead or silent server fails within this, so one batch never holds its rows for long. */
const SMTP_TIMEOUT_MS = 10_000;

/** Error codes of nodemailer that mean "the server cannot be used now", not "this message is refused". */
const SERVER_UNAVAILABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EAUTH', 'ENOAUTH', 'EPROXY']);

/** True when the error says the whole server is unavailable (no use trying the next message now). */
export function isServerUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SERVER_UNAVAILABLE.has(code);
}

export class SmtpMailTransport implements MailTransport, OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(
    smtp: SmtpConfig,
    private readonly from: string,
  ) {
    this.transporter = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
      dnsTimeout: SMTP_TIMEOUT_MS,
    });
  }

  async send({ to, subject, text, html }: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to, subject, text, html });
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}

/**
 * Stands in `dev_mail` for a message's answer link, which is never stored: the dev mailbox puts a
 * link back only for demo employees when it shows the message (DevMailboxService). Migration
 * 1765100000000 writes the same text into the rows kept before.
 */
export const ANSWER_LINK_PLACEHOLDER = '{{answer-link}}';

/**
 * No SMTP server configured (the demo default): invitation emails land in `dev_mail`, which the
 * demo's HR opens in the web app, with the answer link replaced by a placeholder (a link kept in
 * the database would open the survey for whoever reads it). Reminders are accepted but not kept:
 * the worker sends one only to those who have not answered, so a reminder in the mailbox (or its
 * absence) would tell HR whether a named person had answered (PRODUCT.md, Anonymity).
 */
export class DevMailboxTransport implements MailTransport {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async send(message: MailMessage): Promise<void> {
    if (message.kind === 'reminder') return;
    // A digest carries no answer link (and is kept: the demo's managers' Monday mail). An account
    // email's set-password link is taken out like an answer link, so the mailbox never opens an account.
    const text = message.kind === 'digest' ? message.text : withoutLink(message.text, message.link);
    const html = message.kind === 'digest' ? message.html : withoutLink(message.html, message.link);
    await this.db.query(
      `INSERT INTO dev_mail (invitation_id, to_address, subject, text_body, html_body, delivered_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [message.invitationId, message.to, message.subject, text, html, this.clock.now()],
    );
  }
}

/** The body with its answer link (as text or HTML-escaped) replaced, and no trace of the token left. */
function withoutLink(body: string, link: string): string {
  const token = link.slice(link.indexOf('#') + 1);
  const replaced = [link, escapeHtml(link)].reduce((b, l) => b.split(l).join(ANSWER_LINK_PLACEHOLDER), body);
  return token ? replaced.split(token).join('') : replaced;
}

export const mailTransportProvider: Provider = {
  provide: MAIL_TRANSPORT,
  inject: [APP_CONFIG, DataSource, Clock],
  useFactory: (config: AppConfig, db: DataSource, clock: Clock): MailTransport =>
    config.smtp ? new SmtpMailTransport(config.smtp, config.mailFrom) : new DevMailboxTransport(db, clock),
};
