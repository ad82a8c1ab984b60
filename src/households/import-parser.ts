import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { fillTemplate, IMPORT_LINE_MESSAGES, type ImportLineCode } from '../common/errors/error-codes.js';
import { HOUSEHOLD_NO } from './households.dto.js';

/** Columns of the household import, with the header names accepted for each (English or Chinese). */
export const IMPORT_COLUMNS = {
  villageCode: ['villagecode', 'village_code', '村代码', '村编码', '村（社区）代码', '村社区代码'],
  householdNo: ['householdno', 'household_no', '户号', '户编号'],
  headName: ['headname', 'head_name', '户主', '户主姓名'],
  address: ['address', '地址', '住址', '家庭住址'],
  phone: ['phone', '电话', '联系电话', '手机', '手机号'],
  memberName: ['membername', 'member_name', '成员姓名', '家庭成员', '成员'],
  relation: ['relation', 'memberrelation', 'member_relation', '与户主关系', '关系'],
  idNumber: ['idnumber', 'id_number', 'memberidnumber', '身份证号', '身份证号码', '公民身份号码'],
  grid: ['grid', 'gridcode', 'grid_code', '网格', '网格编码', '网格代码', '村民小组', '小组'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_COLUMNS: ImportColumn[] = ['villageCode', 'householdNo', 'headName'];

export interface ImportRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  /** Position among the data records (1-based): the resume checkpoint. */
  ordinal: number;
  villageCode: string;
  householdNo: string;
  headName: string;
  address: string;
  phone: string;
  memberName: string;
  relation: string;
  idNumber: string;
  /** The household's grid (网格 / 村民小组) in its village, by code or name; empty: leave it as it is. */
  grid: string;
}

export interface LineError {
  line: number;
  code: ImportLineCode;
  message: string;
}

export function lineError(line: number, code: ImportLineCode, details: Record<string, unknown> = {}): LineError {
  return { line, code, message: fillTemplate(IMPORT_LINE_MESSAGES[code].zh, details) };
}

/** Decodes what Chinese spreadsheets export: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK). */
export function decodeCsv(buf: Buffer): { text: string; encoding: CsvEncoding } {
  const encoding = csvEncoding(buf);
  switch (encoding) {
    case 'utf-8-bom':
      return { text: buf.subarray(3).toString('utf8'), encoding };
    case 'utf-16le':
    case 'utf-16be':
      return { text: iconv.decode(buf.subarray(2), encoding), encoding };
    case 'utf-8':
      return { text: buf.toString('utf8'), encoding };
    case 'gb18030':
      return { text: iconv.decode(buf, 'gb18030'), encoding };
  }
}

export type CsvEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030';

/** The encoding of CSV bytes, without decoding them: a byte order mark, else valid UTF-8, else GB18030. */
export function csvEncoding(buf: Buffer): CsvEncoding {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8-bom';
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return isUtf8(buf) ? 'utf-8' : 'gb18030';
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '');

export type ParsedImport =
  | { ok: true; rows: ImportRow[]; errors: LineError[]; totalLines: number }
  | { ok: false; code: 'IMPORT_EMPTY' | 'IMPORT_MISSING_COLUMNS' | 'IMPORT_MALFORMED'; columns?: string[]; line?: number };

/** One record of the file: its cells and the line (or sheet row) it starts on. */
export interface ImportRecord {
  cells: string[];
  line: number;
}

/** Where each column is in a header row (-1: absent), and which required ones are missing. */
function headerIndex(cells: string[]): { index: Record<ImportColumn, number>; missing: ImportColumn[] } {
  const header = cells.map(normalizeHeader);
  const index = {} as Record<ImportColumn, number>;
  for (const [column, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    index[column] = header.findIndex((h) => names.includes(h));
  }
  return { index, missing: REQUIRED_COLUMNS.filter((c) => index[c] < 0) };
}

/**
 * The header of a CSV from the start of its text (the request reads no more): it must be there
 * and name the required columns. A first line that cannot be parsed is left to the job.
 */
export function checkHeader(
  text: string,
): { ok: true } | { ok: false; code: 'IMPORT_EMPTY' | 'IMPORT_MISSING_COLUMNS'; columns?: string[] } {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .find((l) => l.trim() !== '' && l.replace(/[,\t\s]/g, '') !== '');
  if (first === undefined) return { ok: false, code: 'IMPORT_EMPTY' };
  const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : ',';
  let cells: string[];
  try {
    cells = (parse(first, { delimiter, relax_quotes: true, relax_column_count: true, trim: true }) as string[][])[0] ?? [];
  } catch {
    return { ok: true };
  }
  const { missing } = headerIndex(cells);
  return missing.length > 0 ? { ok: false, code: 'IMPORT_MISSING_COLUMNS', columns: missing } : { ok: true };
}

/** The header, then every data record checked on its own: the same for CSV and spreadsheets. */
export function checkRecords(records: ImportRecord[]): ParsedImport {
  if (records.length === 0) return { ok: false, code: 'IMPORT_EMPTY' };

  const header = records[0].cells;
  const { index, missing } = headerIndex(header);
  if (missing.length > 0) return { ok: false, code: 'IMPORT_MISSING_COLUMNS', columns: missing };

  const rows: ImportRow[] = [];
  const errors: LineError[] = [];
  for (const [i, { cells, line }] of records.slice(1).entries()) {
    if (cells.length !== header.length) {
      errors.push(lineError(line, 'WRONG_COLUMN_COUNT', { expected: header.length, actual: cells.length }));
      continue;
    }
    const get = (c: ImportColumn) => (index[c] >= 0 ? (cells[index[c]] ?? '').trim() : '');
    const row: ImportRow = {
      line,
      ordinal: i + 1,
      villageCode: get('villageCode'),
      householdNo: get('householdNo'),
      headName: get('headName'),
      address: get('address'),
      phone: get('phone'),
      memberName: get('memberName'),
      relation: get('relation'),
      idNumber: get('idNumber'),
      grid: get('grid'),
    };
    const error = checkRow(row);
    if (error) errors.push(error);
    else rows.push(row);
  }
  return { ok: true, rows, errors, totalLines: records.length - 1 };
}

function checkRow(row: ImportRow): LineError | null {
  for (const field of REQUIRED_COLUMNS) if (!row[field]) return lineError(row.line, 'MISSING_FIELD', { field });
  if (!HOUSEHOLD_NO.test(row.householdNo)) return lineError(row.line, 'INVALID_FIELD', { field: 'householdNo' });
  if ([...row.headName].length > 64) return lineError(row.line, 'INVALID_FIELD', { field: 'headName' });
  if ([...row.address].length > 200) return lineError(row.line, 'INVALID_FIELD', { field: 'address' });
  if (!row.memberName && (row.relation || row.idNumber)) return lineError(row.line, 'MISSING_FIELD', { field: 'memberName' });
  if (row.memberName && !row.relation) return lineError(row.line, 'MISSING_FIELD', { field: 'relation' });
  if ([...row.memberName].length > 64 || [...row.relation].length > 16)
    return lineError(row.line, 'INVALID_FIELD', { field: 'memberName' });
  return null;
}
