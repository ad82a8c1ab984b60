import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/support/databases.js';
import { createDataSource } from '../database/data-source.js';
import { PROGRAM_DEFAULTS } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { LedgerRepository } from './ledger.repository.js';

/**
 * Caps (达到最高分值后不再累加) as the engine takes them: one atomic upsert per award on the
 * holder's counter for the rule and period, on the real database.
 */
describe('cap counters', () => {
  const repo = new LedgerRepository();
  let db: DataSource;
  let drop: () => Promise<void>;
  let programId: number;
  let ruleId = 0;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = createDataSource(database.url, { logging: false });
    await db.initialize();
    const county = await db.transaction((m) =>
      new RegionsRepository(db).insert({ code: 'CAPS', name: '限额县', level: 'county', parentId: null, parentPath: '/' }, m),
    );
    const program = await new ProgramsRepository(db).insertProgram({
      ...PROGRAM_DEFAULTS,
      code: 'caps',
      name: '限额',
      countyId: county.id,
      holderType: 'household',
      basePoints: 0,
      pointValueFen: 100,
    });
    programId = program.id;
  });

  afterAll(async () => {
    await db.destroy();
    await drop();
  });

  /** A counter of its own for each test: a fresh rule id. */
  const newRule = () => ++ruleId;

  const grant = (rule: number, requests: { holderId: number; points: number }[], capPoints = 20, periodKey = '2026-Q3') =>
    db.transaction((m) => repo.consumeCaps(m, { programId, ruleId: rule, periodKey, capPoints }, requests));

  const grantOne = async (rule: number, points: number, capPoints = 20) => (await grant(rule, [{ holderId: 1, points }], capPoints)).get(1);

  const used = async (rule: number, holderId = 1, periodKey = '2026-Q3') => {
    const rows = (await db.query(`SELECT used::int FROM cap_usage WHERE rule_id = $1 AND holder_id = $2 AND period_key = $3`, [
      rule,
      holderId,
      periodKey,
    ])) as { used: number }[];
    return rows[0]?.used;
  };

  it.each([
    { name: 'grants in full while the cap has room', awards: [5, 10], granted: [5, 10], used: 15 },
    { name: 'cuts an award to what fits, then grants nothing', awards: [18, 5, 5], granted: [18, 2, 0], used: 20 },
    { name: 'cuts a first award larger than the cap', awards: [25], granted: [20], used: 20 },
    { name: 'six awards of 5 under a cap of 20 give 5, 5, 5, 5, 0, 0', awards: [5, 5, 5, 5, 5, 5], granted: [5, 5, 5, 5, 0, 0], used: 20 },
  ])('$name', async ({ awards, granted, used: usedAfter }) => {
    const rule = newRule();
    const got = [];
    for (const points of awards) got.push(await grantOne(rule, points));
    expect(got).toEqual(granted);
    expect(await used(rule)).toBe(usedAfter);
  });

  it('grants nothing when a lowered cap is already exceeded, and leaves the counter as it was', async () => {
    const rule = newRule();
    expect(await grantOne(rule, 25, 30)).toBe(25);
    expect(await grantOne(rule, 5, 20)).toBe(0);
    expect(await used(rule)).toBe(25);
  });

  it('keeps one counter per holder and per period', async () => {
    const rule = newRule();
    const first = await grant(rule, [
      { holderId: 3, points: 15 },
      { holderId: 2, points: 5 },
    ]);
    expect([...first.entries()].sort()).toEqual([
      [2, 5],
      [3, 15],
    ]);
    const second = await grant(rule, [
      { holderId: 2, points: 10 },
      { holderId: 3, points: 10 },
    ]);
    expect([second.get(2), second.get(3)]).toEqual([10, 5]);
    expect((await grant(rule, [{ holderId: 3, points: 10 }], 20, '2026-Q4')).get(3)).toBe(10);
    expect([await used(rule, 2), await used(rule, 3), await used(rule, 3, '2026-Q4')]).toEqual([15, 20, 10]);
  });

  it('gives points back on reversal, never below zero', async () => {
    const rule = newRule();
    await grantOne(rule, 20);
    await db.transaction((m) => repo.releaseCap(m, rule, 1, '2026-Q3', 5));
    expect(await used(rule)).toBe(15);
    expect(await grantOne(rule, 10)).toBe(5);
    await db.transaction((m) => repo.releaseCap(m, rule, 1, '2026-Q3', 30));
    expect(await used(rule)).toBe(0);
  });

  it('lets concurrent awards together take no more than the cap', async () => {
    const rule = newRule();
    const results = await Promise.all(Array.from({ length: 8 }, () => grantOne(rule, 5)));
    expect(results.reduce((a, b) => a! + b!, 0)).toBe(20);
    expect(await used(rule)).toBe(20);
  });
});
