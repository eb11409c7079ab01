import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { DevMailPage } from '@ex-pulse/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AnswerLinks } from '../responses/answer-token';
import { DEMO_EMAIL_DOMAIN } from '../seed/demo-organisation';
import { isDemoSeeded } from '../seed/demo-seed-record';
import { escapeHtml } from './invitation-email';
import { ANSWER_LINK_PLACEHOLDER } from './mail-transport';

export const DEV_MAILBOX_PAGE_SIZE = 50;

/** Said in a message's text where the link of someone who is not a demo employee would be. */
export const LINK_WITHHELD = '(no link here: the dev mailbox shows answer links of demo employees only)';

/**
 * The messages the dev mailbox transport stored (invitation emails, never reminders), newest
 * first. A demo feature: it answers only where SEED_DEMO is on and the demo organisation was
 * seeded into this database, and puts an answer link back (derived now, never stored) only into
 * the messages of demo employees (a work address at the demo's domain), so HR cannot answer as a
 * real employee from here.
 */
@Injectable()
export class DevMailboxService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: AnswerLinks,
  ) {}

  async page(rawPage?: string): Promise<DevMailPage> {
    if (!this.config.seedDemo || !(await isDemoSeeded(this.db))) {
      throw new NotFoundException('The dev mailbox belongs to the demo (SEED_DEMO with the demo organisation seeded); set SMTP_HOST to deliver email.');
    }
    const page = parsePage(rawPage);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM dev_mail`);
    const rows: {
      id: string; to: string; subject: string; text: string; html: string; delivered_at: Date;
      invitation_id: string | null; demo: boolean;
    }[] = await this.db.query(
      `SELECT m.id::text AS id, m.to_address AS "to", m.subject, m.text_body AS text, m.html_body AS html, m.delivered_at,
              i.id::text AS invitation_id, coalesce(lower(e.work_email) LIKE $3, false) AS demo
         FROM dev_mail m
         LEFT JOIN invitation i ON i.id = m.invitation_id
         LEFT JOIN employee e ON e.id = i.employee_id
        ORDER BY m.delivered_at DESC, m.id DESC LIMIT $1 OFFSET $2`,
      [DEV_MAILBOX_PAGE_SIZE, (page - 1) * DEV_MAILBOX_PAGE_SIZE, `%@${DEMO_EMAIL_DOMAIN}`],
    );
    return {
      enabled: this.config.smtp === null,
      page,
      pageSize: DEV_MAILBOX_PAGE_SIZE,
      total,
      items: rows.map(({ id, to, subject, text, html, delivered_at, invitation_id, demo }) => {
        const link = demo && invitation_id ? this.links.linkOf(this.config.publicUrl, invitation_id) : null;
        return {
          id, to, subject,
          text: text.split(ANSWER_LINK_PLACEHOLDER).join(link ?? LINK_WITHHELD),
          html: html.split(ANSWER_LINK_PLACEHOLDER).join(link ? escapeHtml(link) : '#'),
          deliveredAt: delivered_at.toISOString(),
        };
      }),
    };
  }
}

function parsePage(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(page >= 1)) throw new BadRequestException(`page must be a whole number from 1 (got "${raw}").`);
  return page;
}
