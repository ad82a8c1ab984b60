import { periodKey } from '../src/common/calendar/calendar.js';
import {
  API,
  createHousehold,
  createProgram,
  createRule,
  eventually,
  expectError,
  seedTree,
  today,
  type Client,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Levels (星级文明户) on the balance, the door page and the board; red and black lists (红黑榜);
 * member honours (最美居民) and yearly household honours (最美家庭) as ranking runs.
 */

const LEVELS = [
  { name: '一星', minPoints: 20 },
  { name: '二星', minPoints: 40 },
  { name: '三星', minPoints: 60 },
];

interface PublicEntry {
  rank: number;
  name: string;
  score: number;
  level: string | null;
  components: { deductions: number };
}

interface Honours {
  villageId: number;
  champions: PublicEntry[];
  honourList: PublicEntry[];
  deductions: PublicEntry[] | null;
  redList: PublicEntry[] | null;
  blackList: PublicEntry[] | null;
  levelCounts: { name: string; minPoints: number; households: number }[] | null;
}

interface BoardRanking {
  runId: string;
  subject: string;
  title: string | null;
  levels: { name: string; minPoints: number }[] | null;
  entries: PublicEntry[];
  honours: Honours[];
}

/** Entries of one program as one county admin makes them: a rule of the points asked, then the award or deduction. */
function ledger(t: TestApp, api: Client, programId: number, token: string) {
  return {
    /** Posts `points` (negative: a deduction) to the household on the day, naming the member if given; the transaction id. */
    async give(holderId: number, points: number, occurredOn: string, memberId?: number): Promise<string> {
      const rule = await createRule(t, token, programId, { points, effectiveFrom: '2025-01-01' });
      const path = points > 0 ? 'awards' : 'deductions';
      const res = await api.post(`/programs/${programId}/${path}`, {
        ruleId: rule.id,
        holderIds: [holderId],
        occurredOn,
        ...(memberId ? { memberId } : {}),
        ...(points < 0 ? { reason: '违反村规民约' } : {}),
      });
      expect(res.status).toBe(201);
      return (res.body.results as { transactionId: string }[])[0].transactionId;
    },
    async level(holderId: number): Promise<unknown> {
      const res = await api.get(`/programs/${programId}/holders/${holderId}/balance`);
      expect(res.status).toBe(200);
      return res.body.level;
    },
    /** Queues a run, waits for it, closes its periods (if open) and publishes it; the run id. */
    async publish(body: { regionId: number; period: string; subject?: string }, periods: string[]): Promise<string> {
      const queued = await api.post('/rankings/runs', { programId, ...body });
      expect(queued.status).toBe(202);
      const id = queued.body.id as string;
      await eventually(async () => ((await api.get(`/rankings/runs/${id}`)).body.status === 'completed' ? true : undefined));
      for (const period of periods) {
        const closed = await api.post(`/programs/${programId}/periods/${period}/close`);
        expect([201, 409]).toContain(closed.status);
      }
      expect((await api.post(`/rankings/runs/${id}/publish`)).status).toBe(200);
      return id;
    },
  };
}

async function board(t: TestApp, regionId: number, period: string): Promise<BoardRanking[]> {
  const res = await t.http().get(`${API}/public/boards/${regionId}?period=${period}`);
  expect(res.status).toBe(200);
  return res.body.rankings as BoardRanking[];
}

const names = (list: PublicEntry[] | null) => list?.map((e) => [e.rank, e.name, e.score, e.level]) ?? null;

describe('levels and honours', () => {
  const t = useTestApp();

  describe('levels on the balance and the door page', () => {
    it('reaches a level exactly at its threshold, drops it with a reversal, and counts the period or the year', async () => {
      const { county, villageA } = await seedTree(t);
      const api = county.api();
      const program = await createProgram(t, county.token, county.countyId);
      const l = ledger(t, api, program.id, county.token);
      const day = today();
      const quarter = periodKey(day, 'quarter');
      const year = day.slice(0, 4);
      // A day of this year in another quarter (the tests run after the first quarter), and one of last year.
      const earlier = `${year}-01-10`;
      expect(periodKey(earlier, 'quarter')).not.toBe(quarter);
      const lastYear = `${Number(year) - 1}-12-20`;

      const [h19, h20, h39, h40, hYear] = [
        await createHousehold(t, county.token, villageA),
        await createHousehold(t, county.token, villageA),
        await createHousehold(t, county.token, villageA),
        await createHousehold(t, county.token, villageA),
        await createHousehold(t, county.token, villageA),
      ];
      await l.give(h19.id, 19, day);
      await l.give(h20.id, 20, day);
      await l.give(h39.id, 39, day);
      await l.give(h40.id, 30, day);
      const ten = await l.give(h40.id, 10, day);
      await l.give(hYear.id, 20, day);
      await l.give(hYear.id, 25, earlier);
      await l.give(hYear.id, 50, lastYear);

      // No levels yet: none.
      expect(await l.level(h40.id)).toBeNull();
      const patched = await api.patch(`/programs/${program.id}`, { levels: LEVELS, levelPeriod: 'period' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ levels: LEVELS, levelPeriod: 'period', redList: false, blackList: false, listSize: 10 });

      const level = (
        name: string,
        minPoints: number,
        earned: number,
        period: string,
        next: { name: string; minPoints: number } | null,
      ) => ({ name, minPoints, earned, period, next });
      expect(await l.level(h19.id)).toBeNull();
      expect(await l.level(h20.id)).toEqual(level('一星', 20, 20, quarter, LEVELS[1]));
      expect(await l.level(h39.id)).toEqual(level('一星', 20, 39, quarter, LEVELS[1]));
      expect(await l.level(h40.id)).toEqual(level('二星', 40, 40, quarter, LEVELS[2]));
      // By the period, last quarter's and last year's points do not count.
      expect(await l.level(hYear.id)).toEqual(level('一星', 20, 20, quarter, LEVELS[1]));

      // The door page shows the same level.
      const door = await t.http().get(`${API}/public/households/${h40.cardCode}`);
      expect(door.status).toBe(200);
      expect(door.body.programs[0].level).toEqual(level('二星', 40, 40, quarter, LEVELS[2]));

      // A reversal of 10 takes the household back below 40.
      expect((await api.post(`/transactions/${ten}/reversal`, { reason: '登记错误' })).status).toBe(201);
      expect(await l.level(h40.id)).toEqual(level('一星', 20, 30, quarter, LEVELS[1]));
      expect((await t.http().get(`${API}/public/households/${h40.cardCode}`)).body.programs[0].level).toEqual(
        level('一星', 20, 30, quarter, LEVELS[1]),
      );

      // By the year: this year's quarters count (20 + 25), last year's 50 do not.
      expect((await api.patch(`/programs/${program.id}`, { levelPeriod: 'year' })).status).toBe(200);
      expect(await l.level(hYear.id)).toEqual(level('二星', 40, 45, year, LEVELS[2]));
      expect(await l.level(h19.id)).toBeNull();
      // The top level has no next one; a household never touched has none.
      await l.give(hYear.id, 15, day);
      expect(await l.level(hYear.id)).toEqual(level('三星', 60, 60, year, null));
      const untouched = await createHousehold(t, county.token, villageA);
      expect(await l.level(untouched.id)).toBeNull();
      expect((await t.http().get(`${API}/public/households/${untouched.cardCode}`)).body.programs[0].level).toBeNull();

      // Levels removed: none again.
      expect((await api.patch(`/programs/${program.id}`, { levels: [] })).status).toBe(200);
      expect(await l.level(hYear.id)).toBeNull();
    });

    it('refuses bad levels with 400 VALIDATION_FAILED and changes nothing', async () => {
      const { county } = await seedTree(t);
      const api = county.api();
      const program = await createProgram(t, county.token, county.countyId);
      expect((await api.patch(`/programs/${program.id}`, { levels: LEVELS })).status).toBe(200);
      const before = (await api.get(`/programs/${program.id}`)).body;
      const bad: [string, object][] = [
        [
          'thresholds not increasing',
          {
            levels: [
              { name: '一星', minPoints: 40 },
              { name: '二星', minPoints: 20 },
            ],
          },
        ],
        [
          'equal thresholds',
          {
            levels: [
              { name: '一星', minPoints: 20 },
              { name: '二星', minPoints: 20 },
            ],
          },
        ],
        [
          'the same name twice',
          {
            levels: [
              { name: '一星', minPoints: 20 },
              { name: '一星', minPoints: 40 },
            ],
          },
        ],
        ['an empty name', { levels: [{ name: '', minPoints: 20 }] }],
        ['a name of 21 characters', { levels: [{ name: '星'.repeat(21), minPoints: 20 }] }],
        ['a threshold of 0', { levels: [{ name: '一星', minPoints: 0 }] }],
        ['a fractional threshold', { levels: [{ name: '一星', minPoints: 20.5 }] }],
        ['eleven levels', { levels: Array.from({ length: 11 }, (_, i) => ({ name: `L${i}`, minPoints: (i + 1) * 10 })) }],
        ['levels not a list', { levels: { name: '一星', minPoints: 20 } }],
        ['an unknown level period', { levelPeriod: 'week' }],
        ['a list size of 0', { listSize: 0 }],
        ['a red list of "yes"', { redList: 'yes' }],
      ];
      for (const [why, body] of bad) {
        const res = await api.patch(`/programs/${program.id}`, body);
        expect([why, res.status, res.body.error?.code]).toEqual([why, 400, 'VALIDATION_FAILED']);
        expect(res.body.error.details.fields.map((f: { field: string }) => f.field.split('.')[0])).toContain(Object.keys(body)[0]);
      }
      expect((await api.get(`/programs/${program.id}`)).body).toEqual(before);
      expect(before).toMatchObject({ levels: LEVELS, levelPeriod: 'year', listSize: 10 });
    });
  });

  describe('the board', () => {
    it('counts households per level, marks levels on the lists, and shows red and black lists when switched on', async () => {
      const { county, villageA } = await seedTree(t);
      const api = county.api();
      const program = await createProgram(t, county.token, county.countyId);
      const l = ledger(t, api, program.id, county.token);
      expect((await api.patch(`/programs/${program.id}`, { levels: LEVELS.slice(0, 2), levelPeriod: 'period' })).status).toBe(200);
      const home = (headName: string) => createHousehold(t, county.token, villageA, { headName });
      const [wang, li, zhao, sun, zhou, wu, zheng] = [
        await home('王大明'),
        await home('李二'),
        await home('赵小三'),
        await home('孙四'),
        await home('周五'),
        await home('吴六'),
        await home('郑七'),
      ];
      await l.give(wang.id, 45, '2026-08-10');
      await l.give(li.id, 40, '2026-08-10');
      await l.give(zhao.id, 20, '2026-08-10');
      await l.give(sun.id, 19, '2026-08-10');
      await l.give(zhou.id, 10, '2026-08-10');
      await l.give(zhou.id, -15, '2026-08-11');
      await l.give(wu.id, -6, '2026-08-11');
      await l.give(zheng.id, -15, '2026-08-12');
      const runId = await l.publish({ regionId: county.countyId, period: '2026-Q3' }, ['2026-Q3']);
      expect((await api.get(`/rankings/runs/${runId}`)).body).toMatchObject({ subject: 'household', levels: LEVELS.slice(0, 2) });

      const [ranking] = await board(t, county.countyId, '2026-Q3');
      expect(ranking).toMatchObject({ runId, subject: 'household', title: 'champion', levels: LEVELS.slice(0, 2) });
      expect(ranking.entries.map((e) => [e.name, e.score, e.level])).toEqual([
        ['王*明', 45, '二星'],
        ['李*', 40, '二星'],
        ['赵*三', 20, '一星'],
        ['孙*', 19, null],
        ['周*', -5, null],
        ['吴*', -6, null],
        ['郑*', -15, null],
      ]);
      const [village] = ranking.honours;
      expect(village.levelCounts).toEqual([
        { name: '一星', minPoints: 20, households: 1 },
        { name: '二星', minPoints: 40, households: 2 },
      ]);
      expect(names(village.champions)).toEqual([[1, '王*明', 45, '二星']]);
      // Off by default.
      expect([village.redList, village.blackList, village.deductions]).toEqual([null, null, null]);

      // Switched on with two on a list: ties at the cut-off stay on the black list.
      expect((await api.patch(`/programs/${program.id}`, { redList: true, blackList: true, listSize: 2 })).status).toBe(200);
      const [on] = (await board(t, county.countyId, '2026-Q3'))[0].honours;
      expect(names(on.redList)).toEqual([
        [1, '王*明', 45, '二星'],
        [2, '李*', 40, '二星'],
      ]);
      expect(on.blackList?.map((e) => [e.rank, e.name, e.components.deductions])).toEqual([
        [1, '周*', -15],
        [1, '郑*', -15],
      ]);
      expect(JSON.stringify(on)).not.toMatch(/王大明|郑七/);
      expect((await api.patch(`/programs/${program.id}`, { listSize: 3 })).status).toBe(200);
      expect((await board(t, county.countyId, '2026-Q3'))[0].honours[0].blackList?.map((e) => [e.rank, e.name])).toEqual([
        [1, '周*'],
        [1, '郑*'],
        [3, '吴*'],
      ]);

      // A published run keeps the levels it was made with; only the red list is switched off.
      expect((await api.patch(`/programs/${program.id}`, { levels: [{ name: '文明户', minPoints: 1 }], redList: false })).status).toBe(200);
      const [after] = (await board(t, county.countyId, '2026-Q3'))[0].honours;
      expect(after.levelCounts?.map((c) => [c.name, c.households])).toEqual([
        ['一星', 1],
        ['二星', 2],
      ]);
      expect(after.redList).toBeNull();
      expect(after.blackList).toHaveLength(3);
    });
  });

  describe('member honours (最美居民) and yearly household honours (最美家庭)', () => {
    it("ranks members by the entries naming them, ties sharing a rank, masked on the public board beside the year's families", async () => {
      const { county, villageA, villageB } = await seedTree(t);
      const api = county.api();
      const program = await createProgram(t, county.token, county.countyId);
      const l = ledger(t, api, program.id, county.token);
      const family = await createHousehold(t, county.token, villageA, {
        headName: '扎西多吉',
        members: [
          { name: '扎西多吉', relation: '户主' },
          { name: '卓玛', relation: '配偶' },
          { name: '次仁', relation: '子' },
        ],
      });
      const neighbour = await createHousehold(t, county.token, villageA, {
        headName: '格桑',
        members: [
          { name: '格桑', relation: '户主' },
          { name: '央金', relation: '女' },
        ],
      });
      const other = await createHousehold(t, county.token, villageB, { headName: '王芳', members: [{ name: '王芳', relation: '户主' }] });
      const memberOf = async (householdId: number, name: string) =>
        ((await api.get(`/households/${householdId}`)).body.members as { id: number; name: string }[]).find((m) => m.name === name)!.id;
      const [tashi, drolma, tsering, kelsang, yangchen, wangfang] = [
        await memberOf(family.id, '扎西多吉'),
        await memberOf(family.id, '卓玛'),
        await memberOf(family.id, '次仁'),
        await memberOf(neighbour.id, '格桑'),
        await memberOf(neighbour.id, '央金'),
        await memberOf(other.id, '王芳'),
      ];
      // 2025: 卓玛 30 (20 + 10 in two quarters), 央金 30 (40, of which 10 reversed), 次仁 10 − 5 = 5, 王芳 8;
      // 扎西多吉 and 格桑 are named by no entry. The households also get 12 points naming nobody.
      await l.give(family.id, 20, '2025-03-10', drolma);
      await l.give(family.id, 10, '2025-11-10', drolma);
      await l.give(neighbour.id, 30, '2025-05-10', yangchen);
      const reversed = await l.give(neighbour.id, 10, '2025-06-10', yangchen);
      expect((await api.post(`/transactions/${reversed}/reversal`, { reason: '登记错误' })).status).toBe(201);
      await l.give(family.id, 10, '2025-07-10', tsering);
      await l.give(family.id, -5, '2025-08-10', tsering);
      await l.give(other.id, 8, '2025-09-10', wangfang);
      await l.give(family.id, 12, '2025-10-10');
      await l.give(neighbour.id, 12, '2025-10-10');

      const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
      const members = await l.publish({ regionId: county.countyId, period: '2025', subject: 'member' }, quarters);
      const families = await l.publish({ regionId: county.countyId, period: '2025' }, quarters);
      expect((await api.get(`/rankings/runs/${members}`)).body).toMatchObject({
        subject: 'member',
        period: '2025',
        entryCount: 4,
        levels: null,
      });
      expect((await api.get(`/rankings/runs?programId=${program.id}&subject=member`)).body.map((r: { id: string }) => r.id)).toEqual([
        members,
      ]);

      const entries = (await api.get(`/rankings/runs/${members}/entries`)).body as {
        holderId: number;
        rank: number;
        groupRank: number;
        score: number;
        holderName: string;
        householdId: number;
        components: object;
      }[];
      expect(entries.map((e) => [e.holderId, e.holderName, e.householdId, e.rank, e.groupRank, e.score])).toEqual([
        [drolma, '卓玛', family.id, 1, 1, 30],
        [yangchen, '央金', neighbour.id, 1, 1, 30],
        [wangfang, '王芳', other.id, 3, 1, 8],
        [tsering, '次仁', family.id, 4, 3, 5],
      ]);
      expect(entries[1].components).toEqual({ points: 30, awards: 30, deductions: 0, reversals: -10 });
      expect(entries[3].components).toEqual({ points: 5, awards: 10, deductions: -5, reversals: 0 });
      expect(entries.map((e) => e.holderId)).not.toContain(tashi);
      expect(entries.map((e) => e.holderId)).not.toContain(kelsang);

      // The household run of the year: the members' points and the 12 naming nobody.
      const households = (await api.get(`/rankings/runs/${families}/entries`)).body as { holderId: number; rank: number; score: number }[];
      expect(households.map((e) => [e.holderId, e.rank, e.score])).toEqual([
        [family.id, 1, 47],
        [neighbour.id, 2, 42],
        [other.id, 3, 8],
      ]);

      const rankings = await board(t, county.countyId, '2025');
      expect(rankings.map((r) => [r.runId, r.subject, r.title])).toEqual(
        expect.arrayContaining([
          [members, 'member', 'model_resident'],
          [families, 'household', 'model_family'],
        ]),
      );
      expect(rankings).toHaveLength(2);
      const resident = rankings.find((r) => r.subject === 'member')!;
      expect(resident.entries.map((e) => [e.rank, e.name, e.score])).toEqual([
        [1, '卓*', 30],
        [1, '央*', 30],
        [3, '王*', 8],
        [4, '次*', 5],
      ]);
      const a = resident.honours.find((h) => h.villageId === villageA)!;
      expect(names(a.champions)).toEqual([
        [1, '卓*', 30, null],
        [1, '央*', 30, null],
      ]);
      expect(names(a.honourList)).toEqual([
        [1, '卓*', 30, null],
        [1, '央*', 30, null],
        [3, '次*', 5, null],
      ]);
      expect([a.redList, a.blackList, a.deductions, a.levelCounts]).toEqual([null, null, null, null]);
      expect(JSON.stringify(resident)).not.toMatch(/卓玛|央金|次仁|王芳/);
      const family2025 = rankings.find((r) => r.subject === 'household')!;
      expect(names(family2025.honours.find((h) => h.villageId === villageA)!.champions)).toEqual([[1, '扎**吉', 47, null]]);

      // The door page: the household's own honour (最美家庭), then its members' (最美居民), found by household
      // (not by a member id that happens to equal the household's), names masked.
      const door = await t.http().get(`${API}/public/households/${family.cardCode}`);
      type Honour = { period: string; kind: string; title: string; rank: number; memberName: string | null };
      expect(door.body.honours.map((h: Honour) => [h.period, h.kind, h.title, h.rank, h.memberName])).toEqual([
        ['2025', 'champion', 'model_family', 1, null],
        ['2025', 'champion', 'model_resident', 1, '卓*'],
        ['2025', 'honour_list', 'model_resident', 3, '次*'],
      ]);
    });

    it('ranks members only in household programs', async () => {
      const { county } = await seedTree(t);
      const villages = await createProgram(t, county.token, county.countyId, { holderType: 'village', basePoints: 0, pointValueFen: 0 });
      const res = await county
        .api()
        .post('/rankings/runs', { programId: villages.id, regionId: county.countyId, period: '2026-Q3', subject: 'member' });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details.fields[0].field).toBe('subject');
      expectError(
        await county
          .api()
          .post('/rankings/runs', { programId: villages.id, regionId: county.countyId, period: '2026-Q3', subject: 'family' }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
});
