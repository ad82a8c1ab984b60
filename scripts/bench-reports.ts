/**
 * `npm run bench:reports [-- --households N] [--entries N] [--redemptions N] [--keep]`
 *
 * The county's reports (src/reports) over a county of 100,000 households: a fresh database
 * `moral_bank_bench_reports` on the local PostgreSQL, migrated, with a set-generated ledger (the
 * SQL of scripts/volume-ledger.ts: an opening entry and awards or deductions in 2026-Q3), stores
 * with goods, restocks, redemption movements, redemptions, refunds and settlements, and open lots
 * with expiry dates. The service runs in this process against it; each report is asked for over
 * the whole county as JSON, CSV and xlsx (three runs, the median shown), and each report
 * statement's plan is checked for sequential scans of tables that grow with households or traffic.
 * Prints a table; the database is dropped at the end (unless --keep).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { validateEnv } from '../src/config/env.js';
import { buildConfig } from '../src/config/runtime.js';
import { createDataSource } from '../src/database/data-source.js';
import { ExpiringRepository } from '../src/views/reports/expiring.repository.js';
import { LedgerBookRepository } from '../src/views/ledger-book/ledger-book.repository.js';
import { LiabilityRepository } from '../src/views/reports/liability.repository.js';
import { ParticipationRepository } from '../src/views/reports/participation.repository.js';
import { RedemptionsReportRepository } from '../src/views/reports/redemptions-report.repository.js';
import type { ReportStatement } from '../src/views/reports/report-reader.js';
import { StaffActivityRepository } from '../src/views/reports/staff-activity.repository.js';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { GROWING_TABLES } from './bench-plans.js';
import { adminSql, LOCAL_PG, logger, option } from './bench-support.js';
import { generateVolume } from './volume-ledger.js';

/** One database per run: two runs at once never drop each other's. */
const DB = `moral_bank_bench_reports_${process.pid}`;
const PASSWORD = 'bench-password-2026';
const TOWNSHIPS = 10;
const VILLAGES_PER_TOWNSHIP = 20;
const PERIOD = '2026-Q3';
const RUNS = 3;

const log = logger('bench:reports');

