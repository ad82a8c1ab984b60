import ExcelJS from 'exceljs';
import { DomainError } from '../common/errors/domain-error.js';
import { checkRecords, decodeCsv, parseHouseholdCsv, type ImportRecord, type ParsedImport } from './import-parser.js';

/** A ZIP container, as every .xlsx (Excel 2007+, WPS) is. */
const isZip = (buf: Buffer) => buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304;
/** The OLE container of the old .xls format. */
const isOle = (buf: Buffer) => buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1;

/**
 * Reads an import file by its bytes, not its name: an .xlsx workbook (the first visible sheet)
 * or CSV text in any encoding `decodeCsv` knows. Both go through the same checks; `encoding`
 * says which it was (`xlsx`, `utf-8`, `gb18030`, …).
 */
export async function parseImportFile(buf: Buffer): Promise<{ parsed: ParsedImport; encoding: string }> {
  if (isOle(buf)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { format: 'xls', expected: ['xlsx', 'csv'] });
  if (isZip(buf)) return { parsed: checkRecords(await sheetRecords(buf)), encoding: 'xlsx' };
  const { text, encoding } = decodeCsv(buf);
  return { parsed: parseHouseholdCsv(text), encoding };
}

async function sheetRecords(buf: Buffer): Promise<ImportRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's is what it reads.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new DomainError('IMPORT_UNREADABLE', { reason: err instanceof Error ? err.message.slice(0, 200) : 'unreadable' });
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const records: ImportRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    if (values.length === 0) return;
    records.push({ cells: values, line: row.number });
  });
  // Rows end at their last filled cell: give short ones the header's width, as CSV lines have.
  const width = records[0]?.cells.length ?? 0;
  for (const r of records) while (r.cells.length < width) r.cells.push('');
  return records;
}

/** What a person sees in the cell: text of rich text, links and formulas; whole numbers without exponent. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 }) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}
