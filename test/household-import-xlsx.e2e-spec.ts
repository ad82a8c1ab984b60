import ExcelJS from 'exceljs';
import { API, regionCode } from './support/fixtures.js';
import {
  errorLines,
  finished,
  householdCount,
  householdRows,
  idNumber,
  type ImportBody,
  importRows,
  twoVillagesAndOfficer,
  upload,
} from './support/imports.js';
import { useTestApp, type TestApp } from './support/test-app.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as Excel or WPS saves it: one sheet of `rows` (row 1 the header), cells as `cell` makes them. */
async function workbook(rows: ExcelJS.CellValue[][], sheets: { hiddenFirst?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (sheets.hiddenFirst) {
    const hidden = wb.addWorksheet('说明');
    hidden.state = 'hidden';
    hidden.addRow(['这一页是说明，不是名单']);
  }
  const sheet = wb.addWorksheet('户籍名单');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function uploadRawXlsx(t: TestApp, token: string, file: Buffer) {
  return t.http().post(`${API}/households/import`).set('Authorization', `Bearer ${token}`).set('Content-Type', XLSX_TYPE).send(file);
}

describe('household import from Excel (.xlsx)', () => {
  const t = useTestApp();

  it('imports a 10,000-line workbook with Chinese names and numeric cells, reports the bad lines by sheet row, and importing it again changes nothing', async () => {
    const { villageA, villageA2, officer } = await twoVillagesAndOfficer(t);
    const codes: [string, string] = [await regionCode(t, villageA), await regionCode(t, villageA2)];
    const rows: ExcelJS.CellValue[][] = householdRows(10000, codes, {
      2000: (c) => (c[2] = ''), // no 户主: sheet row 2001
      5000: (c) => (c[0] = '不存在的村'), // row 5001
      9000: (c) => (c[4] = '12345'), // row 9001
    });
    // Spreadsheets hold phone numbers as numbers, and names as rich text where someone formatted them.
    for (const row of rows.slice(1)) row[4] = row[4] === '12345' ? 12345 : Number(row[4]);
    rows[6] = [...rows[6]]; // household H0006
    rows[6][2] = { richText: [{ text: '欧阳' }, { font: { bold: true }, text: '淑珍' }] };
    const file = await workbook(rows, { hiddenFirst: true });

    const started = Date.now();
    const res = await upload(t, officer.token, file, '户籍名单（2026年）.xlsx');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', encoding: 'xlsx', fileName: '户籍名单（2026年）.xlsx' });
    const first = await finished(t, officer.token, (res.body as ImportBody).id, 120000);
    process.stdout.write(`10,000-line .xlsx import (upload to completed, BullMQ): ${Date.now() - started} ms\n`);

    expect(first).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 10000,
      processedLines: 10000,
      created: 9997,
      updated: 0,
      unchanged: 0,
    });
    expect(first.errors).toEqual([
      { line: 2001, code: 'MISSING_FIELD', message: '缺少必填字段：headName' },
      { line: 5001, code: 'UNKNOWN_VILLAGE', message: '未找到村代码不存在的村' },
      { line: 9001, code: 'INVALID_FIELD', message: '字段格式有误：phone' },
    ]);
    expect(await householdCount(t, [villageA, villageA2])).toBe(9997);
    const sample = (await t.db.query(
      `SELECT h.household_no AS "householdNo", h.head_name AS "headName", h.phone_masked AS "phoneMasked", m.name, m.id_number_masked AS "idMasked"
         FROM households h JOIN household_members m ON m.household_id = h.id WHERE h.village_id = ANY($1) AND h.household_no IN ('H0006', 'H9999') ORDER BY 1`,
      [[villageA, villageA2]],
    )) as Record<string, string>[];
    expect(sample).toEqual([
      {
        householdNo: 'H0006',
        headName: '欧阳淑珍',
        phoneMasked: '139****0006',
        name: '成员6',
        idMasked: `510105********${idNumber(6).slice(-4)}`,
      },
      {
        householdNo: 'H9999',
        headName: '户主9999',
        phoneMasked: '139****9999',
        name: '成员9999',
        idMasked: `510105********${idNumber(9999).slice(-4)}`,
      },
    ]);

    // The same workbook as a raw body, under a name that says CSV: the bytes decide.
    const again = await uploadRawXlsx(t, officer.token, file);
    expect(again.status).toBe(202);
    const second = await finished(t, officer.token, (again.body as ImportBody).id, 120000);
    expect(second).toMatchObject({ status: 'completed', encoding: 'xlsx', created: 0, updated: 0, unchanged: 9997 });
    expect(errorLines(second)).toEqual(errorLines(first));
    // Its first ten lines under a name that says CSV: the bytes decide here too.
    const misnamed = await upload(t, officer.token, await workbook(rows.slice(0, 11), { hiddenFirst: true }), 'households.csv');
    const third = await finished(t, officer.token, (misnamed.body as ImportBody).id, 120000);
    expect(third).toMatchObject({ status: 'completed', encoding: 'xlsx', totalLines: 10, unchanged: 10 });
    expect(await householdCount(t, [villageA, villageA2])).toBe(9997);
    // Two imports of 10,000 lines, each allowed two minutes (`finished`) on a loaded machine.
  }, 300_000);

  it('reads English headers, formulas, blank rows and short rows as Excel shows them, and reports a row wider than the header', async () => {
    const { villageA, officer } = await twoVillagesAndOfficer(t);
    const code = await regionCode(t, villageA);
    const file = await workbook([
      ['villageCode', 'householdNo', 'headName', 'address'],
      [code, 'X001', '张三', '东街1号'],
      [],
      [code, { formula: '"X"&"002"', result: 'X002' }, '李四'],
      [code, 'X003', '王五', '西街3号', '多出来的一格'],
    ]);
    const res = await upload(t, officer.token, file, 'roster.xlsx');
    expect(res.status).toBe(202);
    const view = await finished(t, officer.token, (res.body as ImportBody).id);
    expect(view).toMatchObject({ status: 'completed', totalLines: 3, created: 2 });
    expect(view.errors).toEqual([{ line: 5, code: 'WRONG_COLUMN_COUNT', message: '列数不符（应为4，实际5）' }]);
    const made = (await t.db.query(
      `SELECT household_no AS no, head_name AS name, address FROM households WHERE village_id = $1 ORDER BY 1`,
      [villageA],
    )) as unknown[];
    expect(made).toEqual([
      { no: 'X001', name: '张三', address: '东街1号' },
      { no: 'X002', name: '李四', address: null },
    ]);
  });

  it('refuses an old .xls and a damaged workbook at once; an empty sheet or one without the columns fails its import, saying why', async () => {
    const { officer } = await twoVillagesAndOfficer(t);
    const before = await importRows(t);

    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const old = await upload(t, officer.token, xls, '名单.xls');
    expect(old.status).toBe(415);
    expect(old.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { format: 'xls', expected: ['xlsx', 'csv'] } });

    const good = await workbook([
      ['村代码', '户号', '户主'],
      ['1', 'A1', '张三'],
    ]);
    const damaged = await upload(t, officer.token, good.subarray(0, good.length / 2), '名单.xlsx');
    expect(damaged.status).toBe(422);
    expect(damaged.body.error.code).toBe('IMPORT_UNREADABLE');
    expect(damaged.body.error.message).toBe('无法读取该Excel文件，请用Excel或WPS另存为.xlsx或CSV后重试');

    expect(await importRows(t)).toBe(before);

    // A workbook's rows are the job's to read (the request reads no sheet): these fail there, with the code and its details.
    const empty = await upload(t, officer.token, await workbook([]), '空.xlsx');
    expect(empty.status).toBe(202);
    expect(await finished(t, officer.token, (empty.body as ImportBody).id)).toMatchObject({
      status: 'failed',
      failureReason: 'IMPORT_EMPTY',
      failureMessage: '导入文件为空或缺少表头',
      created: 0,
    });

    const columns = await upload(
      t,
      officer.token,
      await workbook([
        ['姓名', '电话'],
        ['张三', '13900000000'],
      ]),
      '缺列.xlsx',
    );
    expect(columns.status).toBe(202);
    expect(await finished(t, officer.token, (columns.body as ImportBody).id)).toMatchObject({
      status: 'failed',
      failureReason: 'IMPORT_MISSING_COLUMNS',
      failureDetails: { columns: ['villageCode', 'householdNo', 'headName'] },
      failureMessage: '导入文件缺少列：villageCode, householdNo, headName',
      created: 0,
    });
  });
});
