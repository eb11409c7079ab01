import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isIsoDate } from '@ex-pulse/domain';
import type { SimulateDayResult, SimulationInfo } from '@ex-pulse/contracts';
import { Clock } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeliveryService } from '../delivery/delivery.service';
import { MAIL_TRANSPORT, MailTransport } from '../delivery/mail-transport';
import { AnswerLinks } from '../responses/answer-token';
import { AnswerInbox } from '../responses/answer-inbox';
import { InvitationPlannerService } from '../scheduling/invitation-planner.service';
import { AccountLinks } from '../users/account-links';

class FixedClock extends Clock {
  constructor(private readonly instant: Date) {
    super();
  }
  now(): Date {
    return new Date(this.instant);
  }
}

/**
 * For trying the demo: run the planner and the delivery worker as if it were 10:30 on another day,
 * so HR can watch invitations being created, emailed (to the dev mailbox), answered and counted.
 */
@Injectable()
export class SimulationService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: AnswerInbox,
    private readonly links: AnswerLinks,
    private readonly accountLinks: AccountLinks,
  ) {}

  info(): SimulationInfo {
    return { enabled: this.config.allowSimulatedDays };
  }

  async simulateDay(date: string): Promise<SimulateDayResult> {
    if (!this.config.allowSimulatedDays) {
      throw new NotFoundException('Simulated days are for demo instances (set ALLOW_SIMULATED_DAYS=true to allow them).');
    }
    if (!isIsoDate(date)) throw new BadRequestException(`date must be a date written YYYY-MM-DD (got "${date}").`);
    const [row] = await this.db.query(
      `SELECT (($1::date + time '10:30') AT TIME ZONE time_zone) AS at FROM organisation WHERE id = 1`,
      [date],
    );
    if (!row) throw new BadRequestException('The organisation is not set up yet.');
    const clock = new FixedClock(row.at);
    // As the flush job would have by then: answers held for earlier days are written first.
    await this.inbox.flushDaysBefore(date);
    const plan = await new InvitationPlannerService(this.db, clock).planDue();
    const delivery = new DeliveryService(this.db, clock, this.organisation, this.transport, this.config, this.links, this.inbox, this.accountLinks);
    let sent = 0;
    let failed = 0;
    for (let batch = 0; batch < 100; batch++) {
      const result = await delivery.deliverDue(100);
      sent += result.sent;
      failed += result.failed + result.retried;
      if (result.sent + result.failed + result.retried + result.skipped === 0) break;
    }
    return {
      date,
      skipped: plan.ran ? null : plan.reason,
      invitations: plan.ran ? plan.invitations : 0,
      reminders: plan.ran ? plan.reminders : 0,
      sent,
      failed,
    };
  }
}