async function main(): Promise<void> {
  const households = option('--households', 100_000);
  const entries = option('--entries', 400_000);
  const redemptions = option('--redemptions', 200_000);
  const keep = process.argv.includes('--keep');
  const url = `${LOCAL_PG}/${DB}`;
  await adminSql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await adminSql(`CREATE DATABASE ${DB}`);
  let app: NestExpressApplication | undefined;
  try {
    const ds = createDataSource(url, { logging: false });
    await ds.initialize();
    await ds.runMigrations();
    await ds.destroy();
    log('migrated');

    const vars = validateEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-bench-reports-')),
      JWT_SECRET: randomBytes(24).toString('hex'),
      PII_HASH_KEY: randomBytes(24).toString('hex'),
      DATABASE_POOL_SIZE: '5',
      MIGRATIONS_RUN: 'false',
    });
    app = await createApp(buildConfig(vars, { kind: 'url', url }, { kind: 'in-process', url: null }));
    await app.init();
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${address.port}/api/v1`;
    const db = app.get(DataSource);

    const made = await createCountyAdmin(db, {
      username: 'bench-admin',
      password: PASSWORD,
      displayName: '管理员',
      countyCode: 'BENCH',
      countyName: '基准县',
    });
    if (!made.ok) throw new Error(made.reason);
    const call = async (method: string, path: string, body?: object, token?: string): Promise<Response> =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    const json = async <T>(res: Promise<Response>): Promise<T> => {
      const r = await res;
      if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    };
    const token = (await json<{ accessToken: string }>(call('POST', '/auth/login', { username: 'bench-admin', password: PASSWORD })))
      .accessToken;
    const post = <T>(path: string, body: object) => json<T>(call('POST', path, body, token));

    const villages: number[] = [];
    for (let t = 1; t <= TOWNSHIPS; t++) {
      const township = (
        await post<{ id: number }>('/regions', { code: `BT${t}`, name: `第${t}镇`, level: 'township', parentId: made.countyId })
      ).id;
      for (let v = 1; v <= VILLAGES_PER_TOWNSHIP; v++)
        villages.push(
          (await post<{ id: number }>('/regions', { code: `BT${t}V${v}`, name: `第${t}镇${v}村`, level: 'village', parentId: township }))
            .id,
        );
    }
    const programId = (
      await post<{ id: number }>('/programs', {
        code: 'BENCH',
        name: '道德积分',
        holderType: 'household',
        regionId: made.countyId,
        basePoints: 100,
        pointValueFen: 100,
      })
    ).id;
    const rules = [];
    for (const [code, points, category] of [
      ['ENV', 5, '环境卫生'],
      ['VOL', 10, '志愿服务'],
      ['NIGHT', 3, '农牧民夜校'],
      ['DIRT', -5, '村规民约'],
      ['FIGHT', -10, '邻里和睦'],
    ] as const) {
      const rule = await post<{ id: number }>(`/programs/${programId}/rules`, {
        code,
        name: code,
        category,
        points,
        effectiveFrom: '2020-01-01',
      });
      const [{ id }] = (await db.query(`SELECT id FROM rule_versions WHERE rule_id = $1`, [rule.id])) as { id: number }[];
      rules.push({ id, points });
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('error', () => undefined); // the database is dropped WITH (FORCE) at the end, also after a failure
    const sql = async <T = unknown>(text: string, params?: unknown[]): Promise<T[]> => (await client.query(text, params)).rows as T[];
    let started = Date.now();
    await generateVolume(
      sql,
      {
        programId,
        adminId: made.userId,
        villages,
        households,
        entries,
        basePoints: 100,
        rules,
        period: PERIOD,
        cardPrefix: 'BR',
        seed: 0.2026,
      },
      (step) => {
        log(`volume: ${step} ${Date.now() - started} ms`);
        started = Date.now();
      },
    );
    await seedStores(sql, { programId, villages, redemptions, adminId: made.userId, households });
    log('stores, stock, redemptions, refunds, settlements');
    // Earned points expire 12 months after the deed (the volume's lots are its awards, dated in 2026-Q3).
    await sql(`UPDATE programs SET expiry_policy = 'rolling', expiry_months = 12 WHERE id = $1`, [programId]);
    // Earlier history: two more years of the same entries, quarter by quarter (no postings: only the
    // period-indexed reports read them), so that a report of one period reads a small part of the
    // table, as it does in a county with a few years of points.
    const history = ['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3'].map(
      (period, i) => [period, 91 * (i + 1)] as const,
    );
    for (const [period, days] of history) {
      await sql(
        `INSERT INTO transactions (program_id, type, holder_id, rule_version_id, occurred_on, period, requested_points, points, memo, actor_type, actor_id, source, recorded_at)
         SELECT program_id, type, holder_id, rule_version_id, occurred_on - $2::int, $1, requested_points, points, memo, actor_type, actor_id, source, recorded_at - $2::int * interval '1 day'
           FROM transactions WHERE period = $3 AND type IN ('award', 'deduction')`,
        [period, days, PERIOD],
      );
    }
    await sql(`INSERT INTO household_members (household_id, name, relation) SELECT id, head_name, '户主' FROM households`);
    await sql(`VACUUM ANALYZE`); // what autovacuum does after a bulk load: statistics and the visibility map
    await client.end();
    const [{ txs, lots }] = (await db.query(
      `SELECT (SELECT count(*) FROM transactions)::int AS txs, (SELECT count(*) FROM lots)::int AS lots`,
    )) as { txs: number; lots: number }[];
    log(
      `volume ready: ${households} households in ${villages.length} villages, ${txs} transactions, ${redemptions} redemptions, ${lots} lots`,
    );

    const household = (
      (await db.query(`SELECT holder_id FROM accounts WHERE program_id = $1 AND kind = 'holder' ORDER BY holder_id LIMIT 1`, [
        programId,
      ])) as { holder_id: number }[]
    )[0].holder_id;
    const county = made.countyId;
    const reports: [string, string][] = [
      ['redemptions', `/reports/redemptions?regionId=${county}&from=2026-01&to=2026-12`],
      ['participation', `/reports/participation?programId=${programId}&regionId=${county}&period=${PERIOD}`],
      ['liability', `/reports/liability?programId=${programId}&regionId=${county}`],
      ['expiring', `/reports/expiring?programId=${programId}&regionId=${county}&months=24`],
      ['staff-activity', `/reports/staff-activity?programId=${programId}&regionId=${county}&period=${PERIOD}`],
      ['ledger-book', `/reports/ledger-book?programId=${programId}&holderId=${household}&year=2026`],
    ];
    const results: { report: string; format: string; ms: number; bytes: number }[] = [];
    for (const [report, path] of reports) {
      for (const format of ['json', 'csv', 'xlsx']) {
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          const res = await call('GET', `${path}&format=${format}`, undefined, token);
          const body = Buffer.from(await res.arrayBuffer());
          times.push(performance.now() - t0);
          if (!res.ok) throw new Error(`${report} ${format}: ${res.status} ${body.toString()}`);
          bytes = body.length;
        }
        results.push({ report, format, ms: times.sort((a, b) => a - b)[1], bytes });
      }
    }

    const village = ((await db.query(`SELECT path FROM regions WHERE id = $1`, [villages[0]])) as { path: string }[])[0].path;
    const plans = await planReports(db, { regionPath: village, programId, household });
    const rows = results.map((r) => {
      const plan = plans.find((p) => p.report === r.report)!;
      return `| ${r.report} | ${r.format} | ${r.ms.toFixed(0)} | ${(r.bytes / 1024).toFixed(1)} | ${r.format === 'json' ? plan.seqScans.join(', ') || 'none' : ''} |`;
    });
    process.stdout.write(
      [
        '',
        `Reports over one county: ${households.toLocaleString('en')} households, ${villages.length} villages, ${txs.toLocaleString('en')} transactions, ${redemptions.toLocaleString('en')} redemptions, ${lots.toLocaleString('en')} lots (median of ${RUNS} runs, whole county).`,
        '',
        '| report | format | ms | KiB | seq scans of growing tables (plan of the statement for one village) |',
        '|---|---|---:|---:|---|',
        ...rows,
        '',
      ].join('\n'),
    );
    if (plans.some((p) => p.seqScans.length > 0)) process.exitCode = 1;
  } finally {
    await app?.close();
    if (!keep) await adminSql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

/** One store per village tied to the program, ten goods each with receipts from two sources, redemption movements, redemptions, refunds, one settlement per store. */
async function seedStores(
  sql: <T = unknown>(text: string, params?: unknown[]) => Promise<T[]>,
  o: { programId: number; villages: number[]; redemptions: number; adminId: number; households: number },
): Promise<void> {
  await sql(`INSERT INTO stores (code, name, region_id, program_id) SELECT 'BS' || v, '爱心超市' || v, v, $1 FROM unnest($2::int[]) v`, [
    o.programId,
    o.villages,
  ]);
  await sql(
    `INSERT INTO store_items (store_id, sku, name, points_price, stock) SELECT s.id, 'SKU' || g, '商品' || g, 5 + g * 3, 20 + g FROM stores s CROSS JOIN generate_series(1, 10) g`,
  );
  await sql(
    `INSERT INTO stock_movements (store_id, item_id, quantity, stock_after, kind, reason, funding_source, actor_type, actor_id)
     SELECT i.store_id, i.id, q.quantity, i.stock, q.kind, q.reason, q.source, 'user', $1
       FROM store_items i CROSS JOIN (VALUES (10, 'initial', NULL, NULL), (8, 'restock', '补货', 'donation'), (12, 'restock', '补货', 'village_fund')) q(quantity, kind, reason, source)`,
    [o.adminId],
  );
  // Redemptions of households of the store's village, each tied to the household's opening entry (a valid reference; the report reads the redemption rows).
  await sql(
    `INSERT INTO redemptions (store_id, program_id, household_id, transaction_id, receipt_no, points, actor_type, actor_id, created_at)
     SELECT s.id, $1, a.holder_id, t.id, 'BR' || g, 5 + (g % 40), 'user', $3,
            timestamptz '2026-01-01 08:00+08' + ((g * 7919) % (330 * 24 * 60)) * interval '1 minute'
       FROM generate_series(1, $2::int) g
       JOIN accounts a ON a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = (SELECT min(holder_id) FROM accounts WHERE program_id = $1 AND kind = 'holder') + (g * 37) % $4::int
       JOIN stores s ON s.region_id = a.region_id
       JOIN LATERAL (SELECT p.transaction_id AS id FROM postings p WHERE p.account_id = a.id ORDER BY p.id LIMIT 1) t ON true`,
    [o.programId, o.redemptions, o.adminId, o.households],
  );
  await sql(
    `INSERT INTO stock_movements (store_id, item_id, quantity, stock_after, kind, redemption_id, actor_type, actor_id, created_at)
     SELECT r.store_id, i.id, -1, 0, 'redemption', r.id, 'user', $1, r.created_at
       FROM redemptions r JOIN store_items i ON i.store_id = r.store_id AND i.sku = 'SKU' || (1 + r.id % 10)`,
    [o.adminId],
  );
  await sql(
    `INSERT INTO refunds (redemption_id, store_id, transaction_id, points, reason, lines, actor_id, actor_type, created_at)
     SELECT r.id, r.store_id, r.transaction_id, r.points, '退货', '[]', $1, 'user', r.created_at + interval '1 day' FROM redemptions r WHERE r.id % 20 = 0`,
    [o.adminId],
  );
  await sql(
    `INSERT INTO settlements (store_id, program_id, points, point_value_fen, value_fen, redemption_count, refund_count, up_to, created_by)
     SELECT s.id, $1, 1000, 100, 100000, 10, 0, timestamptz '2026-06-30 23:59+08', $2 FROM stores s`,
    [o.programId, o.adminId],
  );
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** EXPLAIN of each report statement: the sequential scans of growing tables (none expected). */
async function planReports(
  db: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  o: { regionPath: string; programId: number; household: number },
): Promise<{ report: string; seqScans: string[] }[]> {
  const [account] = (await db.query(`SELECT id FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`, [
    o.programId,
    o.household,
  ])) as { id: string }[];
  const program = { id: o.programId, basePoints: 100, pointValueFen: 100 };
  const statements: [string, ReportStatement<unknown>][] = [
    ['redemptions', new RedemptionsReportRepository().storeMonths(o.regionPath, '2026-01-01', '2027-01-01')],
    ['participation', new ParticipationRepository().villages(o.regionPath, o.programId, [PERIOD], ['2026-Q2'])],
    ['liability', new LiabilityRepository(db as never).villages(o.regionPath, program)],
    [
      'expiring',
      new ExpiringRepository().months(
        o.regionPath,
        { ...program, expiryPolicy: 'rolling', expiryMonths: 12, expiryDate: null, expiryCarryOver: 0 },
        '2026-12-01',
        '2028-12-01',
        '2027-12-04',
      ),
    ],
    ['staff-activity', new StaffActivityRepository().rules(o.regionPath, o.programId, [PERIOD])],
    ['ledger-book', new LedgerBookRepository(db as never).lines(account.id, '2026-01-01', '2026-12-31')],
  ];
  const out = [];
  for (const [report, s] of statements) {
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = (await db.query(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
    const nodes: PlanNode[] = [];
    const walk = (n: PlanNode) => {
      nodes.push(n);
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(plan.Plan);
    const seqScans = nodes
      .filter((n) => n['Node Type'] === 'Seq Scan' && GROWING_TABLES.includes(n['Relation Name'] ?? ''))
      .map((n) => n['Relation Name']!);
    out.push({ report, seqScans: [...new Set(seqScans)] });
  }
  return out;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
