import { Random } from './random';

/** The five default survey programmes of PRODUCT.md. */

export type ProgrammeKey = 'onboarding' | 'development' | 'quarterly' | 'exit' | 'internal_service';

export interface DemoProgramme {
  id: string;
  key: ProgrammeKey;
  nameEn: string;
  nameEt: string;
  targetPhase: 'onboarding' | 'initial_development' | 'ongoing_development' | 'separation' | 'all';
}

const DEFAULTS: readonly Omit<DemoProgramme, 'id'>[] = [
  { key: 'onboarding', nameEn: 'Onboarding check-in', nameEt: 'Sisseelamise küsitlus', targetPhase: 'onboarding' },
  { key: 'development', nameEn: 'Development pulse', nameEt: 'Arengupulss', targetPhase: 'initial_development' },
  { key: 'quarterly', nameEn: 'Quarterly pulse', nameEt: 'Kvartaliküsitlus', targetPhase: 'ongoing_development' },
  { key: 'exit', nameEn: 'Exit survey', nameEt: 'Lahkumisküsitlus', targetPhase: 'separation' },
  { key: 'internal_service', nameEn: 'Internal service pulse', nameEt: 'Sisekliendi teenuse pulss', targetPhase: 'all' },
];

export function buildDemoProgrammes(rng: Random): Record<ProgrammeKey, DemoProgramme> {
  const out = {} as Record<ProgrammeKey, DemoProgramme>;
  for (const p of DEFAULTS) out[p.key] = { ...p, id: rng.uuid() };
  return out;
}
