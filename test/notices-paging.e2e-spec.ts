import { as, createHousehold, createProgram, createRule, createUser, seedTree, today } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/** The staff list of notices pages on the server (limit, offset): no screen loads a county's notices whole. */
describe('notices, a page at a time', () => {
  const t = useTestApp();

  it('answers pages in deadline order that add up to the whole list, and refuses a bad page size', async () => {
    const tree = await seedTree(t);
    const clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    expect((await tree.county.api().patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const rule = (await createRule(t, tree.county.token, program, { name: '清扫公共区域', points: 3 })).id;
    const holderIds: number[] = [];
    for (let i = 0; i < 5; i++) holderIds.push((await createHousehold(t, clerk, tree.villageA)).id);
    const api = as(t, { token: clerk });
    expect((await api.post(`/programs/${program}/awards`, { ruleId: rule, holderIds, occurredOn: today() })).status).toBe(201);

    const whole = await api.get('/notices');
    expect(whole.status).toBe(200);
    const ids = (whole.body as { id: string }[]).map((n) => n.id);
    expect(ids).toHaveLength(5);
    const pages: string[][] = [];
    for (const offset of [0, 2, 4]) {
      const page = await api.get(`/notices?limit=2&offset=${offset}`);
      expect(page.status).toBe(200);
      pages.push((page.body as { id: string }[]).map((n) => n.id));
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(ids);
    expect((await api.get('/notices?limit=2&offset=5')).body).toEqual([]);
    for (const bad of ['limit=0', 'limit=501', 'offset=-1']) expect((await api.get(`/notices?${bad}`)).status).toBe(400);
  });
});
