import { loadExcel } from './excel.js';
import type { Response } from 'express';
import { csvLines, toCsv } from './csv.js';
import { safeRow } from './spreadsheet-safe.js';
import { XLSX_TYPE } from './media-types.js';

export type Cell = string | number | null;

/** A table for county offices: CSV (UTF-8 with BOM) or XLSX. */
export interface Table {
  sheet: string;
  header: string[];
  rows: Cell[][];
}

export type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_TYPE,
};

/** Resolves once the client's socket takes more (or the client has gone). */
function drained(res: Response): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return Promise.resolve();
  return new Promise<void>((done) => {
    const finish = () => {
      res.off('drain', finish);
      res.off('close', finish);
      done();
    };
    res.on('drain', finish);
    res.on('close', finish);
  });
}

/** Writes a chunk, waiting while the client's socket is full; false once the client has gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) await drained(res);
  return !res.destroyed;
}

/**
 * Sends a table as a download, page by page, every cell safe from spreadsheet formulas: a million-row ranking never sits in memory as a
 * whole, and a slow client holds back the reading. Everything that can fail with an error
 * response must be checked before: once the first byte is sent, the status is 200.
 */
export async function sendTable(
  res: Response,
  name: string,
  format: ExportFormat,
  sheetName: string,
  header: string[],
  pages: AsyncIterable<Cell[][]>,
): Promise<void> {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') {
    if (!(await write(res, toCsv(header, [])))) return;
    for await (const rows of pages) {
      if (rows.length > 0 && !(await write(res, csvLines(rows)))) return;
    }
    res.end();
    return;
  }
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName);
  sheet.columns = header.map(() => ({ width: 16 }));
  const head = sheet.addRow(safeRow(header));
  head.font = { bold: true };
  head.commit();
  for await (const rows of pages) {
    if (res.destroyed) return;
    for (const row of rows) sheet.addRow(safeRow(row)).commit();
    await drained(res);
  }
  sheet.commit();
  await book.commit();
}

/** A small table already in memory, as one page. */
export function sendWholeTable(res: Response, name: string, format: ExportFormat, t: Table): Promise<void> {
  return sendTable(
    res,
    name,
    format,
    t.sheet,
    t.header,
    (async function* () {
      yield t.rows;
    })(),
  );
}
