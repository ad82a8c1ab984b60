import { previousPeriod, todayIn } from '@/common/format';

/** A program's period kind as the service names it. */
export type PeriodKind = 'quarter' | 'month';

/** The period key of a day (YYYY-MM-DD): 2026-Q3 or 2026-07. */
export function periodOf(day: string, kind: PeriodKind): string {
  const [y, m] = day.split('-').map(Number);
  return kind === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : `${y}-${String(m).padStart(2, '0')}`;
}

/** First and last day of a period key (a quarter, a month or a year). */
export function periodBounds(key: string): { first: string; last: string } | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  const mo = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  const y = /^(\d{4})$/.exec(key);
  const lastOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const fmt = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (q) {
    const year = Number(q[1]);
    const end = Number(q[2]) * 3;
    return { first: fmt(year, end - 2, 1), last: fmt(year, end, lastOfMonth(year, end)) };
  }
  if (mo) {
    const year = Number(mo[1]);
    const month = Number(mo[2]);
    return { first: fmt(year, month, 1), last: fmt(year, month, lastOfMonth(year, month)) };
  }
  if (y) return { first: `${y[1]}-01-01`, last: `${y[1]}-12-31` };
  return null;
}

/** The current period and the `count − 1` before it, newest first, in the program's timezone. */
export function recentPeriods(kind: PeriodKind, timezone: string, count: number, at = new Date()): string[] {
  const keys = [periodOf(todayIn(timezone, at), kind)];
  while (keys.length < count) keys.push(previousPeriod(keys[keys.length - 1])!);
  return keys;
}

/** What a ranking run may cover: the recent periods, then this year and last (yearly honours). */
export function rankablePeriods(kind: PeriodKind, timezone: string, at = new Date()): string[] {
  const periods = recentPeriods(kind, timezone, kind === 'quarter' ? 8 : 12, at);
  const year = Number(todayIn(timezone, at).slice(0, 4));
  return [...periods, String(year), String(year - 1)];
}

/** Where a period stands for closing: still running, ended and open, or closed. */
export type PeriodState = 'current' | 'ended' | 'closed';
