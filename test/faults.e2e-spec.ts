import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { createTestDatabase } from './support/databases.js';
import {
  as,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  declareNoHousehold,
  login,
  PASSWORD,
  today,
} from './support/fixtures.js';
import { RedisServer } from './support/redis-server.js';
import { openStore } from './support/scenarios.js';
import {
  buildDist,
  freePort,
  killService,
  portAnswers,
  startService,
  stopAllServices,
  userEnv,
  waitForHealth,
  type Service,
} from './support/service-process.js';
import type { TestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * Faults under load, against the built service as a child process on a scratch database and a
 * Redis of this file's own: Redis stopped and started, database connections terminated, the
 * service SIGKILLed mid-load (twice, with a ranking run held running each time). Afterwards every
 * request answered 2xx is in the database exactly once, retrying every request with its key posts
 * nothing twice, the ledger check is clean, and every tracked job row has ended.
 *
 * BullMQ notices a killed worker's job only through its stalled check (a job must be seen by two
 * checks), and the reconciler looks every two check intervals: the service runs here with a
 * 5-second interval (JOB_STALL_SECONDS; 30 by default), which keeps the file under a minute.
 */

/** The service's JOB_STALL_SECONDS here: job locks and stalled checks every 5 s, the reconciler every 10 s. */
const STALL_SECONDS = 5;

const HOUSEHOLDS = 12;
const CONCURRENCY = 8;
/** A request that takes longer than this has hung: the service must answer or fail. */
const REQUEST_TIMEOUT_MS = 15_000;

type Kind = 'redeem' | 'award';
interface Planned {
  kind: Kind;
  path: string;
  key: string;
  body: object;
}
interface Answer {
  status: number | 'connection-error' | 'timeout';
  body: unknown;
  replayed: boolean;
  ms: number;
  error?: string;
  /** The Retry-After header, when the answer had one. */
  retryAfter?: string | null;
}
interface Sent extends Planned {
  phase: string;
  first: Answer;
}

let redis: RedisServer;
let database: { name: string; url: string; drop: () => Promise<void> };
let db: pg.Client;
let dataDir: string;
let port: number;
let env: NodeJS.ProcessEnv;
let service: Service;
let seedDs: DataSource | null = null;
const locks: pg.Client[] = [];

// What the seeding made.
let token: string;
let apiKey: string;
let storeId: number;
let programId: number;
let ruleId: number;
let countyId: number;
let villageCode: string;
let period: string;
const households: { id: number; cardCode: string }[] = [];
let seedAwards = 0;
let runId: string;
const sent: Sent[] = [];
const timings: Record<string, number> = {};

const baseUrl = () => `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(): Promise<Service> {
  service = startService(env);
  await waitForHealth(service, port);
  return service;
}

async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

/** Polls until `check` returns a value; fails after `ms`. */
async function until<T>(what: string, ms: number, check: () => Promise<T | undefined | null | false>, every = 200): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(every);
  }
}

/** One request as a client sends it: a bounded wait, a connection error is an answer too. */
async function send(p: Planned): Promise<Answer> {
  const started = Date.now();
  const auth: Record<string, string> = p.kind === 'redeem' ? { 'X-Api-Key': apiKey } : { Authorization: `Bearer ${token}` };
  try {
    const res = await fetch(`${baseUrl()}/api/v1${p.path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': p.key, ...auth },
      body: JSON.stringify(p.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return {
      status: res.status,
      body,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      ms: Date.now() - started,
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (e) {
    const err = e as Error;
    const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
    return {
      status: timedOut ? 'timeout' : 'connection-error',
      body: null,
      replayed: false,
      ms: Date.now() - started,
      error: `${err.name}: ${err.message}`,
    };
  }
}

/** `n` requests of the phase: redemptions and awards in turn, each with a key of its own. */
function plan(phase: string, n: number): Planned[] {
  return Array.from({ length: n }, (_, i) => {
    const household = households[i % households.length];
    const key = `${phase}-${i}-${randomBytes(4).toString('hex')}`;
    if (i % 2 === 0) {
      const by = i % 4 === 0 ? { cardCode: household.cardCode } : { householdId: household.id };
      return {
        kind: 'redeem',
        path: `/stores/${storeId}/redemptions`,
        key,
        body: { ...by, lines: [{ sku: 'SOAP', quantity: 1 + (i % 3) }] },
      };
    }
    return {
      kind: 'award',
      path: `/programs/${programId}/awards`,
      key,
      body: { ruleId, holderIds: [household.id], occurredOn: today(), memo: key },
    };
  });
}

/**
 * Sends the planned requests with CONCURRENCY workers; `fault` runs alongside and is told how many
 * requests have answered so far. After a connection error a worker waits until the port answers
 * again (at most 60 s), so the load goes on across a restart.
 */
async function underLoad(phase: string, planned: Planned[], fault: (answered: () => number) => Promise<void>): Promise<Sent[]> {
  const results: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < planned.length) {
      const p = planned[next++];
      const first = await send(p);
      results.push({ ...p, phase, first });
      if (first.status === 'connection-error') await until('the service listening again', 60_000, () => portAnswers(port), 100);
    }
  };
  const started = Date.now();
  await Promise.all([...Array.from({ length: CONCURRENCY }, worker), fault(() => results.length)]);
  timings[`${phase} (load)`] = Date.now() - started;
  sent.push(...results);
  return results;
}

