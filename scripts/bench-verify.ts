/**
 * Benchmark of the transparency log at volume, in process on a scratch database of the local
 * PostgreSQL: a county ledger of 1,000,000 transactions (an opening per household, then awards and
 * deductions) written set-based with every trigger on, so each transaction is logged by the
 * database at commit; then the first signed head (storing the subtree hashes) and a full
 * `verify-ledger` (every leaf rebuilt from the tables, hashed and compared, every head checked).
 * `npm run bench:verify [-- --households 100000 --transactions 1000000] [--no-log]`. Writes bench/results/verify-<time>.json.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import type { UserActor } from '../src/common/auth/actor.js';
import { validateEnv } from '../src/config/env.js';
import { buildConfig } from '../src/config/runtime.js';
import { ProgramsService } from '../src/programs/programs.service.js';
import { RegionsService } from '../src/regions/regions.service.js';
import { CountyKeys } from '../src/transparency/county-keys.js';
import { TreeHeads } from '../src/transparency/tree-heads.service.js';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { UsersRepository } from '../src/users/users.repository.js';
import { LedgerVerifier } from '../src/views/transparency/ledger-verifier.js';
import { adminSql as admin, LOCAL_PG, logger, option, printTable, writeResults } from './bench-support.js';
import { generateVolume } from './volume-ledger.js';

const DB = 'moral_bank_bench_verify';
const log = logger('bench:verify');

async function main(): Promise<void> {
  const households = option('--households', 100_000);
  const transactions = option('--transactions', 1_000_000);
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const vars = validateEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    REDIS_URL: 'none',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-bench-verify-')),
  });
  const config = buildConfig(vars, { kind: 'url', url: `${LOCAL_PG}/${DB}` }, { kind: 'in-process', url: null });
  const app = await createApp(config);
  await app.init();
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version } };
  try {
    const db = app.get(DataSource);
    const made = await createCountyAdmin(
      db,
      { username: 'bench-admin', password: 'bench-password-2026', displayName: '管理员', countyCode: 'BENCHV', countyName: '基准县' },
      app.get(CountyKeys),
    );
    if (!made.ok) throw new Error(made.reason);
    const county = (await app.get(UsersRepository).findActor(made.userId)) as UserActor;
    const regions = app.get(RegionsService);
    const township = await regions.create(county, { code: 'BENCHV-T', name: '基准镇', level: 'township', parentId: made.countyId });
    const villages: number[] = [];
    for (let v = 0; v < 20; v++)
      villages.push(
        (await regions.create(county, { code: `BENCHV-V${v}`, name: `基准${v}村`, level: 'village', parentId: township.id })).id,
      );
    const programs = app.get(ProgramsService);
    const program = await programs.create(county, {
      code: 'BENCH-VERIFY',
      name: '道德积分',
      holderType: 'household',
      regionId: made.countyId,
      basePoints: 100,
      pointValueFen: 100,
    });
    const rules: { id: number; points: number }[] = [];
    for (const [code, points] of [
      ['R1', 5],
      ['R2', 10],
      ['R3', -5],
    ] as const) {
      const rule = await programs.createRule(county, program.id, { code, name: `规则${code}`, category: '清洁卫生', points });
      rules.push({ id: rule.current.id, points });
    }

    log(`writing ${transactions} transactions (${households} openings) with the log appending each at commit`);
    let t0 = performance.now();
    const logOff = process.argv.includes('--no-log');
    await db.transaction(async (m) => {
      const q = async <T>(text: string, params?: unknown[]) => (await m.query(text, params)) as T[];
      // --no-log: the same load with the transactions' log trigger off, to see what logging costs a bulk load.
      await generateVolume(q, {
        programId: program.id,
        adminId: made.userId,
        villages,
        households,
        entries: transactions - households,
        basePoints: 100,
        rules,
        period: '2026-Q3',
        cardPrefix: 'V',
        seed: 0.27,
        unlogged: logOff,
      });
    });
    if (logOff) {
      log(`written without the log in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return;
    }
    const writeS = (performance.now() - t0) / 1000;
    const [{ leaves }] = (await db.query(`SELECT (max(leaf_index) + 1)::int AS leaves FROM log_leaves WHERE county_id = $1`, [
      made.countyId,
    ])) as { leaves: number }[];
    log(`${leaves} leaves in ${writeS.toFixed(1)} s`);
    await db.query('ANALYZE');

    t0 = performance.now();
    const head = await app.get(TreeHeads).sign(made.countyId, 'manual');
    const signS = (performance.now() - t0) / 1000;
    log(`first head ${head.fingerprint} over ${head.treeSize} leaves in ${signS.toFixed(1)} s`);

    t0 = performance.now();
    const report = await new LedgerVerifier(db).verify(made.countyId, {
      onProgress: (n) => {
        if (n % 100_000 === 0) log(`  verified ${n}`);
      },
    });
    const verifyS = (performance.now() - t0) / 1000;
    if (!report.ok) throw new Error(`verify failed: ${report.problems[0]?.message}`);
    log(`verify-ledger: ${report.leaves} leaves, ${report.storedHeads} head(s), ok, in ${verifyS.toFixed(1)} s`);

    Object.assign(results, {
      households,
      transactions,
      leaves,
      writeS,
      signS,
      verifyS,
      leavesPerSecond: Math.round(report.leaves / verifyS),
    });
    printTable([
      [
        'transactions written (each logged at commit)',
        `${transactions.toLocaleString('en-US')} in ${writeS.toFixed(1)} s`,
        'set-based, one transaction',
      ],
      ['log leaves (with rule versions)', leaves.toLocaleString('en-US'), ''],
      ['first signed head (subtree hashes stored)', `${signS.toFixed(1)} s`, 'later heads: milliseconds'],
      [
        'verify-ledger (rebuild, hash, compare, roots)',
        `${verifyS.toFixed(1)} s`,
        `${Math.round(report.leaves / verifyS).toLocaleString('en-US')} leaves/s`,
      ],
    ]);
    log(`wrote ${writeResults('verify', results)}`);
  } finally {
    await app.close();
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
