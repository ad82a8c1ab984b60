import pg from 'pg';
import { preparedCount } from '../src/common/db/hot-query.js';
import { endsTransaction } from '../src/common/db/transaction-end.js';
import { inlineParams } from '../src/database/inline-params.js';
import { as, createDevice, createHousehold, createProgram, createRule, seedTree } from './support/fixtures.js';
import { givePoints, openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * The service's database client sends a transaction's BEGIN with the transaction's first
 * statement, its parameters written in as literals (one round trip instead of two). These tests
 * hold the written-in literals to what the parameters meant, and the transactions to what they were.
 */
describe('database client', () => {
  const t = useTestApp();

  const values: [string, unknown][] = [
    ['text', 'plain'],
    ['text', "it's 'quoted'"],
    ['text', 'back\\slash \\n and \\\\ two'],
    ['text', '张三（户主）东街社区'],
    ['text', ''],
    ['text', '$1 $2 -- /* not a comment */'],
    ['text', null],
    ['int', 42],
    ['int', -7],
    ['bigint', '9007199254740993'],
    ['numeric', 0.1],
    ['boolean', true],
    ['boolean', false],
    ['date', '2026-12-31'],
    ['timestamptz', new Date('2026-12-06T16:00:00.123Z')],
    ['int[]', [1, 2, 3]],
    ['bigint[]', [null, 5]],
    ['text[]', ['a,b', 'c"d', "e'f", '{g}', 'h\\i', '', null]],
    ['jsonb', JSON.stringify({ 理由: "乱倒垃圾 'x'", n: [1, 2] })],
    ['date[]', ['2026-01-01', '2026-02-28']],
  ];

  it('writes in every kind of parameter as the value it was', async () => {
    for (const [type, value] of values) {
      const text = `SELECT $1::${type} AS v, pg_typeof($1::${type})::text AS t`;
      const sent = (await t.db.query(text, [value])) as { v: unknown; t: string }[];
      const inlined = inlineParams(text, [value]);
      expect(inlined).not.toBeNull();
      const written = (await t.db.query(inlined!)) as { v: unknown; t: string }[];
      expect({ type, value, got: written }).toEqual({ type, value, got: sent });
    }
  });

  it('infers the types a parameter would have had', async () => {
    // Untyped literals, as untyped parameters, take their type from where they stand.
    const text = `SELECT count(*)::int AS n FROM generate_series(1, 10) g WHERE g = ANY($1) AND g > $2 LIMIT $3`;
    const params = [[2, 4, 6, 11], 3, 5];
    const [sent] = (await t.db.query(text, params)) as { n: number }[];
    const [written] = (await t.db.query(inlineParams(text, params)!)) as { n: number }[];
    expect(written.n).toBe(2);
    expect(written).toEqual(sent);
  });

  it('refuses texts and values it cannot write in safely', () => {
    expect(inlineParams(`SELECT $tag$ $1 $tag$, $1`, [1])).toBeNull();
    expect(inlineParams(`SELECT $1 -- comment`, [1])).toBeNull();
    expect(inlineParams(`SELECT $1 /* comment */`, [1])).toBeNull();
    expect(inlineParams(`SELECT E'\\x', $1`, [1])).toBeNull();
    expect(inlineParams(`SELECT a$1 FROM t`, [1])).toBeNull();
    expect(inlineParams(`SELECT $2`, [1])).toBeNull();
    expect(inlineParams(`SELECT $1`, [Buffer.from('x')])).toBeNull();
    expect(inlineParams(`SELECT $1`, ['nul\0'])).toBeNull();
    // Quoted literals and names are copied as they are, a $1 inside them left alone.
    expect(inlineParams(`SELECT '$1', "a""$1", $1`, ["o'k"])).toBe(`SELECT '$1', "a""$1", 'o''k'`);
  });

  it("sends a transaction's BEGIN with its first statement, and the transaction is one", async () => {
    // One Query message: BEGIN and the statement share their statement time; sent apart, they would not.
    const [first] = await t.db.transaction(
      async (m) => (await m.query(`SELECT transaction_timestamp() = statement_timestamp() AS together, $1::int AS v`, [5])) as unknown[],
    );
    expect(first).toEqual({ together: true, v: 5 });

    await t.db.query(`CREATE TABLE IF NOT EXISTS begin_probe (v int)`);
    await t.db.query(`TRUNCATE begin_probe`);
    // A failure after the first statement rolls the first back: it ran inside the transaction.
    await expect(
      t.db.transaction(async (m) => {
        await m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [1]);
        await m.query(`SELECT 1 / $1::int`, [0]);
      }),
    ).rejects.toThrow(/division by zero/);
    // A failing first statement leaves the transaction aborted, then rolled back; the next one works.
    await expect(t.db.transaction((m) => m.query(`INSERT INTO begin_probe (v) VALUES ($1::int / 0)`, [2]))).rejects.toThrow(
      /division by zero/,
    );
    await t.db.transaction(async (m) => {
      await m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [3]);
      await m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [4]);
    });
    // A transaction that sent nothing commits, and so does one whose first statement is not written in.
    await t.db.transaction(async () => undefined);
    await t.db.transaction((m) => m.query(`INSERT INTO begin_probe (v) SELECT $1 /* 5 */`, [5]));
    const rows = (await t.db.query(`SELECT v FROM begin_probe ORDER BY v`)) as { v: number }[];
    expect(rows.map((r) => r.v)).toEqual([3, 4, 5]);
    await t.db.query(`DROP TABLE begin_probe`);
  });

  it('sends BEGIN and COMMIT apart, in order and never queued, around statements it cannot write in', async () => {
    // Every query asked of a connection busy with another (pg queues it; pg 9 will refuse it).
    const queued: string[] = [];
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const query = proto.query;
    proto.query = function (this: { activeQuery: unknown; _queryQueue: unknown[] }, ...a: unknown[]) {
      if (this.activeQuery || this._queryQueue.length > 0)
        queued.push(typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string }).text));
      return query.apply(this, a);
    };
    try {
      await t.db.query(`CREATE TABLE IF NOT EXISTS begin_probe (n serial, v int, tx bigint DEFAULT txid_current())`);
      await t.db.query(`TRUNCATE begin_probe`);
      // A first statement with a comment goes after BEGIN's answer; one asked for meanwhile waits behind it.
      await t.db.transaction(async (m) => {
        await Promise.all([
          m.query(`INSERT INTO begin_probe (v) SELECT $1 /* first */`, [1]),
          m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [2]),
        ]);
      });
      // A last statement that cannot be written in has its COMMIT sent once its answer is in…
      await t.db.transaction(async (m) => {
        await m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [3]);
        endsTransaction(m);
        await m.query(`INSERT INTO begin_probe (v) SELECT $1 /* last */`, [4]);
      });
      // …and when it fails, no COMMIT: the transaction is rolled back, the earlier row with it.
      await expect(
        t.db.transaction(async (m) => {
          await m.query(`INSERT INTO begin_probe (v) VALUES ($1)`, [5]);
          endsTransaction(m);
          await m.query(`INSERT INTO begin_probe (v) SELECT $1::int / 0 /* last */`, [6]);
        }),
      ).rejects.toThrow(/division by zero/);
      const rows = (await t.db.query(`SELECT v, tx::text AS tx FROM begin_probe ORDER BY n`)) as { v: number; tx: string }[];
      expect(rows.map((r) => r.v)).toEqual([1, 2, 3, 4]);
      expect(new Set(rows.slice(0, 2).map((r) => r.tx)).size).toBe(1);
      expect(new Set(rows.slice(2).map((r) => r.tx)).size).toBe(1);
      expect(rows[0].tx).not.toBe(rows[2].tx);
      // The connection took them one at a time.
      expect(queued).toEqual([]);
      await t.db.query(`DROP TABLE begin_probe`);
    } finally {
      proto.query = query;
    }
  });

  it('prepares one statement a shape of the hot paths, whatever the values in it', async () => {
    const {
      county: { token, countyId },
      villageA,
    } = await seedTree(t);
    const programId = (await createProgram(t, token, countyId)).id;
    const households: number[] = [];
    for (let i = 0; i < 9; i++) households.push((await createHousehold(t, token, villageA)).id);
    await givePoints(t, token, programId, households, 50);
    const store = await openStore(
      t,
      token,
      villageA,
      [
        { sku: 'OIL', name: '食用油', pointsPrice: 3, stock: 100 },
        { sku: 'SOAP', name: '肥皂', pointsPrice: 5, stock: 100 },
      ],
      { programId },
    );
    const { apiKey } = await createDevice(t, token, store.id);
    const staff = as(t, { token });
    const kiosk = as(t, { apiKey });
    const award = await createRule(t, token, programId, { points: 4 });
    const bigger = await createRule(t, token, programId, { points: 9 });
    const fine = await createRule(t, token, programId, { name: '乱倒垃圾', category: '扣分', points: -2 });
    const harsher = await createRule(t, token, programId, { name: '占道经营', category: '扣分', points: -6 });
    let key = 0;
    // Each shape once: an award to one holder and to several, a deduction, a redemption.
    const round = async (rules: { award: number; fine: number }, h: number[], sku: string, quantity: number) => {
      const day = '2026-12-01';
      expect((await staff.post(`/programs/${programId}/awards`, { ruleId: rules.award, holderIds: [h[0]], occurredOn: day })).status).toBe(
        201,
      );
      expect(
        (await staff.post(`/programs/${programId}/awards`, { ruleId: rules.award, holderIds: h.slice(1, -1), occurredOn: day })).status,
      ).toBe(201);
      const deducted = await staff.post(`/programs/${programId}/deductions`, {
        ruleId: rules.fine,
        holderIds: h.slice(-1),
        occurredOn: day,
        reason: '测试',
      });
      expect(deducted.status).toBe(201);
      const sold = await kiosk
        .post(`/stores/${store.id}/redemptions`, { householdId: h[0], lines: [{ sku, quantity }] })
        .set('Idempotency-Key', `shape-${key++}`);
      expect(sold.status).toBe(201);
    };
    await round({ award: award.id, fine: fine.id }, households.slice(0, 4), 'OIL', 1);
    const after = preparedCount();
    await round({ award: bigger.id, fine: harsher.id }, households.slice(4, 9), 'SOAP', 3);
    expect(preparedCount()).toBe(after);
  });
});
