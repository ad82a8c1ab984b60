import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionsRepository } from '../ledger/transactions.repository.js';
import { newApiKey } from '../common/auth/api-keys.js';
import { systemProvenance } from '../common/auth/provenance.js';
import { addDays, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { lockNamed } from '../common/db/locks.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import { ClosePeriod } from '../publicity/close-period.use-case.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { RunsService } from '../rankings/runs.service.js';
import { DevicesRepository } from '../stores/devices.repository.js';
import { rulesByCode, type Repos } from './demo-repos.js';

const KIOSK_NAME = '演示收银台';

/**
 * Household honours for the board and the door pages: the households of 东街社区 earn points in
 * the household program's previous period, which is closed and ranked, and the ranking published.
 * Once: a published run of that period means it was done.
 */
export async function seedHouseholdHonours(app: INestApplicationContext, repos: Repos): Promise<void> {
  const runs = app.get(RunsService);
  const engine = app.get(LedgerEngine);
  const transactions = app.get(TransactionsRepository);
  const { id } = (await repos.programs.findProgramByCode('demo-household-conduct'))!;
  const program = (await repos.programs.findProgram(id))!;
  const lastDay = addDays(periodBounds(todayOf(program).period, program.periodKind)!.first, -1);
  const period = periodKey(lastDay, program.periodKind);
  if (await runs.hasPublished(program.id, program.countyId, period)) return;
  await app.get(DataSource).transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-honours');
    if (await transactions.hasEntries(program.id, period, m)) return;
    const village = (await repos.regions.findByCode('DEMO-01-01', m))!;
    const { items } = await repos.households.list(village.path, { villageId: village.id }, 25, 0);
    const holders = items.map((h) => ({ holderId: h.id, regionId: village.id }));
    const system = systemProvenance();
    await engine.openAccounts(m, program, holders, system);
    const rules = await rulesByCode(repos.programs, m, program.id);
    // Different deeds for different households, so the ranking has a champion and a spread.
    for (const [code, every, offset] of [
      ['WRK-01', 2, 0],
      ['CLN-01', 3, 0],
      ['WRK-01', 5, 1],
      ['CLN-01', 7, 0],
    ] as const) {
      const rule = rules.get(code);
      if (!rule) continue;
      const chosen = holders.filter((_, i) => i % every === offset);
      await engine.post(m, {
        program,
        type: 'award',
        entries: chosen.map((h) => ({ ...h, points: rule.version.points })),
        by: system,
        entry: { ruleVersionId: rule.version.id, occurredOn: lastDay, period, memo: '示范数据', reason: null },
      });
    }
    // A few deductions, for the black list (黑榜).
    for (const [code, every, offset] of [
      ['DED-02', 6, 5],
      ['DED-01', 8, 3],
    ] as const) {
      const rule = rules.get(code);
      if (!rule) continue;
      const chosen = holders.filter((_, i) => i % every === offset);
      await engine.post(m, {
        program,
        type: 'deduction',
        entries: chosen.map((h) => ({ ...h, points: rule.version.points })),
        by: system,
        entry: { ruleVersionId: rule.version.id, occurredOn: lastDay, period, memo: '示范数据', reason: '村规民约' },
      });
    }
  });
  await app.get(ClosePeriod).asSystem(program, period);
  const run = await runs.create(null, { programId: program.id, regionId: program.countyId, period });
  await runs.compute(run.id, { attempt: 1, finalAttempt: true }, 1);
  await runs.publishAsSystem(run.id);
}

/**
 * The demo store's counter: a kiosk device of 城关镇爱心超市 whose key is replaced at every demo
 * start (keys are stored hashed, so the demo can print only a key it has just made).
 */
export async function demoKioskKey(app: INestApplicationContext, repos: Repos): Promise<string> {
  const devices = app.get(DevicesRepository);
  const store = (await repos.stores.findByCode('DEMO-S01'))!;
  const operator = (await repos.users.findByUsername('demo-store'))!;
  const device =
    (await devices.listForStore(store.id)).find((d) => d.name === KIOSK_NAME && d.revokedAt === null) ??
    (await devices.insert({ storeId: store.id, name: KIOSK_NAME, keyHash: '0'.repeat(64), createdBy: operator.id }));
  const { apiKey, secretHash } = newApiKey(device.id);
  await devices.setKeyHash(device.id, secretHash);
  return apiKey;
}
