/** Small formatting helpers of the door page. */

const DAY_MS = 86_400_000;

/** Points with their sign: +10, −5, 0. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** Today (YYYY-MM-DD) in a timezone. */
export function todayIn(timeZone = 'Asia/Shanghai', at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whole days left until a deadline, 0 on its last day (as the service counts them). */
export function daysLeft(deadline: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((new Date(deadline).getTime() - now) / DAY_MS));
}

/** A day YYYY-MM-DD as 2026年7月15日 (zh) or 2026-07-15 (en). */
export function dayLabel(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return locale === 'en' ? day : `${y}年${m}月${d}日`;
}

/** A period key as people say it: 2026-Q3 → 2026年第3季度, 2026-07 → 2026年7月, 2026 → 2026年. */
export function periodLabel(period: string, locale: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return locale === 'en' ? `Q${q[2]} ${q[1]}` : `${q[1]}年第${q[2]}季度`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return locale === 'en' ? period : `${m[1]}年${Number(m[2])}月`;
  return /^\d{4}$/.test(period) && locale !== 'en' ? `${period}年` : period;
}

/** A day shifted by whole days (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
