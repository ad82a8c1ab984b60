import { createHmac } from 'node:crypto';

/** Mainland mobile (11 digits from 13–19) or a landline with area code (0xx…). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-()]/g, '').replace(/^\+?86/, '');
  return PHONE.test(digits) ? digits : null;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** An 18-character resident ID number with a valid ISO 7064 MOD 11-2 check character. */
export function normalizeIdNumber(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17] ? id : null;
}

export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/** Masks a person's name for public display: 张三 → 张*, 欧阳娜娜 → 欧**娜. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Keyed hash of personal data: comparable, not reversible without the key. */
export function hashPii(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}
