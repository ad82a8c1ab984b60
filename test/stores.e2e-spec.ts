import { maskName } from '../src/common/pii.js';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { dayIn } from '../src/common/calendar/calendar.js';
import {
  API,
  as,
  binary,
  createHousehold,
  createProgram,
  expectError,
  expectLedgerOk,
  PROGRAM_TZ,
  staffApi,
  today,
  uniqueCode,
  type StaffUser,
} from './support/fixtures.js';
import { givePoints, householdHolding, openStore, seedCountyVillage, staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * Every love-supermarket endpoint (DESIGN §4: stores, items, stock, redemptions, refunds,
 * settlements, kiosk lookup, reports) with its statuses, error codes and details. Each refused
 * write is shown to change nothing: rows, stock, limits, receipt counters and balances.
 */
describe('love supermarket endpoints', () => {
  const t = useTestApp();
  let admin: string, countyId: number, townshipA: number, townshipB: number, villageA: number, villageB: number;
  let officerA: StaffUser,
    officerB: StaffUser,
    operatorA: StaffUser,
    operatorB: StaffUser,
    clerkA: StaffUser,
    reviewer: StaffUser,
    auditor: StaffUser;
  /** A second county with its own household program and village. */
  let other: { countyId: number; token: string; villageId: number; programId: number };

  beforeAll(async () => {
    ({
      county: { token: admin, countyId },
      townshipA,
      townshipB,
      villageA,
      villageB,
      staff: { officerA, officerB, operatorA, operatorB, clerkA, reviewer, auditor },
    } = await staffedTree(t, {
      officerA: ['township_officer', 'townshipA'],
      officerB: ['township_officer', 'townshipB'],
      operatorA: ['store_operator', 'townshipA'],
      operatorB: ['store_operator', 'townshipB'],
      clerkA: ['village_clerk', 'villageA'],
      reviewer: ['reviewer', 'county'],
      auditor: ['auditor', 'county'],
    }));
    const { county, village } = await seedCountyVillage(t);
    other = {
      countyId: county.countyId,
      token: county.token,
      villageId: village,
      programId: (await createProgram(t, county.token, county.countyId)).id,
    };
  });

  // ---- helpers -------------------------------------------------------------------------------

  const api = staffApi(t);
  const kiosk = (apiKey: string) => as(t, { apiKey });

  const ITEMS = [
    { sku: 'RICE', name: '大米 10kg', pointsPrice: 20, stock: 10 },
    { sku: 'OIL', name: '食用油 5L', pointsPrice: 30, stock: 10, limit: { quantity: 2, per: 'month' } },
    { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 },
    { sku: 'SALT', name: '食盐', pointsPrice: 2, stock: 3 },
    { sku: 'WATER', name: '水费抵扣 10元', pointsPrice: 10, stock: 5, tracksStock: false },
  ];

  /** A fresh program (base 100) with a store of township A selling ITEMS, and a household of village A with `balance`. */
  async function setup(options: { balance?: number; pointValueFen?: number; refundWindowDays?: number } = {}) {
    const program = await createProgram(t, admin, countyId, { pointValueFen: options.pointValueFen ?? 100 });
    const store = await openStore(t, admin, townshipA, ITEMS, { programId: program.id, refundWindowDays: options.refundWindowDays });
    const household = await householdHolding(t, admin, program.id, villageA, options.balance ?? 200);
    return { programId: program.id, store, household };
  }

  async function device(storeId: number): Promise<string> {
    const res = await api(admin).post(`/stores/${storeId}/devices`, { name: '收银台' });
    expect(res.status).toBe(201);
    return res.body.apiKey as string;
  }

  const redeem = (storeId: number, body: object, token = admin) => api(token).post(`/stores/${storeId}/redemptions`, body);

  async function redeemOk(storeId: number, householdId: number, lines: { sku: string; quantity: number }[], token = admin) {
    const res = await redeem(storeId, { householdId, lines }, token);
    expect(res.status).toBe(201);
    return res.body as {
      id: string;
      receiptNo: string;
      pointsSpent: number;
      balanceAfter: number;
      createdAt: string;
      lines: { id: string; sku: string; quantity: number; unitPoints: number }[];
    };
  }

  const refund = (redemptionId: string, body: object, token = admin) => api(token).post(`/redemptions/${redemptionId}/refund`, body);

  async function items(storeId: number): Promise<Record<string, { stock: number; pointsPrice: number; active: boolean }>> {
    const res = await api(admin).get(`/stores/${storeId}/items`);
    expect(res.status).toBe(200);
    return Object.fromEntries(
      (res.body as { sku: string; stock: number; pointsPrice: number; active: boolean }[]).map((i) => [
        i.sku,
        { stock: i.stock, pointsPrice: i.pointsPrice, active: i.active },
      ]),
    );
  }

  async function balance(programId: number, householdId: number): Promise<number> {
    const res = await api(admin).get(`/programs/${programId}/holders/${householdId}/balance`);
    expect(res.status).toBe(200);
    return res.body.balance as number;
  }

  const ledgerOk = () => expectLedgerOk(api(auditor.token));

  /** Everything a store write may touch, to prove that a refused one touched nothing. */
  async function snapshot() {
    const [counts] = (await t.db.query(`SELECT
        (SELECT count(*) FROM stores)::int AS stores,
        (SELECT count(*) FROM store_items)::int AS items,
        (SELECT count(*) FROM redemptions)::int AS redemptions,
        (SELECT count(*) FROM redemption_lines)::int AS "redemptionLines",
        (SELECT COALESCE(sum(refunded_quantity), 0) FROM redemption_lines)::int AS "refundedUnits",
        (SELECT count(*) FROM refunds)::int AS refunds,
        (SELECT count(*) FROM settlements)::int AS settlements,
        (SELECT count(*) FROM redemptions WHERE settlement_id IS NULL)::int AS "unsettledRedemptions",
        (SELECT count(*) FROM stock_movements)::int AS "stockMovements",
        (SELECT count(*) FROM transactions)::int AS transactions,
        (SELECT count(*) FROM postings)::int AS postings,
        (SELECT count(*) FROM accounts)::int AS accounts,
        (SELECT COALESCE(sum(quantity), 0) FROM item_limit_usage)::int AS "limitUsage",
        (SELECT COALESCE(sum(last_no), 0) FROM receipt_counters)::int AS "receiptNumbers",
        (SELECT count(*) FROM idempotency_keys)::int AS "idempotencyKeys"`)) as Record<string, number>[];
    const stock = (await t.db.query(`SELECT id, stock, points_price AS "pointsPrice", active FROM store_items ORDER BY id`)) as unknown[];
    const balances = (await t.db.query(`SELECT id, balance FROM accounts ORDER BY id`)) as unknown[];
    const stores = (await t.db.query(
      `SELECT id, program_id AS "programId", refund_window_days AS "refundWindowDays", name FROM stores ORDER BY id`,
    )) as unknown[];
    return { counts, stock, balances, stores };
  }
  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  const unchangedSince = async (before: Snapshot) => expect(await snapshot()).toEqual(before);

  /** A VALIDATION_FAILED naming `field` among its fields. */
  function expectInvalid(res: Response, field: string): void {
    expectError(res, 400, 'VALIDATION_FAILED');
    expect((res.body.error.details.fields as { field: string }[]).map((f) => f.field)).toContain(field);
  }

  // ---- stores --------------------------------------------------------------------------------

  describe('stores', () => {
    it('creates a store tied to a program with its refund window; code generated when left out', async () => {
      const program = await createProgram(t, admin, countyId);
      const code = uniqueCode('SML-');
      const res = await api(admin).post('/stores', {
        code,
        name: '上木拉乡爱心超市',
        regionId: townshipA,
        programId: program.id,
        refundWindowDays: 3,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        code,
        name: '上木拉乡爱心超市',
        regionId: townshipA,
        programId: program.id,
        refundWindowDays: 3,
        createdAt: expect.any(String),
      });
      const read = await api(officerA.token).get(`/stores/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body);

      const plain = await api(admin).post('/stores', { name: '无方案超市', regionId: townshipA });
      expect(plain.status).toBe(201);
      expect(plain.body).toMatchObject({ programId: null, refundWindowDays: 7, regionId: townshipA });
      expect(plain.body.code).toBe(`S${String(plain.body.id).padStart(4, '0')}`);

      const before = await snapshot();
      expectError(await api(admin).post('/stores', { code, name: '重名', regionId: townshipA }), 409, 'DUPLICATE_CODE', { code });
      expectInvalid(await api(admin).post('/stores', { name: '超市', regionId: townshipA, refundWindowDays: -1 }), 'refundWindowDays');
      expectInvalid(await api(admin).post('/stores', { name: '', regionId: townshipA }), 'name');
      expectError(await api(admin).post('/stores', { name: '超市', regionId: 999999 }), 404, 'NOT_FOUND');
      await unchangedSince(before);
    });

    it('refuses a village assessment program (422), a program of another county (403) and an unknown program (404), on create and on PATCH', async () => {
      const villageProgram = await createProgram(t, admin, countyId, { holderType: 'village', basePoints: 0 });
      const store = (await api(admin).post('/stores', { name: '超市', regionId: townshipA })).body as { id: number };
      const before = await snapshot();
      expectError(
        await api(admin).post('/stores', { name: '超市', regionId: townshipA, programId: villageProgram.id }),
        422,
        'PROGRAM_NOT_REDEEMABLE',
        { programId: villageProgram.id },
      );
      expectError(
        await api(admin).post('/stores', { name: '超市', regionId: townshipA, programId: other.programId }),
        403,
        'OUT_OF_SCOPE',
        { programId: other.programId },
      );
      expectError(await api(admin).post('/stores', { name: '超市', regionId: townshipA, programId: 999999 }), 404, 'NOT_FOUND', {
        resource: 'program',
        id: 999999,
      });
      expectError(await api(admin).patch(`/stores/${store.id}`, { programId: villageProgram.id }), 422, 'PROGRAM_NOT_REDEEMABLE', {
        programId: villageProgram.id,
      });
      expectError(await api(admin).patch(`/stores/${store.id}`, { programId: other.programId, name: '改名' }), 403, 'OUT_OF_SCOPE', {
        programId: other.programId,
      });
      expectError(await api(admin).patch(`/stores/${store.id}`, { programId: 999999 }), 404, 'NOT_FOUND', {
        resource: 'program',
        id: 999999,
      });
      await unchangedSince(before);
    });

    it('refuses redemptions, lookups and settlements at a store without a program until PATCH ties one', async () => {
      const program = await createProgram(t, admin, countyId);
      const store = (await api(admin).post('/stores', { name: '新超市', regionId: townshipA })).body as { id: number; code: string };
      expect((await api(admin).post(`/stores/${store.id}/items`, ITEMS[0])).status).toBe(201);
      const household = await createHousehold(t, admin, villageA);
      await givePoints(t, admin, program.id, [household.id], 50);

      const before = await snapshot();
      expectError(
        await redeem(store.id, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 1 }] }),
        422,
        'STORE_HAS_NO_PROGRAM',
        { storeId: store.id },
      );
      expectError(await api(admin).get(`/stores/${store.id}/households/by-card/${household.cardCode}`), 422, 'STORE_HAS_NO_PROGRAM', {
        storeId: store.id,
      });
      expectError(await api(admin).post(`/stores/${store.id}/settlements`, {}), 422, 'STORE_HAS_NO_PROGRAM', { storeId: store.id });
      await unchangedSince(before);

      const patched = await api(admin).patch(`/stores/${store.id}`, { programId: program.id });
      expect(patched.status).toBe(200);
      expect(patched.body).toEqual({
        id: store.id,
        code: store.code,
        name: '新超市',
        regionId: townshipA,
        programId: program.id,
        refundWindowDays: 7,
        createdAt: expect.any(String),
      });
      const renamed = await api(officerA.token).patch(`/stores/${store.id}`, { name: '上木拉爱心超市', refundWindowDays: 14 });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '上木拉爱心超市', refundWindowDays: 14, programId: program.id });
      const noop = await api(admin).patch(`/stores/${store.id}`, {});
      expect(noop.status).toBe(200);
      expect(noop.body).toEqual(renamed.body);
      expectInvalid(await api(admin).patch(`/stores/${store.id}`, { refundWindowDays: 366 }), 'refundWindowDays');
      expectInvalid(await api(admin).patch(`/stores/${store.id}`, { regionId: townshipB }), 'regionId');

      const ok = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      expect(ok).toMatchObject({ pointsSpent: 20, balanceAfter: 130 });
      await ledgerOk();
    });

    it('lets county admins and township officers create and patch stores in their subtree, nobody else', async () => {
      const store = (await api(admin).post('/stores', { name: '甲乡超市', regionId: townshipA })).body as { id: number };
      const key = await device(store.id);
      const byOfficer = await api(officerA.token).post('/stores', { name: '乡里超市', regionId: townshipA });
      expect(byOfficer.status).toBe(201);
      const inVillage = await api(officerA.token).post('/stores', { name: '村里超市', regionId: villageA });
      expect(inVillage.status).toBe(201);

      const before = await snapshot();
      const body = { name: '超市', regionId: townshipA };
      expectError(await api(officerB.token).post('/stores', body), 403, 'OUT_OF_SCOPE', { regionId: townshipA });
      for (const user of [operatorA, clerkA, reviewer, auditor]) expectError(await api(user.token).post('/stores', body), 403, 'FORBIDDEN');
      expectError(await kiosk(key).post('/stores', body), 403, 'FORBIDDEN', { reason: 'not open to kiosk devices' });
      expectError(await t.http().post(`${API}/stores`).send(body), 401, 'UNAUTHENTICATED');

      expectError(await api(officerB.token).patch(`/stores/${store.id}`, { name: '改名' }), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      for (const user of [operatorA, clerkA, reviewer, auditor])
        expectError(await api(user.token).patch(`/stores/${store.id}`, { name: '改名' }), 403, 'FORBIDDEN');
      expectError(await kiosk(key).patch(`/stores/${store.id}`, { name: '改名' }), 403, 'FORBIDDEN');
      await unchangedSince(before);

      const patched = await api(officerA.token).patch(`/stores/${store.id}`, { name: '改名超市' });
      expect(patched.status).toBe(200);
      expect(patched.body.name).toBe('改名超市');
      // Reading: a kiosk reads its own store only; staff of the other township do not see it.
      expect((await kiosk(key).get(`/stores/${store.id}`)).status).toBe(200);
      expectError(await kiosk(key).get(`/stores/${byOfficer.body.id}`), 403, 'OUT_OF_SCOPE', { storeId: byOfficer.body.id });
      expectError(await api(operatorB.token).get(`/stores/${store.id}`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
    });
  });

  // ---- items ---------------------------------------------------------------------------------

  describe('items', () => {
    it('adds an item with its initial stock movement; refuses a duplicate sku and bad prices, stock or limits', async () => {
      const { store } = await setup();
      const res = await api(operatorA.token).post(`/stores/${store.id}/items`, {
        sku: 'EGG-30',
        name: '鸡蛋 30枚',
        pointsPrice: 15,
        stock: 12,
        lowStockAt: 3,
        limit: { quantity: 1, per: 'quarter' },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        storeId: store.id,
        sku: 'EGG-30',
        name: '鸡蛋 30枚',
        pointsPrice: 15,
        stock: 12,
        tracksStock: true,
        active: true,
        limitQuantity: 1,
        limitPer: 'quarter',
        lowStockAt: 3,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const movements = await api(admin).get(`/stores/${store.id}/items/EGG-30/stock-movements`);
      expect(movements.status).toBe(200);
      expect(movements.body).toEqual([
        {
          id: expect.any(String),
          itemId: res.body.id,
          storeId: store.id,
          quantity: 12,
          stockAfter: 12,
          kind: 'initial',
          reason: null,
          fundingSource: null,
          redemptionId: null,
          actorType: 'user',
          actorId: operatorA.id,
          createdAt: expect.any(String),
        },
      ]);
      const empty = await api(admin).post(`/stores/${store.id}/items`, { sku: 'FLOUR', name: '面粉', pointsPrice: 12, stock: 0 });
      expect(empty.status).toBe(201);
      expect(empty.body).toMatchObject({ stock: 0, limitQuantity: null, limitPer: null, lowStockAt: 5 });
      expect((await api(admin).get(`/stores/${store.id}/items/FLOUR/stock-movements`)).body).toEqual([]);

      const before = await snapshot();
      expectError(
        await api(admin).post(`/stores/${store.id}/items`, { sku: 'EGG-30', name: '鸡蛋', pointsPrice: 9, stock: 1 }),
        409,
        'DUPLICATE_SKU',
        { sku: 'EGG-30' },
      );
      const good = { sku: 'NEW', name: '新品', pointsPrice: 5, stock: 5 };
      for (const [field, bad] of [
        ['pointsPrice', { pointsPrice: 0 }],
        ['pointsPrice', { pointsPrice: -5 }],
        ['pointsPrice', { pointsPrice: 1.5 }],
        ['pointsPrice', { pointsPrice: '10' }],
        ['pointsPrice', { pointsPrice: undefined }],
        ['stock', { stock: -1 }],
        ['stock', { stock: 2.5 }],
        ['stock', { stock: undefined }],
        ['sku', { sku: 'bad sku!' }],
        ['name', { name: '' }],
        ['limit.quantity', { limit: { quantity: 0, per: 'month' } }],
        ['limit.per', { limit: { quantity: 2, per: 'week' } }],
        ['tracksStock', { tracksStock: 'no' }],
      ] as const) {
        expectInvalid(await api(admin).post(`/stores/${store.id}/items`, { ...good, ...bad }), field);
      }
      expectError(await api(admin).post('/stores/999999/items', good), 404, 'NOT_FOUND', { resource: 'store', id: 999999 });
      expectError(await api(clerkA.token).post(`/stores/${store.id}/items`, good), 403, 'FORBIDDEN');
      expectError(await api(auditor.token).post(`/stores/${store.id}/items`, good), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).post(`/stores/${store.id}/items`, good), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      await unchangedSince(before);
      // The same sku in another store is fine.
      const { store: second } = await setup();
      expect((await api(admin).post(`/stores/${second.id}/items`, { sku: 'EGG-30', name: '鸡蛋', pointsPrice: 9, stock: 1 })).status).toBe(
        201,
      );
    });

    it('changes the price of an item; lines of past redemptions keep their unit points and name', async () => {
      const { programId, store, household } = await setup({ balance: 300 });
      const first = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 2 }]);
      expect(first.lines).toEqual([
        { id: expect.any(String), sku: 'RICE', name: '大米 10kg', quantity: 2, unitPoints: 20, points: 40, refundedQuantity: 0 },
      ]);

      const patched = await api(operatorA.token).patch(`/stores/${store.id}/items/RICE`, {
        pointsPrice: 25,
        name: '大米 10kg（新米）',
        lowStockAt: 2,
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        sku: 'RICE',
        pointsPrice: 25,
        name: '大米 10kg（新米）',
        lowStockAt: 2,
        stock: 8,
        active: true,
      });
      const second = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      expect(second).toMatchObject({ pointsSpent: 25, balanceAfter: 300 - 40 - 25 });
      expect(second.lines[0]).toMatchObject({ unitPoints: 25, points: 25, name: '大米 10kg（新米）' });

      const old = await api(admin).get(`/redemptions/${first.id}`);
      expect(old.status).toBe(200);
      expect(old.body).toMatchObject({
        id: first.id,
        pointsSpent: 40,
        balanceAfter: null,
        lines: [{ sku: 'RICE', name: '大米 10kg', quantity: 2, unitPoints: 20, points: 40 }],
      });
      // Refunding the old line gives back the old price, not the new one.
      const back = await refund(first.id, { lines: [{ lineId: first.lines[0].id, quantity: 1 }], reason: '多拿了' });
      expect(back.status).toBe(201);
      expect(back.body).toMatchObject({ refund: { points: 20 }, balanceAfter: 300 - 40 - 25 + 20 });
      expect(await balance(programId, household.id)).toBe(255);

      const before = await snapshot();
      expectError(await api(admin).patch(`/stores/${store.id}/items/NOPE`, { pointsPrice: 3 }), 404, 'NOT_FOUND', {
        resource: 'item',
        id: 'NOPE',
      });
      expectInvalid(await api(admin).patch(`/stores/${store.id}/items/RICE`, { pointsPrice: 0 }), 'pointsPrice');
      expectInvalid(await api(admin).patch(`/stores/${store.id}/items/RICE`, { stock: 100 }), 'stock');
      expectError(await api(clerkA.token).patch(`/stores/${store.id}/items/RICE`, { pointsPrice: 3 }), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).patch(`/stores/${store.id}/items/RICE`, { pointsPrice: 3 }), 403, 'OUT_OF_SCOPE', {
        storeId: store.id,
      });
      await unchangedSince(before);
      const noop = await api(admin).patch(`/stores/${store.id}/items/RICE`, {});
      expect(noop.status).toBe(200);
      expect(noop.body).toMatchObject({ pointsPrice: 25, name: '大米 10kg（新米）' });
      // A limit can be set and removed again.
      expect((await api(admin).patch(`/stores/${store.id}/items/SOAP`, { limit: { quantity: 3, per: 'year' } })).body).toMatchObject({
        limitQuantity: 3,
        limitPer: 'year',
      });
      expect((await api(admin).patch(`/stores/${store.id}/items/SOAP`, { limit: null })).body).toMatchObject({
        limitQuantity: null,
        limitPer: null,
      });
      await ledgerOk();
    });

    it('refuses an item taken off the shelf (ITEM_INACTIVE) without touching anything; back on the shelf it redeems', async () => {
      const { store, household } = await setup();
      const off = await api(admin).patch(`/stores/${store.id}/items/RICE`, { active: false });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      const before = await snapshot();
      expectError(
        await redeem(store.id, {
          householdId: household.id,
          lines: [
            { sku: 'SOAP', quantity: 1 },
            { sku: 'RICE', quantity: 1 },
          ],
        }),
        422,
        'ITEM_INACTIVE',
        { sku: 'RICE' },
      );
      await unchangedSince(before);
      const lookup = await api(admin).get(`/stores/${store.id}/households/by-card/${household.cardCode}`);
      expect((lookup.body.items as { sku: string }[]).map((i) => i.sku)).toEqual(['OIL', 'SALT', 'SOAP', 'WATER']);

      expect((await api(admin).patch(`/stores/${store.id}/items/RICE`, { active: true })).body.active).toBe(true);
      expect(
        await redeemOk(store.id, household.id, [
          { sku: 'SOAP', quantity: 1 },
          { sku: 'RICE', quantity: 1 },
        ]),
      ).toMatchObject({ pointsSpent: 24 });
      await ledgerOk();
    });

    it('redeems a service item that does not count stock', async () => {
      const { programId, store, household } = await setup();
      const listed = (await api(admin).get(`/stores/${store.id}/items`)).body as { sku: string }[];
      expect(listed.find((i) => i.sku === 'WATER')).toMatchObject({ stock: 0, tracksStock: false });
      const movementsBefore = (await snapshot()).counts.stockMovements;
      const res = await redeemOk(store.id, household.id, [{ sku: 'WATER', quantity: 3 }]);
      expect(res).toMatchObject({ pointsSpent: 30, balanceAfter: 170 });
      expect((await items(store.id)).WATER.stock).toBe(0);
      expect((await snapshot()).counts.stockMovements).toBe(movementsBefore);
      expect((await api(admin).get(`/stores/${store.id}/items/WATER/stock-movements`)).body).toEqual([]);
      const before = await snapshot();
      expectError(
        await api(admin).post(`/stores/${store.id}/stock-movements`, {
          sku: 'WATER',
          quantity: 5,
          reason: '补货',
          fundingSource: 'donation',
        }),
        400,
        'VALIDATION_FAILED',
      );
      await unchangedSince(before);
      // Refunding it gives the points back and still counts no stock.
      expect((await refund(res.id, { reason: '重复缴费' })).body).toMatchObject({ refund: { points: 30 }, balanceAfter: 200 });
      expect((await items(store.id)).WATER.stock).toBe(0);
      expect(await balance(programId, household.id)).toBe(200);
      await ledgerOk();
    });

    it('shows the goods to a kiosk of the store and refuses a kiosk of another store', async () => {
      const { store } = await setup();
      const { store: otherStore } = await setup();
      const own = await kiosk(await device(store.id)).get(`/stores/${store.id}/items`);
      expect(own.status).toBe(200);
      expect((own.body as { sku: string }[]).map((i) => i.sku)).toEqual(['OIL', 'RICE', 'SALT', 'SOAP', 'WATER']);
      const foreignKey = await device(otherStore.id);
      expectError(await kiosk(foreignKey).get(`/stores/${store.id}/items`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      const before = await snapshot();
      expectError(
        await kiosk(foreignKey).post(`/stores/${otherStore.id}/items`, { sku: 'X', name: 'x', pointsPrice: 1, stock: 1 }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await kiosk(foreignKey).post(`/stores/${otherStore.id}/stock-movements`, { sku: 'RICE', quantity: -1, reason: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectError(await kiosk('mb_1_not-a-key').get(`/stores/${store.id}/items`), 401, 'INVALID_API_KEY');
      await unchangedSince(before);
      // Readers of the county and store staff of the township see them; a village clerk sees only stores of its village.
      for (const user of [reviewer, auditor, operatorA, officerA])
        expect((await api(user.token).get(`/stores/${store.id}/items`)).status).toBe(200);
      expectError(await api(clerkA.token).get(`/stores/${store.id}/items`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
    });
  });

  // ---- stock movements -----------------------------------------------------------------------

  describe('stock movements', () => {
    it('restocks with a funding source, adjusts down, never below zero, and lists movements newest first', async () => {
      const { store, household } = await setup();
      const move = (body: object, token = admin) => api(token).post(`/stores/${store.id}/stock-movements`, body);

      const before = await snapshot();
      expectInvalid(await move({ sku: 'SALT', quantity: 10, reason: '爱心企业捐赠' }), 'fundingSource');
      expectInvalid(await move({ sku: 'SALT', quantity: 10, reason: '捐赠', fundingSource: 'bank' }), 'fundingSource');
      expectInvalid(await move({ sku: 'SALT', quantity: 0, reason: '盘点' }), 'quantity');
      expectInvalid(await move({ sku: 'SALT', quantity: -1 }), 'reason');
      expectError(await move({ sku: 'NOPE', quantity: 1, reason: '补货', fundingSource: 'donation' }), 404, 'NOT_FOUND', {
        resource: 'item',
        id: 'NOPE',
      });
      await unchangedSince(before);

      const restock = await move({ sku: 'SALT', quantity: 10, reason: '爱心企业捐赠', fundingSource: 'enterprise' });
      expect(restock.status).toBe(201);
      expect(restock.body.item).toMatchObject({ sku: 'SALT', stock: 13 });
      expect(restock.body.movement).toMatchObject({
        quantity: 10,
        stockAfter: 13,
        kind: 'restock',
        reason: '爱心企业捐赠',
        fundingSource: 'enterprise',
      });
      const adjust = await move({ sku: 'SALT', quantity: -2, reason: '受潮报损' }, operatorA.token);
      expect(adjust.status).toBe(201);
      expect(adjust.body.movement).toMatchObject({
        quantity: -2,
        stockAfter: 11,
        kind: 'adjustment',
        reason: '受潮报损',
        fundingSource: null,
        actorId: operatorA.id,
      });

      const beforeNegative = await snapshot();
      expectError(await move({ sku: 'SALT', quantity: -12, reason: '盘点' }), 422, 'STOCK_WOULD_GO_NEGATIVE', {
        sku: 'SALT',
        available: 11,
        quantity: -12,
      });
      await unchangedSince(beforeNegative);

      const r = await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 1 }]);
      expect((await refund(r.id, { reason: '买错了' })).status).toBe(201);
      const all = await api(auditor.token).get(`/stores/${store.id}/items/SALT/stock-movements`);
      expect(all.status).toBe(200);
      expect((all.body as object[]).map((m) => m)).toMatchObject([
        { kind: 'refund', quantity: 1, stockAfter: 11, redemptionId: r.id, reason: '买错了' },
        { kind: 'redemption', quantity: -1, stockAfter: 10, redemptionId: r.id, reason: r.receiptNo },
        { kind: 'adjustment', quantity: -2, stockAfter: 11 },
        { kind: 'restock', quantity: 10, stockAfter: 13, fundingSource: 'enterprise' },
        { kind: 'initial', quantity: 3, stockAfter: 3 },
      ]);
      expect(all.body).toHaveLength(5);
      const ids = (all.body as { id: string }[]).map((m) => BigInt(m.id));
      expect([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(ids);
      const two = await api(admin).get(`/stores/${store.id}/items/SALT/stock-movements?limit=2`);
      expect((two.body as { kind: string }[]).map((m) => m.kind)).toEqual(['refund', 'redemption']);
      // offset: the next page, newest first.
      const next = await api(admin).get(`/stores/${store.id}/items/SALT/stock-movements?limit=2&offset=2`);
      expect((next.body as { kind: string }[]).map((m) => m.kind)).toEqual(['adjustment', 'restock']);
      const last = await api(admin).get(`/stores/${store.id}/items/SALT/stock-movements?limit=2&offset=4`);
      expect((last.body as { kind: string; stockAfter: number }[]).map((m) => [m.kind, m.stockAfter])).toEqual([['initial', 3]]);
      expectInvalid(await api(admin).get(`/stores/${store.id}/items/SALT/stock-movements?limit=0`), 'limit');
      expectInvalid(await api(admin).get(`/stores/${store.id}/items/SALT/stock-movements?offset=-1`), 'offset');
      expect((await items(store.id)).SALT.stock).toBe(11);
      await ledgerOk();
    });

    it('lets store staff in scope move stock; clerks, auditors, reviewers and other townships may not', async () => {
      const { store } = await setup();
      const body = { sku: 'RICE', quantity: 5, reason: '乡镇采购', fundingSource: 'township_fund' };
      const byOperator = await api(operatorA.token).post(`/stores/${store.id}/stock-movements`, body);
      expect(byOperator.status).toBe(201);
      expect(byOperator.body.item.stock).toBe(15);
      expect((await api(officerA.token).post(`/stores/${store.id}/stock-movements`, body)).body.item.stock).toBe(20);

      const before = await snapshot();
      expectError(await api(operatorB.token).post(`/stores/${store.id}/stock-movements`, body), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await api(officerB.token).post(`/stores/${store.id}/stock-movements`, body), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      for (const user of [clerkA, auditor, reviewer])
        expectError(await api(user.token).post(`/stores/${store.id}/stock-movements`, body), 403, 'FORBIDDEN');
      await unchangedSince(before);
      expect((await items(store.id)).RICE.stock).toBe(20);
      // Reading the history is open to every reader in scope.
      expect((await api(auditor.token).get(`/stores/${store.id}/items/RICE/stock-movements`)).status).toBe(200);
      expect((await api(reviewer.token).get(`/stores/${store.id}/items/RICE/stock-movements`)).status).toBe(200);
      expectError(await api(operatorB.token).get(`/stores/${store.id}/items/RICE/stock-movements`), 403, 'OUT_OF_SCOPE', {
        storeId: store.id,
      });
    });
  });

  // ---- redemptions ---------------------------------------------------------------------------

  describe('redemption refusals', () => {
    it('refuses a household of the other township (NOT_ELIGIBLE), of another county and an unknown one (404)', async () => {
      const { programId, store } = await setup();
      const outside = await createHousehold(t, admin, villageB);
      await givePoints(t, admin, programId, [outside.id], 100);
      const foreign = await createHousehold(t, other.token, other.villageId);
      const before = await snapshot();
      expectError(await redeem(store.id, { householdId: outside.id, lines: [{ sku: 'RICE', quantity: 1 }] }), 422, 'NOT_ELIGIBLE', {
        householdId: outside.id,
        storeId: store.id,
      });
      expectError(await redeem(store.id, { cardCode: outside.cardCode, lines: [{ sku: 'RICE', quantity: 1 }] }), 422, 'NOT_ELIGIBLE', {
        householdId: outside.id,
        storeId: store.id,
      });
      expectError(await redeem(store.id, { householdId: foreign.id, lines: [{ sku: 'RICE', quantity: 1 }] }), 404, 'NOT_FOUND', {
        resource: 'household',
        id: foreign.id,
      });
      expectError(await redeem(store.id, { householdId: 999999, lines: [{ sku: 'RICE', quantity: 1 }] }), 404, 'NOT_FOUND', {
        resource: 'household',
        id: 999999,
      });
      expectError(
        await redeem(store.id, { householdId: outside.id, lines: [{ sku: 'RICE', quantity: 1 }] }, operatorB.token),
        403,
        'OUT_OF_SCOPE',
        { storeId: store.id },
      );
      expectError(
        await redeem(store.id, { householdId: outside.id, lines: [{ sku: 'RICE', quantity: 1 }] }, clerkA.token),
        403,
        'FORBIDDEN',
      );
      expectError(
        await redeem(store.id, { householdId: outside.id, lines: [{ sku: 'RICE', quantity: 1 }] }, auditor.token),
        403,
        'FORBIDDEN',
      );
      await unchangedSince(before);
    });

    it('finds a household by card code, also typed in lower case with dashes; refuses an unknown card and both or neither of householdId and cardCode', async () => {
      const { store, household } = await setup();
      const exact = await redeem(store.id, { cardCode: household.cardCode, lines: [{ sku: 'SOAP', quantity: 1 }] });
      expect(exact.status).toBe(201);
      expect(exact.body).toMatchObject({ householdId: household.id, pointsSpent: 4, balanceAfter: 196 });
      const typed = household.cardCode
        .toLowerCase()
        .match(/.{1,4}/g)!
        .join('-');
      const loose = await redeem(store.id, { cardCode: ` ${typed} `, lines: [{ sku: 'SOAP', quantity: 1 }] });
      expect(loose.status).toBe(201);
      expect(loose.body).toMatchObject({ householdId: household.id, balanceAfter: 192 });

      const before = await snapshot();
      expectError(await redeem(store.id, { cardCode: 'ZZZZ-ZZZZ-ZZZZ', lines: [{ sku: 'SOAP', quantity: 1 }] }), 404, 'NOT_FOUND', {
        resource: 'household',
        id: 'ZZZZ-ZZZZ-ZZZZ',
      });
      expectInvalid(
        await redeem(store.id, { householdId: household.id, cardCode: household.cardCode, lines: [{ sku: 'SOAP', quantity: 1 }] }),
        'householdId',
      );
      expectInvalid(await redeem(store.id, { lines: [{ sku: 'SOAP', quantity: 1 }] }), 'householdId');
      expectInvalid(await redeem(store.id, { cardCode: 'ab', lines: [{ sku: 'SOAP', quantity: 1 }] }), 'cardCode');
      await unchangedSince(before);
    });

    it('refuses an unknown sku (404), a sku on two lines and bad lines (400)', async () => {
      const { store, household } = await setup();
      const { store: second } = await setup();
      await api(admin).post(`/stores/${second.id}/items`, { sku: 'ONLY-THERE', name: '别处商品', pointsPrice: 1, stock: 5 });
      const before = await snapshot();
      expectError(
        await redeem(store.id, {
          householdId: household.id,
          lines: [
            { sku: 'RICE', quantity: 1 },
            { sku: 'NOPE', quantity: 1 },
          ],
        }),
        404,
        'NOT_FOUND',
        { resource: 'item', sku: 'NOPE' },
      );
      const twice = await redeem(store.id, {
        householdId: household.id,
        lines: [
          { sku: 'RICE', quantity: 1 },
          { sku: 'RICE', quantity: 2 },
        ],
      });
      expectError(twice, 400, 'VALIDATION_FAILED', {
        fields: [{ field: 'lines', constraints: ['uniqueSku'], messages: ['each sku may appear on one line only'] }],
      });
      expectInvalid(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 0 }] }), 'lines.0.quantity');
      expectInvalid(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 1.5 }] }), 'lines.0.quantity');
      expectInvalid(await redeem(store.id, { householdId: household.id, lines: [] }), 'lines');
      expectInvalid(await redeem(store.id, { householdId: household.id }), 'lines');
      expectInvalid(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 1 }], price: 1 }), 'price');
      // Another store's sku is unknown here.
      expectError(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'ONLY-THERE', quantity: 1 }] }), 404, 'NOT_FOUND', {
        resource: 'item',
        sku: 'ONLY-THERE',
      });
      expectError(await redeem(999999, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 1 }] }), 404, 'NOT_FOUND', {
        resource: 'store',
        id: 999999,
      });
      await unchangedSince(before);
    });

    it('refuses OUT_OF_STOCK naming the line, and rolls back the stock and limit of the lines before it', async () => {
      const { store, household } = await setup({ balance: 300 });
      const before = await snapshot();
      const res = await redeem(store.id, {
        householdId: household.id,
        lines: [
          { sku: 'OIL', quantity: 1 },
          { sku: 'RICE', quantity: 1 },
          { sku: 'SALT', quantity: 5 },
        ],
      });
      expectError(res, 422, 'OUT_OF_STOCK', { sku: 'SALT', requested: 5, available: 3 });
      expect(res.body.error.message).toBe('SALT库存不足：需要5，剩余3');
      await unchangedSince(before);
      const lookup = await api(admin).get(`/stores/${store.id}/households/by-card/${household.cardCode}`);
      expect((lookup.body.items as { sku: string; remaining: number | null }[]).find((i) => i.sku === 'OIL')).toMatchObject({
        remaining: 2,
        stock: 10,
      });
      // Exactly what is left can be taken.
      expect(await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 3 }])).toMatchObject({ pointsSpent: 6 });
      expectError(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'SALT', quantity: 1 }] }), 422, 'OUT_OF_STOCK', {
        sku: 'SALT',
        requested: 1,
        available: 0,
      });
      await ledgerOk();
    });

    it('limits an item to 2 a month per household: the third is refused with 0 remaining; a refund gives the limit back', async () => {
      const { store, household } = await setup({ balance: 400 });
      const first = await redeemOk(store.id, household.id, [{ sku: 'OIL', quantity: 1 }]);
      const second = await redeemOk(store.id, household.id, [{ sku: 'OIL', quantity: 1 }]);
      expect(second.balanceAfter).toBe(340);
      const before = await snapshot();
      const third = await redeem(store.id, {
        householdId: household.id,
        lines: [
          { sku: 'SOAP', quantity: 1 },
          { sku: 'OIL', quantity: 1 },
        ],
      });
      expectError(third, 422, 'ITEM_LIMIT_REACHED', { sku: 'OIL', limit: 2, per: 'month', remaining: 0 });
      await unchangedSince(before);
      // A neighbour asking for 3 at once is told 2 remain; their own limit is separate.
      const neighbour = await createHousehold(t, admin, villageA);
      const { programId } = (await api(admin).get(`/stores/${store.id}`)).body as { programId: number };
      await givePoints(t, admin, programId, [neighbour.id], 200);
      const beforeNeighbour = await snapshot();
      expectError(await redeem(store.id, { householdId: neighbour.id, lines: [{ sku: 'OIL', quantity: 3 }] }), 422, 'ITEM_LIMIT_REACHED', {
        sku: 'OIL',
        limit: 2,
        per: 'month',
        remaining: 2,
      });
      await unchangedSince(beforeNeighbour);
      expect(await redeemOk(store.id, neighbour.id, [{ sku: 'OIL', quantity: 2 }])).toMatchObject({ pointsSpent: 60 });

      expect((await refund(first.id, { reason: '退货' })).status).toBe(201);
      expect(await redeemOk(store.id, household.id, [{ sku: 'OIL', quantity: 1 }])).toMatchObject({ pointsSpent: 30 });
      expectError(await redeem(store.id, { householdId: household.id, lines: [{ sku: 'OIL', quantity: 1 }] }), 422, 'ITEM_LIMIT_REACHED', {
        sku: 'OIL',
        limit: 2,
        per: 'month',
        remaining: 0,
      });
      await ledgerOk();
    });

    it('refuses 20 parallel over-limit redemptions of 20 households promptly (no pool exhaustion)', async () => {
      const { programId, store } = await setup();
      const households = [];
      for (let i = 0; i < 20; i++) households.push(await createHousehold(t, admin, villageA));
      await givePoints(
        t,
        admin,
        programId,
        households.map((h) => h.id),
        100,
      );
      await api(admin).post(`/stores/${store.id}/stock-movements`, {
        sku: 'OIL',
        quantity: 100,
        reason: '补货',
        fundingSource: 'donation',
      });
      for (const h of households) await redeemOk(store.id, h.id, [{ sku: 'OIL', quantity: 2 }]);
      const before = await snapshot();
      const results = await Promise.all(
        households.map((h) => redeem(store.id, { householdId: h.id, lines: [{ sku: 'OIL', quantity: 1 }] })),
      );
      expect(results.map((r) => r.body.error?.code)).toEqual(Array(20).fill('ITEM_LIMIT_REACHED'));
      await unchangedSince(before);
    }, 15000);

    it('refuses INSUFFICIENT_POINTS with what is needed and available, and never opens an account for it', async () => {
      const { programId, store, household } = await setup({ balance: 130 });
      const before = await snapshot();
      const res = await redeem(store.id, {
        householdId: household.id,
        lines: [
          { sku: 'RICE', quantity: 1 },
          { sku: 'SOAP', quantity: 3 },
        ],
      });
      expectError(res, 422, 'INSUFFICIENT_POINTS', { needed: 32, available: 30 });
      expect(res.body.error.message).toBe('可兑换积分不足：需要32分，可用30分');
      await unchangedSince(before);
      // A household with no points yet: its account would open at the base, which is not spendable.
      const fresh = await createHousehold(t, admin, villageA);
      const beforeFresh = await snapshot();
      expectError(await redeem(store.id, { householdId: fresh.id, lines: [{ sku: 'SALT', quantity: 1 }] }), 422, 'INSUFFICIENT_POINTS', {
        needed: 2,
        available: 0,
      });
      await unchangedSince(beforeFresh);
      expect((await api(admin).get(`/programs/${programId}/holders/${fresh.id}/balance`)).body).toMatchObject({
        balance: 100,
        redeemable: 0,
        opened: false,
      });
      expect(
        await redeemOk(store.id, household.id, [
          { sku: 'RICE', quantity: 1 },
          { sku: 'SOAP', quantity: 2 },
        ]),
      ).toMatchObject({ pointsSpent: 28, balanceAfter: 102 });
      await ledgerOk();
    });

    it('requires an Idempotency-Key from a kiosk, replays a retry, refuses a reused key with another body and a kiosk of another store', async () => {
      const { programId, store, household } = await setup();
      const { store: otherStore } = await setup();
      const key = await device(store.id);
      const foreignKey = await device(otherStore.id);
      const body = { cardCode: household.cardCode, lines: [{ sku: 'RICE', quantity: 1 }] };
      const post = (apiKey: string, payload: object, idem?: string) => {
        const req = kiosk(apiKey).post(`/stores/${store.id}/redemptions`, payload);
        return idem ? req.set('Idempotency-Key', idem) : req;
      };

      const before = await snapshot();
      expectError(await post(key, body), 400, 'IDEMPOTENCY_KEY_REQUIRED');
      expectInvalid(await post(key, body, 'bad key'), 'Idempotency-Key');
      expectError(await post(foreignKey, body, 'k-foreign-1'), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      await unchangedSince(before);

      const first = await post(key, body, 'k-0001');
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(first.body).toMatchObject({ householdId: household.id, pointsSpent: 20, balanceAfter: 180 });
      // The answer is the redemption as stored: reading it back gives the same (but for the balance, a moment's figure).
      const stored = await api(admin).get(`/redemptions/${first.body.id}`);
      expect(stored.status).toBe(200);
      // The stored receipt is the sale's answer, with the household named (the sale's answer leaves it out).
      expect({ ...stored.body, balanceAfter: 180, household: undefined }).toEqual(first.body);
      expect(stored.body.household).toEqual({ householdNo: expect.any(String), headName: expect.stringContaining('*') });
      expect(first.body.lines).toHaveLength(1);
      expect(first.body.lines[0]).toMatchObject({ sku: 'RICE', quantity: 1, refundedQuantity: 0 });
      const afterFirst = await snapshot();
      const retry = await post(key, { lines: [{ quantity: 1, sku: 'RICE' }], cardCode: household.cardCode }, 'k-0001');
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      await unchangedSince(afterFirst);
      const reused = await post(key, { ...body, lines: [{ sku: 'RICE', quantity: 2 }] }, 'k-0001');
      expectError(reused, 422, 'IDEMPOTENCY_KEY_REUSED', { key: 'k-0001' });
      await unchangedSince(afterFirst);
      // A late retry replays even after the item left the shelf (kiosks sync offline queues late).
      await api(admin).patch(`/stores/${store.id}/items/RICE`, { active: false });
      const late = await post(key, body, 'k-0001');
      expect(late.status).toBe(201);
      expect(late.headers['idempotent-replayed']).toBe('true');
      expect(late.body.id).toBe(first.body.id);
      await api(admin).patch(`/stores/${store.id}/items/RICE`, { active: true });
      // The same key of another caller is another request.
      const staff = await redeem(store.id, body).set('Idempotency-Key', 'k-0001');
      expect(staff.status).toBe(201);
      expect(staff.body.id).not.toBe(first.body.id);

      const statement = await api(admin).get(`/programs/${programId}/holders/${household.id}/statement`);
      expect(statement.body.items[1]).toMatchObject({
        type: 'redemption',
        points: -20,
        memo: first.body.receiptNo,
        operator: { type: 'device', name: '收银台' },
      });
      expect(await balance(programId, household.id)).toBe(160);
      await ledgerOk();
    });

    it('numbers receipts per store and day from -0001; a refused redemption uses no number', async () => {
      const { store, household } = await setup({ balance: 150 });
      const { store: second, household: neighbour } = await setup();
      const receipt = (code: string, r: { createdAt: string }, n: number) =>
        `${code}-${dayIn(PROGRAM_TZ, new Date(r.createdAt)).replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
      const r1 = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      expect(r1.receiptNo).toBe(receipt(store.code, r1, 1));
      expectError(
        await redeem(store.id, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 2 }] }),
        422,
        'INSUFFICIENT_POINTS',
        { needed: 40, available: 30 },
      );
      const r2 = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 1 }]);
      expect(r2.receiptNo).toBe(receipt(store.code, r2, 2));
      const s1 = await redeemOk(second.id, neighbour.id, [{ sku: 'SOAP', quantity: 1 }]);
      expect(s1.receiptNo).toBe(receipt(second.code, s1, 1));
      const r3 = await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 1 }]);
      expect(r3.receiptNo).toBe(receipt(store.code, r3, 3));
      const all = (await t.db.query(`SELECT receipt_no AS "receiptNo" FROM redemptions`)) as { receiptNo: string }[];
      expect(new Set(all.map((r) => r.receiptNo)).size).toBe(all.length);

      const listed = await api(operatorA.token).get(`/stores/${store.id}/redemptions`);
      expect(listed.status).toBe(200);
      expect((listed.body as { receiptNo: string }[]).map((r) => r.receiptNo)).toEqual([r3.receiptNo, r2.receiptNo, r1.receiptNo]);
      expect(listed.body[0]).toMatchObject({
        id: r3.id,
        storeId: store.id,
        householdId: household.id,
        pointsSpent: 2,
        balanceAfter: null,
        settlementId: null,
        refunds: [],
      });
      // The store sees each receipt's household as the counter does: its number and the head's name masked; a fresh sale does not repeat it.
      const [named] = (await t.db.query(`SELECT household_no AS "householdNo", head_name AS "headName" FROM households WHERE id = $1`, [
        household.id,
      ])) as { householdNo: string; headName: string }[];
      const masked = { householdNo: named.householdNo, headName: maskName(named.headName) };
      expect(masked.headName).not.toBe(named.headName);
      expect(listed.body[0].household).toEqual(masked);
      expect((await api(operatorA.token).get(`/redemptions/${r3.id}`)).body.household).toEqual(masked);
      expect(r3).not.toHaveProperty('household');
      const page = await api(admin).get(`/stores/${store.id}/redemptions?limit=1&before=${r3.id}`);
      expect((page.body as { id: string }[]).map((r) => r.id)).toEqual([r2.id]);
      const window = await api(admin).get(
        `/stores/${store.id}/redemptions?from=${encodeURIComponent(r2.createdAt)}&to=${encodeURIComponent(r3.createdAt)}`,
      );
      expect((window.body as { id: string }[]).map((r) => r.id)).toEqual([r2.id]);
      expectInvalid(await api(admin).get(`/stores/${store.id}/redemptions?from=yesterday`), 'from');
      // The list and one redemption: to the kiosk of its store, not to another store's or the other township.
      expect((await kiosk(await device(store.id)).get(`/stores/${store.id}/redemptions`)).body).toHaveLength(3);
      expectError(await kiosk(await device(second.id)).get(`/stores/${store.id}/redemptions`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expect((await kiosk(await device(store.id)).get(`/redemptions/${r1.id}`)).body).toMatchObject({ id: r1.id, receiptNo: r1.receiptNo });
      expectError(await kiosk(await device(second.id)).get(`/redemptions/${r1.id}`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await api(operatorB.token).get(`/redemptions/${r1.id}`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await api(admin).get('/redemptions/99999999'), 404, 'NOT_FOUND', { resource: 'redemption', id: '99999999' });
      expectInvalid(await api(admin).get('/redemptions/abc'), 'id');
    });

    it("shows each redemption and refund on the household's statement with its receipt number", async () => {
      const { programId, store, household } = await setup();
      const r = await redeemOk(
        store.id,
        household.id,
        [
          { sku: 'RICE', quantity: 1 },
          { sku: 'SOAP', quantity: 2 },
        ],
        operatorA.token,
      );
      const statement = await api(clerkA.token).get(`/programs/${programId}/holders/${household.id}/statement`);
      expect(statement.status).toBe(200);
      expect(statement.body.items[0]).toMatchObject({
        type: 'redemption',
        points: -28,
        balanceAfter: 172,
        memo: r.receiptNo,
        rule: null,
        operator: { type: 'user', id: operatorA.id },
      });
      expect((await refund(r.id, { lines: [{ lineId: r.lines[1].id }], reason: '包装破损' })).status).toBe(201);
      const after = await api(admin).get(`/programs/${programId}/holders/${household.id}/statement`);
      expect(after.body.items.slice(0, 2)).toMatchObject([
        { type: 'refund', points: 8, balanceAfter: 180, memo: r.receiptNo, reason: '包装破损' },
        { type: 'redemption', points: -28, memo: r.receiptNo },
      ]);
    });
  });

  // ---- kiosk lookup --------------------------------------------------------------------------

  describe('kiosk lookup', () => {
    it('shows a masked name, the redeemable points and what is left of limited items, dropping after a redemption', async () => {
      const { store, household } = await setup();
      const key = await device(store.id);
      const lookup = () => kiosk(key).get(`/stores/${store.id}/households/by-card/${household.cardCode.toLowerCase()}`);
      const first = await lookup();
      expect(first.status).toBe(200);
      expect(first.body.household).toEqual({
        id: household.id,
        cardCode: household.cardCode,
        householdNo: expect.any(String),
        headNameMasked: '张*',
      });
      expect(JSON.stringify(first.body)).not.toContain('张三');
      expect(first.body).toMatchObject({ balance: 200, basePoints: 100, redeemable: 100 });
      expect(first.body.items).toEqual([
        { sku: 'OIL', name: '食用油 5L', pointsPrice: 30, stock: 10, limit: { quantity: 2, per: 'month' }, remaining: 2 },
        { sku: 'RICE', name: '大米 10kg', pointsPrice: 20, stock: 10, limit: null, remaining: null },
        { sku: 'SALT', name: '食盐', pointsPrice: 2, stock: 3, limit: null, remaining: null },
        { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100, limit: null, remaining: null },
        { sku: 'WATER', name: '水费抵扣 10元', pointsPrice: 10, stock: null, limit: null, remaining: null },
      ]);
      const r = await kiosk(key)
        .post(`/stores/${store.id}/redemptions`, { cardCode: household.cardCode, lines: [{ sku: 'OIL', quantity: 1 }] })
        .set('Idempotency-Key', 'lookup-1');
      expect(r.status).toBe(201);
      const second = await lookup();
      expect(second.body).toMatchObject({ balance: 170, redeemable: 70 });
      expect(second.body.items[0]).toMatchObject({ sku: 'OIL', stock: 9, remaining: 1 });
      // A three-character name keeps its last character.
      const wang = await createHousehold(t, admin, villageA, { headName: '王小明' });
      expect((await kiosk(key).get(`/stores/${store.id}/households/by-card/${wang.cardCode}`)).body).toMatchObject({
        household: { headNameMasked: '王*明' },
        balance: 100,
        redeemable: 0,
      });
    });

    it('refuses a household of another region (422), an unknown card (404) and a kiosk of another store (403)', async () => {
      const { programId, store, household } = await setup();
      const { store: otherStore } = await setup();
      const key = await device(store.id);
      const outside = await createHousehold(t, admin, villageB);
      await givePoints(t, admin, programId, [outside.id], 10);
      const foreign = await createHousehold(t, other.token, other.villageId);
      const path = (card: string) => `/stores/${store.id}/households/by-card/${card}`;
      expectError(await kiosk(key).get(path(outside.cardCode)), 422, 'NOT_ELIGIBLE', { householdId: outside.id, storeId: store.id });
      expectError(await kiosk(key).get(path(foreign.cardCode)), 422, 'NOT_ELIGIBLE', { householdId: foreign.id, storeId: store.id });
      expectError(await kiosk(key).get(path('ZZZZZZZZZZZZ')), 404, 'NOT_FOUND', { resource: 'household', id: 'ZZZZZZZZZZZZ' });
      expectError(await kiosk(await device(otherStore.id)).get(path(household.cardCode)), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await api(operatorB.token).get(path(household.cardCode)), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await api(clerkA.token).get(path(household.cardCode)), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expect((await api(reviewer.token).get(path(household.cardCode))).status).toBe(200);
    });
  });

  // ---- refunds -------------------------------------------------------------------------------

  describe('refunds', () => {
    it('refunds a whole redemption: all stock, points and limits come back, once', async () => {
      const { programId, store, household } = await setup({ balance: 250 });
      const before = await items(store.id);
      const r = await redeemOk(store.id, household.id, [
        { sku: 'RICE', quantity: 2 },
        { sku: 'OIL', quantity: 2 },
        { sku: 'WATER', quantity: 1 },
      ]);
      expect(r).toMatchObject({ pointsSpent: 110, balanceAfter: 140 });
      // The sale's answer is the receipt as stored, line by line (reading it adds the household and no balance).
      const stored = await api(admin).get(`/redemptions/${r.id}`);
      expect({ ...stored.body, household: undefined, balanceAfter: 140 }).toEqual(r);
      const res = await refund(r.id, { reason: '整单退货' }, operatorA.token);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        refund: {
          id: expect.any(String),
          redemptionId: r.id,
          storeId: store.id,
          transactionId: expect.any(String),
          points: 110,
          reason: '整单退货',
          lines: expect.arrayContaining([
            { lineId: r.lines.find((l) => l.sku === 'RICE')!.id, sku: 'RICE', quantity: 2, points: 40 },
            { lineId: r.lines.find((l) => l.sku === 'OIL')!.id, sku: 'OIL', quantity: 2, points: 60 },
            { lineId: r.lines.find((l) => l.sku === 'WATER')!.id, sku: 'WATER', quantity: 1, points: 10 },
          ]),
          settlementId: null,
          actorType: 'user',
          actorId: operatorA.id,
          createdAt: expect.any(String),
        },
        balanceAfter: 250,
      });
      expect(res.body.refund.lines).toHaveLength(3);
      expect(await items(store.id)).toEqual(before);
      expect(await balance(programId, household.id)).toBe(250);
      const read = await api(admin).get(`/redemptions/${r.id}`);
      expect((read.body.lines as { quantity: number; refundedQuantity: number }[]).every((l) => l.refundedQuantity === l.quantity)).toBe(
        true,
      );
      expect(read.body.refunds).toHaveLength(1);
      const lookup = await api(admin).get(`/stores/${store.id}/households/by-card/${household.cardCode}`);
      expect(lookup.body.items[0]).toMatchObject({ sku: 'OIL', remaining: 2 });

      const after = await snapshot();
      expectError(await refund(r.id, { reason: '再退' }), 409, 'ALREADY_REFUNDED', { lineId: null });
      expectError(await refund(r.id, { lines: [{ lineId: r.lines[0].id }], reason: '再退' }), 409, 'ALREADY_REFUNDED', {
        lineId: r.lines[0].id,
      });
      await unchangedSince(after);
      await ledgerOk();
    });

    it('refunds part of a line, then the rest, never more than was bought', async () => {
      const { programId, store, household } = await setup();
      const r = await redeemOk(store.id, household.id, [
        { sku: 'SOAP', quantity: 5 },
        { sku: 'SALT', quantity: 1 },
      ]);
      const soap = r.lines.find((l) => l.sku === 'SOAP')!;
      const part = await refund(r.id, { lines: [{ lineId: soap.id, quantity: 2 }], reason: '多拿了' });
      expect(part.status).toBe(201);
      expect(part.body).toMatchObject({
        refund: { points: 8, lines: [{ lineId: soap.id, sku: 'SOAP', quantity: 2, points: 8 }] },
        balanceAfter: 200 - 22 + 8,
      });
      expect((await items(store.id)).SOAP.stock).toBe(97);

      const before = await snapshot();
      expectError(await refund(r.id, { lines: [{ lineId: soap.id, quantity: 4 }], reason: '超退' }), 409, 'ALREADY_REFUNDED', {
        lineId: soap.id,
      });
      expectInvalid(await refund(r.id, { lines: [{ lineId: soap.id, quantity: 0 }], reason: '零' }), 'lines.0.quantity');
      expectInvalid(await refund(r.id, { lines: [{ lineId: soap.id }] }), 'reason');
      expectInvalid(await refund(r.id, { lines: [], reason: '空' }), 'lines');
      expectError(
        await refund(r.id, {
          lines: [
            { lineId: soap.id, quantity: 1 },
            { lineId: soap.id, quantity: 1 },
          ],
          reason: '重复',
        }),
        400,
        'VALIDATION_FAILED',
      );
      await unchangedSince(before);

      const rest = await refund(r.id, { lines: [{ lineId: soap.id }], reason: '剩下的' });
      expect(rest.body).toMatchObject({ refund: { points: 12, lines: [{ quantity: 3 }] }, balanceAfter: 198 });
      const read = await api(admin).get(`/redemptions/${r.id}`);
      expect(read.body.lines).toMatchObject([
        { sku: 'SOAP', quantity: 5, refundedQuantity: 5 },
        { sku: 'SALT', quantity: 1, refundedQuantity: 0 },
      ]);
      expect(read.body.refunds.map((f: { points: number }) => f.points)).toEqual([8, 12]);
      // Without lines, only what is left is refunded.
      expect((await refund(r.id, { reason: '全部' })).body).toMatchObject({
        refund: { points: 2, lines: [{ sku: 'SALT', quantity: 1 }] },
        balanceAfter: 200,
      });
      expect(await balance(programId, household.id)).toBe(200);
      expect(await items(store.id)).toMatchObject({ SOAP: { stock: 100 }, SALT: { stock: 3 } });
      await ledgerOk();
    });

    it('refuses a line of another redemption (404), a clerk or auditor (403), another township (403) and a passed window (422)', async () => {
      const { store, household } = await setup({ balance: 300 });
      const r = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      const otherRedemption = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 1 }]);
      const key = await device(store.id);
      const otherKey = await device((await setup({ balance: 100 })).store.id);
      const before = await snapshot();
      expectError(await refund(r.id, { lines: [{ lineId: otherRedemption.lines[0].id }], reason: '错单' }), 404, 'NOT_FOUND', {
        resource: 'item',
        lineId: otherRedemption.lines[0].id,
      });
      expectError(await refund('99999999', { reason: '无' }), 404, 'NOT_FOUND', { resource: 'redemption', id: '99999999' });
      for (const user of [clerkA, auditor, reviewer]) expectError(await refund(r.id, { reason: '退' }, user.token), 403, 'FORBIDDEN');
      // A kiosk refunds today's receipts of its own store only (see below for older ones).
      expectError(
        await kiosk(otherKey).post(`/redemptions/${r.id}/refund`, { reason: '退' }).set('Idempotency-Key', 'kiosk-refund'),
        403,
        'OUT_OF_SCOPE',
      );
      expectError(await refund(r.id, { reason: '退' }, officerB.token), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await refund(r.id, { reason: '退' }, operatorB.token), 403, 'OUT_OF_SCOPE', { storeId: store.id });

      await t.db.query(`UPDATE redemptions SET created_at = now() - interval '8 days' WHERE id = $1`, [r.id]);
      const late = await refund(r.id, { reason: '过期退货' });
      expectError(late, 422, 'REFUND_WINDOW_PASSED');
      expect(late.body.error.details).toEqual({ days: 7, redeemedAt: expect.any(String) });
      expect(late.body.error.message).toBe('已超过7天退货期限');
      expectError(
        await kiosk(key).post(`/redemptions/${r.id}/refund`, { reason: '过期退货' }).set('Idempotency-Key', 'kiosk-late'),
        409,
        'REFUND_NOT_TODAY',
      );
      await unchangedSince(before);
      // A longer window lets it back in.
      expect((await api(admin).patch(`/stores/${store.id}`, { refundWindowDays: 10 })).body.refundWindowDays).toBe(10);
      expect((await refund(r.id, { reason: '延长退货期' })).body).toMatchObject({ refund: { points: 20 } });
      // A window of 0 days refuses even a redemption of a minute ago.
      await api(admin).patch(`/stores/${store.id}`, { refundWindowDays: 0 });
      await t.db.query(`UPDATE redemptions SET created_at = now() - interval '1 minute' WHERE id = $1`, [otherRedemption.id]);
      const beforeZero = await snapshot();
      expectError(await refund(otherRedemption.id, { reason: '不退' }), 422, 'REFUND_WINDOW_PASSED');
      await unchangedSince(beforeZero);
      await ledgerOk();
    });

    it('replays a refund sent again with the same Idempotency-Key', async () => {
      const { programId, store, household } = await setup();
      const r = await redeemOk(store.id, household.id, [
        { sku: 'RICE', quantity: 1 },
        { sku: 'SOAP', quantity: 1 },
      ]);
      const first = await refund(r.id, { reason: '退货' }).set('Idempotency-Key', 'refund-1');
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ refund: { points: 24 }, balanceAfter: 200 });
      const after = await snapshot();
      const again = await refund(r.id, { reason: '退货' }).set('Idempotency-Key', 'refund-1');
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      const partialAgain = await refund(r.id, { reason: '退货' }).set('Idempotency-Key', 'refund-1');
      expect(partialAgain.body.refund.id).toBe(first.body.refund.id);
      expectError(await refund(r.id, { reason: '另一个原因' }).set('Idempotency-Key', 'refund-1'), 422, 'IDEMPOTENCY_KEY_REUSED', {
        key: 'refund-1',
      });
      await unchangedSince(after);
      expect(await balance(programId, household.id)).toBe(200);

      // A partial refund retried replays too, rather than refunding twice.
      const r2 = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 3 }]);
      const body = { lines: [{ lineId: r2.lines[0].id, quantity: 1 }], reason: '一块' };
      const p1 = await refund(r2.id, body).set('Idempotency-Key', 'refund-2');
      const p2 = await refund(r2.id, body).set('Idempotency-Key', 'refund-2');
      expect([p1.status, p2.status]).toEqual([201, 201]);
      expect(p2.body.refund.id).toBe(p1.body.refund.id);
      expect((await api(admin).get(`/redemptions/${r2.id}`)).body.lines[0].refundedQuantity).toBe(1);
      await ledgerOk();
    });
  });

  // ---- settlements ---------------------------------------------------------------------------

  describe('settlements', () => {
    it('nets a refund made after a settlement into the next settlement', async () => {
      const { store, household } = await setup();
      const r = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 5 }]);
      const first = await api(officerA.token).post(`/stores/${store.id}/settlements`, {});
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        storeId: store.id,
        points: 20,
        pointValueFen: 100,
        valueFen: 2000,
        redemptionCount: 1,
        refundCount: 0,
        transactionId: expect.any(String),
      });
      await ledgerOk();
      expect((await api(admin).get(`/redemptions/${r.id}`)).body.settlementId).toBe(first.body.id);

      const back = await refund(r.id, { lines: [{ lineId: r.lines[0].id, quantity: 2 }], reason: '退两块' });
      expect(back.body.refund).toMatchObject({ points: 8, settlementId: null });
      const second = await api(admin).post(`/stores/${store.id}/settlements`, {});
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({
        points: -8,
        valueFen: -800,
        redemptionCount: 0,
        refundCount: 1,
        transactionId: expect.any(String),
      });
      await ledgerOk();
      expect((await api(admin).get(`/redemptions/${r.id}`)).body.refunds[0].settlementId).toBe(second.body.id);

      const third = await api(admin).post(`/stores/${store.id}/settlements`, {});
      expect(third.body).toMatchObject({ points: 0, valueFen: 0, redemptionCount: 0, refundCount: 0, transactionId: null });
      await ledgerOk();

      const listed = await api(auditor.token).get(`/stores/${store.id}/settlements`);
      expect(listed.status).toBe(200);
      expect((listed.body as { id: string; points: number }[]).map((s) => [s.id, s.points])).toEqual([
        [third.body.id, 0],
        [second.body.id, -8],
        [first.body.id, 20],
      ]);
      expect(listed.body[2]).toEqual({ ...first.body, createdAt: expect.any(String) });
      // The store's account holds nothing unsettled.
      const [store_] = (await t.db.query(
        `SELECT COALESCE(sum(p.amount), 0)::int AS total FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.kind = 'store' AND a.store_id = $1`,
        [store.id],
      )) as { total: number }[];
      expect(store_.total).toBe(0);
    });

    it('settles only what happened up to upTo when it is in the past', async () => {
      const { store, household } = await setup({ pointValueFen: 200 });
      const old = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      const recent = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 1 }]);
      await t.db.query(`UPDATE redemptions SET created_at = now() - interval '2 hours' WHERE id = $1`, [old.id]);
      const upTo = new Date(Date.now() - 3600_000).toISOString();
      const partial = await api(admin).post(`/stores/${store.id}/settlements`, { upTo });
      expect(partial.status).toBe(201);
      expect(partial.body).toMatchObject({ points: 20, valueFen: 4000, pointValueFen: 200, redemptionCount: 1, upTo });
      expect((await api(admin).get(`/redemptions/${recent.id}`)).body.settlementId).toBeNull();
      const future = new Date(Date.now() + 86400_000);
      const rest = await api(admin).post(`/stores/${store.id}/settlements`, { upTo: future.toISOString() });
      expect(rest.body).toMatchObject({ points: 4, valueFen: 800, redemptionCount: 1 });
      expect(new Date(rest.body.upTo as string).getTime()).toBeLessThan(future.getTime() - 3600_000);
      expect((await api(admin).get(`/redemptions/${recent.id}`)).body.settlementId).toBe(rest.body.id);
      const before = await snapshot();
      expectInvalid(await api(admin).post(`/stores/${store.id}/settlements`, { upTo: 'yesterday' }), 'upTo');
      await unchangedSince(before);
      await ledgerOk();
    });

    it('lets county admins and township officers settle, store staff and auditors read, clerks neither', async () => {
      const { store, household } = await setup();
      await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      const before = await snapshot();
      for (const user of [operatorA, auditor, clerkA, reviewer])
        expectError(await api(user.token).post(`/stores/${store.id}/settlements`, {}), 403, 'FORBIDDEN');
      expectError(await api(officerB.token).post(`/stores/${store.id}/settlements`, {}), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      expectError(await kiosk(await device(store.id)).post(`/stores/${store.id}/settlements`, {}), 403, 'FORBIDDEN');
      await unchangedSince(before);
      const settled = await api(officerA.token).post(`/stores/${store.id}/settlements`, {}).set('Idempotency-Key', 'settle-1');
      expect(settled.body).toMatchObject({ points: 20, redemptionCount: 1 });
      const replay = await api(officerA.token).post(`/stores/${store.id}/settlements`, {}).set('Idempotency-Key', 'settle-1');
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body.id).toBe(settled.body.id);
      for (const user of [auditor, operatorA, officerA])
        expect((await api(user.token).get(`/stores/${store.id}/settlements`)).body).toHaveLength(1);
      for (const user of [clerkA, reviewer]) expectError(await api(user.token).get(`/stores/${store.id}/settlements`), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).get(`/stores/${store.id}/settlements`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
      await ledgerOk();
    });
  });

  // ---- reports -------------------------------------------------------------------------------

  describe('reports', () => {
    const setCreatedAt = (table: 'redemptions' | 'refunds', id: string, at: string) =>
      t.db.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, at]);

    it("reports a store's day in the program timezone, as JSON and as CSV", async () => {
      const { store, household } = await setup({ balance: 300, pointValueFen: 50 });
      const r1 = await redeemOk(store.id, household.id, [
        { sku: 'RICE', quantity: 2 },
        { sku: 'SOAP', quantity: 1 },
      ]);
      const r2 = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 3 }]);
      const r3 = await redeemOk(store.id, household.id, [{ sku: 'OIL', quantity: 1 }]);
      const r4 = await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 1 }]);
      const back = await refund(r2.id, { lines: [{ lineId: r2.lines[0].id, quantity: 1 }], reason: '退一块' });
      expect(back.status).toBe(201);
      await setCreatedAt('redemptions', r1.id, '2026-11-20T08:00:00+08:00');
      await setCreatedAt('redemptions', r2.id, '2026-11-20T00:00:00+08:00');
      await setCreatedAt('redemptions', r3.id, '2026-11-20T23:59:59+08:00');
      await setCreatedAt('redemptions', r4.id, '2026-11-21T00:00:00+08:00');
      await setCreatedAt('refunds', back.body.refund.id as string, '2026-11-20T18:30:00+08:00');

      const day = await api(auditor.token).get(`/stores/${store.id}/reports/day?date=2026-11-20`);
      expect(day.status).toBe(200);
      expect(day.body).toEqual({
        storeId: store.id,
        date: '2026-11-20',
        redemptions: 3,
        redeemedPoints: 44 + 12 + 30,
        refunds: 1,
        refundedPoints: 4,
        netPoints: 82,
        pointValueFen: 50,
        valueFen: 82 * 50,
        items: [
          { sku: 'OIL', name: '食用油 5L', quantity: 1, refundedQuantity: 0, points: 30 },
          { sku: 'RICE', name: '大米 10kg', quantity: 2, refundedQuantity: 0, points: 40 },
          { sku: 'SOAP', name: '肥皂', quantity: 4, refundedQuantity: 1, points: 16 },
        ],
      });
      const next = await api(operatorA.token).get(`/stores/${store.id}/reports/day?date=2026-11-21`);
      expect(next.body).toMatchObject({
        redemptions: 1,
        redeemedPoints: 2,
        refunds: 0,
        refundedPoints: 0,
        netPoints: 2,
        valueFen: 100,
        items: [{ sku: 'SALT', quantity: 1 }],
      });
      const quiet = await api(admin).get(`/stores/${store.id}/reports/day?date=2026-11-19`);
      expect(quiet.body).toEqual({
        storeId: store.id,
        date: '2026-11-19',
        redemptions: 0,
        redeemedPoints: 0,
        refunds: 0,
        refundedPoints: 0,
        netPoints: 0,
        pointValueFen: 50,
        valueFen: 0,
        items: [],
      });

      const csv = await api(admin).get(`/stores/${store.id}/reports/day?date=2026-11-20&format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-2026-11-20.csv"`);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      const rows = csv.text
        .slice(1)
        .split(/\r?\n/)
        .filter((l) => l !== '');
      expect(rows).toEqual([
        '日期,商品编码,商品,兑换数量,退回数量,积分,金额（分）',
        '2026-11-20,OIL,食用油 5L,1,0,30,1500',
        '2026-11-20,RICE,大米 10kg,2,0,40,2000',
        '2026-11-20,SOAP,肥皂,4,1,16,800',
        '2026-11-20,合计,兑换3笔,,,86,4300',
        '2026-11-20,退货,退货1笔,,,-4,-200',
        '2026-11-20,净额,,,,82,4100',
      ]);
      for (const sku of ['OIL', 'RICE', 'SOAP']) expect(rows.filter((l) => l.split(',')[1] === sku)).toHaveLength(1);

      // Without a date: today in the program timezone.
      const dayBefore = today();
      const todays = await api(admin).get(`/stores/${store.id}/reports/day`);
      expect([dayBefore, today()]).toContain(todays.body.date);

      for (const bad of ['2026-02-30', 'yesterday', '2026-11-2', '20261120'])
        expectInvalid(await api(admin).get(`/stores/${store.id}/reports/day?date=${bad}`), 'date');
      expectInvalid(await api(admin).get(`/stores/${store.id}/reports/day?format=xml`), 'format');
      expectError(await api(clerkA.token).get(`/stores/${store.id}/reports/day?date=2026-11-20`), 403, 'FORBIDDEN');
      expectError(await kiosk(await device(store.id)).get(`/stores/${store.id}/reports/day?date=2026-11-20`), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).get(`/stores/${store.id}/reports/day?date=2026-11-20`), 403, 'OUT_OF_SCOPE', {
        storeId: store.id,
      });
    });

    it('reports stock with a low flag at or below the threshold, as JSON and as CSV', async () => {
      const { store } = await setup();
      await api(admin).patch(`/stores/${store.id}/items/SOAP`, { active: false });
      const move = await api(admin).post(`/stores/${store.id}/stock-movements`, { sku: 'RICE', quantity: -5, reason: '盘亏' });
      expect(move.body.item.stock).toBe(5);
      const stock = await api(auditor.token).get(`/stores/${store.id}/reports/stock`);
      expect(stock.status).toBe(200);
      expect(stock.body).toEqual([
        { sku: 'OIL', name: '食用油 5L', pointsPrice: 30, stock: 10, lowStockAt: 5, low: false, active: true },
        { sku: 'RICE', name: '大米 10kg', pointsPrice: 20, stock: 5, lowStockAt: 5, low: true, active: true },
        { sku: 'SALT', name: '食盐', pointsPrice: 2, stock: 3, lowStockAt: 5, low: true, active: true },
        { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100, lowStockAt: 5, low: false, active: false },
        { sku: 'WATER', name: '水费抵扣 10元', pointsPrice: 10, stock: null, lowStockAt: 5, low: false, active: true },
      ]);
      await api(admin).post(`/stores/${store.id}/stock-movements`, {
        sku: 'RICE',
        quantity: 1,
        reason: '补货',
        fundingSource: 'village_fund',
      });
      expect(
        ((await api(admin).get(`/stores/${store.id}/reports/stock`)).body as { sku: string; low: boolean }[]).find((l) => l.sku === 'RICE'),
      ).toMatchObject({ stock: 6, low: false });

      const csv = await api(operatorA.token).get(`/stores/${store.id}/reports/stock?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(
        csv.text
          .slice(1)
          .split(/\r?\n/)
          .filter((l) => l !== ''),
      ).toEqual([
        '商品编码,商品,积分价,库存,预警线,库存不足,在售',
        'OIL,食用油 5L,30,10,5,否,是',
        'RICE,大米 10kg,20,6,5,否,是',
        'SALT,食盐,2,3,5,是,是',
        'SOAP,肥皂,4,100,5,否,否',
        'WATER,水费抵扣 10元,10,,5,否,是',
      ]);
      expectInvalid(await api(admin).get(`/stores/${store.id}/reports/stock?format=pdf`), 'format');
      expectError(await api(clerkA.token).get(`/stores/${store.id}/reports/stock`), 403, 'FORBIDDEN');
      expectError(await api(officerB.token).get(`/stores/${store.id}/reports/stock`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
    });
  });

  // ---- search and paging of the store's lists -----------------------------------------------

  describe('search and paging', () => {
    /** A list's answer: the rows of its page and the X-Total-Count of all that match. */
    async function page<T>(path: string, token = admin): Promise<{ rows: T[]; total: number }> {
      const res = await api(token).get(path);
      expect(res.status).toBe(200);
      return { rows: res.body as T[], total: Number(res.headers['x-total-count']) };
    }
    const skus = (rows: { sku: string }[]) => rows.map((r) => r.sku);

    it('finds stores by any part of their name or code (GET /stores?q=)', async () => {
      const program = await createProgram(t, admin, countyId);
      const code = uniqueCode('FIND-');
      const mine = await openStore(t, admin, townshipA, [], { programId: program.id, name: '查找用爱心超市', code });
      await openStore(t, admin, townshipA, [], { programId: program.id, name: '另一家超市' });
      const byName = await api(operatorA.token).get(`/stores?q=${encodeURIComponent('查找用')}`);
      expect(byName.status).toBe(200);
      expect(byName.body).toMatchObject({ total: 1, items: [{ id: mine.id, name: '查找用爱心超市', code }] });
      const byCode = await api(admin).get(`/stores?q=${encodeURIComponent(code.toLowerCase())}`);
      expect(byCode.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });
      // Township B's operator does not find township A's store; a % is a percent sign, not a wildcard.
      expect((await api(operatorB.token).get(`/stores?q=${encodeURIComponent('查找用')}`)).body).toEqual({ items: [], total: 0 });
      expect((await api(admin).get(`/stores?q=${encodeURIComponent('%')}`)).body).toEqual({ items: [], total: 0 });
      expectInvalid(await api(admin).get(`/stores?q=${'x'.repeat(65)}`), 'q');
    });

    it('searches the goods by sku or name and pages them (q, limit, offset, X-Total-Count); without them, every item as before', async () => {
      const { store } = await setup();
      const all = await page<{ sku: string }>(`/stores/${store.id}/items`);
      expect(skus(all.rows)).toEqual(['OIL', 'RICE', 'SALT', 'SOAP', 'WATER']);
      expect(all.total).toBe(5);
      // q: any part of the sku or the name, in any case.
      expect(skus((await page<{ sku: string }>(`/stores/${store.id}/items?q=ric`)).rows)).toEqual(['RICE']);
      const byName = await page<{ sku: string }>(`/stores/${store.id}/items?q=${encodeURIComponent('盐')}`);
      expect(byName).toEqual({ rows: [expect.objectContaining({ sku: 'SALT', name: '食盐', pointsPrice: 2, stock: 3 })], total: 1 });
      expect(skus((await page<{ sku: string }>(`/stores/${store.id}/items?q=o`)).rows)).toEqual(['OIL', 'SOAP']);
      expect(await page(`/stores/${store.id}/items?q=${encodeURIComponent('_')}`)).toEqual({ rows: [], total: 0 });
      // limit and offset: a page of the list by sku, the total of all that match.
      expect(await page<{ sku: string }>(`/stores/${store.id}/items?limit=2`)).toMatchObject({ total: 5 });
      expect(skus((await page<{ sku: string }>(`/stores/${store.id}/items?limit=2`)).rows)).toEqual(['OIL', 'RICE']);
      const second = await page<{ sku: string }>(`/stores/${store.id}/items?limit=2&offset=2`);
      expect({ skus: skus(second.rows), total: second.total }).toEqual({ skus: ['SALT', 'SOAP'], total: 5 });
      const last = await page<{ sku: string }>(`/stores/${store.id}/items?limit=2&offset=4`);
      expect({ skus: skus(last.rows), total: last.total }).toEqual({ skus: ['WATER'], total: 5 });
      const searched = await page<{ sku: string }>(`/stores/${store.id}/items?q=o&limit=1&offset=1`);
      expect({ skus: skus(searched.rows), total: searched.total }).toEqual({ skus: ['SOAP'], total: 2 });
      // A kiosk of the store pages the same way.
      const res = await kiosk(await device(store.id)).get(`/stores/${store.id}/items?limit=1&offset=1`);
      expect({ skus: skus(res.body as { sku: string }[]), total: res.headers['x-total-count'] }).toEqual({ skus: ['RICE'], total: '5' });
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=501', 'limit'],
        ['offset=-1', 'offset'],
        ['q=', 'q'],
        [`q=${'x'.repeat(101)}`, 'q'],
      ])
        expectInvalid(await api(admin).get(`/stores/${store.id}/items?${query}`), field);
    });

    it("searches a store's receipts by receipt number or goods and pages them (q, offset, X-Total-Count); limit stays 50 by default", async () => {
      const { store, household } = await setup({ balance: 400 });
      const r1 = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      const r2 = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 2 }]);
      const r3 = await redeemOk(store.id, household.id, [
        { sku: 'SOAP', quantity: 1 },
        { sku: 'SALT', quantity: 1 },
      ]);
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      const all = await page<{ id: string; receiptNo: string }>(`/stores/${store.id}/redemptions`);
      expect({ ids: ids(all.rows), total: all.total }).toEqual({ ids: [r3.id, r2.id, r1.id], total: 3 });
      // q: the receipt's sequence number, as a customer reads it off the slip.
      expect(r2.receiptNo).toMatch(/-0002$/);
      const bySequence = await page<{ id: string }>(`/stores/${store.id}/redemptions?q=0002`);
      expect({ ids: ids(bySequence.rows), total: bySequence.total }).toEqual({ ids: [r2.id], total: 1 });
      // q: the goods on it, by name or sku.
      const soap = await page<{ id: string }>(`/stores/${store.id}/redemptions?q=${encodeURIComponent('肥皂')}`);
      expect({ ids: ids(soap.rows), total: soap.total }).toEqual({ ids: [r3.id, r2.id], total: 2 });
      const salt = await page<{ id: string; lines: { sku: string }[] }>(`/stores/${store.id}/redemptions?q=salt`);
      expect({ ids: ids(salt.rows), total: salt.total }).toEqual({ ids: [r3.id], total: 1 });
      expect(skus(salt.rows[0].lines)).toEqual(['SOAP', 'SALT']);
      // offset with limit: the second page, newest first, and the total.
      const second = await page<{ id: string }>(`/stores/${store.id}/redemptions?limit=2&offset=2`);
      expect({ ids: ids(second.rows), total: second.total }).toEqual({ ids: [r1.id], total: 3 });
      const soapSecond = await page<{ id: string }>(`/stores/${store.id}/redemptions?q=SOAP&limit=1&offset=1`);
      expect({ ids: ids(soapSecond.rows), total: soapSecond.total }).toEqual({ ids: [r2.id], total: 2 });
      // With a day's range, as the receipts screen asks.
      await t.db.query(`UPDATE redemptions SET created_at = created_at - interval '1 day' WHERE id = $1`, [r1.id]);
      const from = encodeURIComponent(new Date(Date.now() - 3600_000).toISOString());
      const recent = await page<{ id: string }>(`/stores/${store.id}/redemptions?from=${from}`);
      expect({ ids: ids(recent.rows), total: recent.total }).toEqual({ ids: [r3.id, r2.id], total: 2 });
      // The default page is still 50.
      const many = await setup({ balance: 400 });
      for (let i = 0; i < 51; i++) await redeemOk(many.store.id, many.household.id, [{ sku: 'SOAP', quantity: 1 }]);
      const fifty = await page<{ id: string }>(`/stores/${many.store.id}/redemptions`);
      expect({ rows: fifty.rows.length, total: fifty.total }).toEqual({ rows: 50, total: 51 });
      const rest = await page<{ id: string }>(`/stores/${many.store.id}/redemptions?offset=50`);
      expect({ rows: rest.rows.length, total: rest.total }).toEqual({ rows: 1, total: 51 });
      expectInvalid(await api(admin).get(`/stores/${store.id}/redemptions?offset=-1`), 'offset');
      expectInvalid(await api(admin).get(`/stores/${store.id}/redemptions?q=`), 'q');
    });

    it("searches a store's settlements by number and pages them (q, limit, offset, X-Total-Count); without them, every settlement", async () => {
      const { store, household } = await setup();
      const made: string[] = [];
      for (const sku of ['RICE', 'SOAP', 'SALT']) {
        await redeemOk(store.id, household.id, [{ sku, quantity: 1 }]);
        const s = await api(officerA.token).post(`/stores/${store.id}/settlements`, {});
        expect(s.status).toBe(201);
        made.push(s.body.id as string);
      }
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      const all = await page<{ id: string }>(`/stores/${store.id}/settlements`, operatorA.token);
      expect({ ids: ids(all.rows), total: all.total }).toEqual({ ids: [...made].reverse(), total: 3 });
      const one = await page<{ id: string; points: number }>(`/stores/${store.id}/settlements?q=${made[1]}`, operatorA.token);
      expect(one).toEqual({ rows: [expect.objectContaining({ id: made[1], points: 4, redemptionCount: 1 })], total: 1 });
      const second = await page<{ id: string }>(`/stores/${store.id}/settlements?limit=2&offset=2`, operatorA.token);
      expect({ ids: ids(second.rows), total: second.total }).toEqual({ ids: [made[0]], total: 3 });
      const first = await page<{ id: string }>(`/stores/${store.id}/settlements?limit=2`, operatorA.token);
      expect({ ids: ids(first.rows), total: first.total }).toEqual({ ids: [made[2], made[1]], total: 3 });
      expect(await page(`/stores/${store.id}/settlements?q=99999999`, operatorA.token)).toEqual({ rows: [], total: 0 });
      expectInvalid(await api(admin).get(`/stores/${store.id}/settlements?q=abc`), 'q');
      expectInvalid(await api(admin).get(`/stores/${store.id}/settlements?limit=0`), 'limit');
    });

    it("searches a store's kiosks by name and pages them (q, limit, offset, X-Total-Count); without them, every kiosk", async () => {
      const { store } = await setup();
      const made: number[] = [];
      for (const name of ['收银台1', '收银台2', '门口平板'])
        made.push((await api(operatorA.token).post(`/stores/${store.id}/devices`, { name })).body.id as number);
      const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
      const all = await page<{ id: number }>(`/stores/${store.id}/devices`, operatorA.token);
      expect({ ids: ids(all.rows), total: all.total }).toEqual({ ids: made, total: 3 });
      const tills = await page<{ id: number; name: string }>(
        `/stores/${store.id}/devices?q=${encodeURIComponent('收银')}`,
        operatorA.token,
      );
      expect({ names: tills.rows.map((d) => d.name), total: tills.total }).toEqual({ names: ['收银台1', '收银台2'], total: 2 });
      const second = await page<{ id: number }>(`/stores/${store.id}/devices?limit=2&offset=2`, operatorA.token);
      expect({ ids: ids(second.rows), total: second.total }).toEqual({ ids: [made[2]], total: 3 });
      const searched = await page<{ id: number }>(
        `/stores/${store.id}/devices?q=${encodeURIComponent('收银')}&limit=1&offset=1`,
        operatorA.token,
      );
      expect({ ids: ids(searched.rows), total: searched.total }).toEqual({ ids: [made[1]], total: 2 });
      // Keys are never listed.
      expect(Object.keys(all.rows[0]).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'storeId']);
      expectInvalid(await api(admin).get(`/stores/${store.id}/devices?limit=501`), 'limit');
    });
  });

  // ---- month report and exports --------------------------------------------------------------

  describe('month report and exports', () => {
    async function workbook(path: string, token = admin): Promise<{ res: Response; rows: unknown[][] }> {
      const res: Response = await api(token).get(path).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.read(Readable.from([res.body as Buffer]));
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
      return { res, rows };
    }
    const csvRows = (text: string) =>
      text
        .slice(1)
        .split(/\r?\n/)
        .filter((l) => l !== '');

    it("reports a store's month day by day in the program timezone, as JSON, CSV and xlsx; the day report comes as xlsx too", async () => {
      const { store, household } = await setup({ balance: 400, pointValueFen: 50 });
      const r1 = await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 2 }]);
      const r2 = await redeemOk(store.id, household.id, [{ sku: 'SOAP', quantity: 3 }]);
      const r3 = await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 1 }]);
      const r4 = await redeemOk(store.id, household.id, [{ sku: 'OIL', quantity: 1 }]);
      const back = await refund(r2.id, { lines: [{ lineId: r2.lines[0].id, quantity: 1 }], reason: '退一块' });
      expect(back.status).toBe(201);
      const at = (table: string, id: string, when: string) => t.db.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, when]);
      await at('redemptions', r1.id, '2026-11-01T00:00:00+08:00');
      await at('redemptions', r2.id, '2026-11-15T09:00:00+08:00');
      await at('redemptions', r3.id, '2026-11-30T23:59:59+08:00');
      await at('redemptions', r4.id, '2026-10-31T23:59:59+08:00');
      await at('refunds', back.body.refund.id as string, '2026-11-16T10:00:00+08:00');

      const month = await api(operatorA.token).get(`/stores/${store.id}/reports/month?month=2026-11`);
      expect(month.status).toBe(200);
      const zero = { refunds: 0, refundedPoints: 0 };
      expect(month.body).toEqual({
        storeId: store.id,
        month: '2026-11',
        pointValueFen: 50,
        days: [
          { date: '2026-11-01', redemptions: 1, redeemedPoints: 40, ...zero, netPoints: 40, valueFen: 2000 },
          { date: '2026-11-15', redemptions: 1, redeemedPoints: 12, ...zero, netPoints: 12, valueFen: 600 },
          { date: '2026-11-16', redemptions: 0, redeemedPoints: 0, refunds: 1, refundedPoints: 4, netPoints: -4, valueFen: -200 },
          { date: '2026-11-30', redemptions: 1, redeemedPoints: 2, ...zero, netPoints: 2, valueFen: 100 },
        ],
        totals: { redemptions: 3, redeemedPoints: 54, refunds: 1, refundedPoints: 4, netPoints: 50, valueFen: 2500 },
        items: [
          { sku: 'RICE', name: '大米 10kg', quantity: 2, refundedQuantity: 0, points: 40 },
          { sku: 'SALT', name: '食盐', quantity: 1, refundedQuantity: 0, points: 2 },
          { sku: 'SOAP', name: '肥皂', quantity: 3, refundedQuantity: 1, points: 12 },
        ],
      });
      const october = await api(admin).get(`/stores/${store.id}/reports/month?month=2026-10`);
      expect(october.body).toMatchObject({ days: [{ date: '2026-10-31', redemptions: 1, redeemedPoints: 30 }], totals: { netPoints: 30 } });
      const quiet = await api(admin).get(`/stores/${store.id}/reports/month?month=2026-09`);
      expect(quiet.body).toMatchObject({ days: [], items: [], totals: { redemptions: 0, netPoints: 0, valueFen: 0 } });
      // Without a month: this month in the program timezone.
      expect([today().slice(0, 7), dayIn(PROGRAM_TZ).slice(0, 7)]).toContain(
        (await api(admin).get(`/stores/${store.id}/reports/month`)).body.month,
      );

      const csv = await api(operatorA.token).get(`/stores/${store.id}/reports/month?month=2026-11&format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-2026-11.csv"`);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(csvRows(csv.text)).toEqual([
        '日期,兑换笔数,兑换积分,退货笔数,退货积分,净积分,金额（分）,金额（元）',
        '2026-11-01,1,40,0,0,40,2000,20.00',
        '2026-11-15,1,12,0,0,12,600,6.00',
        '2026-11-16,0,0,1,4,-4,-200,-2.00',
        '2026-11-30,1,2,0,0,2,100,1.00',
        '2026-11 合计,3,54,1,4,50,2500,25.00',
      ]);
      const book = await workbook(`/stores/${store.id}/reports/month?month=2026-11&format=xlsx`, operatorA.token);
      expect(book.res.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-2026-11.xlsx"`);
      expect(book.rows[0]).toEqual(['日期', '兑换笔数', '兑换积分', '退货笔数', '退货积分', '净积分', '金额（分）', '金额（元）']);
      expect(book.rows[3]).toEqual(['2026-11-16', 0, 0, 1, 4, -4, -200, '-2.00']);
      expect(book.rows[5]).toEqual(['2026-11 合计', 3, 54, 1, 4, 50, 2500, '25.00']);

      const day = await workbook(`/stores/${store.id}/reports/day?date=2026-11-15&format=xlsx`, operatorA.token);
      expect(day.res.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-2026-11-15.xlsx"`);
      expect(day.rows).toEqual([
        ['日期', '商品编码', '商品', '兑换数量', '退回数量', '积分', '金额（分）'],
        ['2026-11-15', 'SOAP', '肥皂', 3, 1, 12, 600],
        // Empty cells are left empty.
        ['2026-11-15', '合计', '兑换1笔', undefined, undefined, 12, 600],
        ['2026-11-15', '退货', '退货0笔', undefined, undefined, 0, 0],
        ['2026-11-15', '净额', undefined, undefined, undefined, 12, 600],
      ]);

      for (const bad of ['2026-13', '2026-1', 'november', '2026-11-01'])
        expectInvalid(await api(admin).get(`/stores/${store.id}/reports/month?month=${bad}`), 'month');
      expectInvalid(await api(admin).get(`/stores/${store.id}/reports/month?format=pdf`), 'format');
      expectError(await api(clerkA.token).get(`/stores/${store.id}/reports/month`), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).get(`/stores/${store.id}/reports/month`), 403, 'OUT_OF_SCOPE', { storeId: store.id });
    });

    it("exports a store's settlements as CSV and xlsx, newest first, money in fen and in yuan", async () => {
      const { store, household } = await setup({ balance: 400, pointValueFen: 150 });
      await redeemOk(store.id, household.id, [{ sku: 'RICE', quantity: 1 }]);
      // The first covers what happened up to New Year (nothing); the second the two redemptions.
      const first = await api(officerA.token).post(`/stores/${store.id}/settlements`, { upTo: '2026-01-01T00:00:00+08:00' });
      await redeemOk(store.id, household.id, [{ sku: 'SALT', quantity: 1 }]);
      const second = await api(officerA.token).post(`/stores/${store.id}/settlements`, {});
      const shown = (iso: string) =>
        new Intl.DateTimeFormat('sv-SE', {
          timeZone: PROGRAM_TZ,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(iso));
      const csv = await api(operatorA.token).get(`/stores/${store.id}/settlements/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-settlements.csv"`);
      expect(csvRows(csv.text)).toEqual([
        '结算单号,结算时间,结算截至,兑换笔数,退货笔数,结算积分,每分金额（分）,金额（分）,金额（元）',
        `${second.body.id},${shown(second.body.createdAt)},${shown(second.body.upTo)},2,0,22,150,3300,33.00`,
        `${first.body.id},${shown(first.body.createdAt)},2026-01-01 00:00,0,0,0,150,0,0.00`,
      ]);
      const book = await workbook(`/stores/${store.id}/settlements/export.xlsx`, auditor.token);
      expect(book.res.headers['content-disposition']).toBe(`attachment; filename="store-${store.id}-settlements.xlsx"`);
      expect(book.rows.map((r) => r.slice(0, 1).concat(r.slice(3)))).toEqual([
        ['结算单号', '兑换笔数', '退货笔数', '结算积分', '每分金额（分）', '金额（分）', '金额（元）'],
        [second.body.id, 2, 0, 22, 150, 3300, '33.00'],
        [first.body.id, 0, 0, 0, 150, 0, '0.00'],
      ]);
      expectError(await api(clerkA.token).get(`/stores/${store.id}/settlements/export.csv`), 403, 'FORBIDDEN');
      expectError(await api(operatorB.token).get(`/stores/${store.id}/settlements/export.xlsx`), 403, 'OUT_OF_SCOPE', {
        storeId: store.id,
      });
    });
  });
});
