import { as, createHousehold, createProgram, createRule, seedTree } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

describe('ledger acceptance', () => {
  const t = useTestApp();
  let token: string, countyId: number, villageA: number, programId: number;
  beforeAll(async () => {
    ({
      county: { token, countyId },
      villageA,
    } = await seedTree(t));
    programId = (await createProgram(t, token, countyId)).id;
  });

  const check = async () => (await as(t, { token }).get('/ledger/check')).body;

  it('opens at the base, caps awards, deducts, reverses once', async () => {
    const household = await createHousehold(t, token, villageA);
    const before = await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/balance`);
    expect(before.body).toMatchObject({ balance: 100, basePoints: 100, redeemable: 0 });

    const work = await createRule(t, token, programId, {
      name: '义务投工投劳',
      category: '勤劳致富',
      points: 5,
      cap: { points: 20, per: 'month' },
    });
    const capped: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await as(t, { token }).post(`/programs/${programId}/awards`, {
        ruleId: work.id,
        holderIds: [household.id],
        occurredOn: '2026-10-0' + (i + 1),
      });
      expect(res.status).toBe(201);
      capped.push(res.body.results[0].capped);
    }
    expect(capped).toEqual([false, false, false, false, true, true]);
    const after = await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/balance`);
    expect(after.body).toMatchObject({ balance: 120, redeemable: 20 });

    const penalty = await createRule(t, token, programId, { name: '违反村规民约', category: '扣分', points: -30 });
    const deduction = await as(t, { token }).post(`/programs/${programId}/deductions`, {
      ruleId: penalty.id,
      holderIds: [household.id],
      occurredOn: '2026-10-10',
      reason: '乱倒垃圾',
    });
    expect(deduction.status).toBe(201);
    expect(deduction.body.results[0]).toMatchObject({ points: -30, balanceAfter: 90, capped: false });
    expect((await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/balance`)).body).toMatchObject({
      balance: 90,
      redeemable: 0,
    });

    const txId = deduction.body.results[0].transactionId as string;
    const reversal = await as(t, { token }).post(`/transactions/${txId}/reversal`, { reason: '误扣' });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ reversesId: txId, points: 30, balanceAfter: 120 });
    const again = await as(t, { token }).post(`/transactions/${txId}/reversal`, { reason: '误扣' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_REVERSED');

    const statement = await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/statement`);
    expect(statement.status).toBe(200);
    expect(statement.body.items.map((l: { points: number }) => l.points)).toEqual([30, -30, 5, 5, 5, 5, 100]);
    expect(statement.body.items[0]).toMatchObject({ type: 'reversal', balanceAfter: 120, reversesId: txId });
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it('lands 200 concurrent awards of +1 on one household', async () => {
    const household = await createHousehold(t, token, villageA);
    const one = await createRule(t, token, programId, { name: '志愿服务', category: '志愿服务', points: 1 });
    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        as(t, { token }).post(`/programs/${programId}/awards`, { ruleId: one.id, holderIds: [household.id], occurredOn: '2026-10-15' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const balance = await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/balance`);
    expect(balance.body.balance).toBe(300);
    expect(await check()).toMatchObject({ ok: true });
  });

  it('posts once for 20 concurrent requests with one Idempotency-Key; another body with it gets 422', async () => {
    const household = await createHousehold(t, token, villageA);
    const one = await createRule(t, token, programId, { name: '巡逻', category: '平安建设', points: 2 });
    const body = { ruleId: one.id, holderIds: [household.id], occurredOn: '2026-10-16' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        as(t, { token }).post(`/programs/${programId}/awards`, body).set('Idempotency-Key', 'patrol-2026-10-16'),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = new Set(responses.map((r) => r.body.results[0].transactionId));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect((await as(t, { token }).get(`/programs/${programId}/holders/${household.id}/balance`)).body.balance).toBe(102);
    const other = await as(t, { token })
      .post(`/programs/${programId}/awards`, { ...body, occurredOn: '2026-10-17' })
      .set('Idempotency-Key', 'patrol-2026-10-16');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses entries in a closed period', async () => {
    const household = await createHousehold(t, token, villageA);
    const one = await createRule(t, token, programId, { name: '环境卫生', category: '清洁卫生', points: 3 });
    const close = await as(t, { token }).post(`/programs/${programId}/periods/2026-Q3/close`);
    expect(close.status).toBe(201);
    const res = await as(t, { token }).post(`/programs/${programId}/awards`, {
      ruleId: one.id,
      holderIds: [household.id],
      occurredOn: '2026-08-01',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PERIOD_CLOSED');
  });

  it('refuses an entry whose period was closed while it waited for the period lock', async () => {
    const household = await createHousehold(t, token, villageA);
    const rule = await createRule(t, token, programId, { name: '邻里互助', category: '邻里和睦', points: 4 });
    // A closing transaction holds the period lock exclusively and records the closure; the award
    // waits for the lock, and must see the closure committed while it waited.
    const closer = t.db.createQueryRunner();
    await closer.connect();
    try {
      await closer.startTransaction();
      await closer.query(`SELECT pg_advisory_xact_lock(7001, $1)`, [programId]);
      await closer.query(`INSERT INTO period_closures (program_id, period) VALUES ($1, '2026-Q2')`, [programId]);
      const award = as(t, { token })
        .post(`/programs/${programId}/awards`, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-05-04' })
        .then((r) => r);
      for (let waited = 0; ; waited += 20) {
        const [{ n }] = (await t.db.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 7001 AND objid = $1`,
          [programId],
        )) as { n: number }[];
        if (n > 0) break;
        if (waited > 10_000) throw new Error('the award never waited for the period lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      await closer.commitTransaction();
      const res = await award;
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('PERIOD_CLOSED');
    } finally {
      await closer.release();
    }
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM transactions WHERE program_id = $1 AND holder_id = $2 AND type = 'award'`,
      [programId, household.id],
    )) as { n: number }[];
    expect(n).toBe(0);
  });

  it('awards 1,000 households in one request', async () => {
    const village = villageA;
    const ids: number[] = [];
    const values = Array.from({ length: 1000 }, (_, i) => `(${village}, 'B${i}', '户主${i}', 'BATCH${String(i).padStart(7, '0')}')`).join(
      ',',
    );
    const rows = (await t.db.query(
      `INSERT INTO households (village_id, household_no, head_name, card_code) VALUES ${values} RETURNING id`,
    )) as { id: number }[];
    ids.push(...rows.map((r) => r.id));
    const one = await createRule(t, token, programId, { name: '移风易俗', category: '移风易俗', points: 10 });
    const started = Date.now();
    const res = await as(t, { token }).post(`/programs/${programId}/awards`, { ruleId: one.id, holderIds: ids, occurredOn: '2026-11-01' });
    const ms = Date.now() - started;
    process.stdout.write(`batch award to 1,000 households: ${ms} ms\n`);
    expect(res.status).toBe(201);
    expect(res.body.results).toHaveLength(1000);
    expect(res.body.results.every((r: { balanceAfter: number }) => r.balanceAfter === 110)).toBe(true);
    expect(await check()).toMatchObject({ ok: true });
  });
});
