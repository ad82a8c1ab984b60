/**
 * How every page writes periods, points and dates: one vocabulary for the counter, the door page,
 * the board, the door plates and the 台账 (Chinese first, English second). Functions take the
 * page's locale ('zh-CN' or 'en') so that a template re-renders when the language changes.
 */

const DAY_MS = 86_400_000;
const MINUS = '\u2212';

const isEnglish = (locale: string): boolean => locale.startsWith('en');
const intlLocale = (locale: string): string => (isEnglish(locale) ? 'en-GB' : 'zh-CN');

/** Period keys as the service writes them: '2026' a year, '2026-Q3' a quarter, '2026-07' a month. */
const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period as people say it: 2026-Q4 → 2026年第4季度 (Q4 2026), 2026-07 → 2026年7月 (Jul 2026), 2026 → 2026年度 (2026). */
export function periodLabel(key: string, locale: string): string {
  const m = PERIOD.exec(key);
  if (!m) return key;
  const year = m[1];
  if (m[2]) return isEnglish(locale) ? `Q${m[2]} ${year}` : `${year}年第${m[2]}季度`;
  if (m[3]) return isEnglish(locale) ? `${MONTHS_EN[Number(m[3]) - 1]} ${year}` : `${year}年${Number(m[3])}月`;
  return isEnglish(locale) ? year : `${year}年度`;
}

/** The period before a key, of the same kind (2026-Q1 → 2025-Q4); null for what is no period. */
export function previousPeriod(key: string): string | null {
  const m = PERIOD.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return Number(m[2]) === 1 ? `${year - 1}-Q4` : `${year}-Q${Number(m[2]) - 1}`;
  if (m[3]) return Number(m[3]) === 1 ? `${year - 1}-12` : `${year}-${String(Number(m[3]) - 1).padStart(2, '0')}`;
  return String(year - 1);
}

/** A number of points with its sign, for columns headed 积分: +5, −10 (a true minus sign), 0. */
export function signedNumber(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${Math.abs(n)}` : '0';
}

/** Points with their sign and unit: +5 分, −10 分 (+5 pts, −10 pts). */
export function signedPoints(n: number, locale: string): string {
  return `${signedNumber(n)} ${isEnglish(locale) ? 'pts' : '分'}`;
}

/** A calendar day (YYYY-MM-DD) or an instant as a Date, a calendar day read at noon so no timezone moves it. */
function asDate(d: Date | string): Date {
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00`) : new Date(d);
}

/** A day with its year: 2026年7月15日 (15 Jul 2026). */
export function dayLabel(d: Date | string, locale: string): string {
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
    const [y, m, day] = d.split('-').map(Number);
    return isEnglish(locale) ? `${day} ${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月${day}日`;
  }
  return asDate(d).toLocaleDateString(intlLocale(locale), { year: 'numeric', month: isEnglish(locale) ? 'short' : 'long', day: 'numeric' });
}

/** A day of this year, without the year: 12月8日 (8 Dec). */
export function shortDayLabel(d: Date | string, locale: string): string {
  return asDate(d).toLocaleDateString(intlLocale(locale), { month: isEnglish(locale) ? 'short' : 'long', day: 'numeric' });
}

/** A time of day on the 24-hour clock: 14:05 (14:05:09 with seconds). */
export function timeLabel(d: Date | string, locale: string, seconds = false): string {
  return new Date(d).toLocaleTimeString(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  });
}

/** A short day and a time: 12月8日 14:05 (8 Dec 14:05). */
export function dayTimeLabel(d: Date | string, locale: string): string {
  return `${shortDayLabel(d, locale)} ${timeLabel(d, locale)}`;
}

/** A day in full, with the weekday: 2026年12月1日星期二 (Tuesday 1 December 2026). */
export function longDateLabel(d: Date, locale: string): string {
  return d.toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day in figures, for narrow printed columns (台账): 2026-07-15. */
export function numericDay(d: Date | string): string {
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const at = new Date(d);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** An instant in figures on this device's clock, as receipts print it: 2026-12-01 13:04:05. */
export function stampLabel(iso: string): string {
  const d = new Date(iso);
  return `${numericDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** An instant to the minute on this device's clock, as the ledger fingerprint's signing time is shown: 2026-12-05 16:10. */
export function minuteStamp(iso: string): string {
  const d = new Date(iso);
  return `${numericDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today (YYYY-MM-DD) in a timezone. */
export function todayIn(timeZone = 'Asia/Shanghai', at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whole days left until a deadline, 0 on its last day (as the service counts them). */
export function daysLeft(deadline: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((new Date(deadline).getTime() - now) / DAY_MS));
}

/** A day shifted by whole days (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Fen as yuan with two decimals and thousands separators: 123456 → "1,234.56", −5 → "−0.05". */
export function formatYuan(fen: number): string {
  const n = BigInt(Math.trunc(fen));
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '\u2212' : ''}${yuan}.${cents}`;
}
