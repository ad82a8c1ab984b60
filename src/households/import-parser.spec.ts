import iconv from 'iconv-lite';
import { readImport } from './import-file.js';
import { decodeCsv, type ImportRow, type LineError, type ParsedImport } from './import-parser.js';

const LIMITS = { maxRows: 100_000, maxUnpackedBytes: 100 * 1024 * 1024, maxMs: 60_000 };
/** CSV text as the import job reads it (UTF-8 bytes, streamed, within the limits). */
const parseHouseholdCsv = async (text: string): Promise<ParsedImport> => (await readImport(Buffer.from(text, 'utf8'), LIMITS)).parsed;

const ZH_HEADER = '村代码,户号,户主,地址,电话,成员姓名,与户主关系,身份证号';
const EN_HEADER = 'villageCode,householdNo,headName,address,phone,memberName,relation,idNumber';
const ZH_TEXT = `${ZH_HEADER}\nV-01,0001,扎西,东街1号,13812345678,卓玛,配偶,\nV-01,0002,次仁,西街2号,,,,\n`;

type Parsed = Extract<ParsedImport, { ok: true }>;

async function parsed(text: string): Promise<Parsed> {
  const result = await parseHouseholdCsv(text);
  if (!result.ok) throw new Error(`expected the file to parse, got ${result.code}`);
  return result;
}

const lines = (p: Parsed) => p.rows.map((r) => r.line);
const errorsOf = (p: Parsed) => p.errors.map((e: LineError) => [e.line, e.code]);
const pick = (r: ImportRow) => ({ villageCode: r.villageCode, householdNo: r.householdNo, headName: r.headName, address: r.address });

describe('decodeCsv', () => {
  it('reads UTF-8 without BOM', async () => {
    expect(decodeCsv(Buffer.from(ZH_TEXT, 'utf8'))).toEqual({ text: ZH_TEXT, encoding: 'utf-8' });
  });

  it('strips the UTF-8 BOM', async () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH_TEXT, 'utf8')]);
    const { text, encoding } = decodeCsv(buf);
    expect(encoding).toBe('utf-8-bom');
    expect(text).toBe(ZH_TEXT);
    expect(text.charCodeAt(0)).toBe('村'.charCodeAt(0));
  });

  it('falls back to GB18030 for GBK bytes (what Excel saves in China)', async () => {
    const gbk = iconv.encode(ZH_TEXT, 'gbk');
    expect(gbk.equals(Buffer.from(ZH_TEXT, 'utf8'))).toBe(false);
    expect(decodeCsv(gbk)).toEqual({ text: ZH_TEXT, encoding: 'gb18030' });
  });

  it('reads characters only GB18030 has (four-byte sequences)', async () => {
    const text = `${ZH_HEADER}\nV-01,0003,𠀀明,䶵村,,,,\n`;
    const { text: decoded, encoding } = decodeCsv(iconv.encode(text, 'gb18030'));
    expect(encoding).toBe('gb18030');
    expect(decoded).toBe(text);
  });

  it('reads UTF-16LE with BOM (Excel "Unicode text") and strips the BOM', async () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ZH_TEXT, 'utf-16le')]);
    expect(decodeCsv(buf)).toEqual({ text: ZH_TEXT, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with BOM', async () => {
    const buf = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ZH_TEXT, 'utf-16be')]);
    expect(decodeCsv(buf)).toEqual({ text: ZH_TEXT, encoding: 'utf-16be' });
  });

  it('gives the same rows whatever the encoding', async () => {
    const encodings: Buffer[] = [
      Buffer.from(ZH_TEXT, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH_TEXT, 'utf8')]),
      iconv.encode(ZH_TEXT, 'gbk'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ZH_TEXT, 'utf-16le')]),
    ];
    const results = await Promise.all(encodings.map(async (b) => (await parsed(decodeCsv(b).text)).rows.map(pick)));
    for (const rows of results) {
      expect(rows).toEqual([
        { villageCode: 'V-01', householdNo: '0001', headName: '扎西', address: '东街1号' },
        { villageCode: 'V-01', householdNo: '0002', headName: '次仁', address: '西街2号' },
      ]);
    }
  });
});

