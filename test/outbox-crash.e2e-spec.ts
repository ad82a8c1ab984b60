import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { API, as, createHousehold, createProgram, createRule, createUser, PASSWORD, seedTree, today } from './support/fixtures.js';
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
 * The outbox holds across a crash: the service decides claims and is killed with SIGKILL, once
 * while a decision waits at its commit (its message written, the commit not done) and once in the
 * middle of a run of decisions. Whatever committed, every decided claim has its one message and
 * no undecided claim has any.
 */

const CLAIMS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('decisions and their messages across a SIGKILL', () => {
  let t: TestApp;
  let db: pg.Client;
  let service: Service | undefined;
  let reviewerName: string;
  const claims: string[] = [];

  beforeAll(async () => {
    await buildDist();
    t = await startTestApp({ queue: 'in-process' });
    const tree = await seedTree(t);
    const admin = tree.county.token;
    const clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    reviewerName = (await createUser(t, admin, 'reviewer', tree.villageA)).username;
    const program = (await createProgram(t, admin, tree.county.countyId)).id;
    const rule = (await createRule(t, admin, program, { points: 2, name: '清扫村道' })).id;
    for (let i = 0; i < CLAIMS; i++) {
      const home = await createHousehold(t, clerk, tree.villageA);
      const filed = await as(t, { token: clerk }).post('/claims', {
        programId: program,
        ruleId: rule,
        householdId: home.id,
        occurredOn: today(),
        memo: '代报',
      });
      expect(filed.status).toBe(201);
      claims.push(filed.body.id as string);
    }
    await t.stop();
    db = new pg.Client({ connectionString: t.config.database.url });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    await stopAllServices();
    await db?.end();
    await t?.close();
  });

  /** Each claim's status with the count of its messages. */
  const ledger = async () =>
    (
      await db.query(
        `SELECT c.id::text, c.status, (SELECT count(*)::int FROM messages m WHERE m.subject_type = 'claim' AND m.subject_id = c.id) AS messages
           FROM claims c ORDER BY c.id`,
      )
    ).rows as { id: string; status: string; messages: number }[];

  async function start(): Promise<{ port: number; token: string }> {
    const port = await freePort();
    service = startService(
      userEnv({
        NODE_ENV: 'test',
        DATABASE_URL: t.config.database.url,
        REDIS_URL: 'none',
        PORT: String(port),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-outbox-')),
        JWT_SECRET: t.config.jwtSecret,
        PII_HASH_KEY: t.config.piiHashKey,
        LOG_LEVEL: 'warn',
      }),
    );
    await waitForHealth(service, port);
    const login = await fetch(`http://127.0.0.1:${port}${API}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: reviewerName, password: PASSWORD }),
    });
    return { port, token: ((await login.json()) as { accessToken: string }).accessToken };
  }

  const approve = (port: number, token: string, id: string) =>
    fetch(`http://127.0.0.1:${port}${API}/claims/${id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    }).catch(() => null);

  it('killed while a decision waits at its commit: the decision and its message are both there or both not', async () => {
    const { port, token } = await start();
    const holder = new pg.Client({ connectionString: t.config.database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE messages IN SHARE MODE');
    void approve(port, token, claims[0]);
    // The decision is made and its message is being written at the commit, which waits.
    for (let i = 0; i < 600; i++) {
      const waiting = await holder.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'messages'::regclass`);
      if (waiting.rowCount) break;
      await sleep(20);
    }
    await killService(service!);
    await holder.query('ROLLBACK');
    await holder.end();
    for (let i = 0; i < 100 && (await db.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rowCount; i++)
      await sleep(50);
    const [first] = await ledger();
    expect(first.status === 'approved' ? 1 : 0).toBe(first.messages);
  });

  it('killed in the middle of a run of decisions: every decided claim has its one message, no other has any', async () => {
    const { port, token } = await start();
    const rest = claims.slice(1);
    let next = 0;
    const worker = async () => {
      while (next < rest.length) await approve(port, token, rest[next++]);
    };
    const running = Promise.all([worker(), worker(), worker()]);
    let decided = 0;
    for (let i = 0; i < 3000 && decided < 20; i++) {
      decided = Number((await db.query(`SELECT count(*) FROM claims WHERE status = 'approved'`)).rows[0].count);
      if (decided < 20) await sleep(5);
    }
    await killService(service!);
    await running;
    const rows = await ledger();
    const approved = rows.filter((r) => r.status === 'approved').length;
    process.stdout.write(`outbox: service killed with ${approved} of ${CLAIMS} claims decided\n`);
    expect(approved).toBeGreaterThan(0);
    expect(approved).toBeLessThan(CLAIMS);
    expect(rows.filter((r) => r.messages !== (r.status === 'approved' ? 1 : 0))).toEqual([]);
  });
});
