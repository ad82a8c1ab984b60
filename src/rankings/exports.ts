import ExcelJS from 'exceljs';
import { toCsv } from '../stores/reports.service.js';

/** A table for county offices: CSV (UTF-8 with BOM) or XLSX. */
export interface Table {
  sheet: string;
  header: string[];
  rows: (string | number | null)[][];
}

export function tableCsv(t: Table): string {
  return toCsv(t.header, t.rows);
}

export async function tableXlsx(t: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t.sheet);
  sheet.addRow(t.header).font = { bold: true };
  for (const row of t.rows) sheet.addRow(row);
  sheet.columns.forEach((c) => (c.width = 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
