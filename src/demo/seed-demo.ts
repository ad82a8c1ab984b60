import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TransactionsRepository } from '../ledger/transactions.repository.js';
import { hashPassword } from '../common/auth/passwords.js';
import { actorRefOf, systemProvenance } from '../common/auth/provenance.js';
import { POINTS_STAFF, type Role } from '../common/auth/roles.js';
import { addDays, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { lockNamed } from '../common/db/locks.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { householdFields, memberFields } from '../households/household-fields.js';
import { NO_SANCTION } from '../programs/rule.entity.js';
import { HouseholdsRepository, type ImportLine } from '../households/households.repository.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import { ClosePeriod } from '../publicity/close-period.use-case.js';
import { TreeHeads } from '../transparency/tree-heads.service.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { PROGRAM_DEFAULTS } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { RunsService } from '../rankings/runs.service.js';
import type { Region, RegionLevel } from '../regions/region.entity.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { ItemsRepository } from '../stores/items.repository.js';
import { StoresRepository } from '../stores/stores.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { rulesByCode, type Repos } from './demo-repos.js';
import { demoKioskKey, seedHouseholdHonours } from './seed-pages.js';
import { seedAnnouncements } from './seed-announcements.js';
import { DEMO_RESIDENT_PIN, seedProcedure } from './seed-procedure.js';
import { DEMO_CARRY_OVER, seedLevels, seedLifecycle } from './seed-lifecycle.js';
import { fakeIdNumber, fakeMobile, personName, pick, seededRandom } from './demo-names.js';

export const DEMO_PASSWORD = 'demo-pass-2026';

const COUNTY = { code: 'DEMO', name: '示范县' };
const TOWNSHIPS: { code: string; name: string; villages: string[] }[] = [
  { code: 'DEMO-01', name: '城关镇', villages: ['东街社区', '西街社区', '河坝村', '新华村'] },
  { code: 'DEMO-02', name: '上木拉乡', villages: ['木拉村', '格木村', '德西村', '然多村'] },
  { code: 'DEMO-03', name: '高城镇', villages: ['团结村', '和平村', '幸福村', '光明村'] },
];
const HOUSEHOLDS_PER_VILLAGE = 25;
const RELATIONS = ['配偶', '子女', '子女', '父母', '孙子女'];

/** One user per role; the region is given as a code. */
const USERS: { username: string; displayName: string; role: Role; region: string }[] = [
  { username: 'demo-admin', displayName: '县积分办管理员', role: 'county_admin', region: 'DEMO' },
  { username: 'demo-township', displayName: '城关镇干部', role: 'township_officer', region: 'DEMO-01' },
  { username: 'demo-clerk', displayName: '东街社区网格员', role: 'village_clerk', region: 'DEMO-01-01' },
  { username: 'demo-reviewer', displayName: '县积分审核员', role: 'reviewer', region: 'DEMO' },
  { username: 'demo-store', displayName: '城关镇爱心超市店员', role: 'store_operator', region: 'DEMO-01' },
  { username: 'demo-auditor', displayName: '县审计员', role: 'auditor', region: 'DEMO' },
];

async function region(
  repos: Repos,
  m: EntityManager,
  code: string,
  name: string,
  level: RegionLevel,
  parent: Region | null,
): Promise<Region> {
  return (
    (await repos.regions.findByCode(code, m)) ??
    repos.regions.insert({ code, name, level, parentId: parent?.id ?? null, parentPath: parent?.path ?? '/' }, m)
  );
}

/** The demo county's two programs and their rule catalogues (道德银行 categories, 六零 targets). */
async function seedPrograms(repos: Repos, m: EntityManager, countyId: number): Promise<void> {
  for (const p of DEMO_CATALOG.programs) {
    const code = `demo-${p.code}`;
    const program =
      (await repos.programs.findProgramByCode(code, m)) ??
      (await repos.programs.insertProgram(
        {
          ...PROGRAM_DEFAULTS,
          code,
          name: p.name,
          countyId,
          holderType: p.holderType,
          basePoints: p.basePoints,
          pointValueFen: p.pointValueFen,
          timezone: p.timezone,
        },
        m,
      ));
    const existing = new Set((await repos.programs.rulesOf(program.id, m)).map((r) => r.code));
    for (const r of p.rules.filter((rule) => !existing.has(rule.code))) {
      const cap = 'cap' in r ? r.cap : null;
      await repos.programs.insertRule(
        m,
        { programId: program.id, code: r.code, regionId: null },
        {
          name: r.name,
          category: r.category,
          points: r.points,
          capPoints: cap?.points ?? null,
          capPer: cap?.per ?? null,
          ...NO_SANCTION,
          effectiveFrom: '2026-01-01',
          effectiveTo: null,
          createdBy: null,
        },
      );
    }
  }
}

/** Two love supermarkets on the household program, stocked with the catalogue's goods. */
async function seedStores(repos: Repos, m: EntityManager): Promise<void> {
  const program = (await repos.programs.findProgramByCode('demo-household-conduct', m))!;
  const stores = [
    { code: 'DEMO-S01', name: '城关镇爱心超市', region: 'DEMO-01' },
    { code: 'DEMO-S02', name: '上木拉乡积分超市', region: 'DEMO-02' },
  ];
  for (const s of stores) {
    const regionId = (await repos.regions.findByCode(s.region, m))!.id;
    const found = await repos.stores.findByCode(s.code, m);
    const store =
      found ?? (await repos.stores.insert({ code: s.code, name: s.name, regionId, programId: program.id, refundWindowDays: 7 }, m));
    if (store.programId === null) await repos.stores.update(store.id, { programId: program.id }, m);
    for (const good of DEMO_CATALOG.storeGoods) {
      if (await repos.items.findBySku(store.id, good.sku, m)) continue;
      const service = 'service' in good && good.service;
      const limit = 'limit' in good ? good.limit : null;
      const stock = service ? 0 : 50;
      const item = await repos.items.insert(m, {
        storeId: store.id,
        sku: good.sku,
        name: good.name,
        pointsPrice: good.pointsPrice,
        stock,
        tracksStock: !service,
        active: true,
        limitQuantity: limit?.quantity ?? null,
        limitPer: limit?.per ?? null,
        lowStockAt: 5,
      });
      if (stock > 0) {
        await repos.items.insertMovement(m, {
          storeId: store.id,
          itemId: item.id,
          quantity: stock,
          stockAfter: stock,
          kind: 'initial',
          reason: '示范数据',
          fundingSource: 'donation',
          redemptionId: null,
          ...actorRefOf(systemProvenance()),
        });
      }
    }
  }
}

/**
 * Last quarter's village assessment: points for the 六零 targets, the quarter closed, and a
 * published ranking on the county's public board. Once.
 */
async function seedVillageRanking(app: INestApplicationContext, repos: Repos): Promise<number> {
  const db = app.get(DataSource);
  const engine = app.get(LedgerEngine);
  const runs = app.get(RunsService);
  const transactions = app.get(TransactionsRepository);
  const { id } = (await repos.programs.findProgramByCode('demo-village-assessment'))!;
  const program = (await repos.programs.findProgram(id))!;
  const current = periodBounds(todayOf(program).period, program.periodKind)!;
  const lastDay = addDays(current.first, -1);
  const period = periodKey(lastDay, program.periodKind);
  if (await runs.hasPublished(program.id, program.countyId, period)) return program.countyId;
  await db.transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-ranking');
    if (await transactions.hasEntries(program.id, period, m)) return;
    const villages = (await repos.regions.villagesUnder(program.countyPath, m)).map((v) => ({ holderId: v.id, regionId: v.id }));
    const system = systemProvenance();
    await engine.openAccounts(m, program, villages, system);
    for (const [i, { version }] of [...(await rulesByCode(repos.programs, m, program.id)).values()].entries()) {
      // Each target met by most villages; penalties for a few.
      const chosen = villages.filter((_, k) => (version.points > 0 ? (k + i) % 4 !== 0 : (k + i) % 5 === 0));
      if (chosen.length === 0) continue;
      await engine.post(m, {
        program,
        type: version.points > 0 ? 'award' : 'deduction',
        entries: chosen.map((v) => ({ ...v, points: version.points })),
        by: system,
        entry: { ruleVersionId: version.id, occurredOn: lastDay, period, memo: '示范数据', reason: version.points < 0 ? '示范数据' : null },
      });
    }
  });
  await app.get(ClosePeriod).asSystem(program, period);
  const run = await runs.create(null, { programId: program.id, regionId: program.countyId, period });
  // Computed here rather than waiting for the worker: the run's first dispatch, done once whoever comes first.
  await runs.compute(run.id, { attempt: 1, finalAttempt: true }, 1);
  await runs.publishAsSystem(run.id);
  return program.countyId;
}

