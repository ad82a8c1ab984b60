/**
 * Benchmark of the procedure (申报 → 审核 → 公示 → 确认), in process on a scratch database of the
 * local PostgreSQL: approving 1,000 claims, and confirming 10,000 entries at their deadline,
 * against batch awards through the same engine in the same run (the target: confirmation at
 * least as fast as batch awards, per posting). `npm run bench:procedure [-- --entries 10000 --claims 1000]`.
 * Writes bench/results/procedure-<time>.json and prints a table.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PostEntries } from '../src/awards/post-entries.use-case.js';
import { createApp } from '../src/bootstrap.js';
import { ClaimsService } from '../src/claims/claims.service.js';
import { ReviewClaim } from '../src/claims/review-claim.use-case.js';
import type { ResidentActor, UserActor } from '../src/common/auth/actor.js';
import { systemProvenance } from '../src/common/auth/provenance.js';
import { dayIn } from '../src/common/calendar/calendar.js';
import { Clock } from '../src/common/clock.js';
import { validateEnv } from '../src/config/env.js';
import { buildConfig } from '../src/config/runtime.js';
import { householdFields } from '../src/households/household-fields.js';
import { HouseholdsRepository } from '../src/households/households.repository.js';
import { StaffDeclarations } from '../src/households/staff-declarations.service.js';
import { ProgramsService } from '../src/programs/programs.service.js';
import { ConfirmNotices } from '../src/publicity/confirm-notices.job.js';
import { RegionsService } from '../src/regions/regions.service.js';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { UsersRepository } from '../src/users/users.repository.js';
import { DataSource } from 'typeorm';
import { adminSql as admin, LOCAL_PG, logger, option, printTable, writeResults } from './bench-support.js';

const DB = 'moral_bank_bench_procedure';
const BATCH = 500;

const log = logger('bench:procedure');
const round = (n: number) => Math.round(n);

/** Runs `work` over `items` with `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const entries = option('--entries', 10_000);
  const claimCount = option('--claims', 1_000);
  const households = Math.max(entries, claimCount);
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const vars = validateEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    REDIS_URL: 'none',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-bench-procedure-')),
  });
  const config = buildConfig(vars, { kind: 'url', url: `${LOCAL_PG}/${DB}` }, { kind: 'in-process', url: null });
  const app = await createApp(config);
  await app.init();
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    entries,
    claims: claimCount,
    machine: { cpus: cpus().length, node: process.version },
  };
  try {
    const db = app.get(DataSource);
    const made = await createCountyAdmin(db, {
      username: 'bench-admin',
      password: 'bench-password-2026',
      displayName: '管理员',
      countyCode: 'BENCH',
      countyName: '基准县',
    });
    if (!made.ok) throw new Error(made.reason);
    const users = app.get(UsersRepository);
    const actor = async (id: number): Promise<UserActor> => (await users.findActor(id))!;
    const county = await actor(made.userId);
    const regions = app.get(RegionsService);
    const township = await regions.create(county, { code: 'BENCH-T', name: '基准镇', level: 'township', parentId: made.countyId });
    const village = await regions.create(county, { code: 'BENCH-V', name: '基准村', level: 'village', parentId: township.id });
    const reviewers = await Promise.all(
      ['bench-r1', 'bench-r2', 'bench-r3', 'bench-r4'].map(async (username) =>
        actor((await users.insert({ username, passwordHash: 'x', displayName: username, role: 'reviewer', regionId: village.id })).id),
      ),
    );
    // Everyone who enters or reviews declares first (利益冲突申报): no household of the county.
    for (const who of [county, ...reviewers]) await app.get(StaffDeclarations).declare(who, { householdId: null, relatedHouseholdIds: [] });

    log(`seeding ${households} households`);
    const repo = app.get(HouseholdsRepository);
    const ids: { id: number; cardCode: string }[] = [];
    for (let start = 0; start < households; start += 1000) {
      await db.transaction(async (m) => {
        for (let i = start; i < Math.min(households, start + 1000); i++) {
          const fields = householdFields(config.piiHashKey, { headName: `户主${i}` });
          if (!fields.ok) throw new Error('bad household');
          const { id } = await repo.upsert(village.id, `B${i}`, fields.value, m);
          ids.push({ id, cardCode: '' });
        }
      });
    }
    const cards = (await db.query(`SELECT id, card_code AS "cardCode" FROM households WHERE village_id = $1`, [village.id])) as {
      id: number;
      cardCode: string;
    }[];
    const cardOf = new Map(cards.map((c) => [c.id, c.cardCode]));

    const programs = app.get(ProgramsService);
    const program = async (code: string, publicityDays: number) => {
      const p = await programs.create(county, {
        code,
        name: code,
        holderType: 'household',
        regionId: made.countyId,
        basePoints: 0,
        pointValueFen: 100,
      });
      if (publicityDays > 0) await programs.update(county, p.id, { publicityDays });
      const rule = await programs.createRule(county, p.id, {
        code: `${code}-R`,
        name: '志愿服务',
        category: '志愿服务',
        points: 5,
        effectiveFrom: '2026-01-01',
      });
      return { id: p.id, ruleId: rule.id };
    };
    const direct = await program('BENCH-DIRECT', 0);
    const noticed = await program('BENCH-NOTICE', 7);
    const post = app.get(PostEntries);
    const today = dayIn('Asia/Shanghai');
    const by = systemProvenance();
    const holders = ids.slice(0, entries).map((h) => h.id);
    const batches = Array.from({ length: Math.ceil(holders.length / BATCH) }, (_, i) => holders.slice(i * BATCH, (i + 1) * BATCH));

    log(`batch awards: ${holders.length} postings in batches of ${BATCH}`);
    let t0 = performance.now();
    for (const holderIds of batches)
      await post.execute(county, direct.id, 'award', { ruleId: direct.ruleId, holderIds, occurredOn: today }, null, {
        ...by,
        actorType: 'user',
        actorId: county.id,
      });
    const awardsS = (performance.now() - t0) / 1000;

    log(`entries on notice: ${holders.length}`);
    t0 = performance.now();
    for (const holderIds of batches)
      await post.execute(county, noticed.id, 'award', { ruleId: noticed.ruleId, holderIds, occurredOn: today }, null, {
        ...by,
        actorType: 'user',
        actorId: county.id,
      });
    const noticeS = (performance.now() - t0) / 1000;

    log(`claims: ${claimCount} filed, then approved by 4 reviewers at once`);
    const claims = app.get(ClaimsService);
    const filed: string[] = [];
    for (const h of ids.slice(0, claimCount)) {
      const resident: ResidentActor = {
        kind: 'resident',
        householdId: h.id,
        cardCode: cardOf.get(h.id)!,
        villageId: village.id,
        regionPath: village.path,
      };
      filed.push(
        (await claims.file(resident, { programId: noticed.id, ruleId: noticed.ruleId, occurredOn: today, memo: '参加志愿服务' })).id,
      );
    }
    const review = app.get(ReviewClaim);
    let k = 0;
    t0 = performance.now();
    await pool(filed, 4, (id) => review.approve(reviewers[k++ % reviewers.length], id, null, null));
    const approveS = (performance.now() - t0) / 1000;

    app.get(Clock).advance(7 * 86_400_000 + 60_000);
    log(`confirming ${holders.length + claimCount} entries at their deadline`);
    t0 = performance.now();
    const confirmed = await app.get(ConfirmNotices).run();
    const confirmS = (performance.now() - t0) / 1000;

    const awardRate = holders.length / awardsS;
    const confirmRate = confirmed / confirmS;
    results.figures = {
      batchAwards: { postings: holders.length, seconds: awardsS, postingsPerSecond: round(awardRate) },
      entriesOnNotice: { notices: holders.length, seconds: noticeS, perSecond: round(holders.length / noticeS) },
      claimApprovals: { claims: claimCount, seconds: approveS, perSecond: round(claimCount / approveS) },
      confirmation: { postings: confirmed, seconds: confirmS, postingsPerSecond: round(confirmRate) },
      confirmationVsBatchAwards: Math.round((confirmRate / awardRate) * 100) / 100,
    };
    const rows = [
      ['batch awards (500 holders a call, in process)', `${round(awardRate)} postings/s`, ''],
      ['staff entries put on notice (500 a call)', `${round(holders.length / noticeS)} notices/s`, ''],
      ['claim approvals (4 reviewers at once)', `${round(claimCount / approveS)} claims/s`, `${claimCount} in ${approveS.toFixed(1)} s`],
      [
        'confirmation at the deadline',
        `${round(confirmRate)} postings/s`,
        `${confirmed} in ${confirmS.toFixed(1)} s; ${(confirmRate / awardRate).toFixed(2)} × batch awards (target ≥ 1)`,
      ],
    ];
    printTable(rows);
    log(`wrote ${writeResults('procedure', results)}`);
  } finally {
    await app.close();
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
