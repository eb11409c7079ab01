import { Language, SimulateDayResult } from '@ex-pulse/contracts';
import { Phrase } from '../shared/phrase';

/** Why the planner did nothing on a simulated day (the API's reason codes), as translation keys. */
const SKIP_REASONS = ['weekend', 'before-send-hour', 'another-instance', 'no-organisation'];

/** "Saturday" / "Laupäev" for an ISO day. */
export function weekdayName(day: string, lang: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  const name = new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(date);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * "2026-12-07: 12 invitations planned, 12 emails sent, 3 reminders queued" or
 * "Saturday 2026-12-05: nothing goes out at weekends." as phrases joined by the caller.
 */
export function simulationPhrases(r: SimulateDayResult, lang: Language): Phrase[] {
  if (r.skipped !== null) {
    const weekday = weekdayName(r.date, lang);
    return SKIP_REASONS.includes(r.skipped)
      ? [{ key: `delivery.simulate.skipped.${r.skipped}`, params: { date: r.date, weekday } }]
      : [{ key: 'delivery.simulate.skipped.other', params: { date: r.date, reason: r.skipped } }];
  }
  const count = (name: string, n: number): Phrase => ({ key: `delivery.simulate.${name}${n === 1 ? 'One' : ''}`, params: { count: n } });
  const phrases = [
    count('invitations', r.invitations),
    count('sent', r.sent),
    count('reminders', r.reminders),
  ];
  if (r.failed > 0) phrases.push(count('failed', r.failed));
  return phrases;
}