describe('parseHouseholdCsv: headers', () => {
  it('reads the Chinese headers and every column', async () => {
    const p = await parsed(`${ZH_HEADER}\nV-01,0001,扎西,东街1号,13812345678,卓玛,配偶,510105199001011234\n`);
    expect(p.errors).toEqual([]);
    expect(p.totalLines).toBe(1);
    expect(p.rows).toEqual([
      {
        line: 2,
        ordinal: 1,
        villageCode: 'V-01',
        householdNo: '0001',
        headName: '扎西',
        address: '东街1号',
        phone: '13812345678',
        memberName: '卓玛',
        relation: '配偶',
        idNumber: '510105199001011234',
        grid: '',
      },
    ]);
  });

  it('reads the grid column by its Chinese names (网格, 村民小组)', async () => {
    for (const header of ['网格', '村民小组']) {
      const p = await parsed(`${ZH_HEADER},${header}\nV-01,0001,扎西,,,,,,第一网格\n`);
      expect(p.errors).toEqual([]);
      expect(p.rows[0]).toMatchObject({ villageCode: 'V-01', grid: '第一网格' });
    }
  });

  it('reads the English headers like the Chinese ones', async () => {
    const data = 'V-01,0001,扎西,东街1号,13812345678,卓玛,配偶,510105199001011234\n';
    const en = await parsed(`${EN_HEADER}\n${data}`);
    expect(en.errors).toEqual([]);
    expect(en.rows).toEqual((await parsed(`${ZH_HEADER}\n${data}`)).rows);
    expect(en.rows[0]).toMatchObject({ villageCode: 'V-01', memberName: '卓玛', idNumber: '510105199001011234' });
  });

  it('reads the English headers, in any case, spacing and order', async () => {
    const p = await parsed(
      ' Head_Name ,VILLAGECODE,household_no,Phone,Member Name,Relation,ID_Number,Address\n张三,V-02,A-7,13912345678,李四,配偶,,北街\n',
    );
    expect(p.errors).toEqual([]);
    expect(p.rows[0]).toMatchObject({
      villageCode: 'V-02',
      householdNo: 'A-7',
      headName: '张三',
      address: '北街',
      phone: '13912345678',
      memberName: '李四',
      relation: '配偶',
      idNumber: '',
    });
  });

  it('accepts the alternative Chinese names', async () => {
    const p = await parsed(
      '村编码,户编号,户主姓名,家庭住址,联系电话,家庭成员,关系,公民身份号码\nV-03,0009,王五,南街,13700000000,王六,子女,\n',
    );
    expect(p.rows[0]).toMatchObject({
      villageCode: 'V-03',
      householdNo: '0009',
      headName: '王五',
      address: '南街',
      phone: '13700000000',
      memberName: '王六',
      relation: '子女',
    });
  });

  it('leaves optional columns that are absent empty, and ignores unknown columns', async () => {
    const p = await parsed('户号,备注,户主,村代码\n0001,随便写,扎西,V-01\n');
    expect(p.errors).toEqual([]);
    expect(p.rows[0]).toMatchObject({
      villageCode: 'V-01',
      householdNo: '0001',
      headName: '扎西',
      address: '',
      phone: '',
      memberName: '',
      relation: '',
      idNumber: '',
    });
  });

  it('reports every missing required column as IMPORT_MISSING_COLUMNS', async () => {
    expect(await parseHouseholdCsv('村代码,地址,电话\nV-01,东街,13812345678\n')).toEqual({
      ok: false,
      code: 'IMPORT_MISSING_COLUMNS',
      columns: ['householdNo', 'headName'],
    });
    expect(await parseHouseholdCsv('villageCode,householdNo\nV-01,0001\n')).toEqual({
      ok: false,
      code: 'IMPORT_MISSING_COLUMNS',
      columns: ['headName'],
    });
  });

  it('treats a header-less file of data as missing columns, not as data', async () => {
    const result = await parseHouseholdCsv('V-01,0001,扎西,东街1号\n');
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.code).toBe('IMPORT_MISSING_COLUMNS');
  });

  it('reports an empty file, or one of blank lines only, as IMPORT_EMPTY', async () => {
    expect(await parseHouseholdCsv('')).toEqual({ ok: false, code: 'IMPORT_EMPTY' });
    expect(await parseHouseholdCsv('\n\r\n  \n')).toEqual({ ok: false, code: 'IMPORT_EMPTY' });
  });

  it('accepts a header without data lines', async () => {
    const p = await parsed(`${ZH_HEADER}\n`);
    expect(p).toEqual({ ok: true, rows: [], errors: [], totalLines: 0 });
  });
});

