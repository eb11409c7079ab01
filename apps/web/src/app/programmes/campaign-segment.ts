import { CampaignSegment } from '@ex-pulse/contracts';

export type CampaignPhase = NonNullable<CampaignSegment['phase']>;

/** Who a campaign reaches, every part spelled out: null means "all". */
export type Segment = Required<CampaignSegment>;

/** The phases in which employees receive pulses, in lifecycle order. */
export const CAMPAIGN_PHASES: readonly CampaignPhase[] = ['onboarding', 'initial_development', 'ongoing_development', 'separation'];

export const EVERYONE: Segment = { departmentId: null, location: null, phase: null };

/** Typed location text as the API wants it: trimmed, null when empty. */
export function locationOf(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

export function sameSegment(a: Segment, b: Segment): boolean {
  return a.departmentId === b.departmentId && a.location === b.location && a.phase === b.phase;
}
