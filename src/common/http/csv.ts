import { stringify } from 'csv-stringify/sync';

/** UTF-8 with BOM: Excel and WPS open it with the Chinese intact. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${stringify([header, ...rows])}`;
}
