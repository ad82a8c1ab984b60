/**
 * Calendar arithmetic. Dates are ISO calendar days ('2026-07-01') in the program's
 * timezone: the day of the deed as the village sees it, never a UTC instant.
 */
export type PeriodKind = 'month' | 'quarter';
export type CapPer = 'month' | 'quarter' | 'year';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in ISO form. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The calendar day of `instant` in `timeZone` (e.g. 2026-06-30T16:30Z is 2026-07-01 in Asia/Shanghai). */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last day worked out per timezone, for its minute: every offset since 1970 is whole minutes, so a day starts on a minute. */
const lastDay = new Map<string, { minute: number; day: string }>();

export function dayIn(timeZone: string, instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.day;
  // Building a formatter is costly (tens of microseconds); keep one per timezone.
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (minute >= 0) lastDay.set(timeZone, { minute, day });
  return day;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function ym(date: string): { y: number; m: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) };
}

/** The key of the period containing `date`: '2026-Q3' for quarters, '2026-07' for months, '2026' for years. */
export function periodKey(date: string, kind: CapPer): string {
  const { y, m } = ym(date);
  switch (kind) {
    case 'month':
      return `${y}-${String(m).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return `${y}`;
  }
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** First and last day of a period key, or null if it is not one of `kind`. */
export function periodBounds(key: string, kind: CapPer): { first: string; last: string } | null {
  const m = PERIOD.exec(key);
  if (!m) return null;
  const y = Number(m[1]);
  let from: number;
  let months: number;
  if (m[2]) {
    if (kind !== 'quarter') return null;
    from = (Number(m[2]) - 1) * 3 + 1;
    months = 3;
  } else if (m[3]) {
    if (kind !== 'month') return null;
    from = Number(m[3]);
    months = 1;
  } else {
    if (kind !== 'year') return null;
    from = 1;
    months = 12;
  }
  const last = new Date(Date.UTC(y, from - 1 + months, 0));
  return { first: `${y}-${String(from).padStart(2, '0')}-01`, last: last.toISOString().slice(0, 10) };
}

/** The kind of a period key: '2026' a year, '2026-Q3' a quarter, '2026-07' a month; null if it is none. */
export function periodKindOf(key: string): CapPer | null {
  const m = PERIOD.exec(key);
  if (!m) return null;
  return m[2] ? 'quarter' : m[3] ? 'month' : 'year';
}

/** Sorts periods by their last day, then first day: the order latestPeriod and the boards use. */
const periodOrder = (key: string): string => {
  const kind = periodKindOf(key);
  const bounds = kind ? periodBounds(key, kind) : null;
  return bounds ? `${bounds.last}|${bounds.first}` : '';
};

/**
 * The latest of period keys of any kinds (programs may count by month, quarter or year): the
 * period whose last day is latest, so 2026-11 comes after 2026-Q3. On the same last day (December,
 * Q4 and the year all end on 31 December) the shortest, which began last. Keys that are no period
 * count as earliest.
 */
export function latestPeriod(keys: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const key of keys) if (latest === undefined || periodOrder(key) > periodOrder(latest)) latest = key;
  return latest;
}

/** Distinct periods, the latest first (by last day; the same last day: the shorter first). */
export function periodsNewestFirst(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort((a, b) => (periodOrder(a) < periodOrder(b) ? 1 : periodOrder(a) > periodOrder(b) ? -1 : 0));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The periods of `kind` that make up a year ('2026' by quarters: 2026-Q1 … 2026-Q4). */
export function periodsOfYear(year: string, kind: PeriodKind): string[] {
  return kind === 'quarter'
    ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The same day `months` later, or the month's last day when it has no such day (01-31 + 1 → 02-28), as PostgreSQL adds months. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
