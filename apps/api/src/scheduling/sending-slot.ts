import { DataSource } from 'typeorm';
import { addDays } from '@ex-pulse/domain';
import { isoDateInZone, isWeekend, localHourInZone } from '../common/clock';

/**
 * When invitations may go out (PRODUCT.md): on working days from the send hour, local time,
 * never at weekends. `open` says whether now is such a time; `day` and `at` are the day and
 * instant to send with — now when open, else the next send hour on a working day.
 */
export type SendingSlot =
  | { open: true; day: string; at: Date }
  | { open: false; reason: 'weekend' | 'before-send-hour'; today: string; day: string; at: Date };

export async function sendingSlot(db: DataSource, now: Date): Promise<SendingSlot | null> {
  const [org] = await db.query(`SELECT time_zone, send_hour FROM organisation WHERE id = 1`);
  if (!org) return null;
  const today = isoDateInZone(now, org.time_zone);
  const weekend = isWeekend(today);
  if (!weekend && localHourInZone(now, org.time_zone) >= org.send_hour) return { open: true, day: today, at: now };
  // Before the send hour on a working day: later today; at a weekend: Monday.
  let day = today;
  while (isWeekend(day)) day = addDays(day, 1);
  const [row] = await db.query(
    `SELECT ($1::date::timestamp + make_interval(hours => $2::int)) AT TIME ZONE $3 AS at`,
    [day, org.send_hour, org.time_zone],
  );
  return { open: false, reason: weekend ? 'weekend' : 'before-send-hour', today, day, at: row.at };
}
