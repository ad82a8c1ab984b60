import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { householdFields } from '../src/households/household-fields.js';
import { HouseholdsRepository } from '../src/households/households.repository.js';
import { as, createProgram, createRegion, createRule, seedCounty, today } from './support/fixtures.js';
import {
  buildDist,
  freePort,
  killService,
  startService,
  stopAllServices,
  userEnv,
  waitForHealth,
  type Service,
} from './support/service-process.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Confirmation survives a crash: the service starts with 6,000 notices past their deadline (the
 * notice period ran out while it was down), begins posting them at start, is killed with SIGKILL
 * in the middle, and started again: every notice posts exactly once and the books balance.
 */

const NOTICES = 6_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('confirmation killed halfway', () => {
  let t: TestApp;
  let db: pg.Client;
  let service: Service | undefined;
  let program: number;
  const holders: number[] = [];

  beforeAll(async () => {
    await buildDist();
    t = await startTestApp({ queue: 'in-process' });
    const { token, countyId } = await seedCounty(t);
    const township = await createRegion(t, token, 'township', countyId);
    const village = await createRegion(t, token, 'village', township);
    program = (await createProgram(t, token, countyId)).id;
    expect((await as(t, { token }).patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const rule = (await createRule(t, token, program, { points: 3 })).id;
    const repo = t.app.get(HouseholdsRepository);
    await t.db.transaction(async (m) => {
      for (let i = 0; i < NOTICES; i++) {
        const fields = householdFields(t.config.piiHashKey, { headName: `户主${i}` });
        if (!fields.ok) throw new Error('bad household');
        holders.push((await repo.upsert(village, `C${i}`, fields.value, m)).id);
      }
    });
    for (let i = 0; i < NOTICES; i += 1000) {
      const res = await as(t, { token }).post(`/programs/${program}/awards`, {
        ruleId: rule,
        holderIds: holders.slice(i, i + 1000),
        occurredOn: today(),
      });
      expect(res.status).toBe(201);
    }
    await t.stop();
    db = new pg.Client({ connectionString: t.config.database.url });
    await db.connect();
    // The notice period ran out while the service was down.
    await db.query(`UPDATE notices SET deadline = now() - interval '1 minute' WHERE program_id = $1`, [program]);
  }, 240_000);

  afterAll(async () => {
    await stopAllServices();
    await db?.end();
    await t?.close();
  });

  const posted = async () =>
    Number((await db.query(`SELECT count(*) FROM notices WHERE program_id = $1 AND status = 'posted'`, [program])).rows[0].count);

  it('posts every notice once across a SIGKILL and a restart', async () => {
    const port = await freePort();
    const env = userEnv({
      NODE_ENV: 'test',
      DATABASE_URL: t.config.database.url,
      REDIS_URL: 'none',
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-confirm-')),
      JWT_SECRET: t.config.jwtSecret,
      PII_HASH_KEY: t.config.piiHashKey,
      LOG_LEVEL: 'warn',
    });
    // Confirmation runs at start; kill the process once the first batches are in.
    service = startService(env);
    let atKill = 0;
    for (let i = 0; i < 3000 && atKill === 0; i++) {
      atKill = await posted();
      if (atKill === 0) await sleep(10);
    }
    await killService(service);
    const afterKill = await posted();
    process.stdout.write(`confirmation killed with ${afterKill} of ${NOTICES} notices posted\n`);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(NOTICES);
    // What committed is whole: each posted notice has its one transaction, no other has any.
    const half = (
      await db.query(
        `SELECT count(*)::int AS txns, count(DISTINCT t.notice_id)::int AS notices, count(*) FILTER (WHERE n.status <> 'posted')::int AS strays
         FROM transactions t JOIN notices n ON n.id = t.notice_id WHERE n.program_id = $1`,
        [program],
      )
    ).rows[0] as { txns: number; notices: number; strays: number };
    expect(half).toEqual({ txns: afterKill, notices: afterKill, strays: 0 });

    service = startService(env);
    await waitForHealth(service, port);
    for (let i = 0; i < 600 && (await posted()) < NOTICES; i++) await sleep(100);
    expect(await posted()).toBe(NOTICES);
    const all = (
      await db.query(
        `SELECT count(*)::int AS txns, count(DISTINCT notice_id)::int AS notices, sum(points)::int AS points FROM transactions WHERE program_id = $1 AND notice_id IS NOT NULL`,
        [program],
      )
    ).rows[0] as { txns: number; notices: number; points: number };
    expect(all).toEqual({ txns: NOTICES, notices: NOTICES, points: 3 * NOTICES });
    const unbalanced = (
      await db.query(
        `SELECT count(*)::int AS n FROM (SELECT transaction_id FROM postings GROUP BY transaction_id HAVING sum(amount) <> 0) x`,
      )
    ).rows[0] as { n: number };
    expect(unbalanced.n).toBe(0);
    const mismatched = (
      await db.query(
        `SELECT count(*)::int AS n FROM accounts a WHERE a.kind = 'holder' AND a.program_id = $1
          AND a.balance <> (SELECT COALESCE(sum(p.amount), 0) FROM postings p WHERE p.account_id = a.id)`,
        [program],
      )
    ).rows[0] as { n: number };
    expect(mismatched.n).toBe(0);
  }, 180_000);
});
