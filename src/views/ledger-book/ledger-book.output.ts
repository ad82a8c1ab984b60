import { loadExcel } from '../../common/http/excel.js';
import type { Response } from 'express';
import { XLSX_TYPE } from '../../common/http/media-types.js';
import { safeRow } from '../../common/http/spreadsheet-safe.js';
import { LedgerBookTotals, type LedgerBookSource } from './ledger-book.service.js';
import { cellPages, sendReportTable, type Cell } from '../reports/report-output.js';
import type { LedgerBookLineView } from '../reports/report-views.js';

/** Booking day first (the book's order), then the deed's day. */
const HEADER = ['记账日期', '发生日期', '类别', '项目', '成员', '积分', '余额', '备注'];
const WIDTHS = [11, 11, 12, 24, 8, 8, 8, 20];

const lineCells = (l: LedgerBookLineView): Cell[] => [
  l.recordedOn,
  l.occurredOn,
  l.category,
  l.item,
  l.memberName,
  l.points,
  l.balanceAfter,
  l.memo,
];

/** The first row of the table: the balance carried from the year before. */
const openingRow = (year: string, opening: number): Cell[] => [`${year}-01-01`, null, '上年结转', '年初余额', null, null, opening, null];

/** The totals, ending with the check every book must pass: opening + added + taken = closing. */
function totalRows(t: LedgerBookTotals): Cell[][] {
  return [
    ...[...t.categories.values()].map((c) => ['分类合计', null, c.category, `${c.entries}条`, null, c.points, null, null]),
    ['全年', null, '加分', null, null, t.added, null, null],
    ['全年', null, '减分', null, null, t.taken, null, null],
    ['年初余额', null, null, null, null, null, t.opening, null],
    ['年末余额', null, null, `${t.opening} + ${t.added} − ${Math.abs(t.taken)} = ${t.closing}`, null, null, t.closing, null],
  ];
}

function fileName(s: LedgerBookSource): string {
  return `ledger-book-${s.household.id}-${s.year}`;
}

/** The 台账 as CSV: the lines, then the totals per category and the year's balances. */
export async function sendLedgerBookCsv(res: Response, s: LedgerBookSource, pages: AsyncIterable<LedgerBookLineView[]>): Promise<void> {
  const totals = new LedgerBookTotals(s.openingBalance);
  const cells = (l: LedgerBookLineView) => {
    totals.add(l);
    return lineCells(l);
  };
  async function* withTotals(): AsyncGenerator<Cell[][]> {
    yield [openingRow(s.year, s.openingBalance)];
    yield* cellPages(pages, cells);
    yield totalRows(totals);
  }
  await sendReportTable(res, 'csv', { name: fileName(s), sheet: '台账', header: HEADER, pages: withTotals() });
}

/** The page footer of a printed 台账: the county log's latest signed head (docs/transparency.md). */
export function treeHeadFooter(s: LedgerBookSource): string | null {
  const h = s.treeHead;
  if (!h) return null;
  const signed = new Date(h.signedAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
  return `县级账本树头 指纹 ${h.fingerprint} · 共 ${h.treeSize} 条 · 签署于 ${signed} · 核验地址 /api/v1/public/tree-heads/${h.countyId}`;
}

/**
 * The 台账 as a workbook laid out for one A4 page: a title, the household, the lines with the
 * running balance, the totals; portrait, fitted to one page wide and tall, header row repeated,
 * the county log's signed head in the page footer. Written row by row (ExcelJS's streaming writer).
 */
export async function sendLedgerBookXlsx(res: Response, s: LedgerBookSource, pages: AsyncIterable<LedgerBookLineView[]>): Promise<void> {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(s)}.xlsx"`);
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('台账', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      printTitlesRow: '3:3',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    ...(treeHeadFooter(s) ? { headerFooter: { oddFooter: `&L&8${treeHeadFooter(s)!.replace(/&/g, '&&')}` } } : {}),
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow(safeRow([s.title]));
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  sheet.mergeCells(1, 1, 1, HEADER.length);
  title.commit();
  const info = sheet.addRow([
    `村（社区）：${s.household.villageName}  户号：${s.household.householdNo}  户主：${s.household.headName}  积分方案：${s.programName}`,
  ]);
  sheet.mergeCells(2, 1, 2, HEADER.length);
  info.commit();
  const head = sheet.addRow(HEADER);
  head.font = { bold: true };
  head.commit();
  sheet.addRow(openingRow(s.year, s.openingBalance)).commit();
  const totals = new LedgerBookTotals(s.openingBalance);
  for await (const page of pages) {
    if (res.destroyed) return;
    for (const line of page) {
      totals.add(line);
      sheet.addRow(safeRow(lineCells(line))).commit();
    }
  }
  sheet.addRow([]).commit();
  for (const row of totalRows(totals)) {
    const r = sheet.addRow(safeRow(row));
    r.font = { bold: row[0] !== '分类合计' };
    r.commit();
  }
  sheet.commit();
  await book.commit();
}
