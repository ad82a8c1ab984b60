import type { Response } from 'supertest';
import { countRows, createHousehold, createProgram, createRule, expectLedgerOk, seedTree, today, type Client } from './support/fixtures.js';
import { givePoints, openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * Love-supermarket features under concurrency, against the real app and database: many requests
 * at once, then exact outcomes (stock, limits, refunds, settlements, receipts, balances) and a
 * clean ledger check. No request may end in a 500 (a deadlock or a lost update would).
 */
describe('love supermarket under concurrency', () => {
  const t = useTestApp();
  let token: string, countyId: number, townshipA: number, villageA: number, api: () => Client;
  beforeAll(async () => {
    ({
      county: { token, countyId, api },
      townshipA,
      villageA,
    } = await seedTree(t));
  });

  const BASE = 100;

  interface Line {
    sku: string;
    quantity: number;
  }
  interface Shop {
    programId: number;
    storeId: number;
    storeCode: string;
  }

  /** A fresh program with a store of township A selling `items`. */
  async function shop(
    items: { sku: string; pointsPrice: number; stock: number; limit?: { quantity: number; per: string } }[],
  ): Promise<Shop> {
    const program = await createProgram(t, token, countyId);
    const store = await openStore(
      t,
      token,
      townshipA,
      items.map((item) => ({ name: item.sku, ...item })),
      { programId: program.id },
    );
    return { programId: program.id, storeId: store.id, storeCode: store.code };
  }

  /** `n` households of village A, each holding the base plus `extra` points in the program. */
  async function households(programId: number, n: number, extra: number): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) ids.push((await createHousehold(t, token, villageA)).id);
    if (extra > 0) await givePoints(t, token, programId, ids, extra);
    return ids;
  }

  /** A shop selling `items` and one household of village A holding the base plus `extra`. */
  async function shopAndHousehold(items: Parameters<typeof shop>[0], extra: number): Promise<[Shop, number]> {
    const s = await shop(items);
    const [h] = await households(s.programId, 1, extra);
    return [s, h];
  }

  const redeem = (s: Shop, householdId: number, lines: Line[]) => api().post(`/stores/${s.storeId}/redemptions`, { householdId, lines });
  const refund = (redemptionId: string) => api().post(`/redemptions/${redemptionId}/refund`, { reason: '退货' });
  const settle = (s: Shop) => api().post(`/stores/${s.storeId}/settlements`, {});

  async function stock(s: Shop): Promise<Map<string, number>> {
    const res = await api().get(`/stores/${s.storeId}/items`);
    expect(res.status).toBe(200);
    return new Map((res.body as { sku: string; stock: number }[]).map((i) => [i.sku, i.stock]));
  }

  /** Per sku: the sum of all stock movements, the lowest stock_after ever written, and the movement count. */
  async function movements(s: Shop): Promise<Map<string, { sum: number; min: number; count: number }>> {
    const rows = (await t.db.query(
      `SELECT i.sku, COALESCE(sum(m.quantity), 0)::int AS sum, COALESCE(min(m.stock_after), 0)::int AS min, count(m.id)::int AS count
         FROM store_items i LEFT JOIN stock_movements m ON m.item_id = i.id WHERE i.store_id = $1 GROUP BY i.sku`,
      [s.storeId],
    )) as { sku: string; sum: number; min: number; count: number }[];
    return new Map(rows.map((r) => [r.sku, { sum: r.sum, min: r.min, count: r.count }]));
  }

  async function balance(s: Shop, householdId: number): Promise<{ balance: number; redeemable: number }> {
    const res = await api().get(`/programs/${s.programId}/holders/${householdId}/balance`);
    expect(res.status).toBe(200);
    return res.body;
  }

  /** The sum of the postings on the store's own account (its unsettled points). */
  async function storeAccountSum(s: Shop): Promise<number> {
    const [row] = (await t.db.query(
      `SELECT COALESCE(sum(p.amount), 0)::bigint::text AS sum FROM accounts a LEFT JOIN postings p ON p.account_id = a.id
        WHERE a.kind = 'store' AND a.store_id = $1 AND a.program_id = $2`,
      [s.storeId, s.programId],
    )) as { sum: string }[];
    return Number(row?.sum ?? 0);
  }

  const codes = (responses: Response[]) => responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body?.error?.code}`);
  const ok = (responses: Response[]) => responses.filter((r) => r.status === 201);

  it('serves mixed multi-line redemptions over overlapping items in crossed orders without deadlock, stock exact', async () => {
    const initial: Record<string, number> = { A: 12, B: 12, C: 8, D: 500 };
    const s = await shop(Object.entries(initial).map(([sku, n]) => ({ sku, pointsPrice: 2, stock: n })));
    const rich = await households(s.programId, 32, 40);
    const poor = await households(s.programId, 4, 3);
    const orders: Line[][] = [
      [
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1 },
      ],
      [
        { sku: 'B', quantity: 2 },
        { sku: 'A', quantity: 1 },
      ],
      [
        { sku: 'C', quantity: 1 },
        { sku: 'B', quantity: 1 },
        { sku: 'A', quantity: 1 },
      ],
      [
        { sku: 'D', quantity: 3 },
        { sku: 'C', quantity: 1 },
        { sku: 'A', quantity: 2 },
      ],
      [
        { sku: 'B', quantity: 1 },
        { sku: 'D', quantity: 2 },
        { sku: 'C', quantity: 1 },
      ],
      [
        { sku: 'A', quantity: 1 },
        { sku: 'D', quantity: 1 },
        { sku: 'B', quantity: 1 },
        { sku: 'C', quantity: 1 },
      ],
    ];
    const calls = [
      ...rich.map((h, i) => ({ h, lines: orders[i % orders.length] })),
      // Asking for 6+ points with 3 redeemable: refused after the stock was taken, which must roll back.
      ...poor.map((h, i) => ({ h, lines: orders[(i + 3) % orders.length] })),
    ];
    const results = await Promise.all(calls.map((c) => redeem(s, c.h, c.lines)));

    for (const r of results) expect([201, 422]).toContain(r.status);
    for (const code of codes(results)) expect(['422 OUT_OF_STOCK', '422 INSUFFICIENT_POINTS']).toContain(code);
    results.slice(rich.length).forEach((r) => expect(r.body.error.code).toMatch(/^(OUT_OF_STOCK|INSUFFICIENT_POINTS)$/));
    expect(codes(results)).toContain('422 OUT_OF_STOCK');
    expect(ok(results).length).toBeGreaterThan(0);

    const taken = new Map<string, number>(Object.keys(initial).map((sku) => [sku, 0]));
    results.forEach((r, i) => {
      if (r.status !== 201) return;
      for (const l of calls[i].lines) taken.set(l.sku, taken.get(l.sku)! + l.quantity);
      expect(r.body.pointsSpent).toBe(calls[i].lines.reduce((sum, l) => sum + 2 * l.quantity, 0));
      expect(r.body.balanceAfter).toBe(BASE + 40 - r.body.pointsSpent);
    });
    const after = await stock(s);
    const moved = await movements(s);
    for (const [sku, n] of Object.entries(initial)) {
      expect(after.get(sku)).toBe(n - taken.get(sku)!);
      expect(after.get(sku)).toBeGreaterThanOrEqual(0);
      // initial movement + one movement per successful line: the sum is the stock, never below zero on the way
      expect(moved.get(sku)!.sum).toBe(after.get(sku));
      expect(moved.get(sku)!.min).toBeGreaterThanOrEqual(0);
      expect(moved.get(sku)!.count).toBe(1 + ok(results).filter((r) => (r.body.lines as Line[]).some((l) => l.sku === sku)).length);
    }
    for (const h of poor) expect(await balance(s, h)).toMatchObject({ balance: BASE + 3, redeemable: 3 });
    expect(await countRows(t, 'redemptions WHERE store_id = $1', [s.storeId])).toBe(ok(results).length);
    await expectLedgerOk(api());
  });

  it('lets exactly 2 of 10 parallel redemptions through a limit of 2 a month', async () => {
    const [s, h] = await shopAndHousehold([{ sku: 'OIL', pointsPrice: 5, stock: 50, limit: { quantity: 2, per: 'month' } }], 100);
    const results = await Promise.all(Array.from({ length: 10 }, () => redeem(s, h, [{ sku: 'OIL', quantity: 1 }])));

    expect(ok(results)).toHaveLength(2);
    expect(codes(results)).toEqual(Array(8).fill('422 ITEM_LIMIT_REACHED'));
    for (const r of results.filter((x) => x.status === 422))
      expect(r.body.error.details).toMatchObject({ sku: 'OIL', limit: 2, per: 'month', remaining: 0 });
    const usage = (await t.db.query(
      `SELECT u.quantity FROM item_limit_usage u JOIN store_items i ON i.id = u.item_id WHERE i.store_id = $1 AND u.household_id = $2`,
      [s.storeId, h],
    )) as { quantity: number }[];
    expect(usage).toEqual([{ quantity: 2 }]);
    expect((await stock(s)).get('OIL')).toBe(48);
    expect(await balance(s, h)).toMatchObject({ balance: BASE + 100 - 10 });
    await expectLedgerOk(api());
  });

  it('refunds a redemption once for 10 parallel whole refunds', async () => {
    const [s, h] = await shopAndHousehold(
      [
        { sku: 'OIL', pointsPrice: 7, stock: 20, limit: { quantity: 3, per: 'month' } },
        { sku: 'SOAP', pointsPrice: 3, stock: 20 },
      ],
      60,
    );
    const r = await redeem(s, h, [
      { sku: 'SOAP', quantity: 4 },
      { sku: 'OIL', quantity: 2 },
    ]);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ pointsSpent: 26, balanceAfter: BASE + 60 - 26 });

    const results = await Promise.all(Array.from({ length: 10 }, () => refund(r.body.id)));
    expect(ok(results)).toHaveLength(1);
    expect(codes(results)).toEqual(Array(9).fill('409 ALREADY_REFUNDED'));
    expect(ok(results)[0].body).toMatchObject({ refund: { points: 26 }, balanceAfter: BASE + 60 });

    expect(await stock(s)).toEqual(
      new Map([
        ['OIL', 20],
        ['SOAP', 20],
      ]),
    );
    expect(await balance(s, h)).toMatchObject({ balance: BASE + 60, redeemable: 60 });
    const [{ refunds, usage }] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM refunds WHERE redemption_id = $1) AS refunds,
              (SELECT sum(u.quantity)::int FROM item_limit_usage u JOIN store_items i ON i.id = u.item_id WHERE i.store_id = $2) AS usage`,
      [r.body.id, s.storeId],
    )) as { refunds: number; usage: number }[];
    expect({ refunds, usage }).toEqual({ refunds: 1, usage: 0 });
    const moved = await movements(s);
    expect(moved.get('OIL')).toMatchObject({ sum: 20, count: 3 });
    expect(moved.get('SOAP')).toMatchObject({ sum: 20, count: 3 });
    expect(await storeAccountSum(s)).toBe(0);
    await expectLedgerOk(api());
  });

  it('refunds a 5-unit line unit by unit exactly 5 times out of 9 parallel 1-unit refunds', async () => {
    const [s, h] = await shopAndHousehold([{ sku: 'SOAP', pointsPrice: 3, stock: 20 }], 30);
    const r = await redeem(s, h, [{ sku: 'SOAP', quantity: 5 }]);
    expect(r.status).toBe(201);
    const lineId = r.body.lines[0].id as string;

    const results = await Promise.all(
      Array.from({ length: 9 }, () =>
        api().post(`/redemptions/${r.body.id}/refund`, { lines: [{ lineId, quantity: 1 }], reason: '多拿了' }),
      ),
    );
    expect(ok(results)).toHaveLength(5);
    expect(codes(results)).toEqual(Array(4).fill('409 ALREADY_REFUNDED'));
    for (const x of ok(results)) expect(x.body.refund.points).toBe(3);
    expect(
      ok(results)
        .map((x) => x.body.balanceAfter as number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5].map((k) => BASE + 15 + 3 * k));
    const line = (await api().get(`/redemptions/${r.body.id}`)).body.lines[0];
    expect(line).toMatchObject({ quantity: 5, refundedQuantity: 5 });
    expect((await stock(s)).get('SOAP')).toBe(20);
    expect(await balance(s, h)).toMatchObject({ balance: BASE + 30 });
    expect(await storeAccountSum(s)).toBe(0);
    await expectLedgerOk(api());
  });

  it('replays parallel retries of a refund and of a settlement sent with one Idempotency-Key', async () => {
    const [s, h] = await shopAndHousehold([{ sku: 'RICE', pointsPrice: 8, stock: 20 }], 40);
    const a = await redeem(s, h, [{ sku: 'RICE', quantity: 2 }]);
    const b = await redeem(s, h, [{ sku: 'RICE', quantity: 3 }]);
    expect([a.status, b.status]).toEqual([201, 201]);

    const refunds = await Promise.all(Array.from({ length: 8 }, () => refund(a.body.id).set('Idempotency-Key', 'refund-a-1')));
    expect(codes(refunds)).toEqual([]);
    expect(new Set(refunds.map((x) => String(x.body.refund.id))).size).toBe(1);
    expect(refunds.filter((x) => x.headers['idempotent-replayed'] === 'true')).toHaveLength(7);

    const settlements = await Promise.all(Array.from({ length: 6 }, () => settle(s).set('Idempotency-Key', 'settle-1')));
    expect(codes(settlements)).toEqual([]);
    expect(new Set(settlements.map((x) => String(x.body.id))).size).toBe(1);
    expect(settlements[0].body).toMatchObject({ points: 16 + 24 - 16, valueFen: 2400, redemptionCount: 2, refundCount: 1 });
    expect(await countRows(t, 'settlements WHERE store_id = $1', [s.storeId])).toBe(1);
    expect((await stock(s)).get('RICE')).toBe(17);
    expect(await balance(s, h)).toMatchObject({ balance: BASE + 40 - 16 - 24 + 16 });
    expect(await storeAccountSum(s)).toBe(0);
    await expectLedgerOk(api());
  });

  it('takes no deadlock when refunds of a limited item race new redemptions of it by the same household', async () => {
    const [s, h] = await shopAndHousehold([{ sku: 'OIL', pointsPrice: 1, stock: 100, limit: { quantity: 20, per: 'month' } }], 100);
    const first: string[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await redeem(s, h, [{ sku: 'OIL', quantity: 1 }]);
      expect(r.status).toBe(201);
      first.push(r.body.id);
    }
    const results = await Promise.all([
      ...first.map((id) => refund(id)),
      ...Array.from({ length: 8 }, () => redeem(s, h, [{ sku: 'OIL', quantity: 1 }])),
    ]);
    expect(codes(results)).toEqual([]);
    expect((await stock(s)).get('OIL')).toBe(92);
    const [{ quantity }] = (await t.db.query(`SELECT quantity FROM item_limit_usage WHERE household_id = $1`, [h])) as {
      quantity: number;
    }[];
    expect(quantity).toBe(8);
    expect(await balance(s, h)).toMatchObject({ balance: BASE + 100 - 8 });
    await expectLedgerOk(api());
  });

  it('settles every redemption exactly once across 5 parallel settlements', async () => {
    const s = await shop([{ sku: 'RICE', pointsPrice: 9, stock: 100 }]);
    const hs = await households(s.programId, 12, 50);
    let redeemed = 0;
    for (const [i, h] of hs.entries()) {
      const r = await redeem(s, h, [{ sku: 'RICE', quantity: 1 + (i % 3) }]);
      expect(r.status).toBe(201);
      redeemed += r.body.pointsSpent as number;
    }
    expect(await storeAccountSum(s)).toBe(redeemed);

    const results = await Promise.all(Array.from({ length: 5 }, () => settle(s)));
    expect(codes(results)).toEqual([]);
    const settlements = results.map((r) => r.body as { id: string; points: number; valueFen: number; redemptionCount: number });
    expect(settlements.reduce((sum, x) => sum + x.points, 0)).toBe(redeemed);
    expect(settlements.reduce((sum, x) => sum + x.valueFen, 0)).toBe(redeemed * 100);
    expect(settlements.reduce((sum, x) => sum + x.redemptionCount, 0)).toBe(12);

    const rows = (await t.db.query(
      `SELECT settlement_id::text AS "settlementId", points::int AS points FROM redemptions WHERE store_id = $1`,
      [s.storeId],
    )) as {
      settlementId: string | null;
      points: number;
    }[];
    expect(rows).toHaveLength(12);
    const ids = new Set(settlements.map((x) => String(x.id)));
    for (const row of rows) expect(ids.has(row.settlementId!)).toBe(true);
    for (const x of settlements) {
      const mine = rows.filter((row) => row.settlementId === String(x.id));
      expect(mine).toHaveLength(x.redemptionCount);
      expect(mine.reduce((sum, row) => sum + row.points, 0)).toBe(x.points);
    }
    expect(await storeAccountSum(s)).toBe(0);
    await expectLedgerOk(api());
  });

  it('puts every redemption and refund racing settlements into exactly one settlement', async () => {
    const s = await shop([
      { sku: 'RICE', pointsPrice: 6, stock: 200 },
      { sku: 'SALT', pointsPrice: 1, stock: 200 },
    ]);
    const hs = await households(s.programId, 16, 40);
    const earlier: string[] = [];
    for (const h of hs.slice(0, 8)) {
      const r = await redeem(s, h, [
        { sku: 'RICE', quantity: 2 },
        { sku: 'SALT', quantity: 3 },
      ]);
      expect(r.status).toBe(201);
      earlier.push(r.body.id);
    }
    // Half of the earlier ones are settled before the race, so refunds of settled redemptions race too.
    expect((await settle(s)).status).toBe(201);
    const more = await redeem(s, hs[8], [{ sku: 'SALT', quantity: 1 }]);
    expect(more.status).toBe(201);

    const results = await Promise.all([
      ...hs.slice(9).map((h) =>
        redeem(s, h, [
          { sku: 'SALT', quantity: 2 },
          { sku: 'RICE', quantity: 1 },
        ]),
      ),
      ...earlier.slice(0, 6).map((id) => refund(id)),
      refund(more.body.id),
      ...Array.from({ length: 4 }, () => settle(s)),
    ]);
    expect(codes(results)).toEqual([]);
    const last = await settle(s);
    expect(last.status).toBe(201);

    const [totals] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM redemptions WHERE store_id = $1) AS redemptions,
              (SELECT count(*)::int FROM redemptions WHERE store_id = $1 AND settlement_id IS NULL) AS "unsettledRedemptions",
              (SELECT sum(points)::int FROM redemptions WHERE store_id = $1) AS redeemed,
              (SELECT count(*)::int FROM refunds WHERE store_id = $1) AS refunds,
              (SELECT count(*)::int FROM refunds WHERE store_id = $1 AND settlement_id IS NULL) AS "unsettledRefunds",
              (SELECT sum(points)::int FROM refunds WHERE store_id = $1) AS refunded,
              (SELECT sum(points)::int FROM settlements WHERE store_id = $1) AS settled,
              (SELECT sum(redemption_count)::int FROM settlements WHERE store_id = $1) AS "settledRedemptions",
              (SELECT sum(refund_count)::int FROM settlements WHERE store_id = $1) AS "settledRefunds"`,
      [s.storeId],
    )) as Record<string, number>[];
    const redeemed = 8 * 15 + 1 + 7 * 8;
    const refunded = 6 * 15 + 1;
    expect(totals).toEqual({
      redemptions: 16,
      unsettledRedemptions: 0,
      redeemed,
      refunds: 7,
      unsettledRefunds: 0,
      refunded,
      settled: redeemed - refunded,
      settledRedemptions: 16,
      settledRefunds: 7,
    });
    // Each settlement's recorded totals are exactly what it claimed.
    const perSettlement = (await t.db.query(
      `SELECT s.points::int AS points, s.redemption_count AS "redemptionCount", s.refund_count AS "refundCount",
              COALESCE((SELECT sum(points) FROM redemptions r WHERE r.settlement_id = s.id), 0)::int
                - COALESCE((SELECT sum(points) FROM refunds f WHERE f.settlement_id = s.id), 0)::int AS claimed,
              (SELECT count(*) FROM redemptions r WHERE r.settlement_id = s.id)::int AS "claimedRedemptions",
              (SELECT count(*) FROM refunds f WHERE f.settlement_id = s.id)::int AS "claimedRefunds"
         FROM settlements s WHERE s.store_id = $1`,
      [s.storeId],
    )) as {
      points: number;
      redemptionCount: number;
      refundCount: number;
      claimed: number;
      claimedRedemptions: number;
      claimedRefunds: number;
    }[];
    expect(perSettlement).toHaveLength(6);
    for (const x of perSettlement)
      expect(x).toEqual({ ...x, points: x.claimed, redemptionCount: x.claimedRedemptions, refundCount: x.claimedRefunds });
    expect(await storeAccountSum(s)).toBe(0);
    expect(await stock(s)).toEqual(
      new Map([
        ['RICE', 200 - 16 + 12 - 7],
        ['SALT', 200 - 24 - 1 + 18 + 1 - 14],
      ]),
    );
    await expectLedgerOk(api());
  });

  it('never lets negative stock adjustments racing redemptions drive stock below zero', async () => {
    const s = await shop([{ sku: 'EGGS', pointsPrice: 1, stock: 30 }]);
    const hs = await households(s.programId, 20, 10);
    const adjustments = Array.from({ length: 10 }, () =>
      api().post(`/stores/${s.storeId}/stock-movements`, { sku: 'EGGS', quantity: -3, reason: '破损' }),
    );
    const redemptions = hs.map((h) => redeem(s, h, [{ sku: 'EGGS', quantity: 1 }]));
    const results = await Promise.all([...adjustments, ...redemptions]);
    const adj = results.slice(0, 10);
    const red = results.slice(10);

    for (const code of codes(adj)) expect(code).toBe('422 STOCK_WOULD_GO_NEGATIVE');
    for (const code of codes(red)) expect(code).toBe('422 OUT_OF_STOCK');
    // 50 units asked of 30: some are refused, and what went through fits in the stock.
    expect(codes(results).length).toBeGreaterThan(0);
    const left = 30 - 3 * ok(adj).length - ok(red).length;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThan(3);
    expect((await stock(s)).get('EGGS')).toBe(left);
    expect(await movements(s)).toEqual(new Map([['EGGS', { sum: left, min: left, count: 1 + ok(adj).length + ok(red).length }]]));
    for (const r of ok(adj)) expect(r.body.item.stock).toBeGreaterThanOrEqual(0);
    await expectLedgerOk(api());
  });

  it('keeps balance = base + awards − redemptions when awards race redemptions, never spending the base', async () => {
    const [s, h] = await shopAndHousehold([{ sku: 'TEN', pointsPrice: 10, stock: 1000 }], 25);
    const rule = await createRule(t, token, s.programId, { points: 5 });
    const awards = Array.from({ length: 20 }, () =>
      api().post(`/programs/${s.programId}/awards`, { ruleId: rule.id, holderIds: [h], occurredOn: today() }),
    );
    const redemptions = Array.from({ length: 20 }, () => redeem(s, h, [{ sku: 'TEN', quantity: 1 }]));
    const results = await Promise.all([...awards, ...redemptions]);
    const aw = results.slice(0, 20);
    const red = results.slice(20);

    expect(codes(aw)).toEqual([]);
    for (const r of aw) expect(r.body.results[0]).toMatchObject({ holderId: h, points: 5, capped: false });
    for (const code of codes(red)) expect(code).toBe('422 INSUFFICIENT_POINTS');
    // 25 + 20 × 5 = 125 redeemable: at most 12 ten-point redemptions.
    expect(ok(red).length).toBeGreaterThanOrEqual(2);
    expect(ok(red).length).toBeLessThanOrEqual(12);
    for (const r of ok(red)) expect(r.body.balanceAfter).toBeGreaterThanOrEqual(BASE);
    const expected = BASE + 25 + 20 * 5 - 10 * ok(red).length;
    expect(await balance(s, h)).toMatchObject({ balance: expected, redeemable: expected - BASE });

    // Every balance the holder's account ever had after a redemption kept the base.
    const [{ lowest, redemptions: n }] = (await t.db.query(
      `SELECT min(p.balance_after)::int AS lowest, count(*)::int AS redemptions
         FROM postings p JOIN accounts a ON a.id = p.account_id JOIN transactions x ON x.id = p.transaction_id
        WHERE a.kind = 'holder' AND a.holder_id = $1 AND a.program_id = $2 AND x.type = 'redemption'`,
      [h, s.programId],
    )) as { lowest: number; redemptions: number }[];
    expect(n).toBe(ok(red).length);
    expect(lowest).toBeGreaterThanOrEqual(BASE);
    await expectLedgerOk(api());
  });

  it('numbers 30 parallel receipts of a store 1..30 without gaps, refused ones taking no number', async () => {
    const s = await shop([{ sku: 'SOAP', pointsPrice: 4, stock: 1000 }]);
    const rich = await households(s.programId, 15, 40);
    const [poor] = await households(s.programId, 1, 2);
    const results = await Promise.all([
      ...rich.flatMap((h) => [redeem(s, h, [{ sku: 'SOAP', quantity: 1 }]), redeem(s, h, [{ sku: 'SOAP', quantity: 2 }])]),
      ...Array.from({ length: 8 }, () => redeem(s, poor, [{ sku: 'SOAP', quantity: 1 }])),
    ]);
    expect(ok(results)).toHaveLength(30);
    expect(codes(results)).toEqual(Array(8).fill('422 INSUFFICIENT_POINTS'));
    const day = today().replaceAll('-', '');
    const receipts = ok(results)
      .map((r) => r.body.receiptNo as string)
      .sort();
    expect(receipts).toEqual(Array.from({ length: 30 }, (_, i) => `${s.storeCode}-${day}-${String(i + 1).padStart(4, '0')}`));
    const counters = (await t.db.query(`SELECT last_no AS "lastNo" FROM receipt_counters WHERE store_id = $1`, [s.storeId])) as {
      lastNo: number;
    }[];
    expect(counters).toEqual([{ lastNo: 30 }]);
    expect((await stock(s)).get('SOAP')).toBe(1000 - 45);
    await expectLedgerOk(api());
  });
});
