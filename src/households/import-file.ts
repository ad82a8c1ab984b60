import { parse as parseCsvStream } from 'csv-parse';
import { CsvError } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { loadExcel } from '../common/http/excel.js';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import yauzl from 'yauzl';
import { DomainError } from '../common/errors/domain-error.js';
import {
  checkHeader,
  checkRecords,
  csvEncoding,
  decodeCsv,
  type CsvEncoding,
  type ImportRecord,
  type ParsedImport,
} from './import-parser.js';

/** A ZIP container, as every .xlsx (Excel 2007+, WPS) is. */
const isZip = (buf: Buffer) => buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304;
/** The OLE container of the old .xls format. */
const isOle = (buf: Buffer) => buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1;

/** What reading one import may cost (IMPORT_MAX_ROWS, IMPORT_MAX_UNPACKED_MB, IMPORT_MAX_SECONDS). */
export interface ImportLimits {
  maxRows: number;
  maxUnpackedBytes: number;
  maxMs: number;
}

/** How much of a CSV the request reads to check its header: the rest is the job's. */
const HEADER_BYTES = 64 * 1024;
/** The longest the job reads without letting other work (requests, jobs) run. */
const SLICE_MS = 20;

const tooLarge = (limits: ImportLimits, limit: 'rows' | 'unpacked') =>
  new DomainError('IMPORT_TOO_LARGE', {
    limit,
    maxRows: limits.maxRows,
    maxUnpackedMb: Math.floor(limits.maxUnpackedBytes / (1024 * 1024)),
  });

/**
 * The request's checks: bounded work whatever the file is. The old .xls is refused (415); a
 * workbook's ZIP directory is read (not its contents) and refused when it says it unpacks to more
 * than the limit; a CSV's first line must name the required columns. Everything else (the rows)
 * is read by the job, within the limits (`readImport`).
 */
export async function checkUpload(buf: Buffer, limits: ImportLimits): Promise<{ encoding: string }> {
  if (isOle(buf)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { format: 'xls', expected: ['xlsx', 'csv'] });
  if (isZip(buf)) {
    let declared = 0;
    try {
      const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
      for await (const entry of zip.eachEntry()) declared += entry.uncompressedSize;
    } catch (err) {
      throw unreadable(err);
    }
    if (declared > limits.maxUnpackedBytes) throw tooLarge(limits, 'unpacked');
    return { encoding: 'xlsx' };
  }
  // The whole file's encoding (a check of its bytes, no decoding), then the header from its start.
  const encoding = csvEncoding(buf);
  const head = csvHead(buf);
  const text =
    encoding === 'utf-8-bom' || encoding === 'utf-8' ? head.toString('utf8') : decodeCsv(encoding === 'gb18030' ? head : buf).text;
  const header = checkHeader(text);
  if (!header.ok) throw new DomainError(header.code, header.columns ? { columns: header.columns } : undefined);
  return { encoding };
}

/**
 * The whole lines in the first HEADER_BYTES of a CSV (no character cut in two: a newline byte is
 * never part of a UTF-8 or GB18030 character). UTF-16 text is short enough to take whole.
 */
function csvHead(buf: Buffer): Buffer {
  const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (utf16 || buf.length <= HEADER_BYTES) return buf;
  const head = buf.subarray(0, HEADER_BYTES);
  const end = head.lastIndexOf(0x0a);
  return end >= 0 ? head.subarray(0, end + 1) : head;
}

const unreadable = (err: unknown) =>
  new DomainError('IMPORT_UNREADABLE', { reason: err instanceof Error ? err.message.slice(0, 200) : 'unreadable' });

/**
 * Lets the event loop turn at least every SLICE_MS while a file is read, so a large or crafted
 * file slows its own import and nothing else; refuses the file once it has taken `maxMs`.
 */
function pacer(limits: ImportLimits): () => Promise<void> {
  const started = performance.now();
  let slice = started;
  return async () => {
    const now = performance.now();
    if (now - slice < SLICE_MS) return;
    if (now - started > limits.maxMs) throw new DomainError('IMPORT_TIMED_OUT', { maxSeconds: limits.maxMs / 1000 });
    await nextTurn();
    slice = performance.now();
  };
}

/**
 * The job's reading of an import file, by its bytes: an .xlsx workbook (the first visible sheet)
 * or CSV text in any encoding `decodeCsv` knows, streamed within the limits: at most `maxRows`
 * data rows, a workbook unpacking to at most `maxUnpackedBytes` (counted as it is unpacked, not
 * as its directory claims), at most `maxMs`. A file over a limit is refused with a DomainError
 * (IMPORT_TOO_LARGE, IMPORT_TIMED_OUT, IMPORT_UNREADABLE) instead of exhausting memory or time.
 */
export async function readImport(buf: Buffer, limits: ImportLimits): Promise<{ parsed: ParsedImport; encoding: string }> {
  const pace = pacer(limits);
  if (isOle(buf)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { format: 'xls', expected: ['xlsx', 'csv'] });
  if (isZip(buf)) {
    await checkUnpackedSize(buf, limits);
    return { parsed: checkRecords(await sheetRecords(buf, limits, pace)), encoding: 'xlsx' };
  }
  const encoding = csvEncoding(buf);
  return { parsed: await csvRecords(decodedSlices(buf, encoding), limits, pace), encoding };
}

