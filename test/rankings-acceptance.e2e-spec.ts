import { createHousehold, createProgram, createRule, eventually, seedCounty, uniqueCode, type Client } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

describe('rankings acceptance', () => {
  const t = useTestApp();
  let token: string, countyId: number, api: () => Client;
  beforeAll(async () => {
    ({ token, countyId, api } = await seedCounty(t));
  });

  /** Awards each village its score with rules of +10 and +1, in few batch requests. */
  async function score(programId: number, villages: number[], scores: number[], occurredOn: string) {
    const ten = await createRule(t, token, programId, { code: uniqueCode('TEN'), points: 10 });
    const one = await createRule(t, token, programId, { code: uniqueCode('ONE'), points: 1 });
    for (let k = 1; k <= Math.max(...scores.map((s) => Math.floor(s / 10))); k++) {
      const ids = villages.filter((_, i) => Math.floor(scores[i] / 10) >= k);
      expect((await api().post(`/programs/${programId}/awards`, { ruleId: ten.id, holderIds: ids, occurredOn })).status).toBe(201);
    }
    for (let k = 1; k <= 9; k++) {
      const ids = villages.filter((_, i) => scores[i] % 10 >= k);
      if (ids.length > 0)
        expect((await api().post(`/programs/${programId}/awards`, { ruleId: one.id, holderIds: ids, occurredOn })).status).toBe(201);
    }
  }

  async function runAndPublish(programId: number, period: string) {
    const queued = await api().post('/rankings/runs', { programId, regionId: countyId, period });
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe('queued');
    const done = await eventually(async () => {
      const r = await api().get(`/rankings/runs/${queued.body.id}`);
      return r.body.status === 'completed' ? r.body : undefined;
    });
    expect(done).toMatchObject({ progress: 100, entryCount: 120 });
    const board = await t.http().get(`/api/v1/public/boards/${countyId}?period=${period}`);
    expect(board.body.rankings).toEqual([]);
    expect((await api().post(`/programs/${programId}/periods/${period}/close`)).status).toBe(201);
    const published = await api().post(`/rankings/runs/${queued.body.id}/publish`);
    expect(published.status).toBe(200);
    return queued.body.id as string;
  }

  it('allocates 10,000,000 yuan to the top 100 of 120 villages with 3 tied at 100, warns the bottom 20 and escalates repeaters', async () => {
    const program = await createProgram(t, token, countyId, {
      holderType: 'village',
      basePoints: 0,
      pointValueFen: 0,
      code: uniqueCode('vill-'),
    });
    const township = (await api().post('/regions', { code: uniqueCode('TS'), name: '乡', level: 'township', parentId: countyId })).body
      .id as number;
    const villages: number[] = [];
    for (let i = 0; i < 120; i++)
      villages.push(
        (await api().post('/regions', { code: uniqueCode('VL'), name: `村${i}`, level: 'village', parentId: township })).body.id,
      );
    // Q2: scores 219…101 descending, village 119 lowest.
    const q2 = villages.map((_, i) => 220 - i);
    await score(program.id, villages, q2, '2026-05-10');
    const q2Run = await runAndPublish(program.id, '2026-Q2');
    // Q3: 99 distinct scores, then three tied at 100th, then 18 lower; the last 20 are the same villages as in Q2.
    const q3 = [...Array.from({ length: 99 }, (_, i) => 300 - i), 150, 150, 150, ...Array.from({ length: 18 }, (_, i) => 120 - i)];
    await score(program.id, villages, q3, '2026-08-10');
    const q3Run = await runAndPublish(program.id, '2026-Q3');

    const entries = (await api().get(`/rankings/runs/${q3Run}/entries?limit=200`)).body as {
      holderId: number;
      rank: number;
      score: number;
    }[];
    expect(entries.filter((e) => e.rank === 100).map((e) => e.score)).toEqual([150, 150, 150]);
    expect(entries[0]).toMatchObject({ rank: 1, score: 300, holderId: villages[0] });

    const plan = await api().post('/allocation-plans', { runId: q3Run, budgetFen: 1_000_000_000, topN: 100, method: 'equal', bottomN: 20 });
    expect(plan.status).toBe(201);
    expect(plan.body.allocations).toHaveLength(102);
    expect(plan.body.allocations.reduce((a: number, x: { amountFen: number }) => a + x.amountFen, 0)).toBe(1_000_000_000);
    expect(plan.body.warnings).toHaveLength(20);
    expect(new Set(plan.body.warnings.map((w: { holderId: number }) => w.holderId))).toEqual(new Set(villages.slice(100)));
    expect(plan.body.escalations.map((w: { holderId: number }) => w.holderId).sort()).toEqual(villages.slice(100).sort());
    expect(plan.body.escalations[0].previousRunId).toBe(q2Run);

    const board = await t.http().get(`/api/v1/public/boards/${countyId}?period=2026-Q3`);
    expect(board.status).toBe(200);
    expect(board.body.rankings).toHaveLength(1);
    expect(board.body.rankings[0]).toMatchObject({ runId: q3Run, period: '2026-Q3' });
    expect(board.body.rankings[0].entries[0]).toMatchObject({ rank: 1, score: 300 });

    const csv = await api().get(`/allocation-plans/${plan.body.id}/export.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const xlsx = await api().get(`/rankings/runs/${q3Run}/export.xlsx`).buffer(true);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('counts corrected mistakes as corrected: a reversed deduction lists no one, a reversed award is no participation', async () => {
    const households = await createProgram(t, token, countyId, { code: uniqueCode('hh-') });
    const villages = await createProgram(t, token, countyId, {
      holderType: 'village',
      basePoints: 0,
      pointValueFen: 0,
      code: uniqueCode('vl-'),
    });
    expect((await api().patch(`/programs/${households.id}`, { publishDeductions: true })).status).toBe(200);
    expect((await api().patch(`/programs/${villages.id}`, { participationProgramId: households.id, participationWeight: 20 })).status).toBe(
      200,
    );
    const township = (await api().post('/regions', { code: uniqueCode('TS'), name: '乡', level: 'township', parentId: countyId })).body
      .id as number;
    const village = (await api().post('/regions', { code: uniqueCode('VL'), name: '村', level: 'village', parentId: township })).body
      .id as number;
    const a = await createHousehold(t, token, village, { headName: '张三' });
    const b = await createHousehold(t, token, village, { headName: '李四' });
    const award = await createRule(t, token, households.id, { points: 5 });
    const penalty = await createRule(t, token, households.id, { points: -3 });
    const awarded = await api().post(`/programs/${households.id}/awards`, {
      ruleId: award.id,
      holderIds: [a.id, b.id],
      occurredOn: '2026-04-10',
    });
    const deducted = await api().post(`/programs/${households.id}/deductions`, {
      ruleId: penalty.id,
      holderIds: [a.id],
      occurredOn: '2026-04-11',
      reason: '误扣',
    });
    const bAward = awarded.body.results.find((r: { holderId: number }) => r.holderId === b.id).transactionId as string;
    expect((await api().post(`/transactions/${bAward}/reversal`, { reason: '录错户' })).status).toBe(201);
    expect((await api().post(`/transactions/${deducted.body.results[0].transactionId}/reversal`, { reason: '误扣' })).status).toBe(201);
    for (const program of [households.id, villages.id])
      expect((await api().post(`/programs/${program}/periods/2026-Q2/close`)).status).toBe(201);

    const run = async (programId: number, regionId: number) => {
      const queued = await api().post('/rankings/runs', { programId, regionId, period: '2026-Q2' });
      return eventually(async () => {
        const r = await api().get(`/rankings/runs/${queued.body.id}`);
        return r.body.status === 'completed' ? (r.body.id as string) : undefined;
      });
    };
    const householdRun = await run(households.id, village);
    const entries = (await api().get(`/rankings/runs/${householdRun}/entries`)).body as { holderId: number; components: object }[];
    expect(entries.find((e) => e.holderId === a.id)!.components).toEqual({ points: 5, awards: 5, deductions: 0, reversals: 3 });
    expect(entries.find((e) => e.holderId === b.id)!.components).toEqual({ points: 0, awards: 0, deductions: 0, reversals: -5 });
    const honours = await api().get(`/rankings/runs/${householdRun}/honours?villageId=${village}`);
    expect(honours.body.deductions).toEqual([]);
    expect(honours.body.champions).toEqual([
      { rank: 1, name: '张*', code: '', score: 5, components: { points: 5, awards: 5, deductions: 0, reversals: 3 }, level: null },
    ]);

    const villageRun = await run(villages.id, township);
    const [entry] = (await api().get(`/rankings/runs/${villageRun}/entries`)).body as { components: { participation: object } }[];
    expect(entry.components.participation).toEqual({ households: 2, awarded: 1, weight: 20, points: 10 });
  });
});
