/**
 * Benchmark of points expiry (积分清零) in process on a scratch database of the local PostgreSQL:
 * 100,000 households holding 10 earning lots each (1,000,000 lots, part of them partly spent),
 * a yearly clearing switched on (rewriting no lot), then the expiry job clearing them
 * all, batch by batch through the ledger engine. Checks the ledger and the lots after.
 * `npm run bench:expiry [-- --households 100000 --lots 10]`. Writes bench/results/expiry-<time>.json.
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
import { BalancesService } from '../src/views/ledger/balances.service.js';
import { ExpiryPolicyService } from '../src/ledger/expiry-policy.service.js';
import { LedgerCheckRepository } from '../src/views/ledger/ledger-check.repository.js';
import { LotExpiryJob } from '../src/ledger/lot-expiry.job.js';
import { ProgramsRepository } from '../src/programs/programs.repository.js';
import { ProgramsService } from '../src/programs/programs.service.js';
import { RegionsService } from '../src/regions/regions.service.js';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { UsersRepository } from '../src/users/users.repository.js';
import { adminSql as admin, LOCAL_PG, logger, option, printTable, writeResults } from './bench-support.js';
import { generateVolume } from './volume-ledger.js';

const DB = 'moral_bank_bench_expiry';

const log = logger('bench:expiry');

async function main(): Promise<void> {
  const households = option('--households', 100_000);
  const lotsEach = option('--lots', 10);
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const vars = validateEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    REDIS_URL: 'none',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-bench-expiry-')),
  });
  const config = buildConfig(vars, { kind: 'url', url: `${LOCAL_PG}/${DB}` }, { kind: 'in-process', url: null });
  const app = await createApp(config);
  await app.init();
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    households,
    lots: households * lotsEach,
    machine: { cpus: cpus().length, node: process.version },
  };
  try {
    const db = app.get(DataSource);
    const made = await createCountyAdmin(db, {
      username: 'bench-admin',
      password: 'bench-password-2026',
      displayName: '管理员',
      countyCode: 'BENCHX',
      countyName: '基准县',
    });
    if (!made.ok) throw new Error(made.reason);
    const county = (await app.get(UsersRepository).findActor(made.userId)) as UserActor;
    const regions = app.get(RegionsService);
    const township = await regions.create(county, { code: 'BENCHX-T', name: '基准镇', level: 'township', parentId: made.countyId });
    const villages: number[] = [];
    for (let v = 0; v < 20; v++)
      villages.push(
        (await regions.create(county, { code: `BENCHX-V${v}`, name: `基准${v}村`, level: 'village', parentId: township.id })).id,
      );
    const program = await app.get(ProgramsService).create(county, {
      code: 'BENCH-EXPIRY',
      name: '道德积分',
      holderType: 'household',
      regionId: made.countyId,
      basePoints: 100,
      pointValueFen: 100,
    });

    log(`seeding ${households} households with ${lotsEach} lots each`);
    let t0 = performance.now();
    const sql = async <T>(text: string, params?: unknown[]) => (await db.query(text, params)) as T[];
    await db.transaction(async (m) => {
      const q = async <T>(text: string, params?: unknown[]) => (await m.query(text, params)) as T[];
      await generateVolume(q, {
        programId: program.id,
        adminId: made.userId,
        villages,
        households,
        entries: 0,
        basePoints: 100,
        rules: [],
        period: '2025-Q4',
        cardPrefix: 'X',
        seed: 0.42,
      });
      // Last year's awards: one transaction per household carrying all its lots (1-20 points each, deeds through 2025).
      await q(
        `CREATE TEMP TABLE bench_lots AS
         SELECT a.id AS account_id, a.holder_id, a.region_id, 1 + floor(random() * 20)::int AS points, date '2025-01-01' + floor(random() * 365)::int AS occurred_on
           FROM accounts a CROSS JOIN generate_series(1, $2::int)
          WHERE a.program_id = $1 AND a.kind = 'holder'`,
        [program.id, lotsEach],
      );
      await q(
        `CREATE TEMP TABLE bench_awards AS
         SELECT account_id, holder_id, region_id, sum(points)::bigint AS points, nextval(pg_get_serial_sequence('transactions', 'id')) AS tx
           FROM bench_lots GROUP BY account_id, holder_id, region_id`,
      );
      await q(
        `INSERT INTO transactions (id, program_id, type, holder_id, occurred_on, period, requested_points, points, memo, actor_type, actor_id, source)
         OVERRIDING SYSTEM VALUE SELECT tx, $1, 'award', holder_id, date '2025-12-31', '2025-Q4', points, points, '年度评议', 'user', $2, 'import' FROM bench_awards ORDER BY tx`,
        [program.id, made.userId],
      );
      await q(`UPDATE accounts a SET balance = a.balance + b.points FROM bench_awards b WHERE a.id = b.account_id`);
      await q(
        `INSERT INTO postings (transaction_id, account_id, amount, balance_after)
         SELECT b.tx, x.account_id, x.amount, x.balance_after
           FROM bench_awards b JOIN accounts a ON a.id = b.account_id
           JOIN accounts i ON i.program_id = $1 AND i.kind = 'issuance' AND i.region_id = b.region_id
           CROSS JOIN LATERAL (VALUES (1, a.id, b.points, a.balance), (2, i.id, -b.points, NULL::bigint)) AS x(leg, account_id, amount, balance_after)
          ORDER BY b.tx, x.leg`,
        [program.id],
      );
      await q(
        `INSERT INTO lots (program_id, account_id, holder_id, region_id, transaction_id, points, remaining, occurred_on)
         SELECT $1, l.account_id, l.holder_id, l.region_id, b.tx, l.points, l.points, l.occurred_on FROM bench_lots l JOIN bench_awards b USING (account_id)`,
        [program.id],
      );
    });
    await sql(`ANALYZE`);
    const [{ lots, points }] = await sql<{ lots: number; points: string }>(
      `SELECT count(*)::int AS lots, sum(remaining) AS points FROM lots WHERE program_id = $1`,
      [program.id],
    );
    const seedS = (performance.now() - t0) / 1000;
    log(`${lots} lots holding ${points} points in ${seedS.toFixed(1)} s`);

    t0 = performance.now();
    await app.get(ExpiryPolicyService).set(county, program.id, { policy: 'yearly', date: '01-01', carryOver: 0 });
    const switchMs = performance.now() - t0;
    log(`yearly clearing on 01-01 switched on in ${switchMs.toFixed(0)} ms: last year's lots are due`);

    const balances = app.get(BalancesService);
    const fresh = (await app.get(ProgramsRepository).findProgram(program.id))!;
    const [someone] = await sql<{ holderId: number }>(
      `SELECT holder_id AS "holderId" FROM accounts WHERE program_id = $1 AND kind = 'holder' ORDER BY id DESC LIMIT 1`,
      [program.id],
    );
    t0 = performance.now();
    for (let i = 0; i < 200; i++) await balances.balanceOf(fresh, someone.holderId);
    const balanceMs = (performance.now() - t0) / 200;

    t0 = performance.now();
    const run = await app.get(LotExpiryJob).runProgram(fresh);
    const expiryS = (performance.now() - t0) / 1000;
    log(`expired ${run.points} points of ${run.holders} households in ${expiryS.toFixed(1)} s`);
    t0 = performance.now();
    const again = await app.get(LotExpiryJob).runProgram(fresh);
    const againS = (performance.now() - t0) / 1000;

    const check = await app.get(LedgerCheckRepository).check(made.countyId, program.id);
    const [left] = await sql<{ open: number }>(`SELECT count(*)::int AS open FROM lots WHERE program_id = $1 AND remaining > 0`, [
      program.id,
    ]);
    if (!check.ok || left.open !== 0 || run.points !== Number(points) || again.holders !== 0)
      throw new Error(`expiry is wrong: ${JSON.stringify({ check, left, run, again })}`);
    results.results = {
      seedSeconds: seedS,
      switchPolicyMs: switchMs,
      balanceWithExpiryMs: balanceMs,
      expirySeconds: expiryS,
      lotsPerSecond: lots / expiryS,
      householdsExpired: run.holders,
      pointsExpired: run.points,
      secondRunSeconds: againS,
      ledgerCheckOk: check.ok,
    };
    const rows = [
      ['lots', String(lots), `${households} households × ${lotsEach}`],
      [
        'switch yearly expiry on (PUT /programs/{id}/expiry)',
        `${switchMs.toFixed(0)} ms`,
        'no lot is rewritten: expiry follows the deed day',
      ],
      ['balance with the soonest expiry (one household)', `${balanceMs.toFixed(2)} ms`, 'mean of 200'],
      [
        'expiry job: all lots due',
        `${expiryS.toFixed(1)} s`,
        `${Math.round(lots / expiryS)} lots/s, ${run.holders} expiry transactions, ${run.points} points`,
      ],
      ['expiry job run again', `${againS.toFixed(2)} s`, 'nothing due: 0 transactions'],
      ['ledger check after (postings and lots)', check.ok ? 'ok' : 'FAILED', ''],
    ];
    printTable(rows);
    log(`wrote ${writeResults('expiry', results)}`);
  } finally {
    await app.close();
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