/** A few awards and deductions in 东街社区 this quarter, posted through the engine, once. */
async function seedHistory(app: INestApplicationContext, repos: Repos): Promise<void> {
  const db = app.get(DataSource);
  const engine = app.get(LedgerEngine);
  const transactions = app.get(TransactionsRepository);
  const { id } = (await repos.programs.findProgramByCode('demo-household-conduct'))!;
  const program = (await repos.programs.findProgram(id))!;
  await db.transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-history');
    if (await transactions.hasEntries(program.id, undefined, m)) return;
    const village = (await repos.regions.findByCode('DEMO-01-01', m))!;
    const { items } = await repos.households.list(village.path, { villageId: village.id }, HOUSEHOLDS_PER_VILLAGE, 0);
    const holders = items.map((h) => ({ holderId: h.id, regionId: village.id }));
    const { day: today, period } = todayOf(program);
    const system = systemProvenance();
    await engine.openAccounts(m, program, holders, system);
    const rules = await rulesByCode(repos.programs, m, program.id);
    const entries: [string, 'award' | 'deduction', number][] = [
      ['WRK-01', 'award', 1],
      ['CLN-01', 'award', 2],
      ['WRK-01', 'award', 3],
      ['DED-02', 'deduction', 5],
    ];
    for (const [code, kind, every] of entries) {
      const rule = rules.get(code);
      if (!rule) continue;
      const { ruleId, version } = rule;
      const chosen = holders.filter((_, i) => i % every === 0);
      await engine.post(m, {
        program,
        type: kind,
        entries: chosen.map((h) => ({ ...h, points: version.points })),
        by: system,
        entry: { ruleVersionId: version.id, occurredOn: today, period, memo: '示范数据', reason: kind === 'deduction' ? '示范数据' : null },
        cap:
          kind === 'award' && version.capPoints && version.capPer
            ? { ruleId, periodKey: periodKey(today, version.capPer), capPoints: version.capPoints }
            : null,
      });
    }
  });
}

