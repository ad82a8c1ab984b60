import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { householdFields, memberFields } from '../households/household-fields.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import type { RegionLevel } from '../regions/region.entity.js';
import type { Role } from '../common/auth/roles.js';
import { fakeIdNumber, fakeMobile, personName, pick, seededRandom } from './demo-names.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import { addDays, dayIn, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { RunsService } from '../rankings/runs.service.js';
import { systemProvenance } from '../common/auth/provenance.js';
import { ClosePeriod } from '../programs/periods/close-period.use-case.js';
import { ProgramsRepository } from '../programs/programs.repository.js';

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

async function region(m: EntityManager, code: string, name: string, level: RegionLevel, parent: { id: number; path: string } | null) {
  const found = (await m.query(`SELECT id, path FROM regions WHERE code = $1`, [code])) as { id: number; path: string }[];
  if (found[0]) return found[0];
  const [{ id }] = (await m.query(`INSERT INTO regions (code, name, level, parent_id, path) VALUES ($1, $2, $3, $4, '') RETURNING id`, [
    code,
    name,
    level,
    parent?.id ?? null,
  ])) as { id: number }[];
  const path = `${parent?.path ?? '/'}${id}/`;
  await m.query(`UPDATE regions SET path = $2 WHERE id = $1`, [id, path]);
  return { id, path };
}

