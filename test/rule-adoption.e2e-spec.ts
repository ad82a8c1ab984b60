import { addDays } from '../src/common/calendar/calendar.js';
import { API, as, createHousehold, createProgram, createRule, expectError, rowCounts, today } from './support/fixtures.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * Adoption records (表决记录): which meeting adopted a rule version (村民大会 or 村民代表会议), when,
 * with whom present, under which resolution number, with the minutes. A program may require one:
 * until it is recorded, awards, deductions and claims with that version are refused. The public
 * board lists the rules in force whose version was adopted.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('rule adoption records', () => {
  const t = useTestApp();
  let admin: string, adminId: number, villageA: number, program: number, rule: number, household: number;
  let clerk: string, resident: string;

  const adopt = (ruleId: number, version: number, fields: Record<string, string | number>, file: Buffer | null = PDF, token = admin) => {
    const req = t
      .http()
      .post(`${API}/programs/${program}/rules/${ruleId}/versions/${version}/adoption`)
      .set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(fields)) void req.field(k, String(v));
    return file ? req.attach('file', file, '青石村2026年第3次村民代表会议记录.pdf') : req;
  };
  const MEETING = { meeting: 'representatives', meetingOn: '2026-11-20', attended: 31, entitled: 35, resolutionNo: '青石村〔2026〕3号' };
  const award = () =>
    as(t, { token: admin }).post(`/programs/${program}/awards`, { ruleId: rule, holderIds: [household], occurredOn: today() });

  beforeAll(async () => {
    const tree = await staffedTree(t, { clerk: ['village_clerk', 'villageA'] });
    admin = tree.county.token;
    adminId = tree.county.userId;
    villageA = tree.villageA;
    clerk = tree.staff.clerk.token;
    program = (await createProgram(t, admin, tree.county.countyId)).id;
    rule = (
      await createRule(t, admin, program, { name: '参加义务巡逻', category: '平安建设', points: 5, cap: { points: 20, per: 'quarter' } })
    ).id;
    const home = await createHousehold(t, admin, villageA, { headName: '王秀英' });
    household = home.id;
    const pin = await as(t, { token: admin }).post('/resident-pins', { householdId: household });
    resident = (
      await t
        .http()
        .post(`${API}/auth/resident-login`)
        .send({ cardCode: home.cardCode, pin: pin.body.pin as string })
    ).body.accessToken as string;
  });

  it('uses a version without a record until the program requires one; then refuses awards and claims with it, writing nothing', async () => {
    expect((await award()).status).toBe(201);
    const turnedOn = await as(t, { token: admin }).patch(`/programs/${program}`, { requireRuleAdoption: true });
    expect(turnedOn.status).toBe(200);
    expect(turnedOn.body.requireRuleAdoption).toBe(true);
    const before = await rowCounts(t, { transactions: 'transactions', claims: 'claims' });
    expectError(await award(), 422, 'RULE_NOT_ADOPTED', { ruleId: rule, version: 1 });
    expectError(
      await as(t, { token: resident }).post('/claims', { programId: program, ruleId: rule, occurredOn: today(), memo: '夜间巡逻' }),
      422,
      'RULE_NOT_ADOPTED',
      { ruleId: rule, version: 1 },
    );
    const refused = await as(t, { token: admin })
      .post(`/programs/${program}/awards`, { ruleId: rule, holderIds: [household], occurredOn: today() })
      .set('Accept-Language', 'en');
    expect(refused.body.error.message).toBe(
      'Version 1 of the rule has not been adopted by the villagers’ assembly or representatives’ meeting and cannot be used yet',
    );
    expect(await rowCounts(t, { transactions: 'transactions', claims: 'claims' })).toEqual(before);
  });

  it('refuses a record that is incomplete, wrong or not the office’s to make, storing nothing', async () => {
    const count = async () => (await rowCounts(t, { adoptions: 'rule_adoptions' })).adoptions;
    const before = await count();
    expectError(await adopt(rule, 1, MEETING, null), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 1, MEETING, Buffer.from('会议记录：同意。')), 415, 'MINUTES_NOT_A_DOCUMENT');
    expectError(await adopt(rule, 1, { ...MEETING, attended: 36 }), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 1, { ...MEETING, meeting: 'party_branch' }), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 1, { ...MEETING, meetingOn: addDays(today(), 1) }), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 1, { ...MEETING, meetingOn: '2026-02-30' }), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 1, { ...MEETING, resolutionNo: '' }), 400, 'VALIDATION_FAILED');
    expectError(await adopt(rule, 9, MEETING), 404, 'NOT_FOUND');
    expectError(await adopt(rule, 1, MEETING, PDF, clerk), 403, 'FORBIDDEN');
    const json = await as(t, { token: admin }).post(`/programs/${program}/rules/${rule}/versions/1/adoption`, MEETING);
    expectError(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await count()).toBe(before);
  });

  it('records the adoption with its minutes once; the version is then used, and a new version waits for its own', async () => {
    const recorded = await adopt(rule, 1, MEETING);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({
      ruleId: rule,
      version: 1,
      meeting: 'representatives',
      meetingOn: '2026-11-20',
      attended: 31,
      entitled: 35,
      resolutionNo: '青石村〔2026〕3号',
      minutes: { name: '青石村2026年第3次村民代表会议记录.pdf', contentType: 'application/pdf', bytes: PDF.length },
      recordedBy: adminId,
      recordedAt: expect.any(String),
    });
    expectError(await adopt(rule, 1, { ...MEETING, resolutionNo: '另一个' }), 409, 'ALREADY_ADOPTED', { ruleId: rule, version: 1 });

    const shown = await as(t, { token: admin }).get(`/programs/${program}/rules/${rule}`);
    expect(
      shown.body.versions.map((v: { version: number; adoption: { resolutionNo: string } | null }) => [v.version, v.adoption?.resolutionNo]),
    ).toEqual([[1, '青石村〔2026〕3号']]);
    expect(shown.body.current.adoption).toEqual(recorded.body);

    const minutes = await as(t, { token: clerk }).get(`/programs/${program}/rules/${rule}/versions/1/adoption/minutes`).buffer(true);
    expect(minutes.status).toBe(200);
    expect(minutes.headers['content-type']).toBe('application/pdf');
    expect(minutes.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('青石村2026年第3次村民代表会议记录.pdf')}`,
    );
    expect(Buffer.compare(minutes.body as Buffer, PDF)).toBe(0);
    expectError(await as(t, { token: admin }).get(`/programs/${program}/rules/${rule}/versions/2/adoption/minutes`), 404, 'NOT_FOUND');

    const posted = await award();
    expect(posted.status).toBe(201);
    expect(posted.body.results[0].points).toBe(5);

    // A new version from today is a new text: it needs its own meeting.
    const changed = await as(t, { token: admin }).put(`/programs/${program}/rules/${rule}`, { points: 6, effectiveFrom: today() });
    expect(changed.status).toBe(200);
    expect(changed.body.current).toMatchObject({ version: 2, points: 6, adoption: null });
    expectError(await award(), 422, 'RULE_NOT_ADOPTED', { ruleId: rule, version: 2 });
    expect(
      (await adopt(rule, 2, { ...MEETING, meeting: 'assembly', attended: 402, entitled: 611, resolutionNo: '青石村〔2026〕4号' })).status,
    ).toBe(201);
    expect((await award()).body.results[0].points).toBe(6);
  });

  it('keeps the record as it was made: the database refuses changes', async () => {
    await expect(t.db.query(`UPDATE rule_adoptions SET resolution_no = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM rule_adoptions`)).rejects.toThrow(/append-only/);
  });

  it('shows on the public board the rules in force whose version was adopted, with the meeting', async () => {
    const unadopted = (await createRule(t, admin, program, { name: '乱倒垃圾', category: '环境卫生', points: -3 })).id;
    const board = await t.http().get(`${API}/public/boards/${villageA}`);
    expect(board.status).toBe(200);
    const ours = (board.body.rules as { programId: number; code: string }[]).filter((r) => r.programId === program);
    expect(ours).toEqual([
      {
        programId: program,
        programName: '道德积分',
        code: expect.any(String),
        name: '参加义务巡逻',
        category: '平安建设',
        points: 6,
        capPoints: 20,
        capPer: 'quarter',
        version: 2,
        meeting: 'assembly',
        meetingOn: '2026-11-20',
        attended: 402,
        entitled: 611,
        resolutionNo: '青石村〔2026〕4号',
      },
    ]);
    expect(ours.map((r) => r.code)).not.toContain(String(unadopted));
  });
});