/**
 * The demo's staff who enter or review points declare, as each must before their first entry
 * (利益冲突申报), that they live in none of the demo county's households. Once: a declaration
 * made stays.
 */
async function declareDemoStaff(app: INestApplicationContext, repos: Repos): Promise<void> {
  const declarations = app.get(StaffDeclarations);
  for (const u of USERS.filter((x) => (POINTS_STAFF as readonly Role[]).includes(x.role))) {
    const actor = (await repos.users.findActor((await repos.users.findByUsername(u.username))!.id))!;
    if ((await declarations.state(actor.id)).declaredAt === null)
      await declarations.declare(actor, { householdId: null, relatedHouseholdIds: [] });
  }
}

export interface DemoSeedResult {
  households: number;
  summary(baseUrl: string): string;
}

/**
 * Seeds the demo county: 3 townships, 12 villages, 300 households with members, one user per
 * role and a love supermarket. Running it again changes nothing.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoSeedResult> {
  const db = app.get(DataSource);
  const config = app.get<AppConfig>(APP_CONFIG);
  const repos: Repos = {
    regions: app.get(RegionsRepository),
    users: app.get(UsersRepository),
    households: app.get(HouseholdsRepository),
    programs: app.get(ProgramsRepository),
    stores: app.get(StoresRepository),
    items: app.get(ItemsRepository),
  };
  const rnd = seededRandom(20260101);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const count = await db.transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-seed');
    const county = await region(repos, m, COUNTY.code, COUNTY.name, 'county', null);
    let n = 0;
    // Households and members go in as an import's lines: running the seed again changes nothing.
    const lines: ImportLine[] = [];
    for (const t of TOWNSHIPS) {
      const township = await region(repos, m, t.code, t.name, 'township', county);
      for (const [vi, vname] of t.villages.entries()) {
        const vcode = `${t.code}-${String(vi + 1).padStart(2, '0')}`;
        const village = await region(repos, m, vcode, vname, 'village', township);
        // Two grids (网格) a village, the first half of the households in the first.
        const grids = [
          await region(repos, m, `${vcode}-G1`, `${vname}第一网格`, 'grid', village),
          await region(repos, m, `${vcode}-G2`, `${vname}第二网格`, 'grid', village),
        ];
        for (let h = 1; h <= HOUSEHOLDS_PER_VILLAGE; h++) {
          const surname = personName(rnd).slice(0, 1);
          const head = personName(rnd, surname);
          const fields = householdFields(config.piiHashKey, { headName: head, address: `${vname}${h}号`, phone: fakeMobile(rnd) });
          if (!fields.ok) throw new Error('demo household is invalid');
          const grid = grids[h <= HOUSEHOLDS_PER_VILLAGE / 2 ? 0 : 1];
          const line = { villageId: village.id, householdNo: String(h).padStart(4, '0'), household: fields.value, gridId: grid.id };
          lines.push({ ...line, member: null });
          const members = [
            { name: head, relation: '户主' },
            ...Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
              name: personName(rnd, surname),
              relation: pick(rnd, RELATIONS),
            })),
          ];
          const names = new Set<string>();
          for (const member of members) {
            if (names.has(member.name)) continue;
            names.add(member.name);
            const mf = memberFields(config.piiHashKey, { ...member, idNumber: fakeIdNumber(rnd, '513334', 1950 + Math.floor(rnd() * 60)) });
            if (mf.ok) lines.push({ ...line, member: mf.value });
          }
          n++;
        }
      }
    }
    await repos.households.importLines(lines, m);
    for (const u of USERS) {
      if (await repos.users.findByUsername(u.username, m)) continue;
      const regionId = (await repos.regions.findByCode(u.region, m))!.id;
      await repos.users.insert({ username: u.username, passwordHash, displayName: u.displayName, role: u.role, regionId }, m);
    }
    await seedPrograms(repos, m, county.id);
    await seedStores(repos, m);
    return n;
  });
  await declareDemoStaff(app, repos);
  await seedHistory(app, repos);
  const board = await seedVillageRanking(app, repos);
  const procedure = await seedProcedure(app, repos);
  await seedLevels(repos);
  await seedHouseholdHonours(app, repos);
  await seedAnnouncements(app, repos);
  const lifecycle = await seedLifecycle(app, repos);
  const kioskKey = await demoKioskKey(app, repos);
  // The county's log as seeded, signed: the board and the 台账 show its fingerprint, the door page checks against it.
  const countyId = (await repos.regions.findByCode(COUNTY.code))!.id;
  await app.get(TreeHeads).sign(countyId, 'manual');

  return {
    households: count,
    summary: (base) =>
      [
        '',
        'Demo county 示范县 is ready (3 townships, 12 villages, 300 households, one user per role,',
        '  the programs 道德积分 (households, base 100) and 积分换项目 (villages) with their rule catalogues,',
        '  two love supermarkets stocked with goods, and some history).',
        'Pages (Chinese first; 中文/English at the top of each):',
        `  Counter:    ${base}/kiosk#key=${kioskKey}  (爱心超市收银 of 城关镇爱心超市: the link binds it; a new key at every demo start)`,
        `  Door page:  ${base}/h/${procedure.cardCode}  (一户一码 of a household of 东街社区; PIN ${DEMO_RESIDENT_PIN} for its statement, claims and objections)`,
        `  Board:      ${base}/board/${procedure.villageId}  (公示栏 of 东街社区; add ?screen=1 for the village hall's television)`,
        `  Plates:     ${base}/plates/${procedure.villageId}  (door plates of 东街社区 to print on A4; log in as demo-clerk)`,
        `  Console:    ${base}/console  (积分管理后台, one app for every role: demo-clerk 记分 and households, demo-reviewer 审核,`,
        '              demo-store the store, demo-admin programs, rules, rankings and allocation, demo-auditor the ledger check and audit log)',
        `  Lifecycle:  道德积分 clears every New Year's Day keeping up to ${DEMO_CARRY_OVER} points (last year's points of 东街社区 partly expired);`,
        `              household ${lifecycle.sanctionedHouseholdNo ?? '?'} of 东街社区 is sanctioned (清零, no redemption until the end of next year);`,
        '              levels 一星…五星 by quarterly earnings and the red and black lists are on the board',
        `  API docs:   ${base}/docs`,
        `  Health:     ${base}/health`,
        `  Board API:  ${base}/api/v1/public/boards/${board} (published rankings, no login)`,
        `  Notices:    ${base}/api/v1/public/notices/${procedure.villageId} (公示: entries of 东街社区 under their 7-day notice, no login)`,
        `  Resident:   card ${procedure.cardCode}, PIN ${DEMO_RESIDENT_PIN}: POST ${base}/api/v1/auth/resident-login (claims of 东街社区 wait for demo-reviewer)`,
        `  Log in:     curl -s ${base}/api/v1/auth/login -H 'Content-Type: application/json' -d '{"username":"demo-admin","password":"${DEMO_PASSWORD}"}'`,
        `  Users (password ${DEMO_PASSWORD}): ${USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`,
        '',
      ].join('\n'),
  };
}
