import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_PHASE_BANDS, PhaseBands } from '@ex-pulse/domain';
import { Clock, isoDateInZone } from './clock';

export interface OrganisationSettings {
  name: string;
  timeZone: string;
  bands: PhaseBands;
}

const SETTINGS_TTL_MS = 5000;

/** The single organisation row: its name, time zone and lifecycle day bands. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  private cached: { at: number; settings: Promise<OrganisationSettings> } | null = null;

  /**
   * The settings, read at most every few seconds: every answer and report needs them, and they
   * change only through migrations and the seed (no endpoint edits them yet).
   */
  settings(): Promise<OrganisationSettings> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > SETTINGS_TTL_MS) {
      const settings = this.read();
      this.cached = { at: now, settings };
      settings.catch(() => (this.cached = null));
    }
    return this.cached.settings;
  }

  private async read(): Promise<OrganisationSettings> {
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
