import type { Response } from 'supertest';
import { addDays, addMonths } from '../src/common/calendar/calendar.js';
import { Clock } from '../src/common/clock.js';
import { LotExpiryJob } from '../src/ledger/lot-expiry.job.js';
import { ProgramsRepository } from '../src/programs/programs.repository.js';
import {
  as,
  createDevice,
  createHousehold,
  createProgram,
  createRule,
  expectError,
  expectLedgerOk,
  seedTree,
  today,
  type Client,
} from './support/fixtures.js';
import { openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

const GOODS = [
  { sku: 'RICE', name: '大米', pointsPrice: 20, stock: 100 },
  { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 },
];

/**
 * Points lifecycle: awards are lots; spends take from the soonest-expiring lot; refunds and
 * reversals give back to the lots they took from; expiry moves what is left of due lots, once;
 * deduction rules carry sanctions. Every figure below is worked out by hand in the comments.
 */
describe('points lifecycle', () => {
  const t = useTestApp();
  let token: string, countyId: number, townshipA: number, villageA: number, api: () => Client;
  beforeAll(async () => {
    ({
      county: { token, countyId, api },
      townshipA,
      villageA,
    } = await seedTree(t));
  });

  const clockTo = (day: string) => {
    const clock = t.app.get(Clock);
    // Noon of that day in Shanghai (UTC+8), whatever the clock says now.
    clock.advance(Date.parse(`${day}T04:00:00Z`) - clock.now().getTime());
  };
  afterEach(() => {
    const clock = t.app.get(Clock);
    clock.advance(Date.now() - clock.now().getTime());
  });

  async function award(programId: number, holderIds: number[], points: number, occurredOn: string): Promise<string[]> {
    const rule = await createRule(t, token, programId, { points });
    const res = await api().post(`/programs/${programId}/awards`, { ruleId: rule.id, holderIds, occurredOn });
    expect(res.status).toBe(201);
    return (res.body.results as { transactionId: string }[]).map((r) => r.transactionId);
  }

  /** What is left of each lot of the household, soonest expiry first. */
  async function lotsOf(
    programId: number,
    householdId: number,
  ): Promise<{ points: number; remaining: number; expiresOn: string | null }[]> {
    const rows = (await t.db.query(
      `SELECT l.points::int, l.remaining::int, to_char(lot_expires_on(l.occurred_on, p.expiry_policy, p.expiry_months, p.expiry_date), 'YYYY-MM-DD') AS "expiresOn"
         FROM lots l JOIN programs p ON p.id = l.program_id WHERE l.program_id = $1 AND l.holder_id = $2 ORDER BY l.occurred_on, l.id`,
      [programId, householdId],
    )) as { points: number; remaining: number; expiresOn: string | null }[];
    return rows;
  }

  const balance = async (programId: number, householdId: number) =>
    (await api().get(`/programs/${programId}/holders/${householdId}/balance`)).body;
  /** Runs the expiry of one program (other tests' programs have lots of their own). */
  const expire = async (programId: number) =>
    t.app.get(LotExpiryJob).runProgram((await t.app.get(ProgramsRepository).findProgram(programId))!);

  async function rollingProgram(months: number) {
    const program = await createProgram(t, token, countyId);
    const set = await api().put(`/programs/${program.id}/expiry`, { policy: 'rolling', months });
    expect(set.status).toBe(200);
    const store = await openStore(t, token, townshipA, GOODS, { programId: program.id });
    return { program, store };
  }

  it('expires only what is left of a partly spent lot (no "credits minus debits")', async () => {
    const { program, store } = await rollingProgram(2);
    const h = await createHousehold(t, token, villageA);
    const d1 = addDays(today(), -50);
    const d2 = addDays(today(), -10);
    await award(program.id, [h.id], 30, d1);
    await award(program.id, [h.id], 20, d2);
    await award(program.id, [h.id], 10, today());
    // 100 base + 60 earned; the 30 of d1 expires first, two months after the deed.
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 160, redeemable: 60, expiring: { points: 30, on: addMonths(d1, 2) } });

    // A 20-point sale takes 20 of the 30-point lot: 10 left there.
    const sale = await api().post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'RICE', quantity: 1 }] });
    expect(sale.status).toBe(201);
    expect(await lotsOf(program.id, h.id)).toEqual([
      { points: 30, remaining: 10, expiresOn: addMonths(d1, 2) },
      { points: 20, remaining: 20, expiresOn: addMonths(d2, 2) },
      { points: 10, remaining: 10, expiresOn: addMonths(today(), 2) },
    ]);

    // On the expiry day only those 10 expire: 140 − 10 = 130. (Credits minus debits would say 30 − 20
    // spent = 10 left of unexpired credits and take the wrong amount on the next expiry.)
    clockTo(addMonths(d1, 2));
    expect(await expire(program.id)).toMatchObject({ holders: 1, points: 10 });
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 130, redeemable: 30 });
    const [expiry] = (await t.db.query(
      `SELECT t.points::int, t.requested_points::int AS requested, t.source, p.amount::int AS "toExpired"
         FROM transactions t JOIN postings p ON p.transaction_id = t.id JOIN accounts a ON a.id = p.account_id AND a.kind = 'expired'
        WHERE t.program_id = $1 AND t.type = 'expiry'`,
      [program.id],
    )) as object[];
    expect(expiry).toEqual({ points: -10, requested: -10, source: 'job', toExpired: 10 });
    // Run again: nothing more is due.
    expect(await expire(program.id)).toMatchObject({ holders: 0, points: 0 });
    await expectLedgerOk(api());
    expect((await api().get('/ledger/check')).body.lotMismatches).toEqual([]);
  });

  it('gives refunds and reversals back to the lots they took from', async () => {
    const { program, store } = await rollingProgram(2);
    const h = await createHousehold(t, token, villageA);
    const d1 = addDays(today(), -50);
    const d2 = addDays(today(), -10);
    await award(program.id, [h.id], 30, d1);
    await award(program.id, [h.id], 20, d2);
    const [a3] = await award(program.id, [h.id], 10, today());
    const deduct = await createRule(t, token, program.id, { points: -5 });
    const lots = () => lotsOf(program.id, h.id).then((ls) => ls.map((l) => l.remaining));

    // 40 points: 30 from the first lot, 10 from the second.
    const sale = await api().post(`/stores/${store.id}/redemptions`, {
      householdId: h.id,
      lines: [
        { sku: 'RICE', quantity: 1 },
        { sku: 'SOAP', quantity: 5 },
      ],
    });
    expect(sale.status).toBe(201);
    expect(await lots()).toEqual([0, 10, 10]);
    // A 5-point deduction takes the soonest-expiring points left: the second lot.
    const d = await api().post(`/programs/${program.id}/deductions`, {
      ruleId: deduct.id,
      holderIds: [h.id],
      occurredOn: today(),
      reason: '乱扔垃圾',
    });
    expect(d.status).toBe(201);
    expect(await lots()).toEqual([0, 5, 10]);
    // Refund two soaps (8 points): back to what the sale took, the latest expiry first — the second lot's 10.
    const soap = (sale.body.lines as { id: string; sku: string }[]).find((l) => l.sku === 'SOAP')!;
    const refund = await api().post(`/redemptions/${sale.body.id}/refund`, { lines: [{ lineId: soap.id, quantity: 2 }], reason: '退货' });
    expect(refund.status).toBe(201);
    expect(await lots()).toEqual([0, 13, 10]);
    // Three more soaps (12): 2 more to the second lot (all 10 it gave back), then 10 to the first.
    const rest = await api().post(`/redemptions/${sale.body.id}/refund`, { lines: [{ lineId: soap.id }], reason: '退货' });
    expect(rest.status).toBe(201);
    expect(await lots()).toEqual([10, 15, 10]);
    // Reversing the deduction gives its 5 back to the second lot; reversing the 10-point award takes its own lot.
    expect((await api().post(`/transactions/${d.body.results[0].transactionId}/reversal`, { reason: '录错' })).status).toBe(201);
    expect(await lots()).toEqual([10, 20, 10]);
    expect((await api().post(`/transactions/${a3}/reversal`, { reason: '录错' })).status).toBe(201);
    expect(await lots()).toEqual([10, 20, 0]);
    // 160 − 40 − 5 + 8 + 12 + 5 − 10 = 130: redeemable 30 = 10 + 20 + 0.
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 130, redeemable: 30 });
    await expectLedgerOk(api());
    expect((await api().get('/ledger/check')).body.lotMismatches).toEqual([]);
  });

  it('clears once a year on the clearing day, carrying over up to the set points', async () => {
    const program = await createProgram(t, token, countyId);
    const store = await openStore(t, token, townshipA, GOODS, { programId: program.id });
    const h = await createHousehold(t, token, villageA);
    const other = await createHousehold(t, token, villageA);
    const year = Number(today().slice(0, 4));
    await award(program.id, [h.id, other.id], 40, `${year}-03-01`);
    await award(program.id, [h.id], 10, today());
    // Points earned before the policy follow it at once.
    const set = await api().put(`/programs/${program.id}/expiry`, { policy: 'yearly', date: '01-01', carryOver: 15 });
    expect(set.body).toEqual({ programId: program.id, policy: 'yearly', months: null, date: '01-01', carryOver: 15 });
    expect((await api().post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'SOAP', quantity: 1 }] })).status).toBe(
      201,
    );
    const clearing = `${year + 1}-01-01`;
    expect((await balance(program.id, h.id)).expiring).toEqual(addDays(today(), 90) >= clearing ? { points: 46, on: clearing } : null);

    // h: 50 − 4 = 46 due, 15 carried, 31 expire → 115. other: 40 due, 15 carried, 25 expire → 115.
    clockTo(clearing);
    expect(await expire(program.id)).toMatchObject({ holders: 2, points: 56 });
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 115, redeemable: 15 });
    expect(await balance(program.id, other.id)).toMatchObject({ balance: 115, redeemable: 15 });
    expect((await lotsOf(program.id, h.id)).filter((l) => l.remaining > 0)).toEqual([
      { points: 15, remaining: 15, expiresOn: `${year + 2}-01-01` },
    ]);
    const memo = (await t.db.query(
      `SELECT memo, requested_points::int AS r, points::int AS p FROM transactions WHERE holder_id = $1 AND type = 'expiry'`,
      [h.id],
    )) as object[];
    expect(memo).toEqual([{ memo: '积分到期清零（结转至多 15 分）', r: -46, p: -31 }]);
    expect(await expire(program.id)).toMatchObject({ holders: 0 });
    await expectLedgerOk(api());
  });

  it('expires each lot once when run twice at once or killed halfway', async () => {
    const { program } = await rollingProgram(1);
    const households = [];
    for (let i = 0; i < 12; i++) households.push((await createHousehold(t, token, villageA)).id);
    const deed = addDays(today(), -40);
    await award(program.id, households, 7, deed);
    clockTo(addMonths(deed, 1));
    const job = t.app.get(LotExpiryJob);
    const p = (await t.app.get(ProgramsRepository).findProgram(program.id))!;
    // Killed after the second batch of 5: 10 households expired, 2 left.
    await expect(
      job.runProgram(p, {
        batch: 5,
        afterBatch: (n) => {
          if (n === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM transactions WHERE program_id = $1 AND type = 'expiry'`, [program.id])).toEqual(
      [{ n: 10 }],
    );
    // Two runs at once finish the rest, each lot once.
    await Promise.all([job.runProgram(p), job.runProgram(p)]);
    const [done] = (await t.db.query(
      `SELECT count(*)::int AS n, -sum(points)::int AS points, count(DISTINCT holder_id)::int AS holders FROM transactions WHERE program_id = $1 AND type = 'expiry'`,
      [program.id],
    )) as object[];
    expect(done).toEqual({ n: 12, points: 84, holders: 12 });
    await expectLedgerOk(api());
    expect((await api().get('/ledger/check')).body.lotMismatches).toEqual([]);
  });

  it('suspends redemption at the counter and clears the redeemable balance until the deduction is reversed', async () => {
    const program = await createProgram(t, token, countyId);
    const store = await openStore(t, token, townshipA, GOODS, { programId: program.id });
    const kiosk = as(t, { apiKey: (await createDevice(t, token, store.id)).apiKey });
    const h = await createHousehold(t, token, villageA);
    await award(program.id, [h.id], 80, today());
    // 违法犯罪: −20, 清零, and 取消当年和次年积分兑换资格.
    const rule = await createRule(t, token, program.id, { points: -20, sanction: { clearRedeemable: true, suspendYears: 1 } });
    const until = `${Number(today().slice(0, 4)) + 1}-12-31`;
    const d = await api().post(`/programs/${program.id}/deductions`, {
      ruleId: rule.id,
      holderIds: [h.id],
      occurredOn: today(),
      reason: '违法犯罪',
    });
    expect(d.status).toBe(201);
    // 180 − 20 − the 60 redeemable left = 100, the base.
    expect(d.body.results[0]).toMatchObject({ points: -80, requestedPoints: -20, capped: false, balanceAfter: 100 });
    expect(
      await t.db.query(
        `SELECT cleared_points::int AS cleared, to_char(suspended_until, 'YYYY-MM-DD') AS until FROM sanctions WHERE holder_id = $1`,
        [h.id],
      ),
    ).toEqual([{ cleared: 60, until }]);
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 100, redeemable: 0, suspendedUntil: until });

    const look = await kiosk.get(`/stores/${store.id}/households/by-card/${h.cardCode}`);
    expect(look.body).toMatchObject({ blocks: ['REDEMPTION_SUSPENDED', 'NO_REDEEMABLE_POINTS'], suspendedUntil: until });
    // Points earned after the sanction still cannot be spent until it ends.
    await award(program.id, [h.id], 30, today());
    const refused = await kiosk
      .post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'SOAP', quantity: 1 }] })
      .set('Idempotency-Key', 'sanction-1');
    expectError(refused, 422, 'REDEMPTION_SUSPENDED', { until });
    expect(refused.body.error.message).toContain(until);

    // Reversal lifts it and gives back all 80.
    expect((await api().post(`/transactions/${d.body.results[0].transactionId}/reversal`, { reason: '撤销处分' })).status).toBe(201);
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 210, redeemable: 110, suspendedUntil: null });
    const sold = await kiosk
      .post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'SOAP', quantity: 1 }] })
      .set('Idempotency-Key', 'sanction-2');
    expect(sold.status).toBe(201);
    await expectLedgerOk(api());
    expect((await api().get('/ledger/check')).body.lotMismatches).toEqual([]);
  });

  it('refuses a redemption that waited for the account while a deduction suspending the household committed', async () => {
    const program = await createProgram(t, token, countyId);
    const store = await openStore(t, token, townshipA, GOODS, { programId: program.id });
    const kiosk = as(t, { apiKey: (await createDevice(t, token, store.id)).apiKey });
    const h = await createHousehold(t, token, villageA);
    const [awarded] = await award(program.id, [h.id], 80, today());
    const until = `${Number(today().slice(0, 4)) + 1}-12-31`;
    // A deduction's transaction holds the household's account and records a suspension; the
    // redemption waits for the account, and must see the suspension committed while it waited
    // (its statement's snapshot was taken before the wait).
    const deducting = t.db.createQueryRunner();
    await deducting.connect();
    let redemption: Promise<Response> | undefined;
    try {
      await deducting.startTransaction();
      await deducting.query(`SELECT id FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2 FOR UPDATE`, [
        program.id,
        h.id,
      ]);
      await deducting.query(
        `INSERT INTO sanctions (program_id, holder_id, transaction_id, clears, suspended_until) VALUES ($1, $2, $3, false, $4)`,
        [program.id, h.id, awarded, until],
      );
      redemption = kiosk
        .post(`/stores/${store.id}/redemptions`, { householdId: h.id, lines: [{ sku: 'SOAP', quantity: 1 }] })
        .set('Idempotency-Key', 'suspended-while-waiting')
        .then((r) => r);
      for (let waited = 0; ; waited += 20) {
        const [{ n }] = (await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'WITH held AS%'`,
        )) as { n: number }[];
        if (n > 0) break;
        if (waited > 10_000) throw new Error('the redemption never waited for the account');
        await new Promise((r) => setTimeout(r, 20));
      }
      await deducting.commitTransaction();
    } finally {
      await deducting.release();
    }
    expectError(await redemption!, 422, 'REDEMPTION_SUSPENDED', { until });
    expect(await balance(program.id, h.id)).toMatchObject({ balance: 180, suspendedUntil: until });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM redemptions WHERE household_id = $1`, [h.id])).toEqual([{ n: 0 }]);
  });

  it('suspends for months from the deed without clearing', async () => {
    const program = await createProgram(t, token, countyId);
    const h = await createHousehold(t, token, villageA);
    await award(program.id, [h.id], 50, today());
    const rule = await createRule(t, token, program.id, { points: -10, sanction: { suspendMonths: 6 } });
    const deed = addDays(today(), -1);
    expect(
      (await api().post(`/programs/${program.id}/deductions`, { ruleId: rule.id, holderIds: [h.id], occurredOn: deed, reason: '不讲诚信' }))
        .status,
    ).toBe(201);
    expect(await balance(program.id, h.id)).toMatchObject({
      balance: 140,
      redeemable: 40,
      suspendedUntil: addDays(addMonths(deed, 6), -1),
    });
  });

  it('refuses bad expiry policies and sanctions on award rules, changing nothing', async () => {
    const program = await createProgram(t, token, countyId);
    const put = (body: object) => api().put(`/programs/${program.id}/expiry`, body);
    expectError(await put({ policy: 'rolling' }), 400, 'VALIDATION_FAILED');
    expectError(await put({ policy: 'rolling', months: 0 }), 400, 'VALIDATION_FAILED');
    expectError(await put({ policy: 'yearly', date: '02-29' }), 400, 'VALIDATION_FAILED');
    expectError(await put({ policy: 'yearly', date: '13-01' }), 400, 'VALIDATION_FAILED');
    expectError(await put({ policy: 'none', months: 3 }), 400, 'VALIDATION_FAILED');
    expectError(await put({ policy: 'monthly' }), 400, 'VALIDATION_FAILED');
    expect((await api().get(`/programs/${program.id}`)).body).toMatchObject({
      expiryPolicy: 'none',
      expiryMonths: null,
      expiryDate: null,
      expiryCarryOver: 0,
    });
    const bad = await api().post(`/programs/${program.id}/rules`, {
      code: 'AW-1',
      name: '奖励',
      category: '测试',
      points: 5,
      sanction: { clearRedeemable: true },
    });
    expectError(bad, 400, 'VALIDATION_FAILED');
    const both = await api().post(`/programs/${program.id}/rules`, {
      code: 'DE-1',
      name: '扣分',
      category: '测试',
      points: -5,
      sanction: { suspendMonths: 3, suspendYears: 1 },
    });
    expectError(both, 400, 'VALIDATION_FAILED');
    expect((await api().get(`/programs/${program.id}/rules`)).body).toEqual([]);
  });
});
