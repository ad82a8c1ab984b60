import { existsSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { API, as, createUser, eventually, regionCode, seedTree } from './support/fixtures.js';
import {
  errorLines,
  finished,
  householdCount,
  householdLines,
  idNumber,
  type ImportBody,
  importRows,
  importView,
  phone,
  twoVillagesAndOfficer,
  upload,
  uploadRaw,
  UTF8_BOM,
  ZH_HEADER,
} from './support/imports.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

describe('household import (on the job queue: BullMQ when Redis answers)', () => {
  const t = useTestApp();

  it('imports a GBK file of 1,000 households, reporting exactly the three bad lines, and importing it again changes nothing', async () => {
    const { villageA, villageA2, officer } = await twoVillagesAndOfficer(t);
    const codes: [string, string] = [await regionCode(t, villageA), await regionCode(t, villageA2)];

    // Data line n is file line n + 1 (the header is line 1).
    const text = `${householdLines(1000, codes, {
      100: (c) => (c[2] = ''), // no 户主: line 101
      500: (c) => (c[0] = 'NO-SUCH-VILLAGE'), // line 501
      900: (c) => (c[4] = '12345'), // line 901
    }).join('\r\n')}\r\n`;
    const file = iconv.encode(text, 'gbk');
    expect(file.includes(Buffer.from('户主', 'utf8'))).toBe(false);
    expect(file.includes(iconv.encode('户主', 'gbk'))).toBe(true);

    const started = Date.now();
    const res = await upload(t, officer.token, file, '户籍导入.csv');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', progress: 0, encoding: 'gb18030', fileName: '户籍导入.csv', created: 0 });
    const first = await finished(t, officer.token, (res.body as ImportBody).id, 60000);
    const elapsedMs = Date.now() - started;
    process.stdout.write(`1,000-line GBK import (upload to completed, BullMQ): ${elapsedMs} ms\n`);

    expect(first).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 1000,
      processedLines: 1000,
      created: 997,
      updated: 0,
      unchanged: 0,
      failureReason: null,
    });
    expect(first.errors).toEqual([
      { line: 101, code: 'MISSING_FIELD', message: '缺少必填字段：headName' },
      { line: 501, code: 'UNKNOWN_VILLAGE', message: '未找到村代码NO-SUCH-VILLAGE' },
      { line: 901, code: 'INVALID_FIELD', message: '字段格式有误：phone' },
    ]);
    expect(await householdCount(t, [villageA, villageA2])).toBe(997);
    const perVillage = (await t.db.query(
      `SELECT village_id AS "villageId", count(*)::int AS count FROM households WHERE village_id = ANY($1) GROUP BY village_id ORDER BY village_id`,
      [[villageA, villageA2]],
    )) as { villageId: number; count: number }[];
    // Odd lines go to villageA2, even ones to villageA; 100 and 900 (even) and 500 (even) are the bad ones.
    expect(perVillage).toEqual([
      { villageId: villageA, count: 497 },
      { villageId: villageA2, count: 500 },
    ]);
    const skipped = (await t.db.query(
      `SELECT household_no FROM households WHERE village_id = ANY($1) AND household_no IN ('H0100', 'H0500', 'H0900')`,
      [[villageA, villageA2]],
    )) as unknown[];
    expect(skipped).toEqual([]);
    const [sample] = (await t.db.query(
      `SELECT h.head_name AS "headName", h.address, h.phone_masked AS "phoneMasked", m.name, m.relation, m.id_number_masked AS "idMasked"
         FROM households h JOIN household_members m ON m.household_id = h.id WHERE h.village_id = $1 AND h.household_no = 'H0999'`,
      [villageA2],
    )) as Record<string, string>[];
    expect(sample).toEqual({
      headName: '户主999',
      address: '幸福路999号',
      phoneMasked: '139****0999',
      name: '成员999',
      relation: '配偶',
      idMasked: `510105********${idNumber(999).slice(-4)}`,
    });
    const before = (await t.db.query(`SELECT id, card_code, updated_at FROM households WHERE village_id = ANY($1) ORDER BY id`, [
      [villageA, villageA2],
    ])) as unknown[];

    const again = await upload(t, officer.token, file);
    expect(again.status).toBe(202);
    expect((again.body as ImportBody).id).not.toBe(first.id);
    const second = await finished(t, officer.token, (again.body as ImportBody).id, 60000);
    expect(second).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 1000,
      processedLines: 1000,
      created: 0,
      updated: 0,
      unchanged: 997,
    });
    expect(second.errors).toEqual(first.errors);
    expect(await householdCount(t, [villageA, villageA2])).toBe(997);
    const [{ members }] = (await t.db.query(
      `SELECT count(*)::int AS members FROM household_members m JOIN households h ON h.id = m.household_id WHERE h.village_id = ANY($1)`,
      [[villageA, villageA2]],
    )) as { members: number }[];
    expect(members).toBe(997);
    const after = (await t.db.query(`SELECT id, card_code, updated_at FROM households WHERE village_id = ANY($1) ORDER BY id`, [
      [villageA, villageA2],
    ])) as unknown[];
    expect(after).toEqual(before);
  });

  it('never stores the phone and ID numbers of the file in clear', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const lines = householdLines(40, [code, code]);
    // Spellings that normalise to the same numbers must not leak either.
    lines.push(`${code},X-1,格桑,,+86 138-1234-5678,格桑,户主,${idNumber(4242).toLowerCase()}`);
    const res = await upload(t, county.token, Buffer.from(lines.join('\n'), 'utf8'));
    expect(res.status).toBe(202);
    const view = await finished(t, county.token, (res.body as ImportBody).id);
    expect(view).toMatchObject({ status: 'completed', created: 41, errors: [] });

    const raw = [...Array.from({ length: 40 }, (_, i) => [phone(i + 1), idNumber(i + 1)]).flat(), '13812345678', idNumber(4242)];
    const households = (await t.db.query(`SELECT h::text AS row, phone_masked, phone_hash FROM households h WHERE village_id = $1`, [
      villageA,
    ])) as {
      row: string;
      phone_masked: string;
      phone_hash: string;
    }[];
    const members = (await t.db.query(
      `SELECT m::text AS row, id_number_masked, id_number_hash FROM household_members m JOIN households h ON h.id = m.household_id WHERE h.village_id = $1`,
      [villageA],
    )) as { row: string; id_number_masked: string; id_number_hash: string }[];
    expect(households).toHaveLength(41);
    expect(members).toHaveLength(41);
    const stored = [...households, ...members].map((r) => r.row).join('\n');
    expect(raw.filter((value) => stored.includes(value))).toEqual([]);
    for (const h of households) {
      expect(h.phone_masked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(h.phone_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const m of members) {
      expect(m.id_number_masked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(m.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const gesang = households.find((h) => h.row.includes('格桑'));
    expect(gesang?.phone_masked).toBe('138****5678');
    // Nor are they shown in the import report or the household.
    const shown = JSON.stringify(await importView(t, county.token, view.id));
    expect(raw.filter((value) => shown.includes(value))).toEqual([]);
    // The uploaded file itself is dropped once the import has finished: from the blob store, and nothing of it in the row.
    const [kept] = (await t.db.query(`SELECT file, file_key AS "fileKey", file_sha256 FROM household_imports WHERE id = $1`, [
      view.id,
    ])) as {
      file: Buffer | null;
      fileKey: string;
      file_sha256: string;
    }[];
    expect(kept.file).toBeNull();
    expect(kept.fileKey).toMatch(/^imports\/[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f]{12}$/);
    expect(existsSync(join(t.config.dataDir, kept.fileKey))).toBe(false);
    expect(kept.file_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('merges the member lines of one household from a UTF-8 BOM file and rejects a line that contradicts an earlier one', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const text = [
      ZH_HEADER,
      `${code},0001,扎西,东街1号,13812345678,扎西,户主,${idNumber(1)}`,
      `${code},0001,扎西,东街1号,13812345678,卓玛,配偶,${idNumber(2)}`,
      `${code},0001,扎西,,,次仁,子女,`, // address and phone left out: not a contradiction
      `${code},0002,达瓦,西街2号,13900000002,达瓦,户主,`,
      `${code},0001,多吉,东街1号,13812345678,拉姆,子女,`, // another head: line 6
      `${code},0001,扎西,东街1号,13912345678,央金,子女,`, // another phone: line 7
      `${code},0001,扎西,南街9号,,白玛,子女,`, // another address: line 8
    ].join('\r\n');
    const res = await upload(t, county.token, Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ encoding: 'utf-8-bom' });
    const view = await finished(t, county.token, (res.body as ImportBody).id);
    expect(view).toMatchObject({ status: 'completed', progress: 100, totalLines: 7, processedLines: 7 });
    expect(view.errors).toEqual([
      { line: 6, code: 'CONFLICTING_LINE', message: '与第2行的户信息不一致' },
      { line: 7, code: 'CONFLICTING_LINE', message: '与第2行的户信息不一致' },
      { line: 8, code: 'CONFLICTING_LINE', message: '与第2行的户信息不一致' },
    ]);
    // Counts are per line: the household's first line creates it, the next two add members.
    expect(view).toMatchObject({ created: 2, updated: 2, unchanged: 0 });

    const households = (await t.db.query(
      `SELECT id, household_no AS "householdNo" FROM households WHERE village_id = $1 ORDER BY household_no`,
      [villageA],
    )) as {
      id: number;
      householdNo: string;
    }[];
    expect(households.map((h) => h.householdNo)).toEqual(['0001', '0002']);
    const detail = await as(t, { token: county.token }).get(`/households/${households[0].id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ householdNo: '0001', headName: '扎西', address: '东街1号', phoneMasked: '138****5678' });
    expect((detail.body as { members: { name: string; relation: string; idNumberMasked: string | null }[] }).members).toEqual([
      expect.objectContaining({ name: '扎西', relation: '户主', idNumberMasked: `510105********${idNumber(1).slice(-4)}` }),
      expect.objectContaining({ name: '卓玛', relation: '配偶', idNumberMasked: `510105********${idNumber(2).slice(-4)}` }),
      expect.objectContaining({ name: '次仁', relation: '子女', idNumberMasked: null }),
    ]);

    const again = await uploadRaw(t, county.token, Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]));
    const second = await finished(t, county.token, (again.body as ImportBody).id);
    expect(second).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 4 });
    expect(errorLines(second)).toEqual([
      [6, 'CONFLICTING_LINE'],
      [7, 'CONFLICTING_LINE'],
      [8, 'CONFLICTING_LINE'],
    ]);
  });

  it('places households in the grids (网格) of their village by grid code or name, and refuses an unknown grid', async () => {
    const { county, villageA, villageB } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const api = as(t, { token: county.token });
    const gridOf = async (village: number, gridCode: string, name: string) =>
      (await api.post('/regions', { code: gridCode, name, level: 'grid', parentId: village })).body.id as number;
    const g1 = await gridOf(villageA, `${code}-G1`, '第一网格');
    const g2 = await gridOf(villageA, `${code}-G2`, '第二网格');
    await gridOf(villageB, `${code}-GB`, '外村网格');
    const text = [
      `${ZH_HEADER},网格`,
      `${code},0001,扎西,东街1号,,扎西,户主,,${code}-G1`, // by code
      `${code},0002,达瓦,西街2号,,达瓦,户主,,第二网格`, // by name
      `${code},0003,多吉,北街3号,,多吉,户主,,`, // none: left as it is
      `${code},0004,次仁,南街4号,,次仁,户主,,外村网格`, // a grid of another village: line 5
      `${code},0002,达瓦,西街2号,,卓玛,配偶,,第一网格`, // another grid for 0002: line 6
    ].join('\r\n');
    const res = await upload(t, county.token, Buffer.from(text, 'utf8'));
    const view = await finished(t, county.token, (res.body as ImportBody).id);
    expect(view).toMatchObject({ status: 'completed', created: 3 });
    expect(view.errors).toEqual([
      { line: 5, code: 'UNKNOWN_GRID', message: `村${code}没有网格外村网格` },
      { line: 6, code: 'CONFLICTING_LINE', message: '与第3行的户信息不一致' },
    ]);
    const placed = (await t.db.query(
      `SELECT household_no AS no, grid_id AS "gridId" FROM households WHERE village_id = $1 ORDER BY household_no`,
      [villageA],
    )) as object[];
    expect(placed).toEqual([
      { no: '0001', gridId: g1 },
      { no: '0002', gridId: g2 },
      { no: '0003', gridId: null },
    ]);
    // Imported again without the grid column, households keep their grids.
    const again = await upload(t, county.token, Buffer.from([ZH_HEADER, `${code},0001,扎西,东街1号,,扎西,户主,`].join('\r\n'), 'utf8'));
    expect(await finished(t, county.token, (again.body as ImportBody).id)).toMatchObject({ status: 'completed', unchanged: 1 });
    expect(
      await t.db.query(`SELECT grid_id AS "gridId" FROM households WHERE village_id = $1 AND household_no = '0001'`, [villageA]),
    ).toEqual([{ gridId: g1 }]);
  });

  it('catches lines that contradict each other across a line that left the field out, so importing again changes nothing', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const text = [
      ZH_HEADER,
      `${code},0003,扎西,,,扎西,户主,`,
      `${code},0003,扎西,,13812345678,卓玛,配偶,`,
      `${code},0003,扎西,,13912345678,次仁,子女,`, // phone differs from line 3
      `${code},0003,扎西,东街,,达瓦,子女,`,
      `${code},0003,扎西,西街,,白玛,子女,`, // address differs from line 5
      `${code},0003,扎西,,,卓玛,女儿,`, // 卓玛 is 配偶 on line 3
      `${code},0003,扎西,,,卓玛,配偶,${idNumber(1)}`, // adds her ID number
      `${code},0003,扎西,,,卓玛,配偶,${idNumber(2)}`, // another ID number than line 8
    ].join('\n');
    const first = await finished(t, county.token, ((await upload(t, county.token, Buffer.from(text, 'utf8'))).body as ImportBody).id);
    expect(first).toMatchObject({ status: 'completed', created: 1, updated: 3, unchanged: 0 });
    expect(first.errors).toEqual([
      { line: 4, code: 'CONFLICTING_LINE', message: '与第3行的户信息不一致' },
      { line: 6, code: 'CONFLICTING_LINE', message: '与第5行的户信息不一致' },
      { line: 7, code: 'CONFLICTING_LINE', message: '与第3行的户信息不一致' },
      { line: 9, code: 'CONFLICTING_LINE', message: '与第8行的户信息不一致' },
    ]);
    const [household] = (await t.db.query(`SELECT id, address, phone_masked AS "phoneMasked" FROM households WHERE village_id = $1`, [
      villageA,
    ])) as {
      id: number;
      address: string;
      phoneMasked: string;
    }[];
    expect(household).toMatchObject({ address: '东街', phoneMasked: '138****5678' });
    const members = (await t.db.query(
      `SELECT name, relation, id_number_masked AS "idMasked" FROM household_members WHERE household_id = $1 ORDER BY id`,
      [household.id],
    )) as unknown[];
    expect(members).toEqual([
      { name: '扎西', relation: '户主', idMasked: null },
      { name: '卓玛', relation: '配偶', idMasked: `510105********${idNumber(1).slice(-4)}` },
      { name: '达瓦', relation: '子女', idMasked: null },
    ]);

    const second = await finished(t, county.token, ((await upload(t, county.token, Buffer.from(text, 'utf8'))).body as ImportBody).id);
    expect(second).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 4 });
    expect(second.errors).toEqual(first.errors);
  });

  it('updates households and members on file: a new address and phone, a relation, an ID number added, a member added; what a line leaves out stays', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const importText = async (lines: string[]) =>
      finished(
        t,
        county.token,
        ((await upload(t, county.token, Buffer.from([ZH_HEADER, ...lines].join('\n'), 'utf8'))).body as ImportBody).id,
      );
    const first = await importText([
      `${code},0005,扎西,东街5号,13812345678,扎西,户主,${idNumber(1)}`,
      `${code},0005,扎西,东街5号,13812345678,卓玛,配偶,`,
      `${code},0006,达瓦,西街6号,13900000006,达瓦,户主,`,
    ]);
    expect(first).toMatchObject({ status: 'completed', created: 2, updated: 1, unchanged: 0 });

    const second = await importText([
      `${code},0005,扎西,南街5号,,扎西,户主,`, // a new address; phone and ID number left out
      `${code},0005,扎西,,13912345678,卓玛,妻子,${idNumber(2)}`, // a new phone, relation and ID number
      `${code},0005,扎西,,,次仁,子女,`, // a member added
      `${code},0006,达瓦,,,达瓦,户主,`, // nothing new
      `${code},0007,白玛,北街7号,,白玛,户主,`, // a household added
    ]);
    expect(second).toMatchObject({ status: 'completed', created: 1, updated: 3, unchanged: 1 });
    expect(
      await t.db.query(
        `SELECT household_no AS no, head_name AS head, address, phone_masked AS phone FROM households WHERE village_id = $1 ORDER BY household_no`,
        [villageA],
      ),
    ).toEqual([
      { no: '0005', head: '扎西', address: '南街5号', phone: '139****5678' },
      { no: '0006', head: '达瓦', address: '西街6号', phone: '139****0006' },
      { no: '0007', head: '白玛', address: '北街7号', phone: null },
    ]);
    expect(
      await t.db.query(
        `SELECT h.household_no AS no, m.name, m.relation, m.id_number_masked AS "idMasked"
           FROM household_members m JOIN households h ON h.id = m.household_id WHERE h.village_id = $1 ORDER BY h.household_no, m.id`,
        [villageA],
      ),
    ).toEqual([
      { no: '0005', name: '扎西', relation: '户主', idMasked: `510105********${idNumber(1).slice(-4)}` },
      { no: '0005', name: '卓玛', relation: '妻子', idMasked: `510105********${idNumber(2).slice(-4)}` },
      { no: '0005', name: '次仁', relation: '子女', idMasked: null },
      { no: '0006', name: '达瓦', relation: '户主', idMasked: null },
      { no: '0007', name: '白玛', relation: '户主', idMasked: null },
    ]);
  });

  it('rejects lines for villages outside the importer region and keeps the others; a clerk imports into its own village', async () => {
    const { county, townshipA, villageA, villageA2, villageB, officer } = await twoVillagesAndOfficer(t);
    const [codeA, codeA2, codeB] = [await regionCode(t, villageA), await regionCode(t, villageA2), await regionCode(t, villageB)];
    const fromOfficer = await upload(
      t,
      officer.token,
      Buffer.from(
        [
          '村代码,户号,户主',
          `${codeA},0001,扎西`,
          `${codeB},0001,卓玛`, // township B: line 3
          `${codeA2},0001,次仁`,
          `${await regionCode(t, townshipA)},0009,达瓦`, // a township, not a village: line 5
        ].join('\n'),
      ),
    );
    expect(fromOfficer.status).toBe(202);
    const officerView = await finished(t, officer.token, (fromOfficer.body as ImportBody).id);
    expect(officerView).toMatchObject({ status: 'completed', created: 2 });
    expect(officerView.errors).toEqual([
      { line: 3, code: 'OUT_OF_SCOPE', message: `村${codeB}超出您的管辖范围` },
      { line: 5, code: 'NOT_A_VILLAGE', message: `${await regionCode(t, townshipA)}不是村或社区` },
    ]);
    expect(await householdCount(t, [villageA])).toBe(1);
    expect(await householdCount(t, [villageA2])).toBe(1);
    expect(await householdCount(t, [villageB])).toBe(0);

    const clerk = await createUser(t, county.token, 'village_clerk', villageA);
    const fromClerk = await uploadRaw(
      t,
      clerk.token,
      Buffer.from(`村代码,户号,户主\n${codeA},0002,格桑\n${codeA2},0002,拉姆\n${codeA},0001,扎西\n`),
    );
    expect(fromClerk.status).toBe(202);
    const clerkView = await finished(t, clerk.token, (fromClerk.body as ImportBody).id);
    expect(clerkView).toMatchObject({ status: 'completed', created: 1, updated: 0, unchanged: 1 });
    expect(errorLines(clerkView)).toEqual([[3, 'OUT_OF_SCOPE']]);
    expect(await householdCount(t, [villageA])).toBe(2);
    expect(await householdCount(t, [villageA2])).toBe(1);
  });

  it('takes a multipart upload or a raw text/csv body, and refuses requests without a usable file', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const csv = (no: string) => Buffer.from(`villageCode,householdNo,headName\n${code},${no},扎西\n`, 'utf8');

    const multipart = await upload(t, county.token, csv('M-1'));
    expect(multipart.status).toBe(202);
    expect(multipart.body).toMatchObject({ status: 'queued', fileName: 'households.csv', encoding: 'utf-8' });
    const raw = await uploadRaw(t, county.token, csv('R-1'));
    expect(raw.status).toBe(202);
    expect(raw.body).toMatchObject({ status: 'queued', fileName: null, encoding: 'utf-8' });
    for (const res of [multipart, raw])
      expect(await finished(t, county.token, (res.body as ImportBody).id)).toMatchObject({ status: 'completed', created: 1, errors: [] });
    const nos = (await t.db.query(`SELECT household_no FROM households WHERE village_id = $1 ORDER BY household_no`, [villageA])) as {
      household_no: string;
    }[];
    expect(nos.map((r) => r.household_no)).toEqual(['M-1', 'R-1']);

    // Excel's "Unicode text": UTF-16LE with BOM, tab-separated.
    const unicodeText = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(`村代码\t户号\t户主\t地址\r\n${code}\tU-1\t扎西\t东街1号, 2单元\r\n`, 'utf-16le'),
    ]);
    const utf16 = await uploadRaw(t, county.token, unicodeText);
    expect(utf16.status).toBe(202);
    expect(utf16.body).toMatchObject({ encoding: 'utf-16le' });
    expect(await finished(t, county.token, (utf16.body as ImportBody).id)).toMatchObject({ status: 'completed', created: 1, errors: [] });
    const [{ address }] = (await t.db.query(`SELECT address FROM households WHERE village_id = $1 AND household_no = 'U-1'`, [
      villageA,
    ])) as { address: string }[];
    expect(address).toBe('东街1号, 2单元');

    const headerOnly = await upload(t, county.token, Buffer.from(`${ZH_HEADER}\r\n`, 'utf8'));
    expect(headerOnly.status).toBe(202);
    expect(await finished(t, county.token, (headerOnly.body as ImportBody).id)).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 0,
      processedLines: 0,
      created: 0,
      errors: [],
    });

    const longName = `${'x'.repeat(240)}.csv`;
    const long = await upload(t, county.token, csv('L-1'), longName);
    expect(long.status).toBe(202);
    expect(long.body.fileName).toBe(longName.slice(0, 200));
    expect(await finished(t, county.token, (long.body as ImportBody).id)).toMatchObject({ status: 'completed', created: 1 });

    const importsBefore = await importRows(t);
    const json = await as(t, { token: county.token }).post('/households/import', { villageCode: code });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const noFile = await t
      .http()
      .post(`${API}/households/import`)
      .set('Authorization', `Bearer ${county.token}`)
      .field('note', 'no file here');
    expect(noFile.status).toBe(415);
    expect(noFile.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const noBody = await t.http().post(`${API}/households/import`).set('Authorization', `Bearer ${county.token}`);
    expect(noBody.status).toBe(415);
    expect(noBody.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const missing = await upload(t, county.token, Buffer.from(`村代码,户主,电话\n${code},扎西,13812345678\n`, 'utf8'));
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({
      code: 'IMPORT_MISSING_COLUMNS',
      details: { columns: ['householdNo'] },
      message: '导入文件缺少列：householdNo',
    });
    const missingGbk = await uploadRaw(t, county.token, iconv.encode(`村代码,地址\n${code},东街\n`, 'gbk'));
    expect(missingGbk.status).toBe(422);
    expect(missingGbk.body.error).toMatchObject({ code: 'IMPORT_MISSING_COLUMNS', details: { columns: ['householdNo', 'headName'] } });

    const empty = await upload(t, county.token, Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('IMPORT_EMPTY');
    const blank = await uploadRaw(t, county.token, Buffer.from('\r\n\r\n'));
    expect(blank.status).toBe(422);
    expect(blank.body.error.code).toBe('IMPORT_EMPTY');

    expect(await importRows(t)).toBe(importsBefore);
    expect(await householdCount(t, [villageA])).toBe(4);

    // Quotes that do not balance are found by the job, which reads the whole file: the import fails, naming the line.
    const unbalanced = await upload(
      t,
      county.token,
      Buffer.from(`村代码,户号,户主,地址\n${code},0001,扎西,东街\n${code},0002,次仁,"西街\n${code},0003,卓玛,南街\n`, 'utf8'),
    );
    expect(unbalanced.status).toBe(202);
    expect(await finished(t, county.token, (unbalanced.body as ImportBody).id)).toMatchObject({
      status: 'failed',
      failureReason: 'IMPORT_MALFORMED',
      failureDetails: { line: 3 },
      failureMessage: '导入文件第3行引号不匹配',
      created: 0,
    });
    expect(await householdCount(t, [villageA])).toBe(4);
    const importsAfter = await importRows(t);

    const auditor = await createUser(t, county.token, 'auditor', county.countyId);
    const notARegistrar = await upload(t, auditor.token, csv('A-1'));
    expect(notARegistrar.status).toBe(403);
    expect(notARegistrar.body.error.code).toBe('FORBIDDEN');
    expect(await importRows(t)).toBe(importsAfter);
  });

  it('shows progress while the job runs; an auditor may read it, another township may not', async () => {
    const { county, townshipA, townshipB, villageA } = await seedTree(t);
    const officer = await createUser(t, county.token, 'township_officer', townshipA);
    const code = await regionCode(t, villageA);
    const file = Buffer.from(householdLines(800, [code, code]).join('\n'), 'utf8');

    // Hold back the second chunk (lines 502-801): an uncommitted household with the number of line 701.
    const blocker = t.db.createQueryRunner();
    await blocker.connect();
    let view: ImportBody;
    try {
      await blocker.startTransaction();
      await blocker.query(
        `INSERT INTO households (village_id, household_no, head_name, card_code) VALUES ($1, 'H0700', '占位', 'BLOCKER00001')`,
        [villageA],
      );

      const res = await upload(t, officer.token, file);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ status: 'queued', progress: 0, processedLines: 0 });
      const id = (res.body as ImportBody).id;
      const midway = await eventually(async () => {
        const v = await importView(t, officer.token, id);
        return v.processedLines > 0 ? v : undefined;
      });
      expect(midway).toMatchObject({ status: 'running', totalLines: 800, processedLines: 500, progress: 62, created: 500, errors: [] });
      view = midway;
      await blocker.rollbackTransaction();
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
    const done = await finished(t, officer.token, view.id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 800,
      processedLines: 800,
      created: 800,
      updated: 0,
      unchanged: 0,
      errors: [],
    });

    const auditor = await createUser(t, county.token, 'auditor', county.countyId);
    const audited = await as(t, { token: auditor.token }).get(`/households/imports/${view.id}`);
    expect(audited.status).toBe(200);
    expect(audited.body).toMatchObject({ id: view.id, status: 'completed', progress: 100, created: 800 });
    expect(audited.body.fileSha256).toBeUndefined();
    expect(audited.body.file).toBeUndefined();

    const stranger = await createUser(t, county.token, 'township_officer', townshipB);
    const denied = await as(t, { token: stranger.token }).get(`/households/imports/${view.id}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('OUT_OF_SCOPE');
    const unknown = await as(t, { token: auditor.token }).get(`/households/imports/999999`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});

describeWith(['redis'], 'household import without a worker', () => {
  const t = useTestApp({ queue: 'redis', env: { WORKER_ENABLED: 'false' } });

  it('stays queued, and GET says so', async () => {
    const { county, villageA } = await seedTree(t);
    const res = await upload(t, county.token, Buffer.from(`村代码,户号,户主\n${await regionCode(t, villageA)},0001,扎西\n`, 'utf8'));
    expect(res.status).toBe(202);
    const view = await importView(t, county.token, (res.body as ImportBody).id);
    expect(view).toMatchObject({ status: 'queued', progress: 0, totalLines: 0, processedLines: 0, created: 0, errors: [] });
    expect(await householdCount(t, [villageA])).toBe(0);
  });
});

describe('household import in process (no Redis)', () => {
  const t = useTestApp({ queue: 'in-process' });

  it('completes the same kind of import', async () => {
    const { villageA, villageA2, officer } = await twoVillagesAndOfficer(t);
    const text = householdLines(1000, [await regionCode(t, villageA), await regionCode(t, villageA2)], {
      100: (c) => (c[2] = ''),
      500: (c) => (c[0] = 'NO-SUCH-VILLAGE'),
      900: (c) => (c[4] = '12345'),
    }).join('\r\n');
    const started = Date.now();
    const res = await upload(t, officer.token, iconv.encode(text, 'gbk'));
    expect(res.status).toBe(202);
    const view = await finished(t, officer.token, (res.body as ImportBody).id, 60000);
    process.stdout.write(`1,000-line GBK import (upload to completed, in-process queue): ${Date.now() - started} ms\n`);
    expect(view).toMatchObject({
      status: 'completed',
      progress: 100,
      totalLines: 1000,
      processedLines: 1000,
      created: 997,
      updated: 0,
      unchanged: 0,
    });
    expect(errorLines(view)).toEqual([
      [101, 'MISSING_FIELD'],
      [501, 'UNKNOWN_VILLAGE'],
      [901, 'INVALID_FIELD'],
    ]);
    expect(await householdCount(t, [villageA, villageA2])).toBe(997);

    const again = await upload(t, officer.token, iconv.encode(text, 'gbk'));
    const second = await finished(t, officer.token, (again.body as ImportBody).id, 60000);
    expect(second).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 997 });
    expect(await householdCount(t, [villageA, villageA2])).toBe(997);
  });
});

describe('household import size limit', () => {
  const t = useTestApp({ queue: 'in-process', env: { IMPORT_MAX_MB: '1' } });

  it('refuses a file over IMPORT_MAX_MB with 413 PAYLOAD_TOO_LARGE, multipart or raw, and records no import', async () => {
    const { county, villageA } = await seedTree(t);
    const big = Buffer.from(householdLines(30000, [await regionCode(t, villageA), await regionCode(t, villageA)]).join('\n'), 'utf8');
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const multipart = await upload(t, county.token, big, 'big.csv');
    expect(multipart.status).toBe(413);
    expect(multipart.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const raw = await uploadRaw(t, county.token, big);
    expect(raw.status).toBe(413);
    expect(raw.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await importRows(t)).toBe(0);
  });
});
