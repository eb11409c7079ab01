import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, periodContaining, previousPeriod } from '@ex-pulse/domain';
import type { AnalyticsComments, AnalyticsUnits, CommentView, EnpsCell, Language, Role } from '@ex-pulse/contracts';
import { AnalyticsReports } from '../analytics/analytics-reports.service';
import { COMMENTS_EXPORT_PAGE_SIZE } from '../analytics/reports/comments.service';
import { changeBetween } from '../analytics/reports/report-cells';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AppSecret } from '../common/app-secret';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FollowUpQueueService } from '../follow-up/queue/follow-up-queue.service';
import { DepartmentScopeService } from '../org/department-scope.service';
import { DigestContent, DigestUnit } from './digest-content';

/** A digest's recipient, as app_user holds them. */
export interface DigestRecipient {
  id: string;
  email: string;
  name: string;
  role: Role;
  scopeDepartmentId: string | null;
  language: Language;
}

/** How many texts a digest quotes, of each kind, and how long each may be. */
const QUOTED = 3;
const QUOTE_MAX = 300;

/**
 * What a recipient's digest says, taken from the dashboards' own services as that user (their part of
 * the organisation, the anonymity guard, the comment threshold): the figures are those the dashboard
 * shows them on that day, so the digest tells nothing they could not read there. Figures are for the
 * quarter holding the day before the digest (answers are written once their day ends), compared with
 * the quarter before by the dashboard's rule (changeBetween).
 *
 * Comments have no key and no date. Which are new is told by keyed digests (HMAC under APP_SECRET's
 * 'digest-comments' key of quarter, list, text and ordinal) of what the recipient's lists showed at the
 * last digest: new ones are those the lists show now that they did not then, as a weekly look at the
 * comments page would tell.
 */
@Injectable()
export class DigestComposer {
  private readonly key: Buffer;

  constructor(
    private readonly db: DataSource,
    private readonly reports: AnalyticsReports,
    private readonly followUps: FollowUpQueueService,
    private readonly scopes: DepartmentScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    secret: AppSecret,
  ) {
    this.key = secret.key('digest-comments');
  }

  async compose(
    recipient: DigestRecipient,
    week: string,
    organisationName: string,
    before: { seen: Buffer[]; figures: Buffer | null },
  ): Promise<{ content: DigestContent; seen: Buffer[]; figures: Buffer }> {
    const user = await this.userOf(recipient);
    const quarter = periodContaining('quarter', addDays(week, -1));
    const previous = previousPeriod(quarter);
    const department = recipient.role === 'manager' ? recipient.scopeDepartmentId ?? undefined : undefined;
    const [now, then] = await Promise.all([
      this.reports.units(user, { period: quarter.key, department }),
      this.reports.units(user, { period: previous.key, department }),
    ]);
    const comments = await this.allComments(user, quarter.key, department);
    const seen = this.digestsOf(comments.comments);
    const known = new Set(before.seen.map((b) => b.toString('hex')));
    const fresh = comments.comments.filter((_, i) => !known.has(seen[i].toString('hex')));
    const queue = await this.followUps.queue(user, { show: 'open' });
    const base = this.config.publicUrl;
    const units = unitsWithMoves(now, then);
    const figures = createHash('sha256').update(JSON.stringify(units)).digest();
    const content: DigestContent = {
      language: recipient.language,
      recipientName: recipient.name,
      organisationName,
      week,
      quarter: quarter.key,
      previousQuarter: previous.key,
      k: this.config.anonymityK,
      commentK: this.config.commentK,
      units,
      figuresChanged: !before.figures || !figures.equals(before.figures),
      comments: {
        withheld: comments.withheld,
        newCount: fresh.length,
        texts: fresh.filter((c) => c.sentiment !== 'positive').slice(0, QUOTED).map((c) => quote(c.text)),
        positive: fresh.filter((c) => c.sentiment === 'positive').slice(0, QUOTED).map((c) => quote(c.text)),
      },
      followUps: {
        open: queue.units.reduce((sum, u) => sum + u.open, 0),
        overdue: queue.units.reduce((sum, u) => sum + u.overdue, 0),
      },
      overdueActions: await this.overdueActions(user, queue.today),
      links: {
        dashboard: `${base}/dashboard/overview?period=${quarter.key}${department ? `&department=${department}` : ''}`,
        comments: `${base}/dashboard/comments?period=${quarter.key}${department ? `&department=${department}` : ''}`,
        followUp: `${base}/follow-up`,
        plans: `${base}/follow-up/plans`,
        settings: `${base}/dashboard`,
      },
    };
    return { content, seen, figures };
  }

  private async userOf(r: DigestRecipient): Promise<AuthenticatedUser> {
    const manager = r.role === 'manager' && r.scopeDepartmentId !== null;
    return {
      id: r.id, email: r.email, name: r.name, role: r.role,
      scopeDepartmentId: manager ? r.scopeDepartmentId : null,
      visibleDepartmentIds: manager ? await this.scopes.subtreeIds(r.scopeDepartmentId!) : null,
    };
  }

  /** Every comment the recipient's lists show for the quarter (the export's pages). */
  private async allComments(user: AuthenticatedUser, period: string, department: string | undefined): Promise<AnalyticsComments> {
    const first = await this.reports.comments(user, { period, department, page: 1 }, COMMENTS_EXPORT_PAGE_SIZE);
    const comments = [...first.comments];
    for (let page = 2; comments.length < first.total && page <= 20; page++) {
      comments.push(...(await this.reports.comments(user, { period, department, page }, COMMENTS_EXPORT_PAGE_SIZE)).comments);
    }
    return { ...first, comments };
  }

  private digestsOf(comments: CommentView[]): Buffer[] {
    const ordinals = new Map<string, number>();
    return comments.map((c) => {
      const source = JSON.stringify([c.quarter, c.department, c.text]);
      const ordinal = (ordinals.get(source) ?? 0) + 1;
      ordinals.set(source, ordinal);
      return createHmac('sha256', this.key).update(`${source}#${ordinal}`).digest();
    });
  }

  /** Actions of the recipient's units' open plans that are not done and past their due date. */
  private async overdueActions(user: AuthenticatedUser, today: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS overdue
         FROM plan_action a JOIN action_plan p ON p.id = a.plan_id
        WHERE p.status = 'open' AND a.status <> 'done' AND a.due_on < $1
          AND ($2::uuid[] IS NULL OR p.department_id = ANY($2))`,
      [today, user.visibleDepartmentIds],
    );
    return row.overdue;
  }
}

/** The reference, then the units as ranked, each with its move against the previous quarter. */
function unitsWithMoves(now: AnalyticsUnits, before: AnalyticsUnits): DigestUnit[] {
  const previous = new Map(before.units.map((u) => [u.key, u]));
  const unit = (cell: EnpsCell, prev: EnpsCell | undefined, reference: boolean): DigestUnit => ({
    label: reference && cell.key === 'organisation' ? '' : cell.label,
    reference,
    withheld: cell.withheld,
    n: cell.n,
    enps: cell.enps,
    ciLow: cell.ciLow,
    ciHigh: cell.ciHigh,
    responseRate: cell.responseRate,
    indicative: cell.indicative,
    change: prev ? changeBetween(prev, cell) : null,
  });
  return [unit(now.reference, before.reference, true), ...now.units.map((u) => unit(u, previous.get(u.key), false))];
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}
