import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CampaignCount, CampaignLaunch } from '@ex-pulse/contracts';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DepartmentScopeService } from '../org/department-scope.service';
import { INVITATION_WRITE_LOCK } from '../scheduling/invitation-writes.sql';
import { sendingSlot } from '../scheduling/sending-slot';
import { CampaignSegmentDto } from './campaign.dto';
import { COUNT_CAMPAIGN, LAUNCH_CAMPAIGN } from './campaign.sql';

/** HR sends a programme now to a segment, after seeing how many it will reach. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly scopes: DepartmentScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async count(programmeId: string, segment: CampaignSegmentDto): Promise<CampaignCount> {
    const [row] = await this.db.query(COUNT_CAMPAIGN, await this.parameters(programmeId, segment));
    return { recipients: row.recipients, heldBackByFatigue: row.heldBackByFatigue, minimumRecipients: this.config.anonymityK };
  }

  /**
   * Counted again under the invitation lock, so what is refused is what would be sent: a segment
   * that reaches fewer than k people would collect answers of a group below k (PRODUCT.md).
   */
  async launch(programmeId: string, segment: CampaignSegmentDto): Promise<CampaignLaunch> {
    const parameters = await this.parameters(programmeId, segment);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [INVITATION_WRITE_LOCK]);
      const [count] = await tx.query(COUNT_CAMPAIGN, parameters);
      const k = this.config.anonymityK;
      if (count.recipients < k) {
        throw new BadRequestException(
          `This segment reaches ${count.recipients} ${count.recipients === 1 ? 'person' : 'people'} now; a campaign goes to at least ${k}, ` +
            'so that no one can be singled out by its answers. Widen the segment (a larger department, no location or phase).',
        );
      }
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
    // Like every invitation: now on a working day after the send hour, else at the next send hour.
    const slot = await sendingSlot(this.db, this.clock.now());
    if (!slot) throw new BadRequestException('The organisation is not set up yet.');
    const { day, at } = slot;
    return [day, at, programmeId, departments, segment.location?.trim() || null, segment.phase ?? null];
  }
}