const answered = (fraction: number, count: number) => (done: () => number) =>
  until(`${fraction * 100}% answered`, 60_000, async () => done() >= fraction * count, 20);

function statuses(results: Sent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[String(r.first.status)] = (counts[String(r.first.status)] ?? 0) + 1;
  return counts;
}

/** No request hung, and each one either succeeded or failed as a server-side or connection failure (never a 4xx: the load is valid). */
function expectCleanAnswers(results: Sent[]): void {
  const unclean = results.filter((r) => {
    const s = r.first.status;
    if (s === 'timeout') return true;
    if (s === 'connection-error') return false;
    return !((s >= 200 && s < 300) || s >= 500);
  });
  expect(unclean.map((r) => ({ kind: r.kind, key: r.key, ...r.first }))).toEqual([]);
}

/** Holds `ranking_entries` locked (as rankings.e2e-spec does) so a run blocks while `running`. */
async function lockEntries(): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  locks.push(client);
  await client.query('BEGIN');
  await client.query('LOCK TABLE ranking_entries IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
      locks.splice(locks.indexOf(client), 1);
    },
  };
}

/** Service backends (connected after `since`) waiting for a lock: the ranking job computing, blocked on ours (the only lock held). */
async function rankingBlockedSince(since: Date): Promise<boolean> {
  const [{ n }] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND backend_start >= $2`,
    [database.name, since],
  );
  return n > 0;
}

async function runStatus(): Promise<{ status: string; failure_reason: string | null; dispatches: number }> {
  const [row] = await query<{ status: string; failure_reason: string | null; dispatches: number }>(
    `SELECT status, failure_reason, dispatches FROM ranking_runs WHERE id = $1`,
    [runId],
  );
  return row;
}

describeWith(['redis-server'], 'faults under load (the service as a child process)', () => {
  beforeAll(async () => {
    const begun = Date.now();
    await buildDist();
    timings['build dist/'] = Date.now() - begun;
    redis = await RedisServer.start();
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'moral-bank-faults-'));
    port = await freePort();
    env = userEnv({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `mbfaults-${randomBytes(4).toString('hex')}`,
      PORT: String(port),
      DATA_DIR: dataDir,
      JWT_SECRET: 'faults-secret-faults-secret-faults-0123',
      PII_HASH_KEY: 'faults-pii-key-faults-pii-key-faults-01',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
      PUBLIC_RATE_LIMIT: '1000000',
      DATABASE_POOL_SIZE: '10',
      JOB_STALL_SECONDS: String(STALL_SECONDS),
    });
    const startedAt = Date.now();
    await start();
    timings['first start'] = Date.now() - startedAt;

    // The county and its admin as the CLI makes them, then the API of the child process.
    seedDs = createDataSource(database.url);
    await seedDs.initialize();
    const made = await createCountyAdmin(seedDs, {
      username: 'admin-faults',
      password: PASSWORD,
      displayName: '管理员',
      countyCode: 'F1',
      countyName: '故障县',
    });
    await seedDs.destroy();
    seedDs = null;
    if (!made.ok) throw new Error(`seed county failed: ${made.reason}`);
    countyId = made.countyId;
    // The fixtures take a TestApp: only its `http` is used on this path, pointed at the child process.
    const t = { http: () => request(baseUrl()) } as unknown as TestApp;
    token = await login(t, 'admin-faults');
    await declareNoHousehold(t, token);
    const township = await createRegion(t, token, 'township', countyId);
    villageCode = 'F1V1';
    const village = await createRegion(t, token, 'village', township, villageCode);
    programId = (await createProgram(t, token, countyId)).id;
    ruleId = (await createRule(t, token, programId, { points: 5 })).id;
    const big = await createRule(t, token, programId, { points: 100_000 });
    for (let i = 0; i < HOUSEHOLDS; i++) households.push(await createHousehold(t, token, village));
    const funded = await as(t, { token }).post(`/programs/${programId}/awards`, {
      ruleId: big.id,
      holderIds: households.map((h) => h.id),
      occurredOn: today(),
    });
    expect(funded.status).toBe(201);
    seedAwards = HOUSEHOLDS;
    period = (funded.body as { period: string }).period;
    const store = await openStore(t, token, township, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 1, stock: 1_000_000 }], { programId });
    storeId = store.id;
    const device = await as(t, { token }).post(`/stores/${storeId}/devices`, { name: 'kiosk-faults' });
    expect(device.status).toBe(201);
    apiKey = (device.body as { apiKey: string }).apiKey;
    timings['build, start and seed'] = Date.now() - begun;
  }, 240_000);

  afterAll(async () => {
    for (const client of [...locks]) await client.end().catch(() => undefined);
    await stopAllServices();
    await seedDs?.destroy().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await redis?.down();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    console.info(`faults timings (ms): ${JSON.stringify(timings)}`);
  }, 120_000);

  it('Redis killed (its data gone) and started again: redemptions and awards answer or fail cleanly, an import queued meanwhile is not lost', async () => {
    const planned = plan('redis', 200);
    let importId = 0;
    const results = await underLoad('redis', planned, async (done) => {
      await answered(0.25, planned.length)(done);
      await redis.down();
      // Work queued while Redis is away: the row is written and the request answers at once.
      const upload = await request(baseUrl())
        .post('/api/v1/households/import')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'text/csv')
        .send(`villageCode,householdNo,headName\n${villageCode},IMP1,扎西\n${villageCode},IMP2,卓玛\n`);
      expect(upload.status).toBe(202);
      importId = (upload.body as { id: number }).id;
      await sleep(1500);
      await redis.up();
    });
    console.info(`redis phase: ${JSON.stringify(statuses(results))}, import ${importId}`);
    expectCleanAnswers(results);
    expect(service.child.exitCode).toBeNull();
    expect((await fetch(`${baseUrl()}/health`)).status).toBe(200);
  }, 90_000);

  it('database connections terminated three times under load: answers or clean failures, the service stays up', async () => {
    const planned = plan('pg', 200);
    const terminated: number[] = [];
    const results = await underLoad('pg', planned, async (done) => {
      for (const at of [0.2, 0.45, 0.7]) {
        await answered(at, planned.length)(done);
        const rows = await query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}' AND pid <> pg_backend_pid()`,
        );
        terminated.push(rows.length);
      }
    });
    console.info(`pg phase: ${JSON.stringify(statuses(results))}, backends terminated: ${terminated.join(', ')}`);
    expect(terminated.some((n) => n > 0)).toBe(true);
    expectCleanAnswers(results);
    // A dropped connection is retried inside the request (each carries an Idempotency-Key); one that
    // still fails is 503 TEMPORARILY_UNAVAILABLE with Retry-After, which a kiosk retries: never a 500.
    const failed = results.filter((r) => typeof r.first.status === 'number' && r.first.status >= 500);
    // What the service logged for any 500 (the error it did not see as passing), to tell why.
    const unexpected = service
      .stdout()
      .split('\n')
      .filter((l) => l.includes('"request failed"'))
      .map((l) => (JSON.parse(l) as { err?: { type?: string; message?: string; code?: string } }).err);
    expect({
      answers: failed.map((r) => ({
        status: r.first.status,
        code: (r.first.body as { error?: { code?: string } })?.error?.code,
        retryAfter: r.first.retryAfter,
      })),
      unexpected,
    }).toEqual({ answers: failed.map(() => ({ status: 503, code: 'TEMPORARILY_UNAVAILABLE', retryAfter: '1' })), unexpected: [] });
    expect(service.child.exitCode).toBeNull();
    // The pool reconnects: the next requests succeed.
    const [redeem] = plan('pg-after', 1);
    const after = await send(redeem);
    sent.push({ ...redeem, phase: 'pg-after', first: after });
    expect(after.status).toBe(201);
  }, 90_000);

  it('SIGKILL mid-load twice, each time with a ranking run running: requests answer or fail cleanly, the run ends completed or failed', async () => {
    const lock = await lockEntries();
    try {
      const queued = await as({ http: () => request(baseUrl()) } as unknown as TestApp, { token }).post('/rankings/runs', {
        programId,
        regionId: countyId,
        period,
      });
      expect(queued.status).toBe(202);
      runId = (queued.body as { id: string }).id;
      const begun = new Date(Date.now() - 60_000);
      await until(
        'run running and blocked on the lock',
        30_000,
        async () => (await runStatus()).status === 'running' && (await rankingBlockedSince(begun)),
      ).catch(async (e: Error) => {
        const activity = await query(
          `SELECT pid, state, wait_event_type, wait_event, backend_start, left(query, 200) AS query FROM pg_stat_activity WHERE datname = $1`,
          [database.name],
        );
        throw new Error(
          `${e.message}\nrun: ${JSON.stringify(await runStatus())}\nimports: ${JSON.stringify(await query('SELECT id, status, dispatches, job_id FROM household_imports'))}\nactivity: ${JSON.stringify(activity, null, 1)}\nlog: ${service.stdout().slice(-4000)}\n${service.stderr().slice(-2000)}`,
        );
      });

      // Kill 1, mid-load; started again on the same database and Redis while the load goes on.
      const killedAt = Date.now();
      let restartedAt = new Date();
      const first = await underLoad('kill1', plan('kill1', 200), async (done) => {
        await answered(0.4, 200)(done);
        await killService(service);
        restartedAt = new Date();
        await start();
        timings['kill 1 → healthy again'] = Date.now() - restartedAt.getTime();
      });
      console.info(`kill 1 phase: ${JSON.stringify(statuses(first))}`);
      expectCleanAnswers(first);
      expect((await runStatus()).status).toBe('running');

      // BullMQ finds the killed worker's job stalled and hands it out again: it blocks on our lock again.
      await until('ranking job taken again after kill 1', 100_000, () => rankingBlockedSince(restartedAt), 250);
      timings['kill 1 → job taken again (stalled check)'] = Date.now() - killedAt;

      // Kill 2, mid-load, while the run computes again.
      const killed2At = Date.now();
      let restarted2At = 0;
      const second = await underLoad('kill2', plan('kill2', 100), async (done) => {
        await answered(0.3, 100)(done);
        await killService(service);
        // Down for longer than BullMQ's lock and stalled-check interval: the first stalled check of
        // the new worker then counts, so BullMQ fails the job well before the reconciler's first
        // tick two intervals after the start (restarted at once, the job was failed just after that
        // tick half the time, and the run ended only four intervals after the restart).
        await sleep(STALL_SECONDS * 1000 + 1000);
        restarted2At = Date.now();
        await start();
      });
      console.info(`kill 2 phase: ${JSON.stringify(statuses(second))}`);
      expectCleanAnswers(second);
      await lock.release();

      // The job stalled twice: BullMQ fails it, the reconciler fails the run with the reason (or the run completes).
      const ended = await until(
        'ranking run ended',
        150_000,
        async () => {
          const run = await runStatus();
          return ['completed', 'failed'].includes(run.status) ? run : undefined;
        },
        500,
      );
      timings['kill 2 → run ended'] = Date.now() - killed2At;
      timings['restart 2 → run ended'] = Date.now() - restarted2At;
      console.info(`ranking run after two kills: ${JSON.stringify(ended)}`);
      expect(['completed', 'failed']).toContain(ended.status);
      if (ended.status === 'failed') expect(ended.failure_reason).toEqual(expect.any(String));
    } finally {
      if (locks.length > 0) await lock.release().catch(() => undefined);
    }
  }, 300_000);

  it('after the faults: retries replay and post nothing twice, every 2xx is stored once, the ledger is balanced, every job row has ended', async () => {
    const begun = Date.now();
    expect(sent.length).toBe(701);
    // Every request again with the same key and body, as a kiosk syncing its queue would.
    const retried = new Map<string, Answer>();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < sent.length) {
          const s = sent[next++];
          retried.set(s.key, await send(s));
        }
      }),
    );
    const notOk = sent.filter((s) => retried.get(s.key)!.status !== 201).map((s) => ({ key: s.key, ...retried.get(s.key)! }));
    expect(notOk).toEqual([]);

    // A request answered 2xx the first time is replayed with the same answer.
    const succeeded = sent.filter((s) => typeof s.first.status === 'number' && s.first.status >= 200 && s.first.status < 300);
    const mismatched = succeeded.filter((s) => {
      const again = retried.get(s.key)!;
      return !again.replayed || !isDeepStrictEqual(again.body, s.first.body);
    });
    expect(mismatched.map((s) => ({ key: s.key, first: s.first, again: retried.get(s.key) }))).toEqual([]);
    // Retry once more: all replays now.
    const replays = await Promise.all(sent.slice(0, 40).map((s) => send(s)));
    expect(replays.filter((a) => a.status !== 201 || !a.replayed)).toEqual([]);

    // Every key is stored once, with a 201.
    const keys = await query<{ key: string; n: number; statuses: number[] }>(
      `SELECT key, count(*)::int AS n, array_agg(response_status) AS statuses FROM idempotency_keys WHERE key = ANY($1) GROUP BY key`,
      [sent.map((s) => s.key)],
    );
    expect(keys.length).toBe(sent.length);
    expect(keys.filter((k) => k.n !== 1 || k.statuses[0] !== 201)).toEqual([]);

    // Redemptions: one row per request, the one its answers name.
    const redemptions = sent.filter((s) => s.kind === 'redeem');
    const redemptionIds = redemptions.map((s) => String((retried.get(s.key)!.body as { id: string | number }).id));
    expect(new Set(redemptionIds).size).toBe(redemptions.length);
    const [{ n: redemptionRows }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM redemptions`);
    expect(redemptionRows).toBe(redemptions.length);
    const [{ n: named }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM redemptions WHERE id = ANY($1::bigint[])`, [
      redemptionIds,
    ]);
    expect(named).toBe(redemptions.length);

    // Awards: one transaction per request (one holder each) besides the seeding, the one its answers name.
    const awards = sent.filter((s) => s.kind === 'award');
    const awardTx = awards.map((s) =>
      String((retried.get(s.key)!.body as { results: { transactionId: string }[] }).results[0].transactionId),
    );
    expect(new Set(awardTx).size).toBe(awards.length);
    const [{ n: awardRows }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM transactions WHERE type = 'award'`);
    expect(awardRows).toBe(seedAwards + awards.length);
    const [{ n: awardNamed }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM transactions WHERE type = 'award' AND id = ANY($1::bigint[])`,
      [awardTx],
    );
    expect(awardNamed).toBe(awards.length);

    // The auditor's check.
    const check = await request(baseUrl()).get('/api/v1/ledger/check').set('Authorization', `Bearer ${token}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });

    // Nothing stays queued or running: the import queued while Redis was away is sent again by the reconciler.
    const pending = async () => [
      ...(await query(`SELECT 'ranking' AS kind, id::text, status FROM ranking_runs WHERE status NOT IN ('completed', 'failed')`)),
      ...(await query(`SELECT 'import' AS kind, id::text, status FROM household_imports WHERE status NOT IN ('completed', 'failed')`)),
    ];
    await until('every job row ended', 70_000, async () => (await pending()).length === 0, 500).catch(() => undefined);
    expect(await pending()).toEqual([]);
    console.info(`imports: ${JSON.stringify(await query(`SELECT id, status, created, failure_reason FROM household_imports`))}`);
    timings['retries and checks'] = Date.now() - begun;
  }, 180_000);
});
