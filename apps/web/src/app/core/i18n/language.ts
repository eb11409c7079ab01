import { Language } from '@ex-pulse/contracts';

export const LANGUAGES: readonly Language[] = ['en', 'et'];

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'et';
}

/** 'et-EE' → 'et'; anything we do not speak → null. */
export function languageFromTag(tag: string | null | undefined): Language | null {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return isLanguage(base) ? base : null;
}
