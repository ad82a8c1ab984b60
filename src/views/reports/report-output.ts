import type { Response } from 'express';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import { sendTable, type Cell } from '../../common/http/table-export.js';

export type { Cell };

/** A report as a download: its file name (no extension), sheet, Chinese header, and its rows as pages. */
export interface ReportTable {
  name: string;
  sheet: string;
  header: string[];
  pages: AsyncIterable<Cell[][]>;
}

/** Maps pages of report rows to table cells, then adds the rows `footer` gives once every page is out (totals summed on the way). */
export async function* cellPages<Row>(
  pages: AsyncIterable<Row[]>,
  cells: (row: Row) => Cell[],
  footer?: () => Cell[][],
): AsyncGenerator<Cell[][]> {
  for await (const page of pages) yield page.map(cells);
  if (footer) yield footer();
}

/** Streams a report table as CSV or xlsx (see sendTable: row by row, the client's pace holding back the reading). */
export function sendReportTable(res: Response, format: 'csv' | 'xlsx', t: ReportTable): Promise<void> {
  return sendTable(res, t.name, format, t.sheet, t.header, t.pages);
}

/** Sums the named integer fields of rows into `into` (totals of a report, exact). */
export function addInto<K extends string>(into: Record<K, number>, row: Record<K, number>, keys: readonly K[]): void {
  for (const k of keys) into[k] += row[k];
}

/** `part / whole` in percent with 2 decimals, for display; null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole) / 100;
}

/** Names the file of a report: `<report>-<region id>-<what it covers>`. */
export function fileName(report: string, regionId: number, ...parts: (string | number)[]): string {
  return [report, `region${regionId}`, ...parts].join('-');
}

/** Points × fen per point, exactly (refuses a product beyond 2^53). */
export function fen(points: number, pointValueFen: number): number {
  return toSafeInteger(BigInt(points) * BigInt(pointValueFen));
}
