import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Provenance } from '../common/auth/provenance.js';
import { systemProvenance } from '../common/auth/provenance.js';
import { periodKey } from '../common/calendar/calendar.js';
import { lockNamed } from '../common/db/locks.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import { LotExpiryJob } from '../ledger/lot-expiry.job.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { NO_SANCTION } from '../programs/rule.entity.js';
import { rulesByCode, type Repos } from './demo-repos.js';

/** Levels of the household program (星级文明户) by points earned in the quarter. */
export const DEMO_LEVELS = [
  { name: '一星', minPoints: 5 },
  { name: '二星', minPoints: 10 },
  { name: '三星', minPoints: 15 },
  { name: '四星', minPoints: 20 },
  { name: '五星', minPoints: 30 },
];

/**
 * Levels and the red and black lists (红黑榜) on the household program, before any ranking is made
 * (a run keeps the levels it was queued with). Once: a program with levels was done.
 */
export async function seedLevels(repos: Repos): Promise<void> {
  const program = (await repos.programs.findProgramByCode('demo-household-conduct'))!;
  if (program.levels.length > 0) return;
  await repos.programs.updateProgram(program.id, {
    levels: DEMO_LEVELS,
    levelPeriod: 'period',
    redList: true,
    blackList: true,
    listSize: 5,
  });
}

/** The household program clears points every year on New Year's Day, each household keeping up to this many (结转). */
export const DEMO_CARRY_OVER = 10;

/** The sanction rule the demo adds: 违法犯罪 costs 10 points, clears the rest and suspends redemption this year and next. */
const SANCTION_RULE = {
  code: 'SAN-01',
  name: '违法犯罪被依法处理（积分清零，取消当年和次年积分兑换资格）',
  category: '遵纪守法',
  points: -10,
};

/**
 * The points lifecycle in 东街社区: households earned 5 to 20 points last year, then the yearly
 * clearing (年度清零, keeping up to 10 each) took the rest; and one household was sanctioned this
 * year (清零 and no redemption until the end of next year). Once: a program with expiry set was done.
 */
export async function seedLifecycle(app: INestApplicationContext, repos: Repos): Promise<{ sanctionedHouseholdNo: string | null }> {
  const { id } = (await repos.programs.findProgramByCode('demo-household-conduct'))!;
  const db = app.get(DataSource);
  const sanctionedNo = async () => {
    const [row] = (await db.query(
      `SELECT h.household_no AS no FROM sanctions s JOIN households h ON h.id = s.holder_id WHERE s.program_id = $1 AND s.lifted_at IS NULL ORDER BY s.id LIMIT 1`,
      [id],
    )) as { no: string }[];
    return { sanctionedHouseholdNo: row?.no ?? null };
  };
  if ((await repos.programs.findProgram(id))!.expiryPolicy !== 'none') return sanctionedNo();
  const engine = app.get(LedgerEngine);
  const system = systemProvenance();
  const village = (await repos.regions.findByCode('DEMO-01-01'))!;
  const { items } = await repos.households.list(village.path, { villageId: village.id }, 25, 0);
  const holders = items.map((h) => ({ holderId: h.id, regionId: village.id }));
  const done = await db.transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-lifecycle');
    const program = (await repos.programs.findProgram(id, m))!;
    if (program.expiryPolicy !== 'none') return false;
    await engine.openAccounts(m, program, holders, system);
    const rules = await rulesByCode(repos.programs, m, program.id);
    const lastYear = `${Number(todayOf(program).day.slice(0, 4)) - 1}-11-20`;
    // Last year's deeds: 5 to 20 points a household, so the clearing takes some of them.
    for (const [code, every] of [
      ['WRK-01', 1],
      ['CLN-01', 2],
      ['WRK-01', 3],
      ['CLN-01', 4],
    ] as const) {
      const rule = rules.get(code);
      if (!rule) continue;
      const chosen = holders.filter((_, i) => i % every === 0);
      const entry = {
        ruleVersionId: rule.version.id,
        occurredOn: lastYear,
        period: periodKey(lastYear, program.periodKind),
        memo: '示范数据（去年）',
        reason: null,
      };
      await engine.post(m, {
        program,
        type: 'award',
        entries: chosen.map((h) => ({ ...h, points: rule.version.points })),
        by: system,
        entry,
      });
    }
    // Yearly clearing on 01-01 keeping up to 10: last year's points are due, this year's clear next New Year's Day.
    await repos.programs.setExpiry(m, program.id, {
      expiryPolicy: 'yearly',
      expiryMonths: null,
      expiryDate: '01-01',
      expiryCarryOver: DEMO_CARRY_OVER,
    });
    if (!rules.has(SANCTION_RULE.code)) {
      const { code, ...version } = SANCTION_RULE;
      await repos.programs.insertRule(
        m,
        { programId: program.id, code, regionId: null },
        {
          ...version,
          capPoints: null,
          capPer: null,
          ...NO_SANCTION,
          sanctionClears: true,
          sanctionSuspendYears: 1,
          effectiveFrom: '2026-01-01',
          effectiveTo: null,
          createdBy: null,
        },
      );
    }
    return true;
  });
  if (!done) return sanctionedNo();
  // The clearing of New Year's Day, as the hourly job does it.
  await app.get(LotExpiryJob).runProgram((await repos.programs.findProgram(id))!);

  // Then a household of the village sanctioned by the village committee: 10 points, the rest of what it may redeem, and redemption until the end of next year.
  await db.transaction(async (m) => {
    const program = (await repos.programs.findProgram(id, m))!;
    const sanction = (await rulesByCode(repos.programs, m, program.id)).get(SANCTION_RULE.code)!;
    const clerk = (await repos.users.findByUsername('demo-clerk', m))!;
    const by: Provenance = { actorType: 'user', actorId: clerk.id, source: 'api', requestId: null };
    const target = holders[12];
    const { day, period } = todayOf(program);
    const entry = { ruleVersionId: sanction.version.id, occurredOn: day, period, memo: '经村民代表会议决定', reason: '违法犯罪被依法处理' };
    await engine.post(m, { program, type: 'deduction', entries: [{ ...target, points: sanction.version.points }], by, entry });
  });
  return sanctionedNo();
}
