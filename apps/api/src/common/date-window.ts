import { BadRequestException } from '@nestjs/common';
import { daysBetween, isIsoDate } from '@ex-pulse/domain';

const MAX_WINDOW_DAYS = 5 * 366;

/**
 * A report's period from the query string: both ends optional ISO dates, `to` defaulting to
 * today and `from` to `defaultFrom(to)`; a clear 400 for a bad date, a reversed or too long period.
 */
export async function resolveWindow(
  from: string | undefined,
  to: string | undefined,
  today: () => Promise<string>,
  defaultFrom: (to: string) => string,
): Promise<{ from: string; to: string }> {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new BadRequestException(`${name} must be a date written YYYY-MM-DD (got "${value}").`);
    }
  }
  const end = to ?? (await today());
  const start = from ?? defaultFrom(end);
  if (start > end) throw new BadRequestException(`from (${start}) must not be after to (${end}).`);
  if (daysBetween(start, end) > MAX_WINDOW_DAYS) throw new BadRequestException('Choose a period of at most 5 years.');
  return { from: start, to: end };
}
