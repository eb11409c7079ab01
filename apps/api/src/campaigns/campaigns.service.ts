import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CampaignCount, CampaignLaunch } from '@ex-pulse/contracts';
import { addDays } from '@ex-pulse/domain';
import { Clock, isoDateInZone, isWeekend, localHourInZone } from '../common/clock';
import { DepartmentScopeService } from '../org/department-scope.service';
import { INVITATION_WRITE_LOCK } from '../scheduling/invitation-writes.sql';
import { CampaignSegmentDto } from './campaign.dto';
import { COUNT_CAMPAIGN, LAUNCH_CAMPAIGN } from './campaign.sql';

/** HR sends a programme now to a segment, after seeing how many it will reach. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly scopes: DepartmentScopeService,
  ) {}

  async count(programmeId: string, segment: CampaignSegmentDto): Promise<CampaignCount> {
    const [row] = await this.db.query(COUNT_CAMPAIGN, await this.parameters(programmeId, segment));
    return { recipients: row.recipients, heldBackByFatigue: row.heldBackByFatigue };
  }

  async launch(programmeId: string, segment: CampaignSegmentDto): Promise<CampaignLaunch> {
    const parameters = await this.parameters(programmeId, segment);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [INVITATION_WRITE_LOCK]);
      const [row] = await tx.query(LAUNCH_CAMPAIGN, parameters);
      return { invitations: row.invitations, reminders: row.reminders };
    });
  }

  private async parameters(programmeId: string, segment: CampaignSegmentDto): Promise<unknown[]> {
    const [programme] = await this.db.query(`SELECT active FROM programme WHERE id = $1`, [programmeId]);
    if (!programme) throw new NotFoundException(`Programme ${programmeId} does not exist.`);
    if (!programme.active) throw new BadRequestException('This programme is paused; resume it before launching a campaign.');
    let departments: string[] | null = null;
    if (segment.departmentId) {
      departments = await this.scopes.subtreeIds(segment.departmentId);
      if (departments.length === 0) throw new NotFoundException(`Department ${segment.departmentId} does not exist.`);
    }
    const { day, at } = await this.sendingTime();
    return [day, at, programmeId, departments, segment.location?.trim() || null, segment.phase ?? null];
  }

  /**
   * Now on a working day after the send hour; otherwise the next send hour on a working day,
   * like every other invitation (PRODUCT.md: never at weekends).
   */
  private async sendingTime(): Promise<{ day: string; at: Date }> {
    const now = this.clock.now();
    const [org] = await this.db.query(`SELECT time_zone, send_hour FROM organisation WHERE id = 1`);
    const today = isoDateInZone(now, org.time_zone);
    if (!isWeekend(today) && localHourInZone(now, org.time_zone) >= org.send_hour) return { day: today, at: now };
    // Before the send hour on a working day: later today; at a weekend: Monday.
    let day = today;
    while (isWeekend(day)) day = addDays(day, 1);
    const [row] = await this.db.query(
      `SELECT ($1::date::timestamp + make_interval(hours => $2::int)) AT TIME ZONE $3 AS at`,
      [day, org.send_hour, org.time_zone],
    );
    return { day, at: row.at };
  }
}
