import { API, as, createHousehold, createProgram, createRule, createUser, seedTree, today } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/** The same deed claimed twice (same household, rule, member, day) is flagged, with the earlier claim linked. */
describe('duplicate claims', () => {
  const t = useTestApp();

  it('flags a second claim of the same deed to the reviewer and tells the resident; another member or day is not a duplicate', async () => {
    const tree = await seedTree(t);
    const clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    const reviewer = (await createUser(t, tree.county.token, 'reviewer', tree.villageA)).token;
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const rule = (await createRule(t, tree.county.token, program, { name: '清扫村道', points: 5 })).id;
    const home = await createHousehold(t, clerk, tree.villageA, { members: [{ name: '王小明', relation: '子' }] });
    const memberId = ((await as(t, { token: clerk }).get(`/households/${home.id}`)).body.members as { id: number }[])[0].id;
    const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: home.id });
    const resident = (
      await t
        .http()
        .post(`${API}/auth/resident-login`)
        .send({ cardCode: home.cardCode, pin: pin.body.pin as string })
    ).body.accessToken as string;
    const file = async (body: object) =>
      (await as(t, { token: resident }).post('/claims', { programId: program, ruleId: rule, occurredOn: today(), memo: '扫地', ...body }))
        .body as { id: string; duplicateOf: string | null };

    const first = await file({});
    expect(first.duplicateOf).toBeNull();
    const again = await file({ memo: '又扫了一遍' });
    expect(again.duplicateOf).toBe(first.id);
    // Another member, or another day: not the same deed.
    expect((await file({ memberId })).duplicateOf).toBeNull();
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    expect((await file({ occurredOn: yesterday })).duplicateOf).toBeNull();

    // The reviewer's queue flags it, linked to the earlier claim.
    const queue = (await as(t, { token: reviewer }).get(`/claims?regionId=${tree.villageA}&status=submitted`)).body as {
      id: string;
      duplicateOf: string | null;
    }[];
    expect(queue.filter((c) => c.duplicateOf !== null).map((c) => [c.id, c.duplicateOf])).toEqual([[again.id, first.id]]);

    // A rejected claim is no longer the one a new claim repeats.
    expect((await as(t, { token: reviewer }).post(`/claims/${first.id}/reject`, { reason: '重复' })).status).toBe(201);
    expect((await file({ memo: '第三次' })).duplicateOf).toBe(again.id);
  });
});
