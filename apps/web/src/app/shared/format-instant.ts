import { Language } from '@ex-pulse/contracts';

/** An ISO instant as a local date and time people read: "7 Dec 2026, 10:30" / "7. dets 2026, 10:30". */
export function formatInstant(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
