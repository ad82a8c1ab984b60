import pg from 'pg';
import {
  as,
  countRows,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  eventually,
  seedTree,
  today,
} from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * The database itself defends the ledger (DESIGN §3): with a raw connection, past the engine,
 * transactions and postings cannot be changed or removed, an unbalanced transaction cannot
 * commit, and account rows keep their shape. The ledger check proves what the rows say.
 */
describe('ledger invariants in the database', () => {
  const t = useTestApp();
  let token: string, countyId: number, villageA: number, villageB: number;
  /** A household program, a household of village A and a rule of +5 it was awarded once. */
  let programId: number, householdId: number, ruleId: number, awardTxId: string;
  /** The household's account and the program's issuance account (village A's). */
  let holderAccountId: string, issuanceAccountId: string;

  beforeAll(async () => {
    ({
      county: { token, countyId },
      villageA,
      villageB,
    } = await seedTree(t));
    programId = (await createProgram(t, token, countyId)).id;
    householdId = (await createHousehold(t, token, villageA)).id;
    ruleId = (await createRule(t, token, programId, { name: '义务投工投劳', category: '勤劳致富', points: 5 })).id;
    const res = await as(t, { token }).post(`/programs/${programId}/awards`, { ruleId, holderIds: [householdId], occurredOn: today() });
    if (res.status !== 201) throw new Error(`award failed: ${res.status} ${JSON.stringify(res.body)}`);
    awardTxId = res.body.results[0].transactionId as string;
    const accounts = (await t.db.query(
      `SELECT id::text AS id, kind FROM accounts WHERE program_id = $1 AND kind IN ('holder', 'issuance') ORDER BY kind`,
      [programId],
    )) as {
      id: string;
      kind: string;
    }[];
    holderAccountId = accounts.find((a) => a.kind === 'holder')!.id;
    issuanceAccountId = accounts.find((a) => a.kind === 'issuance')!.id;
  });

  /** A connection of its own, outside the application's pool and engine. */
  async function withClient<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: t.config.database.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** The pg error a statement fails with (the test fails if it succeeds). */
  async function failure(
    c: pg.Client,
    sql: string,
    params: unknown[] = [],
  ): Promise<{ code: string; message: string; constraint?: string }> {
    try {
      await c.query(sql, params);
    } catch (e) {
      return e as { code: string; message: string; constraint?: string };
    }
    throw new Error(`expected to fail: ${sql}`);
  }

  /** Every row of both ledger tables, as text: proves nothing changed. */
  async function fingerprint(): Promise<{ transactions: number; postings: number; digest: string }> {
    const [row] = (await t.db.query(
      `SELECT (SELECT count(*) FROM transactions)::int AS transactions, (SELECT count(*) FROM postings)::int AS postings,
              md5((SELECT coalesce(string_agg(x::text, '|' ORDER BY x.id), '') FROM transactions x) || '#' ||
                  (SELECT coalesce(string_agg(p::text, '|' ORDER BY p.id), '') FROM postings p)) AS digest`,
    )) as { transactions: number; postings: number; digest: string }[];
    return row;
  }

  const check = async () => {
    const res = await as(t, { token }).get('/ledger/check');
    expect(res.status).toBe(200);
    return res.body as {
      ok: boolean;
      transactions: number;
      postings: number;
      globalSum: number;
      imbalances: unknown[];
      balanceMismatches: unknown[];
    };
  };
  const balance = async (holder = householdId) =>
    (await as(t, { token }).get(`/programs/${programId}/holders/${holder}/balance`)).body.balance as number;

  /** Inserts a transaction row the way the engine does, inside the caller's open transaction. */
  async function insertTransaction(c: pg.Client, points: number): Promise<string> {
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO transactions (program_id, type, holder_id, rule_version_id, occurred_on, period, requested_points, points, actor_type, source)
       VALUES ($1, 'award', $2, NULL, $3, '2026-Q4', $4, $4, 'system', 'system') RETURNING id::text AS id`,
      [programId, householdId, today(), points],
    );
    return rows[0].id;
  }

  it('refuses UPDATE, DELETE and TRUNCATE on transactions and postings', async () => {
    const before = await fingerprint();
    expect(before.transactions).toBeGreaterThanOrEqual(2);
    await withClient(async (c) => {
      const statements: [string, unknown[]][] = [
        [`UPDATE transactions SET memo = 'changed' WHERE id = $1`, [awardTxId]],
        [`UPDATE transactions SET points = points + 1`, []],
        [`UPDATE postings SET amount = amount * 2 WHERE transaction_id = $1`, [awardTxId]],
        [`UPDATE postings SET account_id = account_id`, []],
        [`DELETE FROM postings WHERE transaction_id = $1`, [awardTxId]],
        [`DELETE FROM transactions WHERE id = $1`, [awardTxId]],
        [`DELETE FROM postings`, []],
        [`TRUNCATE postings`, []],
        [`TRUNCATE transactions CASCADE`, []],
      ];
      for (const [sql, params] of statements) {
        const e = await failure(c, sql, params);
        expect({ sql, code: e.code, message: e.message }).toEqual({
          sql,
          code: '42501',
          message: expect.stringMatching(/^(transactions|postings) is append-only: correct a mistake with a reversal$/),
        });
      }
      // Without CASCADE the foreign key from postings refuses before the trigger is asked.
      const plain = await failure(c, `TRUNCATE transactions`);
      expect({ code: plain.code, message: plain.message }).toEqual({
        code: '0A000',
        message: 'cannot truncate a table referenced in a foreign key constraint',
      });
    });
    expect(await fingerprint()).toEqual(before);
    expect(await balance()).toBe(105);
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it("refuses an unbalanced transaction at COMMIT with the trigger's message", async () => {
    const before = await fingerprint();
    await withClient(async (c) => {
      // One posting only: accepted statement by statement (the check is deferred), refused at COMMIT.
      await c.query('BEGIN');
      const id = await insertTransaction(c, 5);
      await c.query(`INSERT INTO postings (transaction_id, account_id, amount, balance_after) VALUES ($1, $2, 5, NULL)`, [
        id,
        issuanceAccountId,
      ]);
      const e = await failure(c, 'COMMIT');
      expect({ code: e.code, message: e.message }).toEqual({
        code: '23514',
        message: `transaction ${id} is unbalanced: its postings sum to 5`,
      });

      // Two postings that do not cancel out.
      await c.query('BEGIN');
      const id2 = await insertTransaction(c, 5);
      await c.query(`INSERT INTO postings (transaction_id, account_id, amount) VALUES ($1, $2, 5), ($1, $3, -3)`, [
        id2,
        holderAccountId,
        issuanceAccountId,
      ]);
      expect((await failure(c, 'COMMIT')).message).toBe(`transaction ${id2} is unbalanced: its postings sum to 2`);

      // A posting added later to a transaction that was balanced.
      await c.query('BEGIN');
      await c.query(`INSERT INTO postings (transaction_id, account_id, amount) VALUES ($1, $2, 1)`, [awardTxId, issuanceAccountId]);
      expect((await failure(c, 'COMMIT')).message).toBe(`transaction ${awardTxId} is unbalanced: its postings sum to 1`);

      // Made immediate, the check refuses the statement itself.
      await c.query('BEGIN');
      await c.query('SET CONSTRAINTS ALL IMMEDIATE');
      const id3 = await insertTransaction(c, 5);
      const immediate = await failure(c, `INSERT INTO postings (transaction_id, account_id, amount) VALUES ($1, $2, 5)`, [
        id3,
        issuanceAccountId,
      ]);
      expect(immediate.message).toBe(`transaction ${id3} is unbalanced: its postings sum to 5`);
      await c.query('ROLLBACK');

      // A zero amount is no posting at all.
      await c.query('BEGIN');
      const id4 = await insertTransaction(c, 0);
      const zero = await failure(c, `INSERT INTO postings (transaction_id, account_id, amount) VALUES ($1, $2, 0)`, [
        id4,
        issuanceAccountId,
      ]);
      expect({ code: zero.code, constraint: zero.constraint }).toEqual({ code: '23514', constraint: 'CHK_postings_amount' });
      await c.query('ROLLBACK');
    });
    expect(await fingerprint()).toEqual(before);
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it("commits a balanced transaction written the engine's way", async () => {
    const before = await fingerprint();
    const start = await balance();
    const id = await withClient(async (c) => {
      await c.query('BEGIN');
      const txId = await insertTransaction(c, 3);
      const { rows } = await c.query<{ balance: string }>(
        `UPDATE accounts SET balance = balance + 3 WHERE id = $1 AND kind = 'holder' RETURNING balance`,
        [holderAccountId],
      );
      await c.query(`INSERT INTO postings (transaction_id, account_id, amount, balance_after) VALUES ($1, $2, 3, $3), ($1, $4, -3, NULL)`, [
        txId,
        holderAccountId,
        rows[0].balance,
        issuanceAccountId,
      ]);
      // The 3 points are redeemable: a lot of 3 (a base of 100, a balance above it).
      await c.query(
        `INSERT INTO lots (program_id, account_id, holder_id, region_id, transaction_id, points, remaining, occurred_on)
         SELECT program_id, id, holder_id, region_id, $2, 3, 3, current_date FROM accounts WHERE id = $1`,
        [holderAccountId, txId],
      );
      await c.query('COMMIT');
      return txId;
    });
    const after = await fingerprint();
    expect([after.transactions - before.transactions, after.postings - before.postings]).toEqual([1, 2]);
    expect(await balance()).toBe(start + 3);
    const statement = await as(t, { token }).get(`/programs/${programId}/holders/${householdId}/statement?limit=1`);
    expect(statement.body.items[0]).toMatchObject({
      transactionId: id,
      points: 3,
      balanceAfter: start + 3,
      operator: { type: 'system', id: null, name: null },
    });
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it('keeps the account shape: a holder account has a balance, a system account has none', async () => {
    // kind = 'holder' ⇔ balance IS NOT NULL, and ⇔ holder_id IS NOT NULL: a system account's balance
    // is the sum of its postings, so a balance column on it would be a second, unchecked truth.
    await withClient(async (c) => {
      const cases: [string, unknown[]][] = [
        [`INSERT INTO accounts (program_id, kind, holder_id, region_id) VALUES ($1, 'holder', 999999, $2)`, [programId, villageB]],
        [
          `INSERT INTO accounts (program_id, kind, holder_id, region_id, balance) VALUES ($1, 'holder', NULL, $2, 0)`,
          [programId, villageB],
        ],
        [`INSERT INTO accounts (program_id, kind, region_id, balance) VALUES ($1, 'penalties', $2, 0)`, [programId, villageB]],
        [
          `INSERT INTO accounts (program_id, kind, holder_id, region_id) VALUES ($1, 'penalties', $2, $3)`,
          [programId, householdId, villageB],
        ],
        [`UPDATE accounts SET balance = NULL WHERE id = $1`, [holderAccountId]],
        [`UPDATE accounts SET balance = 0 WHERE id = $1`, [issuanceAccountId]],
        [`UPDATE accounts SET kind = 'issuance' WHERE id = $1`, [holderAccountId]],
      ];
      for (const [sql, params] of cases) {
        const e = await failure(c, sql, params);
        expect({ sql, code: e.code, constraint: e.constraint }).toEqual({ sql, code: '23514', constraint: 'CHK_accounts_balance' });
      }
      const kind = await failure(c, `INSERT INTO accounts (program_id, kind, region_id) VALUES ($1, 'treasury', $2)`, [
        programId,
        villageB,
      ]);
      expect(kind.constraint).toBe('CHK_accounts_kind');
      // One holder account per program and holder.
      const dup = await failure(
        c,
        `INSERT INTO accounts (program_id, kind, holder_id, region_id, balance) VALUES ($1, 'holder', $2, $3, 0)`,
        [programId, householdId, villageA],
      );
      expect({ code: dup.code, constraint: dup.constraint }).toEqual({ code: '23505', constraint: 'UQ_accounts_holder' });
    });
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it("reports a balance changed behind the engine's back (ok=false), and is ok again once it is put back", async () => {
    const [{ balance: stored }] = (await t.db.query(`SELECT balance::int AS balance FROM accounts WHERE id = $1`, [holderAccountId])) as {
      balance: number;
    }[];
    // Allowed at the database level: the engine itself updates balances this way.
    await t.db.query(`UPDATE accounts SET balance = balance + 7 WHERE id = $1`, [holderAccountId]);
    try {
      const broken = await check();
      expect(broken).toMatchObject({ ok: false, globalSum: 0, imbalances: [] });
      expect(broken.balanceMismatches).toEqual([
        { accountId: holderAccountId, holderId: householdId, balance: stored + 7, postingsSum: stored },
      ]);
      const scoped = await as(t, { token }).get(`/ledger/check?programId=${programId}`);
      expect(scoped.body).toMatchObject({ ok: false, balanceMismatches: [{ accountId: holderAccountId }] });
    } finally {
      await t.db.query(`UPDATE accounts SET balance = balance - 7 WHERE id = $1`, [holderAccountId]);
    }
    expect(await check()).toMatchObject({ ok: true, balanceMismatches: [] });
  });

  it("creates a program's first village accounts from two batches in crossed village order without deadlocking", async () => {
    // Households made in the order A, C, B, B, A: sorted by id, the first batch meets the villages
    // as A, C, B and the second as B, A, and each creates those villages' issuance accounts.
    const [{ township }] = (await t.db.query(`SELECT parent_id AS township FROM regions WHERE id = $1`, [villageA])) as {
      township: number;
    }[];
    const villageC = await createRegion(t, token, 'village', township);
    const made: number[] = [];
    for (const village of [villageA, villageC, villageB, villageB, villageA]) made.push((await createHousehold(t, token, village)).id);
    const program = (await createProgram(t, token, countyId)).id;
    const rule = (await createRule(t, token, program, { name: '环境卫生', category: '清洁卫生', points: 2 })).id;
    const post = (holderIds: number[]) =>
      as(t, { token }).post(`/programs/${program}/awards`, { ruleId: rule, holderIds, occurredOn: today() });
    const blocked = async (n: number) =>
      eventually(async () => {
        const [{ waiting }] = (await t.db.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO accounts%'`,
        )) as { waiting: number }[];
        return waiting === n ? true : undefined;
      });

    const responses = await withClient(async (c) => {
      // A third party holds village C's account uncommitted: the first batch stops there, holding A.
      await c.query('BEGIN');
      await c.query(`INSERT INTO accounts (program_id, kind, region_id) VALUES ($1, 'issuance', $2)`, [program, villageC]);
      const first = post(made.slice(0, 3)).then((r) => r);
      await blocked(1);
      // The second batch then needs A (after B, in crossed order) or waits at A (in village order).
      const second = post(made.slice(3, 5)).then((r) => r);
      await blocked(2);
      await c.query('ROLLBACK');
      return Promise.all([first, second]);
    });
    expect(responses.map((r) => (r.status === 201 ? 201 : `${r.status} ${JSON.stringify(r.body)}`))).toEqual([201, 201]);
    expect(await countRows(t, `accounts WHERE program_id = $1 AND kind = 'issuance'`, [program])).toBe(3);
    expect(await check()).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
  });

  it('keeps every balance equal to its postings under concurrent awards, deductions and reversals', async () => {
    const households: number[] = [];
    for (let i = 0; i < 6; i++) households.push((await createHousehold(t, token, i % 2 ? villageA : villageB)).id);
    const penalty = (await createRule(t, token, programId, { name: '违反村规民约', category: '扣分', points: -4 })).id;
    const first = await as(t, { token }).post(`/programs/${programId}/awards`, { ruleId, holderIds: households, occurredOn: today() });
    expect(first.status).toBe(201);
    const toReverse = (first.body.results as { transactionId: string }[]).map((r) => r.transactionId);
    const shuffled = (xs: number[], k: number) => xs.map((_, i) => xs[(i * 5 + k) % xs.length]);
    const requests = [
      ...Array.from({ length: 10 }, (_, k) =>
        as(t, { token }).post(`/programs/${programId}/awards`, { ruleId, holderIds: shuffled(households, k), occurredOn: today() }),
      ),
      ...Array.from({ length: 10 }, (_, k) =>
        as(t, { token }).post(`/programs/${programId}/deductions`, {
          ruleId: penalty,
          holderIds: shuffled(households, k + 1),
          occurredOn: today(),
          reason: '测试',
        }),
      ),
      ...toReverse.flatMap((id) => [
        as(t, { token }).post(`/transactions/${id}/reversal`, { reason: '并发冲正' }),
        as(t, { token }).post(`/transactions/${id}/reversal`, { reason: '并发冲正' }),
      ]),
    ];
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
    // Each transaction is reversed exactly once; its twin gets 409.
    for (let i = 0; i < toReverse.length; i++) expect([statuses[20 + 2 * i], statuses[21 + 2 * i]].sort()).toEqual([201, 409]);
    // 100 base + 5 (reversed) + 10 × 5 − 10 × 4.
    for (const id of households) expect(await balance(id)).toBe(110);
    expect(await check()).toMatchObject({ ok: true, globalSum: 0, imbalances: [], balanceMismatches: [] });
  });
});
