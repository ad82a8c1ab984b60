/**
 * The card code in what a scanner typed or a person entered: a bare code (any case, spaces or
 * dashes), or a door-plate QR that is a URL ending in /h/<cardCode>. Null when nothing usable.
 */
export function cardFromScan(raw: string): string | null {
  const text = raw.trim();
  const url = /\/h\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(text);
  let code = url ? url[1] : text;
  try {
    code = decodeURIComponent(code);
  } catch {
    // a stray % in a typed code: keep it as typed
  }
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{4,32}$/.test(clean) ? clean : null;
}

/** Today's date as YYYYMMDD on this counter's clock (receipt numbers carry the store's day). */
export function todayCompact(now = new Date()): string {
  return `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
}

/** A receipt number as printed; a short number alone (e.g. 3) means today's receipt of this store with that sequence. */
export function receiptFromInput(raw: string, storeCode: string, now = new Date()): string {
  const text = raw.trim().replace(/\s+/g, '');
  if (/^\d{1,4}$/.test(text)) return `${storeCode}-${todayCompact(now)}-${text.padStart(4, '0')}`;
  // The store's code as stored (codes may be lower case), whatever case was typed.
  if (text.toUpperCase().startsWith(`${storeCode.toUpperCase()}-`)) return `${storeCode}${text.slice(storeCode.length)}`;
  return text;
}
