import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_PHASE_BANDS, PhaseBands } from '@ex-pulse/domain';
import { Clock, isoDateInZone } from './clock';

export interface OrganisationSettings {
  name: string;
  timeZone: string;
  bands: PhaseBands;
}

/** The single organisation row: its name, time zone and lifecycle day bands. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async settings(): Promise<OrganisationSettings> {
    const [row] = await this.db.query(
      `SELECT name, time_zone, onboarding_until_day, initial_development_until_day FROM organisation WHERE id = 1`,
    );
    if (!row) return { name: 'Your organisation', timeZone: 'UTC', bands: DEFAULT_PHASE_BANDS };
    return {
      name: row.name,
      timeZone: row.time_zone,
      bands: {
        onboardingUntilDay: row.onboarding_until_day,
        initialDevelopmentUntilDay: row.initial_development_until_day,
      },
    };
  }

  /** Today's date in the organisation's time zone (pass the settings when they are at hand). */
  async today(settings?: OrganisationSettings): Promise<string> {
    return isoDateInZone(this.clock.now(), (settings ?? (await this.settings())).timeZone);
  }
}
