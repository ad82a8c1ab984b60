import { stringify } from 'csv-stringify/sync';
import { safeRow } from './spreadsheet-safe.js';

/** CSV lines of rows, each cell safe from spreadsheet formulas (see spreadsheet-safe.ts). */
export const csvLines = (rows: readonly (readonly unknown[])[]): string => stringify(rows.map(safeRow));

/** UTF-8 with BOM: Excel and WPS open it with the Chinese intact. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${csvLines([header, ...rows])}`;
}
