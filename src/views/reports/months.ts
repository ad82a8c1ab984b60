import { periodBounds, periodKey, periodKindOf, type PeriodKind } from '../../common/calendar/calendar.js';

/** Calendar months ('2026-07') and the periods a report covers. Pure functions, unit-tested. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthCount(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return Math.max(0, index(to) - index(from) + 1);
}

/** The months from `from`, `count` of them. */
export function monthsFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** A period a report covers: one period of the program's kind, or a whole year ('2026'). */
export interface ReportPeriod {
  key: string;
  /** The program periods it is made of (the keys transactions carry). */
  periods: string[];
  first: string;
  last: string;
}

/** The report period named `key` for a program counting by `kind`, or null if `key` is neither such a period nor a year. */
export function reportPeriod(key: string, kind: PeriodKind): ReportPeriod | null {
  const keyKind = periodKindOf(key);
  if (keyKind !== kind && keyKind !== 'year') return null;
  const bounds = periodBounds(key, keyKind)!;
  const periods = keyKind === 'year' ? periodsOfYear(key, kind) : [key];
  return { key, periods, ...bounds };
}

function periodsOfYear(year: string, kind: PeriodKind): string[] {
  return [...new Set(monthsFrom(`${year}-01`, 12).map((m) => periodKey(`${m}-01`, kind)))];
}

/** The period just before `key`, of the same kind ('2026-Q1' → '2025-Q4', '2026-01' → '2025-12', '2026' → '2025'). */
export function previousPeriodKey(key: string): string {
  const kind = periodKindOf(key);
  const first = periodBounds(key, kind!)!.first;
  const dayBefore = new Date(`${first}T00:00:00Z`);
  dayBefore.setUTCDate(0);
  return periodKey(dayBefore.toISOString().slice(0, 10), kind!);
}
