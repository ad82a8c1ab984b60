import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so codes read aloud and typed at a kiosk are unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random 12-character card code (60 bits), printed on the household's QR / IC card. */
export function newCardCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (const b of bytes) code += ALPHABET[b & 31];
  return code;
}

/** Normalises what a kiosk scanned or a person typed: upper case, no spaces or dashes, O→0, I/L→1. */
export function normalizeCardCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