/** The demo county's two programs and their rule catalogues (道德银行 categories, 六零 targets). */
async function seedPrograms(m: EntityManager, countyId: number): Promise<void> {
  for (const p of DEMO_CATALOG.programs) {
    const code = `demo-${p.code}`;
    await m.query(
      `INSERT INTO programs (code, name, county_id, holder_type, base_points, point_value_fen, timezone)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
      [code, p.name, countyId, p.holderType, p.basePoints, p.pointValueFen, p.timezone],
    );
    const [{ id: programId }] = (await m.query(`SELECT id FROM programs WHERE code = $1`, [code])) as { id: number }[];
    for (const r of p.rules) {
      const [rule] = (await m.query(`INSERT INTO rules (program_id, code) VALUES ($1, $2) ON CONFLICT (program_id, code) DO NOTHING RETURNING id`, [programId, r.code])) as {
        id: number;
      }[];
      if (!rule) continue;
      const cap = 'cap' in r ? r.cap : null;
      await m.query(
        `INSERT INTO rule_versions (rule_id, version, name, category, points, cap_points, cap_per, effective_from) VALUES ($1, 1, $2, $3, $4, $5, $6, '2026-01-01')`,
        [rule.id, r.name, r.category, r.points, cap?.points ?? null, cap?.per ?? null],
      );
    }
  }
}

/** Two love supermarkets on the household program, stocked with the catalogue's goods. */
async function seedStores(m: EntityManager): Promise<void> {
  const stores = [
    { code: 'DEMO-S01', name: '城关镇爱心超市', region: 'DEMO-01' },
    { code: 'DEMO-S02', name: '上木拉乡积分超市', region: 'DEMO-02' },
  ];
  for (const store of stores) {
    await m.query(
      `INSERT INTO stores (code, name, region_id, program_id)
       SELECT $1, $2, r.id, p.id FROM regions r, programs p WHERE r.code = $3 AND p.code = 'demo-household-conduct'
       ON CONFLICT (code) DO UPDATE SET program_id = COALESCE(stores.program_id, EXCLUDED.program_id)`,
      [store.code, store.name, store.region],
    );
    const [{ id: storeId }] = (await m.query(`SELECT id FROM stores WHERE code = $1`, [store.code])) as { id: number }[];
    for (const good of DEMO_CATALOG.storeGoods) {
      const service = 'service' in good && good.service;
      const limit = 'limit' in good ? good.limit : null;
      const stock = service ? 0 : 50;
      const [item] = (await m.query(
        `INSERT INTO store_items (store_id, sku, name, points_price, stock, tracks_stock, limit_quantity, limit_per)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (store_id, sku) DO NOTHING RETURNING id`,
        [storeId, good.sku, good.name, good.pointsPrice, stock, !service, limit?.quantity ?? null, limit?.per ?? null],
      )) as { id: number }[];
      if (item && stock > 0) {
        await m.query(
          `INSERT INTO stock_movements (store_id, item_id, quantity, stock_after, kind, reason, funding_source, actor_type) VALUES ($1, $2, $3, $3, 'initial', '示范数据', 'donation', 'system')`,
          [storeId, item.id, stock],
        );
      }
    }
  }
}

/**
 * Last quarter's village assessment: points for the 六零 targets, the quarter closed, and a
 * published ranking on the county's public board. Once.
 */
async function seedVillageRanking(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  const engine = app.get(LedgerEngine);
  const programs = app.get(ProgramsRepository);
  const runs = app.get(RunsService);
  const [row] = (await db.query(`SELECT id FROM programs WHERE code = 'demo-village-assessment'`)) as { id: number }[];
  const program = (await programs.findProgram(row.id))!;
  const today = dayIn(program.timezone);
  const current = periodBounds(periodKey(today, program.periodKind), program.periodKind)!;
  const lastDay = addDays(current.first, -1);
  const period = periodKey(lastDay, program.periodKind);
  if (await runs.hasPublished(program.id, program.countyId, period)) return program.countyId;
  await db.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('moral-bank:demo-ranking'))`);
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM transactions WHERE program_id = $1 AND period = $2`, [program.id, period])) as { n: number }[];
    if (n > 0) return;
    const villages = (await m.query(
      `SELECT r.id AS "holderId", r.id AS "regionId" FROM regions r WHERE r.level = 'village' AND r.path LIKE $1 ORDER BY r.code`,
      [`${program.countyPath}%`],
    )) as { holderId: number; regionId: number }[];
    const system = systemProvenance();
    await engine.openAccounts(m, program, villages, system);
    const rules = (await m.query(
      `SELECT r.id AS "ruleId", r.code, v.id AS "versionId", v.points FROM rules r JOIN rule_versions v ON v.rule_id = r.id WHERE r.program_id = $1 ORDER BY r.code`,
      [program.id],
    )) as { ruleId: number; code: string; versionId: number; points: string }[];
    for (const [i, rule] of rules.entries()) {
      // Each target met by most villages; penalties for a few.
      const chosen = villages.filter((_, k) => (Number(rule.points) > 0 ? (k + i) % 4 !== 0 : (k + i) % 5 === 0));
      if (chosen.length === 0) continue;
      await engine.post(
        m,
        program,
        Number(rule.points) > 0 ? 'award' : 'deduction',
        chosen.map((v) => ({ ...v, points: Number(rule.points) })),
        system,
        { ruleVersionId: rule.versionId, occurredOn: lastDay, period, memo: '示范数据', reason: Number(rule.points) < 0 ? '示范数据' : null },
        null,
      );
    }
  });
  await app.get(ClosePeriod).asSystem(program, period);
  const run = await runs.create(null, { programId: program.id, regionId: program.countyId, period });
  await runs.compute(run.id, { attempt: 1, finalAttempt: true });
  await runs.publishAsSystem(run.id);
  return program.countyId;
}

/** A few awards and deductions in 东街社区 this quarter, posted through the engine, once. */
async function seedHistory(app: INestApplicationContext): Promise<void> {
  const db = app.get(DataSource);
  const engine = app.get(LedgerEngine);
  const programs = app.get(ProgramsRepository);
  const [row] = (await db.query(`SELECT id FROM programs WHERE code = 'demo-household-conduct'`)) as { id: number }[];
  const program = (await programs.findProgram(row.id))!;
  await db.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('moral-bank:demo-history'))`);
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM transactions WHERE program_id = $1 AND type <> 'opening'`, [program.id])) as { n: number }[];
    if (n > 0) return;
    const holders = (await m.query(
      `SELECT h.id AS "holderId", h.village_id AS "regionId" FROM households h JOIN regions r ON r.id = h.village_id WHERE r.code = 'DEMO-01-01' ORDER BY h.id`,
    )) as { holderId: number; regionId: number }[];
    const today = dayIn(program.timezone);
    const period = periodKey(today, program.periodKind);
    const system = systemProvenance();
    await engine.openAccounts(m, program, holders, system);
    const entries: [string, 'award' | 'deduction', number][] = [
      ['WRK-01', 'award', 1],
      ['CLN-01', 'award', 2],
      ['WRK-01', 'award', 3],
      ['DED-02', 'deduction', 5],
    ];
    for (const [code, kind, every] of entries) {
      const [rule] = (await m.query(`SELECT r.id AS "ruleId", v.id AS "versionId", v.points, v.cap_points AS "capPoints", v.cap_per AS "capPer"
                                        FROM rules r JOIN rule_versions v ON v.rule_id = r.id WHERE r.program_id = $1 AND r.code = $2`, [program.id, code])) as {
        ruleId: number;
        versionId: number;
        points: string;
        capPoints: string | null;
        capPer: 'month' | 'quarter' | 'year' | null;
      }[];
      if (!rule) continue;
      const chosen = holders.filter((_, i) => i % every === 0);
      await engine.post(
        m,
        program,
        kind,
        chosen.map((h) => ({ ...h, points: Number(rule.points) })),
        system,
        { ruleVersionId: rule.versionId, occurredOn: today, period, memo: '示范数据', reason: kind === 'deduction' ? '示范数据' : null },
        kind === 'award' && rule.capPoints && rule.capPer ? { ruleId: rule.ruleId, periodKey: periodKey(today, rule.capPer), capPoints: Number(rule.capPoints) } : null,
      );
    }
  });
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
  const households = app.get(HouseholdsRepository);
  const rnd = seededRandom(20260101);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const count = await db.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('moral-bank:demo-seed'))`);
    const county = await region(m, COUNTY.code, COUNTY.name, 'county', null);
    let n = 0;
    for (const t of TOWNSHIPS) {
      const township = await region(m, t.code, t.name, 'township', county);
      for (const [vi, vname] of t.villages.entries()) {
        const vcode = `${t.code}-${String(vi + 1).padStart(2, '0')}`;
        const village = await region(m, vcode, vname, 'village', township);
        await region(m, `${vcode}-G1`, `${vname}第一网格`, 'grid', village);
        for (let h = 1; h <= HOUSEHOLDS_PER_VILLAGE; h++) {
          const surname = personName(rnd).slice(0, 1);
          const head = personName(rnd, surname);
          const fields = householdFields(config.piiHashKey, { headName: head, address: `${vname}${h}号`, phone: fakeMobile(rnd) });
          if (!fields.ok) throw new Error('demo household is invalid');
          const { id } = await households.upsert(village.id, String(h).padStart(4, '0'), fields.value, m);
          const members = [{ name: head, relation: '户主' }, ...Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({ name: personName(rnd, surname), relation: pick(rnd, RELATIONS) }))];
          const names = new Set<string>();
          for (const member of members) {
            if (names.has(member.name)) continue;
            names.add(member.name);
            const mf = memberFields(config.piiHashKey, { ...member, idNumber: fakeIdNumber(rnd, '513334', 1950 + Math.floor(rnd() * 60)) });
            if (mf.ok) await households.upsertMember(id, mf.value, m);
          }
          n++;
        }
      }
    }
    for (const u of USERS) {
      await m.query(
        `INSERT INTO users (username, password_hash, display_name, role, region_id)
         SELECT $1, $2, $3, $4, id FROM regions WHERE code = $5
         ON CONFLICT (username) DO NOTHING`,
        [u.username, passwordHash, u.displayName, u.role, u.region],
      );
    }
    await seedPrograms(m, county.id);
    await seedStores(m);
    return n;
  });
  await seedHistory(app);
  const board = await seedVillageRanking(app);

  return {
    households: count,
    summary: (base) =>
      [
        '',
        'Demo county 示范县 is ready (3 townships, 12 villages, 300 households, one user per role,',
        '  the programs 道德积分 (households, base 100) and 积分换项目 (villages) with their rule catalogues,',
        '  two love supermarkets stocked with goods, and some history).',
        `  API docs:   ${base}/docs`,
        `  Health:     ${base}/health`,
        `  Board:      ${base}/api/v1/public/boards/${board} (published village ranking, no login)`,
        `  Log in:     curl -s ${base}/api/v1/auth/login -H 'Content-Type: application/json' -d '{"username":"demo-admin","password":"${DEMO_PASSWORD}"}'`,
        `  Users (password ${DEMO_PASSWORD}): ${USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`,
        '',
      ].join('\n'),
  };
}
