import { Clock } from '../src/common/clock.js';
import { ConfirmNotices } from '../src/publicity/confirm-notices.job.js';
import { API, as, createHousehold, createProgram, createRule, createUser, seedTree, today, type CountyTree } from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * 达到最高分值后不再累加: an entry its rule's cap cuts to nothing neither posts nor goes on notice,
 * and everyone sees why; a partly capped entry shows what was asked, what was granted and the cap,
 * on the claim, the notice, the board and the statement; a resident learns before filing that the
 * cap is used up.
 */

const DAY = 86_400_000;

async function residentToken(t: TestApp, clerk: string, household: { id: number; cardCode: string }): Promise<string> {
  const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
  return (
    await t
      .http()
      .post(`${API}/auth/resident-login`)
      .send({ cardCode: household.cardCode, pin: pin.body.pin as string })
  ).body.accessToken as string;
}

describe('capped entries', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: string;
  let reviewer: string;

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    reviewer = (await createUser(t, tree.county.token, 'reviewer', tree.villageA)).token;
  });

  it('claims: 5, then 3 of the 8 a quarter allows, then nothing: the last is approved with 0 granted, on no notice, and posts nothing', async () => {
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    expect((await tree.county.api().patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const rule = (await createRule(t, tree.county.token, program, { name: '清扫公共区域', points: 5, cap: { points: 8, per: 'quarter' } }))
      .id;
    const home = await createHousehold(t, clerk, tree.villageA);
    const resident = await residentToken(t, clerk, home);
    const capUsage = async () =>
      (await as(t, { token: resident }).get(`/programs/${program}/holders/${home.id}/caps/${rule}?occurredOn=${today()}`)).body;

    const file = async () =>
      (await as(t, { token: resident }).post('/claims', { programId: program, ruleId: rule, occurredOn: today(), memo: '清扫村口' })).body
        .id as string;
    const approve = async (id: string) => (await as(t, { token: reviewer }).post(`/claims/${id}/approve`, {})).body;
    expect(await capUsage()).toMatchObject({ points: 5, capPoints: 8, capPer: 'quarter', used: 0, remaining: 8, wouldGrant: 5 });
    const first = await approve(await file());
    expect(first).toMatchObject({ status: 'approved', points: 5, grantedPoints: 5, capPoints: 8, capPer: 'quarter' });
    expect(await capUsage()).toMatchObject({ used: 5, remaining: 3, wouldGrant: 3 });
    const second = await approve(await file());
    expect(second).toMatchObject({ status: 'approved', points: 5, grantedPoints: 3, noticeId: expect.any(String) });
    // Before filing a third, the resident's page can tell the cap is used up.
    expect(await capUsage()).toMatchObject({ used: 8, remaining: 0, wouldGrant: 0 });
    const third = await approve(await file());
    expect(third).toMatchObject({ status: 'approved', points: 5, grantedPoints: 0, noticeId: null, transactionId: null });
    const history = (await as(t, { token: resident }).get(`/claims/${third.id as string}`)).body.history as {
      event: string;
      details: Record<string, unknown>;
    }[];
    expect(history.find((e) => e.event === 'approved')?.details).toMatchObject({
      noticeId: null,
      points: 0,
      requestedPoints: 5,
      cap: { points: 8 },
    });

    // The board: the full one and the partly capped one, with what was asked and the cap; nothing for the third.
    const board = (await t.http().get(`${API}/public/notices/${tree.villageA}`)).body as {
      id: string;
      points: number;
      requestedPoints: number;
      cap: unknown;
    }[];
    const ours = board.filter((n) => [first.noticeId, second.noticeId].includes(n.id));
    expect(ours.map((n) => [n.points, n.requestedPoints, n.cap])).toEqual([
      [5, 5, { points: 8, per: 'quarter' }],
      [3, 5, { points: 8, per: 'quarter' }],
    ]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM notices WHERE holder_id = $1 AND program_id = $2`, [home.id, program])).toEqual(
      [{ n: 2 }],
    );

    // At the deadline: two entries post, 5 and 3; no 0-point transaction for the third.
    t.app.get(Clock).advance(8 * DAY);
    await t.app.get(ConfirmNotices).run();
    const lines = (await as(t, { token: resident }).get(`/programs/${program}/holders/${home.id}/statement`)).body.items as {
      type: string;
      points: number;
      requestedPoints: number | null;
      capped: boolean;
      capPoints: number | null;
    }[];
    expect(lines.filter((l) => l.type === 'award').map((l) => [l.points, l.requestedPoints, l.capped, l.capPoints])).toEqual([
      [3, 5, true, 8],
      [5, 5, false, 8],
    ]);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM transactions WHERE holder_id = $1 AND program_id = $2 AND points = 0`, [
        home.id,
        program,
      ]),
    ).toEqual([{ n: 0 }]);
  });

  it('staff awards: a holder whose cap is used up is answered `capped` and gets no transaction; the others post', async () => {
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const rule = (await createRule(t, tree.county.token, program, { name: '义务巡逻', points: 10, cap: { points: 10, per: 'month' } })).id;
    const [done, fresh] = [await createHousehold(t, clerk, tree.villageA), await createHousehold(t, clerk, tree.villageA)];
    const award = (holderIds: number[]) =>
      as(t, { token: clerk }).post(`/programs/${program}/awards`, { ruleId: rule, holderIds, occurredOn: today() });
    expect((await award([done.id])).status).toBe(201);
    const res = await award([done.id, fresh.id]);
    expect(res.status).toBe(201);
    expect(
      res.body.results.map((r: Record<string, unknown>) => [
        r.holderId,
        r.status,
        r.points,
        r.requestedPoints,
        r.capped,
        r.transactionId === null,
      ]),
    ).toEqual([
      [done.id, 'capped', 0, 10, true, true],
      [fresh.id, 'posted', 10, 10, false, false],
    ]);
    const statement = (await as(t, { token: clerk }).get(`/programs/${program}/holders/${done.id}/statement`)).body.items as {
      type: string;
      points: number;
    }[];
    expect(statement.map((l) => [l.type, l.points])).toEqual([
      ['award', 10],
      ['opening', 100],
    ]);
  });
});
