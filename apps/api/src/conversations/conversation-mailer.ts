import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { Language } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const TEXTS: Record<Language, { subject: string; body: (link: string) => string }> = {
  en: {
    subject: 'Your private conversation link',
    body: (link) =>
      `You asked for the private link to your comment's conversation. If someone responsible for your team replies, ` +
      `you can read it and answer there without being identified:\n\n${link}\n\n` +
      `Keep this email: the link is the only key to the conversation, and we keep no copy of it or of your address.`,
  },
  et: {
    subject: 'Sinu privaatse vestluse link',
    body: (link) =>
      `Soovisid oma kommentaari vestluse privaatset linki. Kui keegi sinu meeskonna eest vastutajatest vastab, ` +
      `saad selle lugeda ja vastata siin, ilma et sind tuvastataks:\n\n${link}\n\n` +
      `Hoia see kiri alles: link on vestluse ainus võti ning me ei hoia sellest ega sinu aadressist koopiat.`,
  },
};

export interface ConversationLinkMail {
  to: string;
  secret: string;
  language: Language;
}

/**
 * Sends a private conversation link once, straight through SMTP: no outbox row, no dev mailbox, no
 * retry record, and nothing logged that names the address or the link. Without SMTP (the demo) the
 * link is not mailed; the thank-you page showed it. A refused or failed message is not tried again.
 */
@Injectable()
export class ConversationMailer implements OnModuleDestroy {
  private readonly logger = new Logger('ConversationMailer');
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const smtp = config.smtp;
    this.transporter = smtp
      ? createTransport({
          host: smtp.host, port: smtp.port, secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000,
        })
      : null;
  }

  linkOf(secret: string): string {
    return `${this.config.publicUrl}/c#${secret}`;
  }

  /** Sends each mail once; returns how many were accepted. */
  async sendAll(mails: readonly ConversationLinkMail[]): Promise<number> {
    if (!this.transporter || mails.length === 0) return 0;
    let sent = 0;
    for (const mail of mails) {
      const texts = TEXTS[mail.language];
      try {
        await this.transporter.sendMail({ from: this.config.mailFrom, to: mail.to, subject: texts.subject, text: texts.body(this.linkOf(mail.secret)) });
        sent++;
      } catch {
        this.logger.warn('A private conversation link could not be mailed; it is not tried again (the thank-you page showed it).');
      }
    }
    return sent;
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
