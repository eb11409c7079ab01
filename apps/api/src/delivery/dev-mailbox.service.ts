import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { DevMailPage } from '@ex-pulse/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const DEV_MAILBOX_PAGE_SIZE = 50;

/** The messages the dev mailbox transport stored (invitation emails, never reminders), newest first. */
@Injectable()
export class DevMailboxService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(rawPage?: string): Promise<DevMailPage> {
    const page = parsePage(rawPage);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM dev_mail`);
    const rows: { id: string; to: string; subject: string; text: string; html: string; delivered_at: Date }[] =
      await this.db.query(
        `SELECT id::text AS id, to_address AS "to", subject, text_body AS text, html_body AS html, delivered_at
           FROM dev_mail ORDER BY delivered_at DESC, id DESC LIMIT $1 OFFSET $2`,
        [DEV_MAILBOX_PAGE_SIZE, (page - 1) * DEV_MAILBOX_PAGE_SIZE],
      );
    return {
      enabled: this.config.smtp === null,
      page,
      pageSize: DEV_MAILBOX_PAGE_SIZE,
      total,
      items: rows.map(({ delivered_at, ...mail }) => ({ ...mail, deliveredAt: delivered_at.toISOString() })),
    };
  }
}

function parsePage(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(page >= 1)) throw new BadRequestException(`page must be a whole number from 1 (got "${raw}").`);
  return page;
}
