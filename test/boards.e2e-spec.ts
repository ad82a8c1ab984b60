import { createHousehold, createProgram, eventually, seedTree, type Client } from './support/fixtures.js';
import { givePoints } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/** The public board without a period: the latest published period is the one that ended last, whatever its kind. */
describe('public board: the latest period', () => {
  const t = useTestApp();

  /** Queues the county's run of the period, waits for it, closes the period and publishes the run. */
  async function publishRun(api: Client, programId: number, regionId: number, period: string): Promise<string> {
    const queued = await api.post('/rankings/runs', { programId, regionId, period });
    expect(queued.status).toBe(202);
    const id = queued.body.id as string;
    await eventually(async () => ((await api.get(`/rankings/runs/${id}`)).body.status === 'completed' ? true : undefined));
    expect((await api.post(`/programs/${programId}/periods/${period}/close`)).status).toBe(201);
    expect((await api.post(`/rankings/runs/${id}/publish`)).status).toBe(200);
    return id;
  }

  it('shows November of a monthly program before Q3 of a quarterly one', async () => {
    const { county, villageA } = await seedTree(t);
    const api = county.api();
    const monthly = await createProgram(t, county.token, county.countyId, { periodKind: 'month' });
    const quarterly = await createProgram(t, county.token, county.countyId, { periodKind: 'quarter' });
    const household = await createHousehold(t, county.token, villageA);
    await givePoints(t, county.token, monthly.id, [household.id], 5, '2026-11-10');
    await givePoints(t, county.token, quarterly.id, [household.id], 7, '2026-08-10');
    // Published in this order, the quarter last: neither the order nor the period's text decides.
    const november = await publishRun(api, monthly.id, county.countyId, '2026-11');
    const q3 = await publishRun(api, quarterly.id, county.countyId, '2026-Q3');

    const [{ name: regionName }] = (await t.db.query(`SELECT name FROM regions WHERE id = $1`, [villageA])) as { name: string }[];
    const board = await t.http().get(`/api/v1/public/boards/${county.countyId}`);
    expect(board.status).toBe(200);
    expect(board.body.period).toBe('2026-11');
    expect(
      board.body.rankings.map((r: { runId: string; period: string; program: { id: number } }) => [r.runId, r.period, r.program.id]),
    ).toEqual([[november, '2026-11', monthly.id]]);
    expect(board.body.rankings[0].entries.map((e: { score: number }) => e.score)).toEqual([5]);
    // The picker's periods: every published one, the latest by its last day first.
    expect(board.body.periods).toEqual(['2026-11', '2026-Q3']);
    expect(board.body.rankings[0].honours.map((h: { villageId: number; villageName: string }) => [h.villageId, h.villageName])).toEqual([
      [villageA, `${regionName}`],
    ]);

    // The quarter is still there when asked for.
    const quarter = await t.http().get(`/api/v1/public/boards/${county.countyId}?period=2026-Q3`);
    expect(quarter.body.period).toBe('2026-Q3');
    expect(quarter.body.periods).toEqual(['2026-11', '2026-Q3']);
    expect(quarter.body.rankings.map((r: { runId: string }) => r.runId)).toEqual([q3]);
    expect(quarter.body.rankings[0].entries.map((e: { score: number }) => e.score)).toEqual([7]);
  });
});
