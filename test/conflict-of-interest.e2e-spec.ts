import { parse } from 'csv-parse/sync';
import { dayIn } from '../src/common/calendar/calendar.js';
import {
  API,
  as,
  countRows,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  eventually,
  expectError,
  PROGRAM_TZ,
  rowCounts,
  today,
  type StaffUser,
} from './support/fixtures.js';
import { seedCountyVillage, staffedTree } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Conflict-of-interest declarations (利益冲突申报): a staff user who enters or reviews points
 * declares the household they live in and their related households (亲属户) before their first
 * entry or review (403 COI_UNDECLARED until then, unless the program makes it optional), and is
 * then refused (403 OWN_HOUSEHOLD) every entry and review touching those households.
 */

type Home = { id: number; cardCode: string };

async function residentToken(t: TestApp, clerk: string, household: Home): Promise<string> {
  const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
  const res = await t
    .http()
    .post(`${API}/auth/resident-login`)
    .send({ cardCode: household.cardCode, pin: pin.body.pin as string });
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

describe('conflict-of-interest declarations', () => {
  const t = useTestApp();
  let admin: string, adminId: number, countyId: number, villageA: number, villageB: number, townshipB: number;
  let clerk: StaffUser, reviewer: StaffUser, decider: StaffUser;
  /** A program with a week of public notice (objections), and one that posts at once (the report counts transactions). */
  let noticed: number, posted: number;
  let award: number, penalty: number, postedAward: number;
  const homes: Home[] = [];
  const residents: string[] = [];

  const declaration = (token: string, householdId: number | null, relatedHouseholdIds: number[]) =>
    as(t, { token }).put('/users/me/declaration', { householdId, relatedHouseholdIds });
  const entry = (token: string, kind: 'awards' | 'deductions', holderIds: number[], program = noticed) =>
    as(t, { token }).post(`/programs/${program}/${kind}`, {
      ruleId: kind === 'awards' ? (program === noticed ? award : postedAward) : penalty,
      holderIds,
      occurredOn: today(),
      ...(kind === 'deductions' ? { reason: '乱堆乱放' } : {}),
    });
  const claim = async (home: number, program = noticed): Promise<string> => {
    const res = await as(t, { token: residents[home] }).post('/claims', {
      programId: program,
      ruleId: program === noticed ? award : postedAward,
      occurredOn: today(),
      memo: '清扫村道',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  /** An entry of `holder` on notice, objected to by `objector`: the objection's id. */
  const objection = async (holder: number, objector: number): Promise<string> => {
    const entered = await entry(admin, 'awards', [homes[holder].id]);
    expect(entered.body.results[0].status).toBe('noticed');
    const res = await as(t, { token: residents[objector] }).post(`/notices/${entered.body.results[0].noticeId as string}/objections`, {
      reason: '不属实',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const decide = (token: string, objectionId: string) =>
    as(t, { token }).post(`/objections/${objectionId}/decision`, { uphold: false, reason: '经核实属实' });

  beforeAll(async () => {
    const tree = await staffedTree(t, {});
    admin = tree.county.token;
    adminId = tree.county.userId;
    countyId = tree.county.countyId;
    ({ villageA, villageB, townshipB } = tree);
    // Made undeclared: the tests declare for them.
    clerk = await createUser(t, admin, 'village_clerk', villageA, { declared: false });
    reviewer = await createUser(t, admin, 'reviewer', villageA, { declared: false });
    decider = await createUser(t, admin, 'reviewer', villageA);
    noticed = (await createProgram(t, admin, countyId)).id;
    expect((await as(t, { token: admin }).patch(`/programs/${noticed}`, { publicityDays: 7 })).body).toMatchObject({
      publicityDays: 7,
      requireCoiDeclaration: true,
    });
    posted = (await createProgram(t, admin, countyId)).id;
    award = (await createRule(t, admin, noticed, { points: 10 })).id;
    penalty = (await createRule(t, admin, noticed, { points: -5 })).id;
    postedAward = (await createRule(t, admin, posted, { points: 10 })).id;
    for (const name of ['王秀英', '李建国', '张桂兰', '刘德华', '陈淑芬', '赵大海']) {
      const home = await createHousehold(t, admin, villageA, { headName: name });
      homes.push(home);
      residents.push(await residentToken(t, admin, home));
    }
  });

  it('refuses awards, deductions, claim reviews and objection decisions before the declaration (COI_UNDECLARED), writing nothing', async () => {
    const someone = await createUser(t, admin, 'reviewer', villageA, { declared: false });
    expect((await as(t, { token: someone.token }).get('/users/me/declaration')).body).toEqual({
      id: null,
      userId: someone.id,
      householdId: null,
      relatedHouseholdIds: [],
      declaredAt: null,
      recordedBy: null,
      recordedAt: null,
    });
    const filed = await claim(0);
    const objected = await objection(1, 2);
    const recorded = await createUser(t, admin, 'village_clerk', villageA, { declared: false });
    const tables = { notices: 'notices', transactions: 'transactions', events: 'procedure_events', declarations: 'staff_declarations' };
    const before = await rowCounts(t, tables);
    expectError(await entry(clerk.token, 'awards', [homes[0].id]), 403, 'COI_UNDECLARED', { userId: clerk.id });
    expectError(await entry(clerk.token, 'deductions', [homes[0].id]), 403, 'COI_UNDECLARED', { userId: clerk.id });
    expectError(await as(t, { token: someone.token }).post(`/claims/${filed}/approve`, {}), 403, 'COI_UNDECLARED', {
      claimId: filed,
      userId: someone.id,
    });
    expectError(await as(t, { token: someone.token }).post(`/claims/${filed}/reject`, { reason: '照片不清楚' }), 403, 'COI_UNDECLARED', {
      claimId: filed,
      userId: someone.id,
    });
    expectError(await decide(someone.token, objected), 403, 'COI_UNDECLARED', { objectionId: objected, userId: someone.id });
    // A manager's record of where a user lives does not stand in for the user's own declaration.
    expect((await as(t, { token: admin }).put(`/users/${recorded.id}/household`, { householdId: homes[5].id })).status).toBe(200);
    expectError(await entry(recorded.token, 'awards', [homes[0].id]), 403, 'COI_UNDECLARED', { userId: recorded.id });
    expect(await rowCounts(t, tables)).toEqual({ ...before, declarations: before.declarations + 1 });

    // Declared: the same calls go through.
    const declared = await declaration(someone.token, null, []);
    expect(declared.status).toBe(200);
    expect(declared.body).toEqual({
      id: expect.any(Number),
      userId: someone.id,
      householdId: null,
      relatedHouseholdIds: [],
      declaredAt: expect.any(String),
      recordedBy: someone.id,
      recordedAt: declared.body.declaredAt,
    });
    expect((await as(t, { token: someone.token }).post(`/claims/${filed}/approve`, {})).body).toMatchObject({
      status: 'approved',
      reviewer: someone.id,
      noticeStatus: 'noticed',
    });
    expect((await decide(someone.token, objected)).body).toMatchObject({ objectionId: objected, status: 'dismissed' });
  });

  it('refuses entries and reviews touching the declared own or related households (OWN_HOUSEHOLD); others go through', async () => {
    // The clerk lives in household 0; households 2 and 1 are relatives'.
    const declared = await declaration(clerk.token, homes[0].id, [homes[2].id, homes[1].id]);
    expect(declared.status).toBe(200);
    expect(declared.body).toMatchObject({
      userId: clerk.id,
      householdId: homes[0].id,
      relatedHouseholdIds: [homes[1].id, homes[2].id],
      recordedBy: clerk.id,
    });
    expectError(await entry(clerk.token, 'awards', [homes[3].id, homes[0].id]), 403, 'OWN_HOUSEHOLD', {
      householdId: homes[0].id,
      relation: 'own',
    });
    expectError(await entry(clerk.token, 'deductions', [homes[2].id]), 403, 'OWN_HOUSEHOLD', {
      householdId: homes[2].id,
      relation: 'related',
    });
    expect(await countRows(t, 'notices WHERE entered_by = $1', [clerk.id])).toBe(0);
    const other = await entry(clerk.token, 'awards', [homes[3].id]);
    expect(other.body.results).toEqual([expect.objectContaining({ holderId: homes[3].id, status: 'noticed', points: 10 })]);

    // The reviewer lives in household 4; household 3 is a relative's.
    expect((await declaration(reviewer.token, homes[4].id, [homes[3].id])).status).toBe(200);
    const ofRelative = await claim(3);
    expectError(await as(t, { token: reviewer.token }).post(`/claims/${ofRelative}/approve`, {}), 403, 'OWN_HOUSEHOLD', {
      claimId: ofRelative,
      householdId: homes[3].id,
      relation: 'related',
    });
    expectError(await as(t, { token: reviewer.token }).post(`/claims/${ofRelative}/reject`, { reason: '不符合' }), 403, 'OWN_HOUSEHOLD', {
      claimId: ofRelative,
      householdId: homes[3].id,
      relation: 'related',
    });
    // Objections: to an entry of a relative's household, and one the reviewer's own household filed.
    const againstRelative = await objection(3, 5);
    expectError(await decide(reviewer.token, againstRelative), 403, 'OWN_HOUSEHOLD', {
      objectionId: againstRelative,
      householdId: homes[3].id,
      relation: 'related',
    });
    const byOwn = await objection(5, 4);
    expectError(await decide(reviewer.token, byOwn), 403, 'OWN_HOUSEHOLD', {
      objectionId: byOwn,
      householdId: homes[4].id,
      relation: 'own',
    });
    expect((await decide(decider.token, byOwn)).body).toMatchObject({ objectionId: byOwn, status: 'dismissed' });
    expect((await as(t, { token: reviewer.token }).post(`/claims/${await claim(5)}/approve`, {})).body).toMatchObject({
      status: 'approved',
      reviewer: reviewer.id,
    });
  });

  it("a manager records where a user lives in the same declaration, and reads it; the user's related households stay", async () => {
    const officer = await createUser(t, admin, 'township_officer', townshipB);
    const before = (await as(t, { token: clerk.token }).get('/users/me/declaration')).body as { declaredAt: string };
    const recorded = await as(t, { token: admin }).put(`/users/${clerk.id}/household`, { householdId: homes[5].id });
    expect(recorded.body).toEqual({ id: expect.any(Number), userId: clerk.id, householdId: homes[5].id });
    const now = await as(t, { token: admin }).get(`/users/${clerk.id}/declaration`);
    expect(now.status).toBe(200);
    expect(now.body).toEqual({
      id: recorded.body.id,
      userId: clerk.id,
      householdId: homes[5].id,
      relatedHouseholdIds: [homes[1].id, homes[2].id],
      declaredAt: before.declaredAt,
      recordedBy: adminId,
      recordedAt: expect.any(String),
    });
    expect((await as(t, { token: admin }).get(`/users/${clerk.id}/household`)).body).toEqual({
      id: recorded.body.id,
      userId: clerk.id,
      householdId: homes[5].id,
    });
    expectError(await entry(clerk.token, 'awards', [homes[5].id]), 403, 'OWN_HOUSEHOLD', { householdId: homes[5].id, relation: 'own' });
    expectError(await entry(clerk.token, 'awards', [homes[1].id]), 403, 'OWN_HOUSEHOLD', { householdId: homes[1].id, relation: 'related' });
    // Household 0, where the clerk said it lived, is the manager's call now.
    expect((await entry(clerk.token, 'awards', [homes[0].id])).status).toBe(201);
    // Who may read it: managers and auditors over their subtree; not another township's officer, nor the clerk by id.
    expectError(await as(t, { token: officer.token }).get(`/users/${clerk.id}/declaration`), 403, 'OUT_OF_SCOPE');
    expectError(await as(t, { token: clerk.token }).get(`/users/${clerk.id}/declaration`), 403, 'FORBIDDEN');
  });

  it('refuses a declaration naming unknown, foreign or doubled households, and store operators', async () => {
    const { county: other, village } = await seedCountyVillage(t);
    const foreign = await createHousehold(t, other.token, village);
    const someone = await createUser(t, admin, 'village_clerk', villageA, { declared: false });
    const count = () => countRows(t, 'staff_declarations WHERE user_id = $1', [someone.id]);
    expectError(await declaration(someone.token, homes[0].id, [homes[0].id]), 400, 'VALIDATION_FAILED');
    expectError(await declaration(someone.token, null, [homes[1].id, homes[1].id]), 400, 'VALIDATION_FAILED');
    expectError(await declaration(someone.token, 99999999, []), 404, 'NOT_FOUND', { resource: 'household', ids: [99999999] });
    expectError(await declaration(someone.token, null, [homes[1].id, foreign.id]), 403, 'OUT_OF_SCOPE', {
      householdIds: [foreign.id],
      reason: 'households of your county only',
    });
    expectError(await as(t, { token: someone.token }).put('/users/me/declaration', { householdId: null }), 400, 'VALIDATION_FAILED');
    expect(await count()).toBe(0);
    // A relative in another township of the county, outside the clerk's village, is declared all the same.
    const ofTownshipB = await createHousehold(t, admin, villageB);
    expect((await declaration(someone.token, null, [ofTownshipB.id])).body).toMatchObject({
      householdId: null,
      relatedHouseholdIds: [ofTownshipB.id],
    });
    expect(await count()).toBe(1);
    const store = await createUser(t, admin, 'store_operator', villageA);
    expectError(await declaration(store.token, null, []), 403, 'FORBIDDEN');
  });

  it('a program may make the declaration optional: undeclared staff then enter and review, declared households are still refused', async () => {
    const optional = (await createProgram(t, admin, countyId)).id;
    const patched = await as(t, { token: admin }).patch(`/programs/${optional}`, { requireCoiDeclaration: false });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: optional, requireCoiDeclaration: false });
    const rule = (await createRule(t, admin, optional, { points: 10 })).id;
    const newcomer = await createUser(t, admin, 'village_clerk', villageA, { declared: false });
    const give = (token: string, holder: number, program = optional, ruleId = rule) =>
      as(t, { token }).post(`/programs/${program}/awards`, { ruleId, holderIds: [holder], occurredOn: today() });
    const res = await give(newcomer.token, homes[0].id);
    expect(res.status).toBe(201);
    expect(res.body.results).toEqual([expect.objectContaining({ holderId: homes[0].id, status: 'posted', points: 10 })]);
    // The same user on a program that requires it (the default) is still refused.
    expectError(await give(newcomer.token, homes[0].id, posted, postedAward), 403, 'COI_UNDECLARED');
    // A household a manager recorded is refused, declaration or not.
    expect((await as(t, { token: admin }).put(`/users/${newcomer.id}/household`, { householdId: homes[1].id })).status).toBe(200);
    expectError(await give(newcomer.token, homes[1].id), 403, 'OWN_HOUSEHOLD', { householdId: homes[1].id, relation: 'own' });
    // Reviews too: an undeclared reviewer approves a claim of the optional program.
    const undeclaredReviewer = await createUser(t, admin, 'reviewer', villageA, { declared: false });
    const filed = await as(t, { token: residents[2] }).post('/claims', { programId: optional, ruleId: rule, occurredOn: today() });
    expect((await as(t, { token: undeclaredReviewer.token }).post(`/claims/${filed.body.id as string}/approve`, {})).body).toMatchObject({
      status: 'approved',
      reviewer: undeclaredReviewer.id,
    });
  });

  it("the staff-activity report shows each user's declaration and counts entries to own and related households", async () => {
    // A county of its own: a clerk enters while the program asks for no declaration, then declares households it gave points to.
    const tree = await staffedTree(t, {});
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    expect((await as(t, { token: tree.county.token }).patch(`/programs/${program}`, { requireCoiDeclaration: false })).status).toBe(200);
    const ten = (await createRule(t, tree.county.token, program, { points: 10 })).id;
    const [own, related, neighbour] = [
      await createHousehold(t, tree.county.token, tree.villageA),
      await createHousehold(t, tree.county.token, tree.villageA),
      await createHousehold(t, tree.county.token, tree.villageA),
    ];
    const newcomer = await createUser(t, tree.county.token, 'village_clerk', tree.villageA, { declared: false });
    const give = (token: string, holderIds: number[]) =>
      as(t, { token }).post(`/programs/${program}/awards`, { ruleId: ten, holderIds, occurredOn: today() });
    expect((await give(newcomer.token, [own.id, related.id, neighbour.id])).status).toBe(201);
    expect((await give(newcomer.token, [own.id])).status).toBe(201);
    expect((await give(tree.county.token, [neighbour.id])).status).toBe(201);
    const declared = await declaration(newcomer.token, own.id, [related.id]);
    expect(declared.status).toBe(200);

    const report = await as(t, { token: tree.county.token }).get(
      `/reports/staff-activity?programId=${program}&regionId=${tree.county.countyId}`,
    );
    expect(report.status).toBe(200);
    const users = report.body.users as Record<string, unknown>[];
    expect(users.map((u) => u.userId)).toEqual([newcomer.id, tree.county.userId]);
    expect(users[0]).toMatchObject({
      entries: 4,
      awardPoints: 40,
      ownHouseholdId: own.id,
      relatedHouseholdIds: [related.id],
      declaredAt: declared.body.declaredAt,
      ownHouseholdEntries: 3,
      ownHouseholdPoints: 30,
    });
    expect(users[1]).toMatchObject({
      entries: 1,
      ownHouseholdId: null,
      relatedHouseholdIds: [],
      declaredAt: expect.any(String),
      ownHouseholdEntries: 0,
      ownHouseholdPoints: 0,
    });

    const csv = await as(t, { token: tree.county.token }).get(
      `/reports/staff-activity?programId=${program}&regionId=${tree.county.countyId}&format=csv`,
    );
    expect(csv.status).toBe(200);
    const rows = parse(csv.text.slice(1)) as string[][];
    expect([rows[0].slice(10, 12), rows[0].slice(18)]).toEqual([
      ['本户及亲属户条数', '本户及亲属户积分'],
      ['申报本户', '申报亲属户', '申报日期'],
    ]);
    const declaredOn = dayIn(PROGRAM_TZ, new Date(declared.body.declaredAt as string));
    expect(rows.slice(1).map((r) => [r[0], r[10], r[11], ...r.slice(18)])).toEqual([
      [newcomer.username, '3', '30', String(own.id), String(related.id), declaredOn],
      [tree.county.username, '0', '0', '', '', declaredOn],
    ]);
  });

  it('writes each declaration to the audit log, pointing at the declaration it made, and keeps every declaration', async () => {
    const someone = await createUser(t, admin, 'reviewer', villageA, { declared: false });
    const requestId = `coi-${someone.id}`;
    const first = await declaration(someone.token, homes[3].id, []).set('X-Request-Id', requestId);
    expect(first.status).toBe(200);
    const second = await declaration(someone.token, null, [homes[3].id]);
    expect(second.body.id).toBeGreaterThan(first.body.id as number);
    // A manager's record of where the user lives: an entry of the manager, naming the user and the declaration made.
    const managerRequestId = `coi-manager-${someone.id}`;
    const recorded = await as(t, { token: admin })
      .put(`/users/${someone.id}/household`, { householdId: homes[4].id })
      .set('X-Request-Id', managerRequestId);
    expect(recorded.status).toBe(200);
    const audited = (actorId: number, id: string) =>
      eventually(async () => {
        const res = await as(t, { token: admin }).get(`/audit-log?actorId=${actorId}`);
        return (res.body as { requestId: string | null }[]).find((e) => e.requestId === id);
      });
    expect(await audited(someone.id, requestId)).toMatchObject({
      actorType: 'user',
      actorId: someone.id,
      action: 'PUT /api/v1/users/me/declaration',
      path: '/api/v1/users/me/declaration',
      resourceId: String(first.body.id),
      outcome: 'success',
      status: 200,
      errorCode: null,
    });
    expect(await audited(adminId, managerRequestId)).toMatchObject({
      actorId: adminId,
      action: 'PUT /api/v1/users/:id/household',
      path: `/api/v1/users/${someone.id}/household`,
      resourceId: String(recorded.body.id),
      outcome: 'success',
    });
    // Every declaration stays, and none can be changed.
    expect(
      await t.db.query(
        `SELECT household_id AS "householdId", related_household_ids AS "related", declared_by AS "by" FROM staff_declarations WHERE user_id = $1 ORDER BY id`,
        [someone.id],
      ),
    ).toEqual([
      { householdId: homes[3].id, related: [], by: someone.id },
      { householdId: null, related: [homes[3].id], by: someone.id },
      { householdId: homes[4].id, related: [homes[3].id], by: adminId },
    ]);
    await expect(t.db.query(`UPDATE staff_declarations SET household_id = NULL WHERE user_id = $1`, [someone.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM staff_declarations WHERE user_id = $1`, [someone.id])).rejects.toThrow(/append-only/);
  });
});
