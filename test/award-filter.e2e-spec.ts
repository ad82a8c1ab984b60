import {
  as,
  countRows,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  createUser,
  expectError,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * 记分 "all that match": a clerk picks households by a filter (a grid, a search) instead of one by
 * one; the page shows how many the filter matches (the household list's total), and the award
 * names the filter and that count. The server awards exactly the households the list counted, and
 * refuses when the filter matches another number by then, so the clerk never touches households
 * they did not confirm.
 */
describe('awards to every household matching a filter', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: string;
  let program: number;
  let rule: number;
  let gridA: number;
  let gridB: number;
  const inGridA: number[] = [];

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    gridA = await createRegion(t, tree.county.token, 'grid', tree.villageA);
    gridB = await createRegion(t, tree.county.token, 'grid', tree.villageA);
    for (let i = 0; i < 7; i++) inGridA.push((await createHousehold(t, clerk, tree.villageA, { gridId: gridA })).id);
    for (let i = 0; i < 3; i++) await createHousehold(t, clerk, tree.villageA, { gridId: gridB });
    await createHousehold(t, tree.county.token, tree.villageB);
    program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    rule = (await createRule(t, tree.county.token, program, { name: '参加义务巡逻', points: 4 })).id;
  });

  it('lists and counts by grid, then awards exactly those households when the count still holds', async () => {
    const api = as(t, { token: clerk });
    const page = await api.get(`/households?gridId=${gridA}&limit=5`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(7);
    expect(page.body.items).toHaveLength(5);
    expect(new Set((page.body.items as { gridId: number }[]).map((h) => h.gridId))).toEqual(new Set([gridA]));

    const body = { ruleId: rule, holderFilter: { gridId: gridA }, expectedCount: 7, occurredOn: today(), memo: '网格巡逻' };
    const res = await api.post(`/programs/${program}/awards`, body).set('Idempotency-Key', 'grid-a-patrol-1');
    expect(res.status).toBe(201);
    const awarded = (res.body.results as { holderId: number; status: string; points: number }[])
      .map((r) => r.holderId)
      .sort((a, b) => a - b);
    expect(awarded).toEqual([...inGridA].sort((a, b) => a - b));
    expect((res.body.results as { status: string; points: number }[]).every((r) => r.status === 'posted' && r.points === 4)).toBe(true);

    // A retry answers the same and posts nothing more.
    const again = await api.post(`/programs/${program}/awards`, body).set('Idempotency-Key', 'grid-a-patrol-1');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await countRows(t, `transactions WHERE program_id = $1 AND type = 'award'`, [program])).toBe(7);
  });

  it('refuses when the filter now matches another number than the clerk confirmed, and posts nothing', async () => {
    const api = as(t, { token: clerk });
    const before = await countRows(t, `transactions WHERE program_id = $1`, [program]);
    // One more household joined grid B after the clerk counted 3.
    await createHousehold(t, clerk, tree.villageA, { gridId: gridB });
    const res = await api.post(`/programs/${program}/awards`, {
      ruleId: rule,
      holderFilter: { gridId: gridB },
      expectedCount: 3,
      occurredOn: today(),
    });
    expectError(res, 409, 'FILTER_COUNT_CHANGED', { expected: 3, actual: 4 });
    expect(await countRows(t, `transactions WHERE program_id = $1`, [program])).toBe(before);
  });

  it('a village filter reaches only the village and the caller’s region; a search filters too', async () => {
    const api = as(t, { token: clerk });
    // The clerk of village A asking for village B's households: out of reach.
    const other = await api.post(`/programs/${program}/awards`, {
      ruleId: rule,
      holderFilter: { villageId: tree.villageB },
      expectedCount: 1,
      occurredOn: today(),
    });
    expectError(other, 403, 'OUT_OF_SCOPE');
    const count = (await api.get(`/households?villageId=${tree.villageA}`)).body.total as number;
    expect(count).toBe(11);
    const none = await api.post(`/programs/${program}/awards`, {
      ruleId: rule,
      holderFilter: { q: '无此人' },
      expectedCount: 0,
      occurredOn: today(),
    });
    expectError(none, 422, 'HOLDER_FILTER_EMPTY');
  });

  it('takes exactly one of holderIds and holderFilter, and a filter needs the confirmed count', async () => {
    const api = as(t, { token: clerk });
    const before = await countRows(t, `transactions WHERE program_id = $1`, [program]);
    const both = await api.post(`/programs/${program}/awards`, {
      ruleId: rule,
      holderIds: [inGridA[0]],
      holderFilter: { gridId: gridA },
      expectedCount: 7,
      occurredOn: today(),
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'holderIds', constraints: ['exactlyOne'] })]),
    );
    const neither = await api.post(`/programs/${program}/awards`, { ruleId: rule, occurredOn: today() });
    expect(neither.status).toBe(400);
    const uncounted = await api.post(`/programs/${program}/awards`, { ruleId: rule, holderFilter: { gridId: gridA }, occurredOn: today() });
    expect(uncounted.status).toBe(400);
    expect(uncounted.body.error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'expectedCount' })]));
    expect(await countRows(t, `transactions WHERE program_id = $1`, [program])).toBe(before);
  });
});
