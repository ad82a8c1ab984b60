/** Period keys as the service writes them: '2026' a year, '2026-Q3' a quarter, '2026-07' a month. */
const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

const QUARTERS_ZH = ['一', '二', '三', '四'];

/** A period in words: 2026年11月, 2026年第三季度, 2026年度 (English: Nov 2026, Q3 2026, 2026). */
export function periodLabel(key: string, locale: string): string {
  const m = PERIOD.exec(key);
  if (!m) return key;
  const year = m[1];
  const en = locale.startsWith('en');
  if (m[2]) return en ? `Q${m[2]} ${year}` : `${year}年第${QUARTERS_ZH[Number(m[2]) - 1]}季度`;
  if (m[3])
    return en
      ? `${new Date(Date.UTC(Number(year), Number(m[3]) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${year}`
      : `${year}年${Number(m[3])}月`;
  return en ? year : `${year}年度`;
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

/**
 * The periods to offer in the picker: the board's list of published periods (and the one asked
 * for, if nothing is published for it); without any, the latest and the few before it.
 */
export function periodChoices(offered: string[] | undefined, latest: string | null, shown: string | null, count = 6): string[] {
  if (offered && offered.length > 0) return offered.includes(shown ?? '') || !shown ? offered : [shown, ...offered];
  const choices: string[] = [];
  let key: string | null = latest;
  while (key && choices.length < count) {
    choices.push(key);
    key = previousPeriod(key);
  }
  if (shown && !choices.includes(shown)) choices.push(shown);
  return choices;
}
