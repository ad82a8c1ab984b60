import { as, createHousehold, createProgram, createRule, seedTree, type Client } from './support/fixtures.js';
import { householdHolding, openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

const GOODS = [
  { sku: 'RICE', name: '大米 10kg', pointsPrice: 20, stock: 10 },
  { sku: 'OIL', name: '食用油 5L', pointsPrice: 30, stock: 10, limit: { quantity: 2, per: 'month' } },
  { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 },
  { sku: 'SALT', name: '食盐', pointsPrice: 2, stock: 100 },
];

describe('love supermarket acceptance', () => {
  const t = useTestApp();
  let token: string, countyId: number, townshipA: number, villageA: number, api: () => Client;
  beforeAll(async () => {
    ({
      county: { token, countyId, api },
      townshipA,
      villageA,
    } = await seedTree(t));
  });

  const check = async () => (await api().get('/ledger/check')).body;

  /** A store of township A on a fresh program, with goods, and a household holding `balance`. */
  async function setup(pointValueFen = 100, balance = 150) {
    const program = await createProgram(t, token, countyId, { pointValueFen });
    const store = await openStore(t, token, townshipA, GOODS, { programId: program.id });
    const household = await householdHolding(t, token, program.id, villageA, balance, '2026-11-01');
    return { program, store, household };
  }

  it('lets a household with 100 base and 150 balance spend at most 50 points', async () => {
    const { store, household } = await setup();
    const tooMuch = await api().post(`/stores/${store.id}/redemptions`, {
      householdId: household.id,
      lines: [{ sku: 'RICE', quantity: 3 }],
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error).toMatchObject({ code: 'INSUFFICIENT_POINTS', details: { needed: 60, available: 50 } });
    const ok = await api().post(`/stores/${store.id}/redemptions`, {
      householdId: household.id,
      lines: [
        { sku: 'RICE', quantity: 1 },
        { sku: 'OIL', quantity: 1 },
      ],
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ pointsSpent: 50, balanceAfter: 100 });
    expect(ok.body.receiptNo).toMatch(new RegExp(`^${store.code}-\\d{8}-0001$`));
    const more = await api().post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'SOAP', quantity: 1 }] });
    expect(more.body.error).toMatchObject({ code: 'INSUFFICIENT_POINTS', details: { needed: 4, available: 0 } });
    expect(await check()).toMatchObject({ ok: true });
  });

  it('refunds one line of two, once', async () => {
    const { store, household } = await setup();
    const r = await api().post(`/stores/${store.id}/redemptions`, {
      householdId: household.id,
      lines: [
        { sku: 'RICE', quantity: 1 },
        { sku: 'SOAP', quantity: 2 },
      ],
    });
    expect(r.status).toBe(201);
    const soapLine = r.body.lines.find((l: { sku: string }) => l.sku === 'SOAP');
    const refund = await api().post(`/redemptions/${r.body.id}/refund`, { lines: [{ lineId: soapLine.id }], reason: '包装破损' });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ refund: { points: 8 }, balanceAfter: 150 - 28 + 8 });
    const items = (await api().get(`/stores/${store.id}/items`)).body as { sku: string; stock: number }[];
    expect(items.find((i) => i.sku === 'SOAP')!.stock).toBe(100);
    expect(items.find((i) => i.sku === 'RICE')!.stock).toBe(9);
    const again = await api().post(`/redemptions/${r.body.id}/refund`, { lines: [{ lineId: soapLine.id }], reason: '包装破损' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_REFUNDED');
    expect(await check()).toMatchObject({ ok: true });
  });

  it('settles 3 redemptions worth 42 points at 2 yuan a point as 8,400 fen, then 0', async () => {
    const { store, household } = await setup(200);
    for (const lines of [
      [{ sku: 'RICE', quantity: 1 }],
      [{ sku: 'SOAP', quantity: 3 }],
      [
        { sku: 'SOAP', quantity: 2 },
        { sku: 'SALT', quantity: 1 },
      ],
    ]) {
      expect((await api().post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines })).status).toBe(201);
    }
    const first = await api().post(`/stores/${store.id}/settlements`, {});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ points: 42, valueFen: 8400, redemptionCount: 3 });
    const second = await api().post(`/stores/${store.id}/settlements`, {});
    expect(second.body).toMatchObject({ points: 0, valueFen: 0, redemptionCount: 0 });
    expect(await check()).toMatchObject({ ok: true });
  });

  it('hands out 10 units to 50 parallel redemptions, exactly', async () => {
    const { store, program } = await setup();
    expect((await api().post(`/stores/${store.id}/items`, { sku: 'TOWEL', name: '毛巾', pointsPrice: 1, stock: 10 })).status).toBe(201);
    const rule = await createRule(t, token, program.id, { points: 10 });
    const households = [];
    for (let i = 0; i < 50; i++) households.push(await createHousehold(t, token, villageA));
    await api().post(`/programs/${program.id}/awards`, {
      ruleId: rule.id,
      holderIds: households.map((h) => h.id),
      occurredOn: '2026-11-02',
    });
    const results = await Promise.all(
      households.map((h) => api().post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'TOWEL', quantity: 1 }] })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 422 && r.body.error.code === 'OUT_OF_STOCK')).toHaveLength(40);
    expect(await check()).toMatchObject({ ok: true });
  });

  it('lets 3 of 10 parallel 10-point redemptions through for 30 redeemable points', async () => {
    const { store, household } = await setup(100, 130);
    expect((await api().post(`/stores/${store.id}/items`, { sku: 'TEN', name: '十分商品', pointsPrice: 10, stock: 100 })).status).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api().post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'TEN', quantity: 1 }] }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 422 && r.body.error.code === 'INSUFFICIENT_POINTS')).toHaveLength(7);
    expect(await check()).toMatchObject({ ok: true });
  });

  it('redeems once for 20 parallel retries with one key', async () => {
    const { store, household } = await setup();
    const device = await api().post(`/stores/${store.id}/devices`, { name: '收银台' });
    const kiosk = as(t, { apiKey: device.body.apiKey });
    const body = { householdId: household.id, lines: [{ sku: 'SOAP', quantity: 1 }] };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => kiosk.post(`/stores/${store.id}/redemptions`, body).set('Idempotency-Key', 'kiosk-1-0001')),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => JSON.stringify({ id: r.body.id, receipt: r.body.receiptNo }))).size).toBe(1);
    const listed = await api().get(`/stores/${store.id}/redemptions`);
    expect(listed.body).toHaveLength(1);
    const noKey = await kiosk.post(`/stores/${store.id}/redemptions`, body);
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(await check()).toMatchObject({ ok: true });
  });

  it('lets a store without redemptions change its program', async () => {
    const { store } = await setup();
    const other = await createProgram(t, token, countyId);
    const moved = await api().patch(`/stores/${store.id}`, { programId: other.id, refundWindowDays: 3 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ programId: other.id, refundWindowDays: 3 });
  });

  it('refuses to move a store with redemptions to another program (409 STORE_PROGRAM_LOCKED)', async () => {
    const { program, store, household } = await setup();
    expect(
      (await api().post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'SOAP', quantity: 1 }] })).status,
    ).toBe(201);
    const other = await createProgram(t, token, countyId);
    const res = await api().patch(`/stores/${store.id}`, { programId: other.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('STORE_PROGRAM_LOCKED');
    const same = await api().patch(`/stores/${store.id}`, { programId: program.id, name: '新名字' });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ programId: program.id, name: '新名字' });
  });
});
