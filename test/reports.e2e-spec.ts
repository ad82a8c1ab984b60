import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Response } from 'supertest';
import {
  API,
  binary,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  createUser,
  expectError,
  staffApi,
  today,
  type StaffUser,
} from './support/fixtures.js';
import { openStore, seedCountyVillage, staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * The county's reports (issue #15) on one small county whose every figure is computed by hand
 * below: two villages, six households, entries this quarter and last, two stores with restocks
 * from two funding sources, redemptions, a refund, a settlement, open lots expiring. Each report
 * is read as JSON, CSV and xlsx, and by each role over its own region only.
 *
 * Today is in 2026-Q4 for the test clock's zone only in the sense that the current period and
 * month are read from the service; the hand-computed figures do not depend on the date, but the
 * entries of "last quarter" are booked on the first day of the previous quarter.
 */
describe('reports', () => {
  const t = useTestApp();
  const api = staffApi(t);
  let admin: string, countyId: number, villageA: number, villageB: number;
  let clerkA: StaffUser, clerk2: StaffUser, officerA: StaffUser, auditorB: StaffUser, reviewer: StaffUser;
  let programId: number;
  const h = {} as Record<'A1' | 'A2' | 'A3' | 'A4' | 'B1' | 'B2', { id: number; cardCode: string }>;
  let storeA: number, storeB: number;
  let kioskKey: string, residentToken: string;
  let period: string, previousPeriod: string, month: string;

  /** The first day of the quarter before today's. */
  function previousQuarterDay(): string {
    const d = today();
    const q = Math.floor((Number(d.slice(5, 7)) - 1) / 3);
    const y = Number(d.slice(0, 4));
    return q === 0 ? `${y - 1}-10-01` : `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  }

  async function entry(
    token: string,
    kind: 'awards' | 'deductions',
    ruleId: number,
    holderIds: number[],
    occurredOn = today(),
    extra: object = {},
  ): Promise<string[]> {
    const res = await api(token).post(`/programs/${programId}/${kind}`, { ruleId, holderIds, occurredOn, ...extra });
    expect(res.status).toBe(201);
    return (res.body.results as { transactionId: string }[]).map((r) => r.transactionId);
  }

  beforeAll(async () => {
    const tree = await staffedTree(t, {
      clerkA: ['village_clerk', 'villageA'],
      clerk2: ['village_clerk', 'villageA'],
      officerA: ['township_officer', 'townshipA'],
      auditorB: ['auditor', 'townshipB'],
      reviewer: ['reviewer', 'county'],
    });
    ({ villageA, villageB } = tree);
    ({ clerkA, clerk2, officerA, auditorB, reviewer } = tree.staff);
    admin = tree.county.token;
    countyId = tree.county.countyId;
    programId = (await createProgram(t, admin, countyId, { pointValueFen: 50 })).id;
    const rule = async (code: string, points: number, category: string, name: string) =>
      (await createRule(t, admin, programId, { code, points, category, name, effectiveFrom: '2020-01-01' })).id;
    const ENV = await rule('ENV', 10, '环境卫生', '门前三包');
    const VOL = await rule('VOL', 20, '志愿服务', '义务投工投劳');
    const RULE = await rule('RULE', -5, '村规民约', '乱堆乱放');

    h.A1 = await createHousehold(t, admin, villageA, { members: [{ name: '张小明', relation: '子' }] });
    h.A2 = await createHousehold(t, admin, villageA);
    h.A3 = await createHousehold(t, admin, villageA);
    h.A4 = await createHousehold(t, admin, villageA);
    h.B1 = await createHousehold(t, admin, villageB);
    h.B2 = await createHousehold(t, admin, villageB);
    const memberId = ((await api(admin).get(`/households/${h.A1.id}`)).body.members as { id: number }[])[0].id;

    // Last quarter: A1 (by clerk A) and B2 (by the admin).
    await entry(clerkA.token, 'awards', ENV, [h.A1.id], previousQuarterDay());
    await entry(admin, 'awards', ENV, [h.B2.id], previousQuarterDay());
    // This quarter.
    await entry(clerkA.token, 'awards', ENV, [h.A1.id, h.A2.id, h.A4.id]);
    await entry(clerkA.token, 'awards', VOL, [h.A1.id], today(), { memberId });
    await entry(clerkA.token, 'deductions', RULE, [h.A3.id], today(), { reason: '门前堆放杂物' });
    await entry(clerk2.token, 'awards', VOL, [h.A2.id]);
    await entry(admin, 'awards', VOL, [h.B1.id]);
    const [undone] = await entry(admin, 'awards', ENV, [h.B2.id]);
    expect((await api(admin).post(`/transactions/${undone}/reversal`, { reason: '重复录入' })).status).toBe(201);
    // Clerk 2 lives in A2, recorded after its award to A2.
    expect((await api(admin).put(`/users/${clerk2.id}/household`, { householdId: h.A2.id })).status).toBe(200);

    // Store A (village A): rice 10 at first (no source), +6 donated, +4 from the village fund; oil 5. Store B (village B): soap 10.
    storeA = (
      await openStore(
        t,
        admin,
        villageA,
        [
          { sku: 'RICE', name: '大米', pointsPrice: 15, stock: 10 },
          { sku: 'OIL', name: '食用油', pointsPrice: 8, stock: 5 },
        ],
        { programId, code: 'RPT-A' },
      )
    ).id;
    for (const [quantity, fundingSource] of [
      [6, 'donation'],
      [4, 'village_fund'],
    ] as const) {
      expect(
        (await api(admin).post(`/stores/${storeA}/stock-movements`, { sku: 'RICE', quantity, reason: '补货', fundingSource })).status,
      ).toBe(201);
    }
    storeB = (await openStore(t, admin, villageB, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 10 }], { programId, code: 'RPT-B' }))
      .id;
    const redeem = async (store: number, householdId: number, sku: string, quantity: number) => {
      const res = await api(admin).post(`/stores/${store}/redemptions`, { householdId, lines: [{ sku, quantity }] });
      expect(res.status).toBe(201);
      return res.body as { id: string; lines: { id: string }[] };
    };
    const rice = await redeem(storeA, h.A1.id, 'RICE', 2);
    await redeem(storeA, h.A2.id, 'OIL', 1);
    await redeem(storeB, h.B1.id, 'SOAP', 3);
    expect(
      (await api(admin).post(`/redemptions/${rice.id}/refund`, { lines: [{ lineId: rice.lines[0].id, quantity: 1 }], reason: '买多了' }))
        .status,
    ).toBe(201);
    expect((await api(admin).post(`/stores/${storeB}/settlements`, {})).status).toBe(201);

    // Every award is a lot (the lifecycle engine); spends take the oldest first, the refund gave back to the latest.
    month = today().slice(0, 7);
    kioskKey = (await api(admin).post(`/stores/${storeA}/devices`, { name: '收银台' })).body.apiKey as string;
    const pin = (await api(admin).post('/resident-pins', { householdId: h.A1.id })).body.pin as string;
    residentToken = (await t.http().post(`${API}/auth/resident-login`).send({ cardCode: h.A1.cardCode, pin })).body.accessToken as string;
    const d = today();
    period = `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
    const prev = previousQuarterDay();
    previousPeriod = `${prev.slice(0, 4)}-Q${Math.floor((Number(prev.slice(5, 7)) - 1) / 3) + 1}`;
  });

  const get = (token: string, path: string) => api(token).get(path);

  async function csv(token: string, path: string): Promise<string[][]> {
    const res = await get(token, `${path}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+-region\d+.*\.csv"$/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    return parse(res.text.slice(1)) as string[][];
  }

  async function xlsx(token: string, path: string): Promise<ExcelJS.Worksheet> {
    const res: Response = await get(token, `${path}&format=xlsx`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(Readable.from([res.body as Buffer]));
    return book.worksheets[0];
  }

  const sheetRows = (sheet: ExcelJS.Worksheet): unknown[][] => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  describe('redemptions by store and month', () => {
    const path = () => `/reports/redemptions?regionId=${countyId}&from=${month}&to=${month}`;

    it('counts redemptions, points, value in fen, refunds and net per store and month', async () => {
      const res = await get(admin, path());
      expect(res.status).toBe(200);
      const common = { month, pointValueFen: 50 };
      // Store A: rice 2 × 15 + oil 8 = 38 points; one rice back: 15. Store B: soap 3 × 4 = 12.
      expect(res.body.rows).toEqual([
        expect.objectContaining({
          storeId: storeA,
          ...common,
          redemptions: 2,
          redeemedPoints: 38,
          redeemedValueFen: 1900,
          refunds: 1,
          refundedPoints: 15,
          refundedValueFen: 750,
          netPoints: 23,
          netValueFen: 1150,
        }),
        expect.objectContaining({
          storeId: storeB,
          ...common,
          redemptions: 1,
          redeemedPoints: 12,
          redeemedValueFen: 600,
          refunds: 0,
          refundedPoints: 0,
          refundedValueFen: 0,
          netPoints: 12,
          netValueFen: 600,
        }),
      ]);
      expect(res.body.totals).toEqual({
        redemptions: 3,
        redeemedPoints: 50,
        redeemedValueFen: 2500,
        refunds: 1,
        refundedPoints: 15,
        refundedValueFen: 750,
        netPoints: 35,
        netValueFen: 1750,
      });
      expect(res.body).toMatchObject({ regionId: countyId, from: month, to: month });
    });

    it('as CSV and xlsx: Chinese headers, the same rows, a totals row', async () => {
      const rows = await csv(admin, path());
      expect(rows[0]).toEqual([
        '超市编码',
        '超市',
        '月份',
        '兑换笔数',
        '兑换积分',
        '兑换金额（分）',
        '退货笔数',
        '退货积分',
        '退货金额（分）',
        '净积分',
        '净金额（分）',
      ]);
      expect(rows.slice(1).map((r) => r.slice(2))).toEqual([
        [month, '2', '38', '1900', '1', '15', '750', '23', '1150'],
        [month, '1', '12', '600', '0', '0', '0', '12', '600'],
        [`${month}至${month}`, '3', '50', '2500', '1', '15', '750', '35', '1750'],
      ]);
      expect(rows[3][0]).toBe('合计');
      const sheet = sheetRows(await xlsx(admin, path()));
      expect(sheet[0][0]).toBe('超市编码');
      expect(sheet.slice(1).map((r) => r.slice(3))).toEqual([
        [2, 38, 1900, 1, 15, 750, 23, 1150],
        [1, 12, 600, 0, 0, 0, 12, 600],
        [3, 50, 2500, 1, 15, 750, 35, 1750],
      ]);
    });

    it('a village clerk sees its village by default, and never another village or the county', async () => {
      const own = await get(clerkA.token, `/reports/redemptions?from=${month}&to=${month}`);
      expect(own.status).toBe(200);
      expect(own.body.rows.map((r: { storeId: number }) => r.storeId)).toEqual([storeA]);
      expectError(await get(clerkA.token, `/reports/redemptions?regionId=${villageB}`), 403, 'OUT_OF_SCOPE');
      expectError(await get(clerkA.token, `/reports/redemptions?regionId=${countyId}`), 403, 'OUT_OF_SCOPE');
      expectError(await get(admin, `/reports/redemptions?from=${month}&to=2020-01`), 400, 'VALIDATION_FAILED');
      expectError(await get(admin, '/reports/redemptions?from=2026-13'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('participation', () => {
    it('shares of households with an entry per village, against the period before', async () => {
      const res = await get(admin, `/reports/participation?programId=${programId}&regionId=${countyId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ programId, regionId: countyId, period, previousPeriod, byGrid: false });
      // Village A: A1, A2, A3 (a deduction), A4 of 4; before: A1. Village B: B1 (B2's award was reversed) of 2; before: B2.
      expect(res.body.villages).toEqual([
        expect.objectContaining({
          villageId: villageA,
          households: 4,
          participating: 4,
          sharePercent: 100,
          previousParticipating: 1,
          previousSharePercent: 25,
          changePercentPoints: 75,
        }),
        expect.objectContaining({
          villageId: villageB,
          households: 2,
          participating: 1,
          sharePercent: 50,
          previousParticipating: 1,
          previousSharePercent: 50,
          changePercentPoints: 0,
        }),
      ]);
      expect(res.body.total).toEqual({
        households: 6,
        participating: 5,
        sharePercent: 83.33,
        previousParticipating: 2,
        previousSharePercent: 33.33,
        changePercentPoints: 50,
      });
      // The previous period asked for directly: its own previous one had nothing.
      const before = await get(admin, `/reports/participation?programId=${programId}&regionId=${countyId}&period=${previousPeriod}`);
      expect(before.body.total).toEqual({
        households: 6,
        participating: 2,
        sharePercent: 33.33,
        previousParticipating: 0,
        previousSharePercent: 0,
        changePercentPoints: 33.33,
      });
      // The whole year: every household but none before.
      const year = await get(admin, `/reports/participation?programId=${programId}&regionId=${countyId}&period=${period.slice(0, 4)}`);
      expect(year.body.total).toMatchObject({ households: 6, participating: 6 });
    });

    it('as CSV and xlsx', async () => {
      const rows = await csv(admin, `/reports/participation?programId=${programId}&regionId=${countyId}`);
      expect(rows[0]).toEqual([
        '村编码',
        '村（社区）',
        '乡镇',
        '户数',
        '参与户数',
        '参与率（%）',
        '上期参与户数',
        '上期参与率（%）',
        '变化（百分点）',
      ]);
      expect(rows.slice(1).map((r) => r.slice(3))).toEqual([
        ['4', '4', '100', '1', '25', '75'],
        ['2', '1', '50', '1', '50', '0'],
        ['6', '5', '83.33', '2', '33.33', '50'],
      ]);
      const sheet = sheetRows(await xlsx(admin, `/reports/participation?programId=${programId}&regionId=${countyId}`));
      expect(sheet.slice(1).map((r) => r.slice(3))).toEqual([
        [4, 4, 100, 1, 25, 75],
        [2, 1, 50, 1, 50, 0],
        [6, 5, 83.33, 2, 33.33, 50],
      ]);
    });

    it('per grid (网格): each grid of each village, then the households in none', async () => {
      // Village A gets two grids: A1 and A2 in the first, A3 in the second; A4 stays in none.
      const g1 = await createRegion(t, admin, 'grid', villageA, 'RPT-G1');
      const g2 = await createRegion(t, admin, 'grid', villageA, 'RPT-G2');
      for (const [household, grid] of [
        [h.A1, g1],
        [h.A2, g1],
        [h.A3, g2],
      ] as const) {
        const placed = await api(admin).patch(`/households/${household.id}`, { gridId: grid });
        expect(placed.status).toBe(200);
        expect(placed.body.gridId).toBe(grid);
      }
      // A grid of another village, or a village, is refused and changes nothing.
      const gB = await createRegion(t, admin, 'grid', villageB, 'RPT-GB');
      expectError(await api(admin).patch(`/households/${h.A4.id}`, { gridId: gB }), 400, 'VALIDATION_FAILED');
      expectError(await api(admin).patch(`/households/${h.A4.id}`, { gridId: villageA }), 400, 'VALIDATION_FAILED');
      expect((await api(admin).get(`/households/${h.A4.id}`)).body.gridId).toBeNull();

      const res = await get(admin, `/reports/participation?programId=${programId}&regionId=${countyId}&by=grid`);
      expect(res.status).toBe(200);
      expect(res.body.byGrid).toBe(true);
      // Grid 1: A1 and A2 took part, A1 before (50 % → 100 %); grid 2: A3 (0 → 100); no grid: A4 (0 → 100).
      // Village B has a grid with nobody in it, and its two households in none: B1 took part, B2 before.
      expect(
        res.body.grids.map((g: Record<string, unknown>) => [
          g.villageId,
          g.gridId,
          g.households,
          g.participating,
          g.sharePercent,
          g.previousParticipating,
          g.changePercentPoints,
        ]),
      ).toEqual([
        [villageA, g1, 2, 2, 100, 1, 50],
        [villageA, g2, 1, 1, 100, 0, 100],
        [villageA, null, 1, 1, 100, 0, 100],
        [villageB, gB, 0, 0, null, 0, null],
        [villageB, null, 2, 1, 50, 1, 0],
      ]);
      // The villages and the total as before.
      expect(res.body.total).toEqual({
        households: 6,
        participating: 5,
        sharePercent: 83.33,
        previousParticipating: 2,
        previousSharePercent: 33.33,
        changePercentPoints: 50,
      });
      const rows = await csv(admin, `/reports/participation?programId=${programId}&regionId=${countyId}&by=grid`);
      expect(rows[0]).toEqual([
        '村编码',
        '村（社区）',
        '网格编码',
        '网格',
        '户数',
        '参与户数',
        '参与率（%）',
        '上期参与户数',
        '上期参与率（%）',
        '变化（百分点）',
      ]);
      expect(rows.slice(1).map((r) => [r[2], r[3] === '' || r[3].startsWith('（') ? r[3] : 'grid', ...r.slice(4)])).toEqual([
        ['RPT-G1', 'grid', '2', '2', '100', '1', '50', '50'],
        ['RPT-G2', 'grid', '1', '1', '100', '0', '0', '100'],
        ['', '（未划入网格）', '1', '1', '100', '0', '0', '100'],
        ['RPT-GB', 'grid', '0', '0', '', '0', '', ''],
        ['', '（未划入网格）', '2', '1', '50', '1', '50', '0'],
        ['', '', '6', '5', '83.33', '2', '33.33', '50'],
      ]);
      // Taken out of the grid again.
      expect((await api(admin).patch(`/households/${h.A3.id}`, { gridId: null })).body.gridId).toBeNull();
      expectError(await get(admin, `/reports/participation?programId=${programId}&by=township`), 400, 'VALIDATION_FAILED');
    });

    it('a township officer sees its township, an auditor its own', async () => {
      const officer = await get(officerA.token, `/reports/participation?programId=${programId}`);
      expect(officer.body.villages.map((v: { villageId: number }) => v.villageId)).toEqual([villageA]);
      const auditor = await get(auditorB.token, `/reports/participation?programId=${programId}`);
      expect(auditor.body.villages.map((v: { villageId: number }) => v.villageId)).toEqual([villageB]);
      expectError(await get(auditorB.token, `/reports/participation?programId=${programId}&regionId=${villageA}`), 403, 'OUT_OF_SCOPE');
      expectError(await get(admin, `/reports/participation?programId=${programId}&period=2026-07`), 400, 'VALIDATION_FAILED');
    });
  });

  describe('liability', () => {
    it('outstanding points per village against goods in stock by funding source and settlements', async () => {
      const res = await get(admin, `/reports/liability?programId=${programId}&regionId=${countyId}`);
      expect(res.status).toBe(200);
      // Balances: A1 125, A2 122, A3 95, A4 110 → above the base 25 + 22 + 0 + 10 = 57; B1 108, B2 110 → 18.
      expect(res.body.villages).toEqual([
        {
          villageId: villageA,
          villageCode: expect.any(String),
          villageName: expect.any(String),
          households: 4,
          outstandingPoints: 57,
          outstandingValueFen: 2850,
        },
        {
          villageId: villageB,
          villageCode: expect.any(String),
          villageName: expect.any(String),
          households: 2,
          outstandingPoints: 18,
          outstandingValueFen: 900,
        },
      ]);
      expect(res.body.total).toEqual({ households: 6, outstandingPoints: 75, outstandingValueFen: 3750 });
      // Rice 19 on the shelf, newest receipts first: 4 village fund, 6 donated, 9 of the first stock; oil 4 and soap 7 of the first stock.
      expect(res.body.stock).toEqual([
        { fundingSource: 'donation', fundingSourceName: '社会捐赠', quantity: 6, points: 90, valueFen: 4500 },
        { fundingSource: 'unspecified', fundingSourceName: '未注明', quantity: 20, points: 195, valueFen: 9750 },
        { fundingSource: 'village_fund', fundingSourceName: '村集体资金', quantity: 4, points: 60, valueFen: 3000 },
      ]);
      expect(res.body.stockTotal).toEqual({ quantity: 30, points: 345, valueFen: 17250 });
      expect(res.body.coverageFen).toBe(13500);
      // Store B settled its 12 points; store A awaits 38 − 15.
      expect(res.body.settled).toEqual({ settlements: 1, points: 12, valueFen: 600, unsettledPoints: 23, unsettledValueFen: 1150 });
      expect(res.body).toMatchObject({ basePoints: 100, pointValueFen: 50 });
    });

    it('as CSV and xlsx; a clerk over its village', async () => {
      const rows = await csv(admin, `/reports/liability?programId=${programId}&regionId=${countyId}`);
      expect(rows[0]).toEqual(['类别', '编码', '名称', '户数/件数', '积分', '金额（分）']);
      expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
        ['待兑付积分', '4', '57', '2850'],
        ['待兑付积分', '2', '18', '900'],
        ['待兑付积分合计', '6', '75', '3750'],
        ['库存商品', '6', '90', '4500'],
        ['库存商品', '20', '195', '9750'],
        ['库存商品', '4', '60', '3000'],
        ['库存商品合计', '30', '345', '17250'],
        ['库存减待兑付', '', '270', '13500'],
        ['已结算', '', '12', '600'],
        ['待结算', '', '23', '1150'],
      ]);
      const sheet = sheetRows(await xlsx(admin, `/reports/liability?programId=${programId}&regionId=${countyId}`));
      expect(sheet.slice(1, 4).map((r) => r.slice(3))).toEqual([
        [4, 57, 2850],
        [2, 18, 900],
        [6, 75, 3750],
      ]);
      const clerk = await get(clerkA.token, `/reports/liability?programId=${programId}`);
      expect(clerk.body.total).toEqual({ households: 4, outstandingPoints: 57, outstandingValueFen: 2850 });
      expect(clerk.body.stockTotal).toEqual({ quantity: 23, points: 317, valueFen: 15850 });
      expect(clerk.body.settled).toEqual({ settlements: 0, points: 0, valueFen: 0, unsettledPoints: 23, unsettledValueFen: 1150 });
    });
  });

  describe('households are counted alike by participation and liability', () => {
    // A county of its own: village 1 with five households, of which two were awarded and one
    // deducted (three accounts); village 2 with three households and no account at all.
    let county: string, countyOf: number, village1: number, village2: number, program: number;

    beforeAll(async () => {
      const own = await seedCountyVillage(t);
      ({ token: county, countyId: countyOf } = own.county);
      village1 = own.village;
      village2 = await createRegion(t, county, 'village', own.township);
      program = (await createProgram(t, county, countyOf, { pointValueFen: 50 })).id;
      const rule = async (points: number) => (await createRule(t, county, program, { points, effectiveFrom: '2020-01-01' })).id;
      const [help, patrol, litter] = [await rule(30), await rule(5), await rule(-5)];
      const homes: { id: number }[] = [];
      for (let i = 0; i < 5; i++) homes.push(await createHousehold(t, county, village1));
      for (let i = 0; i < 3; i++) await createHousehold(t, county, village2);
      const post = async (kind: 'awards' | 'deductions', ruleId: number, holderId: number, extra: object = {}) =>
        expect(
          (await api(county).post(`/programs/${program}/${kind}`, { ruleId, holderIds: [holderId], occurredOn: today(), ...extra })).status,
        ).toBe(201);
      await post('awards', help, homes[0].id);
      await post('awards', patrol, homes[1].id);
      await post('deductions', litter, homes[2].id, { reason: '乱倒垃圾' });
      const accounts = (await t.db.query(`SELECT count(*)::int AS n FROM accounts WHERE program_id = $1 AND kind = 'holder'`, [
        program,
      ])) as { n: number }[];
      expect(accounts).toEqual([{ n: 3 }]);
    });

    it('every household of each village, with an account or not; the outstanding points sum exactly', async () => {
      const participation = await get(county, `/reports/participation?programId=${program}&regionId=${countyOf}`);
      expect(participation.status).toBe(200);
      expect(participation.body.villages.map((v: Record<string, unknown>) => [v.villageId, v.households, v.participating])).toEqual([
        [village1, 5, 3],
        [village2, 3, 0],
      ]);
      expect(participation.body.total).toMatchObject({ households: 8, participating: 3, sharePercent: 37.5 });
      const liability = await get(county, `/reports/liability?programId=${program}&regionId=${countyOf}`);
      expect(liability.status).toBe(200);
      // Balances 130, 105 and 95 above the base 100: 30 + 5 + 0; the two households without an account hold 0.
      expect(
        liability.body.villages.map((v: Record<string, unknown>) => [
          v.villageId,
          v.households,
          v.outstandingPoints,
          v.outstandingValueFen,
        ]),
      ).toEqual([
        [village1, 5, 35, 1750],
        [village2, 3, 0, 0],
      ]);
      expect(liability.body.total).toEqual({ households: 8, outstandingPoints: 35, outstandingValueFen: 1750 });
    });

    it('the same counts in CSV and xlsx', async () => {
      const participation = await csv(county, `/reports/participation?programId=${program}&regionId=${countyOf}`);
      expect(participation.slice(1).map((r) => [r[3], r[4]])).toEqual([
        ['5', '3'],
        ['3', '0'],
        ['8', '3'],
      ]);
      const liability = await csv(county, `/reports/liability?programId=${program}&regionId=${countyOf}`);
      expect(liability.slice(1, 4).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
        ['待兑付积分', '5', '35', '1750'],
        ['待兑付积分', '3', '0', '0'],
        ['待兑付积分合计', '8', '35', '1750'],
      ]);
      const participationSheet = sheetRows(await xlsx(county, `/reports/participation?programId=${program}&regionId=${countyOf}`));
      expect(participationSheet.slice(1).map((r) => [r[3], r[4]])).toEqual([
        [5, 3],
        [3, 0],
        [8, 3],
      ]);
      const liabilitySheet = sheetRows(await xlsx(county, `/reports/liability?programId=${program}&regionId=${countyOf}`));
      expect(liabilitySheet.slice(1, 4).map((r) => r.slice(3))).toEqual([
        [5, 35, 1750],
        [3, 0, 0],
        [8, 35, 1750],
      ]);
    });
  });

  describe('expiring points', () => {
    /** The month `n` months after `m`. */
    const plus = (m: string, n: number) => {
      const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    };
    const path = (months?: number) => `/reports/expiring?programId=${programId}&regionId=${countyId}${months ? `&months=${months}` : ''}`;

    it('nothing while the program lets points live for ever', async () => {
      const res = await get(admin, path(3));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: [], totalPoints: 0, totalValueFen: 0 });
      expect(res.body.months).toEqual([month, plus(month, 1), plus(month, 2)]);
    });

    it('what is left of open lots by the month they expire, per village (rolling: 6 months after the deed)', async () => {
      expect((await api(admin).put(`/programs/${programId}/expiry`, { policy: 'rolling', months: 6 })).status).toBe(200);
      // Last quarter's lots expire 6 months after its first day: A1's was spent first (0 left), B2's 10 remain.
      // This month's lots expire 6 months on: A1 5 + 20 (the refund gave back to the latest), A2 2 + 20, A4 10; B1 20 − 12.
      const lastQuarter = plus(previousQuarterDay().slice(0, 7), 6);
      const thisMonth = plus(month, 6);
      const res = await get(admin, path());
      expect(res.status).toBe(200);
      expect(res.body.months).toHaveLength(12);
      expect(res.body.rows.map((r: Record<string, unknown>) => [r.villageId, r.month, r.points, r.valueFen, r.households])).toEqual([
        [villageA, thisMonth, 57, 2850, 3],
        [villageB, lastQuarter, 10, 500, 1],
        [villageB, thisMonth, 8, 400, 1],
      ]);
      const totals = (res.body.totals as { month: string; points: number }[]).filter((x) => x.points > 0);
      expect(totals).toEqual([
        { month: lastQuarter, points: 10, valueFen: 500 },
        { month: thisMonth, points: 65, valueFen: 3250 },
      ]);
      expect(res.body).toMatchObject({ totalPoints: 75, totalValueFen: 3750 });
      // Up to last quarter's month only.
      const near = await get(admin, path(monthsBetween(month, lastQuarter) + 1));
      expect(near.body).toMatchObject({ totalPoints: 10 });

      const rows = await csv(admin, path());
      expect(rows[0]).toEqual(['村编码', '村（社区）', '到期月份', '到期积分', '金额（分）', '涉及户数']);
      expect(rows.slice(1, 4).map((r) => r.slice(2))).toEqual([
        [thisMonth, '57', '2850', '3'],
        [lastQuarter, '10', '500', '1'],
        [thisMonth, '8', '400', '1'],
      ]);
      expect(
        rows
          .slice(4)
          .filter((r) => r[3] !== '0')
          .map((r) => [r[0], r[2], r[3]]),
      ).toEqual([
        ['合计', lastQuarter, '10'],
        ['合计', thisMonth, '65'],
      ]);
      const sheet = sheetRows(await xlsx(admin, path()));
      expect(sheet.slice(1, 4).map((r) => r.slice(2))).toEqual([
        [thisMonth, 57, 2850, 3],
        [lastQuarter, 10, 500, 1],
        [thisMonth, 8, 400, 1],
      ]);
      expectError(await get(admin, `/reports/expiring?programId=${programId}&months=61`), 400, 'VALIDATION_FAILED');
    });

    it('under a yearly clearing, what each household keeps (the carry-over) is not shown as expiring', async () => {
      // A county of its own, so the other reports' households stay as they are.
      const { county: other, village } = await seedCountyVillage(t);
      const yearly = (await createProgram(t, other.token, other.countyId)).id;
      expect((await api(other.token).put(`/programs/${yearly}/expiry`, { policy: 'yearly', date: '01-01', carryOver: 15 })).status).toBe(
        200,
      );
      const [saver, small] = [await createHousehold(t, other.token, village), await createHousehold(t, other.token, village)];
      const forty = await createRule(t, other.token, yearly, { points: 40 });
      const ten = await createRule(t, other.token, yearly, { points: 10 });
      expect(
        (await api(other.token).post(`/programs/${yearly}/awards`, { ruleId: forty.id, holderIds: [saver.id], occurredOn: today() }))
          .status,
      ).toBe(201);
      expect(
        (await api(other.token).post(`/programs/${yearly}/awards`, { ruleId: ten.id, holderIds: [small.id], occurredOn: today() })).status,
      ).toBe(201);
      // At the next New Year's Day: 40 − 15 kept = 25 of the saver's; the small household keeps all its 10.
      const clearing = `${Number(today().slice(0, 4)) + 1}-01`;
      const res = await get(other.token, `/reports/expiring?programId=${yearly}&regionId=${other.countyId}`);
      expect(res.body.rows.map((r: Record<string, unknown>) => [r.villageId, r.month, r.points, r.households])).toEqual([
        [village, clearing, 25, 1],
      ]);
      expect(res.body).toMatchObject({ totalPoints: 25, totalValueFen: 2500 });
    });

    function monthsBetween(from: string, to: string): number {
      return Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)));
    }
  });

  describe('staff activity', () => {
    it('entries per staff user and rule, outliers first: own household, then the top-3 share', async () => {
      const res = await get(admin, `/reports/staff-activity?programId=${programId}&regionId=${countyId}`);
      expect(res.status).toBe(200);
      expect(res.body.period).toBe(period);
      const users = res.body.users as Record<string, unknown>[];
      expect(users.map((u) => u.userId)).toEqual([clerk2.id, users[1].userId, clerkA.id]);
      expect(users[0]).toMatchObject({
        entries: 1,
        awards: 1,
        deductions: 0,
        awardPoints: 20,
        deductionPoints: 0,
        absolutePoints: 20,
        households: 1,
        top3Points: 20,
        top3SharePercent: 100,
        ownHouseholdId: h.A2.id,
        ownHouseholdEntries: 1,
        ownHouseholdPoints: 20,
      });
      expect(users[0].rules).toEqual([
        {
          ruleId: expect.any(Number),
          ruleCode: 'VOL',
          ruleName: '义务投工投劳',
          category: '志愿服务',
          entries: 1,
          points: 20,
          households: 1,
        },
      ]);
      // The admin: B1 +20, B2 +10 (reversed later: still an entry it made).
      expect(users[1]).toMatchObject({
        role: 'county_admin',
        entries: 2,
        awards: 2,
        awardPoints: 30,
        absolutePoints: 30,
        households: 2,
        top3Points: 30,
        top3SharePercent: 100,
        ownHouseholdId: null,
        ownHouseholdEntries: 0,
      });
      expect((users[1].rules as { ruleCode: string }[]).map((r) => r.ruleCode)).toEqual(['ENV', 'VOL']);
      // Clerk A: A1 10 + 20, A2 10, A4 10, A3 −5: 55 in all, the top three 50.
      expect(users[2]).toMatchObject({
        entries: 5,
        awards: 4,
        deductions: 1,
        awardPoints: 50,
        deductionPoints: -5,
        absolutePoints: 55,
        households: 4,
        top3Points: 50,
        top3SharePercent: 90.91,
        ownHouseholdEntries: 0,
      });
      expect((users[2].rules as Record<string, unknown>[]).map((r) => [r.ruleCode, r.entries, r.points, r.households])).toEqual([
        ['ENV', 3, 30, 3],
        ['RULE', 1, -5, 1],
        ['VOL', 1, 20, 1],
      ]);
    });

    it('as CSV and xlsx, one row per user and rule', async () => {
      const rows = await csv(admin, `/reports/staff-activity?programId=${programId}&regionId=${countyId}`);
      expect(rows[0].slice(0, 4)).toEqual(['用户名', '姓名', '角色', '总条数']);
      expect(rows.slice(1).map((r) => [r[0], r[3], r[9], r[10], r[12], r[15], r[16]])).toEqual([
        [clerk2.username, '1', '100', '1', 'VOL', '1', '20'],
        [expect.any(String), '2', '100', '0', 'ENV', '1', '10'],
        [expect.any(String), '2', '100', '0', 'VOL', '1', '20'],
        [clerkA.username, '5', '90.91', '0', 'ENV', '3', '30'],
        [clerkA.username, '5', '90.91', '0', 'RULE', '1', '-5'],
        [clerkA.username, '5', '90.91', '0', 'VOL', '1', '20'],
      ]);
      const sheet = sheetRows(await xlsx(admin, `/reports/staff-activity?programId=${programId}&regionId=${countyId}`));
      expect(sheet).toHaveLength(7);
      expect(sheet[4].slice(9, 10)).toEqual([90.91]);
    });

    it('a clerk sees the entries to its village only', async () => {
      const res = await get(clerkA.token, `/reports/staff-activity?programId=${programId}`);
      expect((res.body.users as { userId: number }[]).map((u) => u.userId)).toEqual([clerk2.id, clerkA.id]);
    });
  });

  describe('台账 (ledger book)', () => {
    const book = () => `/reports/ledger-book?programId=${programId}&holderId=${h.A1.id}&year=${today().slice(0, 4)}`;

    it("a household's year: lines with category, member, running balance, totals per category", async () => {
      const res = await get(admin, book());
      expect(res.status).toBe(200);
      expect(res.body.household).toMatchObject({ id: h.A1.id, villageId: villageA, headName: '张三' });
      expect(
        res.body.lines.map((l: Record<string, unknown>) => [l.type, l.category, l.item, l.memberName, l.points, l.balanceAfter]),
      ).toEqual([
        ['opening', '基础分', '基础分', null, 100, 100],
        ['award', '环境卫生', '门前三包', null, 10, 110],
        ['award', '环境卫生', '门前三包', null, 10, 120],
        ['award', '志愿服务', '义务投工投劳', '张小明', 20, 140],
        ['redemption', '爱心超市兑换', '爱心超市兑换', null, -30, 110],
        ['refund', '兑换退货', '兑换退货', null, 15, 125],
      ]);
      expect(res.body.categories).toEqual([
        { category: '基础分', entries: 1, points: 100 },
        { category: '环境卫生', entries: 2, points: 20 },
        { category: '志愿服务', entries: 1, points: 20 },
        { category: '爱心超市兑换', entries: 1, points: -30 },
        { category: '兑换退货', entries: 1, points: 15 },
      ]);
      expect(res.body).toMatchObject({ openingBalance: 0, closingBalance: 125, added: 155, taken: -30 });
      const empty = await get(admin, `/reports/ledger-book?programId=${programId}&holderId=${h.A1.id}&year=2020`);
      expect(empty.body).toMatchObject({ lines: [], categories: [], openingBalance: 0, closingBalance: 0, added: 0, taken: 0 });
    });

    it('as an A4 workbook and as CSV', async () => {
      const sheet = await xlsx(admin, book());
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      const rows = sheetRows(sheet);
      expect(String(rows[0][0])).toContain('积分台账');
      expect(rows[2]).toEqual(['记账日期', '发生日期', '类别', '项目', '成员', '积分', '余额', '备注']);
      // The balance carried from the year before, then the lines in booking order.
      expect(rows[3].slice(2, 7)).toEqual(['上年结转', '年初余额', undefined, undefined, 0]);
      expect(rows.slice(4, 10).map((r) => [r[2], r[5], r[6]])).toEqual([
        ['基础分', 100, 100],
        ['环境卫生', 10, 110],
        ['环境卫生', 10, 120],
        ['志愿服务', 20, 140],
        ['爱心超市兑换', -30, 110],
        ['兑换退货', 15, 125],
      ]);
      expect(rows.slice(11).map((r) => [r[0], r[2], r[3], r[5], r[6]])).toEqual([
        ['分类合计', '基础分', '1条', 100, undefined],
        ['分类合计', '环境卫生', '2条', 20, undefined],
        ['分类合计', '志愿服务', '1条', 20, undefined],
        ['分类合计', '爱心超市兑换', '1条', -30, undefined],
        ['分类合计', '兑换退货', '1条', 15, undefined],
        ['全年', '加分', undefined, 155, undefined],
        ['全年', '减分', undefined, -30, undefined],
        ['年初余额', undefined, undefined, undefined, 0],
        ['年末余额', undefined, '0 + 155 − 30 = 125', undefined, 125],
      ]);
      const res = await get(admin, `${book()}&format=csv`);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="ledger-book-${h.A1.id}-${today().slice(0, 4)}.csv"`);
      const lines = parse(res.text.slice(1)) as string[][];
      expect(lines).toHaveLength(1 + 1 + 6 + 9);
      expect(lines.at(-1)).toEqual(['年末余额', '', '', '0 + 155 − 30 = 125', '', '', '125', '']);
    });

    it('only for a household of your subtree', async () => {
      expectError(await get(clerkA.token, `/reports/ledger-book?programId=${programId}&holderId=${h.B1.id}`), 403, 'OUT_OF_SCOPE');
      expect((await get(clerkA.token, `/reports/ledger-book?programId=${programId}&holderId=${h.A1.id}`)).status).toBe(200);
      expectError(await get(admin, `/reports/ledger-book?programId=${programId}&holderId=999999`), 404, 'NOT_FOUND');
    });
  });

  describe('who may read them', () => {
    const paths = () => [
      `/reports/redemptions?regionId=${villageA}`,
      `/reports/participation?programId=${programId}&regionId=${villageA}`,
      `/reports/liability?programId=${programId}&regionId=${villageA}`,
      `/reports/expiring?programId=${programId}&regionId=${villageA}`,
      `/reports/staff-activity?programId=${programId}&regionId=${villageA}`,
      `/reports/ledger-book?programId=${programId}&holderId=${h.A1.id}`,
    ];

    it('residents, kiosks and roles without reports are refused; another county is out of scope', async () => {
      const other = await seedCountyVillage(t);
      for (const path of paths()) {
        expectError(await t.http().get(`${API}${path}`).set('Authorization', `Bearer ${residentToken}`), 403, 'FORBIDDEN');
        expectError(await t.http().get(`${API}${path}`).set('X-Api-Key', kioskKey), 403, 'FORBIDDEN');
        expectError(await get(reviewer.token, path), 403, 'FORBIDDEN');
        expectError(await t.http().get(`${API}${path}`), 401, 'UNAUTHENTICATED');
        expectError(await get(other.county.token, path), 403, 'OUT_OF_SCOPE');
        expect((await get(officerA.token, path)).status).toBe(200);
      }
    });

    it('a program that is not a household program is refused', async () => {
      const villages = await api(admin).post('/programs', {
        code: 'VILLAGE-SCORE',
        name: '村级考核',
        holderType: 'village',
        regionId: countyId,
        basePoints: 0,
        pointValueFen: 0,
      });
      expect(villages.status).toBe(201);
      expectError(await get(admin, `/reports/participation?programId=${villages.body.id as number}`), 422, 'NOT_A_HOUSEHOLD_PROGRAM');
      expectError(await get(admin, '/reports/liability?programId=999999'), 404, 'NOT_FOUND');
      const user = await createUser(t, admin, 'village_clerk', villageB);
      expectError(await get(user.token, `/reports/liability?programId=${programId}&regionId=${villageA}`), 403, 'OUT_OF_SCOPE');
    });
  });
});
