/** The county's clock: quiet hours and the daily limit's day are China time (UTC+8, no daylight saving). */
const OFFSET_MINUTES = 8 * 60;

const minuteOfDay = (at: Date): number => (((at.getUTCHours() * 60 + at.getUTCMinutes() + OFFSET_MINUTES) % 1440) + 1440) % 1440;

/** "22:00" → 1320. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * When the quiet hours around `at` end, or null when `at` is outside them. Quiet hours may run
 * over midnight (from 22:00 until 07:00); from equal to until means none.
 */
export function quietUntil(at: Date, from: number | null, until: number | null): Date | null {
  if (from === null || until === null || from === until) return null;
  const now = minuteOfDay(at);
  const inside = from < until ? now >= from && now < until : now >= from || now < until;
  if (!inside) return null;
  const wait = (until - now + 1440) % 1440;
  const end = new Date(at.getTime() + wait * 60_000);
  end.setUTCSeconds(0, 0);
  return end;
}

/** The start of the county's day that `at` falls in. */
export function dayStart(at: Date): Date {
  const start = new Date(at.getTime() - minuteOfDay(at) * 60_000);
  start.setUTCSeconds(0, 0);
  return start;
}

/** The start of the county's next day. */
export const nextDayStart = (at: Date): Date => new Date(dayStart(at).getTime() + 1440 * 60_000);
