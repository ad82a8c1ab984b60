import type { PublicNotice } from './board-api';

const intlLocale = (locale: string) => (locale.startsWith('en') ? 'en-GB' : 'zh-CN');

/** 14:05 */
export function timeOf(d: Date | string, locale: string, seconds = false): string {
  return new Date(d).toLocaleTimeString(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  });
}

/** 12月8日 (8 Dec) */
export function dayOf(d: Date | string, locale: string): string {
  // A date without a time (occurredOn) is a calendar day, not an instant: read it as such.
  const date = typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00`) : new Date(d);
  return date.toLocaleDateString(intlLocale(locale), { month: locale.startsWith('en') ? 'short' : 'long', day: 'numeric' });
}

/** 12月8日 14:05 */
export function dayTimeOf(d: Date | string, locale: string): string {
  return `${dayOf(d, locale)} ${timeOf(d, locale)}`;
}

/** 2026年12月1日 星期二 */
export function longDateOf(d: Date, locale: string): string {
  return d.toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
}

/** Signed points as text: +10, -5. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Who a notice is about: the masked head of household, or a village or staff member. */
export function noticeHolder(n: PublicNotice): string {
  return n.holderName ?? '—';
}