describe('parseHouseholdCsv: separators and quoting', () => {
  it('reads tab-separated files, where commas are data', async () => {
    const p = await parsed('村代码\t户号\t户主\t地址\nV-01\t0001\t扎西\t东街1号, 2单元\nV-01\t0002\t次仁\t西街\n');
    expect(p.errors).toEqual([]);
    expect(p.rows.map(pick)).toEqual([
      { villageCode: 'V-01', householdNo: '0001', headName: '扎西', address: '东街1号, 2单元' },
      { villageCode: 'V-01', householdNo: '0002', headName: '次仁', address: '西街' },
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', async () => {
    const p = await parsed(
      `村代码,户号,户主,地址\nV-01,0001,扎西,"东街1号, 2单元"\nV-01,0002,"次""仁""","西街\n2号"\nV-01,0003,卓玛,南街\n`,
    );
    expect(p.errors).toEqual([]);
    expect(p.rows.map(pick)).toEqual([
      { villageCode: 'V-01', householdNo: '0001', headName: '扎西', address: '东街1号, 2单元' },
      { villageCode: 'V-01', householdNo: '0002', headName: '次"仁"', address: '西街\n2号' },
      { villageCode: 'V-01', householdNo: '0003', headName: '卓玛', address: '南街' },
    ]);
    // A record spanning lines 3-4 is reported at the line it starts on; the next one is line 5.
    expect(lines(p)).toEqual([2, 3, 5]);
    expect(p.rows.map((r) => r.ordinal)).toEqual([1, 2, 3]);
  });

  it('numbers lines right after a quoted newline in a CRLF file', async () => {
    const text = ['村代码,户号,户主,地址', 'V-01,0001,扎西,"东街', '1号"', 'V-01,0002,,西街', 'V-01,0003,次仁,南街', ''].join('\r\n');
    const p = await parsed(text);
    expect(p.rows.map((r) => [r.line, r.householdNo])).toEqual([
      [2, '0001'],
      [5, '0003'],
    ]);
    expect(errorsOf(p)).toEqual([[4, 'MISSING_FIELD']]);
  });

  it('reports the line a multi-line record starts on', async () => {
    const p = await parsed('村代码,户号,户主,地址\nV-01,0001,扎西,东街\nV-01,0002,"次\n仁",西街,多余\nV-01,0003,,南街\n');
    expect(errorsOf(p)).toEqual([
      [3, 'WRONG_COLUMN_COUNT'],
      [5, 'MISSING_FIELD'],
    ]);
  });

  it('trims spaces around values', async () => {
    const p = await parsed('村代码 , 户号 , 户主\n  V-01 ,  0001 ,  扎西  \n');
    expect(p.rows[0]).toMatchObject({ villageCode: 'V-01', householdNo: '0001', headName: '扎西' });
  });

  it('accepts a stray quote inside an unquoted field', async () => {
    const p = await parsed('村代码,户号,户主,地址\nV-01,0001,扎西,东街"1号\n');
    expect(p.errors).toEqual([]);
    expect(p.rows[0].address).toBe('东街"1号');
  });

  it('rejects a file whose quotes do not balance with IMPORT_MALFORMED and the line, instead of throwing', async () => {
    expect(await parseHouseholdCsv('村代码,户号,户主,地址\nV-01,0001,扎西,东街\nV-01,0002,次仁,"西街\nV-01,0003,卓玛,南街\n')).toEqual({
      ok: false,
      code: 'IMPORT_MALFORMED',
      line: 3,
    });
    expect(
      await parseHouseholdCsv('村代码,户号,户主,地址\nV-01,0001,扎西,东街\n\nV-01,0002,次仁,"西街"5号\nV-01,0003,卓玛,南街\n'),
    ).toEqual({
      ok: false,
      code: 'IMPORT_MALFORMED',
      line: 4,
    });
  });
});

describe('parseHouseholdCsv: per-line checks', () => {
  it('skips blank lines but keeps counting them', async () => {
    const p = await parsed('村代码,户号,户主\n\nV-01,0001,扎西\n\r\n   \nV-01,0002,次仁\n\n');
    expect(p.errors).toEqual([]);
    expect(lines(p)).toEqual([3, 6]);
    expect(p.rows.map((r) => r.ordinal)).toEqual([1, 2]);
    expect(p.totalLines).toBe(2);
  });

  it('skips rows whose cells are all empty (blank rows saved by Excel)', async () => {
    const p = await parsed('村代码,户号,户主\nV-01,0001,扎西\n,,\n , , \nV-01,0002,次仁\n,,\n');
    expect(p.errors).toEqual([]);
    expect(lines(p)).toEqual([2, 5]);
    expect(p.totalLines).toBe(2);
  });

  it('reports a wrong number of columns with the line and both counts', async () => {
    const p = await parsed('村代码,户号,户主,地址\nV-01,0001,扎西\nV-01,0002,次仁,西街\nV-01,0003,卓玛,南街,多余\n');
    expect(lines(p)).toEqual([3]);
    expect(p.errors).toEqual([
      { line: 2, code: 'WRONG_COLUMN_COUNT', message: '列数不符（应为4，实际3）' },
      { line: 4, code: 'WRONG_COLUMN_COUNT', message: '列数不符（应为4，实际5）' },
    ]);
    expect(p.totalLines).toBe(3);
  });

  it('reports each missing required field with its line', async () => {
    const p = await parsed(`${ZH_HEADER}\n,0001,扎西,,,,,\nV-01,,扎西,,,,,\nV-01,0003,,,,,,\nV-01,0004,扎西,,,,,\n`);
    expect(lines(p)).toEqual([5]);
    expect(p.errors).toEqual([
      { line: 2, code: 'MISSING_FIELD', message: '缺少必填字段：villageCode' },
      { line: 3, code: 'MISSING_FIELD', message: '缺少必填字段：householdNo' },
      { line: 4, code: 'MISSING_FIELD', message: '缺少必填字段：headName' },
    ]);
  });

  it('wants a member name with a relation or ID number, and a relation with a member name', async () => {
    const p = await parsed(
      `${ZH_HEADER}\nV-01,0001,扎西,,,,配偶,\nV-01,0002,扎西,,,卓玛,,\nV-01,0003,扎西,,,,,510105199001011234\nV-01,0004,扎西,,,卓玛,配偶,\n`,
    );
    expect(lines(p)).toEqual([5]);
    expect(p.errors.map((e) => [e.line, e.code, e.message])).toEqual([
      [2, 'MISSING_FIELD', '缺少必填字段：memberName'],
      [3, 'MISSING_FIELD', '缺少必填字段：relation'],
      [4, 'MISSING_FIELD', '缺少必填字段：memberName'],
    ]);
  });

  it('rejects a malformed household number and over-long names', async () => {
    const long = '张'.repeat(65);
    const p = await parsed(
      `村代码,户号,户主,地址\nV-01,00 01,扎西,\nV-01,一号,扎西,\nV-01,0003,${long},\nV-01,0004,扎西,${'路'.repeat(201)}\nV-01,0005,${'张'.repeat(64)},${'路'.repeat(200)}\n`,
    );
    expect(lines(p)).toEqual([6]);
    expect(p.errors.map((e) => [e.line, e.code, e.message])).toEqual([
      [2, 'INVALID_FIELD', '字段格式有误：householdNo'],
      [3, 'INVALID_FIELD', '字段格式有误：householdNo'],
      [4, 'INVALID_FIELD', '字段格式有误：headName'],
      [5, 'INVALID_FIELD', '字段格式有误：address'],
    ]);
  });

  it('keeps good lines around bad ones, numbering data records for the checkpoint', async () => {
    const p = await parsed(`村代码,户号,户主\nV-01,0001,扎西\nV-01,0002\nV-01,0003,卓玛\n\nV-01,,次仁\nV-01,0005,达瓦\n`);
    expect(p.rows.map((r) => [r.line, r.ordinal, r.householdNo])).toEqual([
      [2, 1, '0001'],
      [4, 3, '0003'],
      [7, 5, '0005'],
    ]);
    expect(errorsOf(p)).toEqual([
      [3, 'WRONG_COLUMN_COUNT'],
      [6, 'MISSING_FIELD'],
    ]);
    expect(p.totalLines).toBe(5);
  });
});