/**
 * The text of CSV bytes a slice at a time (no 20 MB string made at once), with one kind of line
 * break: csv-parse counts a CRLF inside a quoted field as two lines, which would put the line
 * numbers off. A CR at the end of a slice waits for the next one, in case an LF follows.
 */
function* decodedSlices(buf: Buffer, encoding: CsvEncoding): Generator<string> {
  const skip = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;
  const decoder = iconv.getDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  let carry = '';
  for (let at = skip; at < buf.length; at += HEADER_BYTES) {
    let text = carry + decoder.write(buf.subarray(at, Math.min(buf.length, at + HEADER_BYTES)));
    carry = text.endsWith('\r') ? '\r' : '';
    if (carry) text = text.slice(0, -1);
    yield text.replace(/\r\n?/g, '\n');
  }
  const rest = carry + (decoder.end() ?? '');
  if (rest) yield rest.replace(/\r\n?/g, '\n');
}

/** Unpacks every entry of the workbook, counting: past the limit (or past what an entry claims), it is refused. */
async function checkUnpackedSize(buf: Buffer, limits: ImportLimits): Promise<void> {
  let total = 0;
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true });
  } catch (err) {
    throw unreadable(err);
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      total += entry.uncompressedSize;
      if (total > limits.maxUnpackedBytes) throw tooLarge(limits, 'unpacked');
      // The declared size is checked against what really comes out (validateEntrySizes), as it comes.
      const stream = await zip.openReadStreamPromise(entry);
      let unpacked = 0;
      for await (const chunk of stream) {
        unpacked += (chunk as Buffer).length;
        if (total - entry.uncompressedSize + unpacked > limits.maxUnpackedBytes) {
          stream.destroy();
          throw tooLarge(limits, 'unpacked');
        }
      }
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw unreadable(err);
  } finally {
    zip.close();
  }
}

/** The records of the first visible sheet, streamed (ExcelJS's streaming reader), at most `maxRows` + the header. */
async function sheetRecords(buf: Buffer, limits: ImportLimits, pace: () => Promise<void>): Promise<ImportRecord[]> {
  const ExcelJS = await loadExcel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const records: ImportRecord[] = [];
  try {
    for await (const sheet of reader) {
      const state = (sheet as unknown as { state?: string }).state;
      if (records.length > 0 || (state !== undefined && state !== 'visible')) {
        // Only the first visible sheet is read; the others are drained.
        for await (const _row of sheet) await pace();
        continue;
      }
      for await (const row of sheet) {
        await pace();
        const values = (row.values as CellValue[]).slice(1).map(cellText);
        while (values.length > 0 && values[values.length - 1] === '') values.pop();
        if (values.length === 0) continue;
        records.push({ cells: values, line: row.number });
        if (records.length > limits.maxRows + 1) throw tooLarge(limits, 'rows');
      }
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw unreadable(err);
  }
  // Rows end at their last filled cell: give short ones the header's width, as CSV lines have.
  const width = records[0]?.cells.length ?? 0;
  for (const r of records) while (r.cells.length < width) r.cells.push('');
  return records;
}

/** CSV records, streamed through csv-parse a slice of text at a time. */
async function csvRecords(slices: Iterable<string>, limits: ImportLimits, pace: () => Promise<void>): Promise<ParsedImport> {
  const iterator = slices[Symbol.iterator]();
  let next = iterator.next();
  // Read for the line numbers of unbalanced quotes: the text so far (a file refused for its quotes is read no further anyway).
  const seen: string[] = [];
  const first = next.done ? '' : next.value;
  const firstLine = first.slice(0, first.search(/\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let lastRecordLine = 0;
  const records: ImportRecord[] = [];
  // Set from the parser's events: a holder, so the checks below see what the events wrote.
  const stop: { refused: DomainError | null } = { refused: null };
  const parser = parseCsvStream({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
    info: true,
    on_record: (r, context) => {
      lastRecordLine = context.lines;
      return r;
    },
  });
  parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
    // info.lines is where the record ends; a quoted field may span lines.
    records.push({ cells: record, line: info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0) });
    if (records.length > limits.maxRows + 1 && !stop.refused) {
      stop.refused = tooLarge(limits, 'rows');
      parser.destroy();
    }
  });
  const ended = new Promise<void>((done, fail) => {
    parser.once('end', done);
    parser.once('close', done);
    parser.once('error', fail);
  });
  try {
    while (!next.done && !stop.refused) {
      seen.push(next.value);
      if (!parser.write(next.value)) await Promise.race([new Promise((r) => parser.once('drain', r)), ended]);
      await pace();
      next = iterator.next();
    }
    if (!stop.refused) parser.end();
    await ended;
  } catch (e) {
    // Quotes that do not balance: past that point the lines cannot be told apart.
    if (!(e instanceof CsvError)) throw e;
    return {
      ok: false,
      code: 'IMPORT_MALFORMED',
      line: e.code === 'CSV_QUOTE_NOT_CLOSED' ? openingLine(seen.join(''), lastRecordLine) : (e.lines as number),
    };
  }
  if (stop.refused) throw stop.refused;
  return checkRecords(records);
}

/** The first non-blank line after the last complete record: where a quote left open starts. */
function openingLine(text: string, lastRecordLine: number): number {
  const lines = text.split('\n');
  let line = lastRecordLine + 1;
  while (line < lines.length && lines[line - 1].trim() === '') line++;
  return line;
}

/** What a person sees in the cell: text of rich text, links and formulas; whole numbers without exponent. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 }) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText(value.result as CellValue);
  return '';
}
