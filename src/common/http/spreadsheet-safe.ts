/**
 * CSV and spreadsheet injection (OWASP "CSV Injection"): a text cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is read by Excel, WPS and LibreOffice as a formula (which
 * can open links, leak cells or start programs through DDE). Every such cell the service writes to
 * a CSV or XLSX gets a leading apostrophe, so it stays text. Numbers stay numbers: a numeric
 * value, or a string that is only a signed number (`-15`), is left as it is. The full-width forms
 * (`＝＋－＠`) that Chinese input methods type are treated alike.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const SIGNED_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/** Whether a spreadsheet would take this text for a formula. */
export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text) && !SIGNED_NUMBER.test(text);

/** The cell as it is safe to write: text a spreadsheet would run gets a leading apostrophe. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}

/** A row with each cell made safe. */
export const safeRow = <T>(row: readonly T[]): (T | string)[] => row.map(safeCell);
