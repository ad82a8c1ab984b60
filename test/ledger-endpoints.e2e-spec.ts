import type { Response } from 'supertest';
import { addDays, periodKey } from '../src/common/calendar/calendar.js';
import type { StatementLine } from '../src/views/ledger/statements.repository.js';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  createUser,
  declareNoHousehold,
  expectError,
  login,
  PASSWORD,
  rowCounts,
  seedCounty,
  staffApi,
  today,
  uniqueCode,
  type StaffUser,
} from './support/fixtures.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * Every ledger endpoint with its statuses and error codes (DESIGN §3, §4): programs, rules and
 * their versions, awards and deductions, periods, reversals, balances and statements, village and
 * staff programs, idempotency and the ledger check. Failed writes are shown to change nothing.
 */
describe('ledger endpoints', () => {
  const t = useTestApp();
  let admin: string, adminId: number, countyId: number, townshipA: number, villageA: number, villageB: number;
  let clerkA: StaffUser, clerkB: StaffUser, officerA: StaffUser, auditor: StaffUser;
  /** The main household program: base 100, quarters, no negative balances. Its Q3 stays open. */
  let programId: number;

  const currentQuarter = periodKey(today(), 'quarter');

  beforeAll(async () => {
    ({
      county: { token: admin, userId: adminId, countyId },
      townshipA,
      villageA,
      villageB,
      staff: { clerkA, clerkB, officerA, auditor },
    } = await staffedTree(t, {
      clerkA: ['village_clerk', 'villageA'],
      clerkB: ['village_clerk', 'villageB'],
      officerA: ['township_officer', 'townshipA'],
      auditor: ['auditor', 'county'],
    }));
    programId = (await createProgram(t, admin, countyId)).id;
  });

  // ---- helpers -------------------------------------------------------------------------------

  const api = staffApi(t);
  const put = (token: string, path: string, body: object) =>
    t.http().put(`${API}${path}`).set('Authorization', `Bearer ${token}`).send(body);
  const del = (token: string, path: string) => t.http().delete(`${API}${path}`).set('Authorization', `Bearer ${token}`);
  const award = (token: string, program: number, body: object) => api(token).post(`/programs/${program}/awards`, body);
  const deduct = (token: string, program: number, body: object) => api(token).post(`/programs/${program}/deductions`, body);
  const reverse = (token: string, txId: string, reason = '录入错误') => api(token).post(`/transactions/${txId}/reversal`, { reason });
  const balanceOf = async (program: number, holderId: number, token = admin) => {
    const res = await api(token).get(`/programs/${program}/holders/${holderId}/balance`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const statementOf = async (program: number, holderId: number, query = '', token = admin) => {
    const res = await api(token).get(`/programs/${program}/holders/${holderId}/statement${query}`);
    expect(res.status).toBe(200);
    return res.body as { items: StatementLine[]; nextCursor: string | null };
  };

  /** Rows of every table a ledger write may touch. */
  const counts = () =>
    rowCounts(t, {
      transactions: 'transactions',
      postings: 'postings',
      accounts: 'accounts',
      programs: 'programs',
      rules: 'rules',
      versions: 'rule_versions',
      keys: 'idempotency_keys',
    });

  /** Runs a request that must fail and proves it wrote nothing. */
  async function refused(status: number, code: string, request: () => PromiseLike<Response>): Promise<Response> {
    const before = await counts();
    const res = await request();
    expectError(res, status, code);
    expect(await counts()).toEqual(before);
    return res;
  }

  const positiveRule = (program = programId, extra: object = {}) =>
    createRule(t, admin, program, { name: '义务投工投劳', category: '勤劳致富', points: 5, ...extra });
  const negativeRule = (program = programId, extra: object = {}) =>
    createRule(t, admin, program, { name: '违反村规民约', category: '扣分', points: -30, ...extra });

  // ---- programs ------------------------------------------------------------------------------

  describe('programs', () => {
    it('creates a program (201) with the values sent and the defaults', async () => {
      const code = uniqueCode('conduct-');
      const res = await api(admin).post('/programs', {
        code,
        name: '道德积分',
        holderType: 'household',
        regionId: countyId,
        basePoints: 100,
        pointValueFen: 200,
        timezone: 'Asia/Urumqi',
        periodKind: 'month',
        allowNegative: true,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        code,
        name: '道德积分',
        countyId,
        holderType: 'household',
        basePoints: 100,
        pointValueFen: 200,
        timezone: 'Asia/Urumqi',
        periodKind: 'month',
        allowNegative: true,
        participationProgramId: null,
        participationWeight: 0,
        publicNames: 'masked',
        honourTopN: 10,
        publishDeductions: false,
        scheduleDay: null,
        scheduleHour: 2,
        publicityDays: 0,
        claimWindowDays: null,
        clerksReview: false,
        secondReviewAbove: null,
        requireCoiDeclaration: true,
        requireRuleAdoption: false,
        levels: [],
        levelPeriod: 'year',
        redList: false,
        blackList: false,
        listSize: 10,
        expiryPolicy: 'none',
        expiryMonths: null,
        expiryDate: null,
        expiryCarryOver: 0,
        createdAt: expect.any(String),
      });
      const read = await api(admin).get(`/programs/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body);

      const defaults = await api(admin).post('/programs', {
        code: uniqueCode('plain-'),
        name: '村级考核',
        holderType: 'village',
        regionId: countyId,
        basePoints: 0,
        pointValueFen: 0,
      });
      expect(defaults.status).toBe(201);
      expect(defaults.body).toMatchObject({
        holderType: 'village',
        basePoints: 0,
        pointValueFen: 0,
        timezone: 'Asia/Shanghai',
        periodKind: 'quarter',
        allowNegative: false,
      });
    });

    it('refuses a township (422 NOT_A_COUNTY), a used code (409 DUPLICATE_CODE), a bad timezone (400), writing nothing', async () => {
      const body = {
        code: uniqueCode('p-'),
        name: '道德积分',
        holderType: 'household',
        regionId: countyId,
        basePoints: 100,
        pointValueFen: 100,
      };
      const notCounty = await refused(422, 'NOT_A_COUNTY', () => api(admin).post('/programs', { ...body, regionId: townshipA }));
      expect(notCounty.body.error.details).toEqual({ regionId: townshipA });
      expect((await api(admin).post('/programs', body)).status).toBe(201);
      const duplicate = await refused(409, 'DUPLICATE_CODE', () => api(admin).post('/programs', { ...body, name: '另一个' }));
      expect(duplicate.body.error.details).toEqual({ code: body.code });
      const tz = await refused(400, 'VALIDATION_FAILED', () =>
        api(admin).post('/programs', { ...body, code: uniqueCode('p-'), timezone: 'Mars/Olympus' }),
      );
      expect(tz.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['timezone']);
      await refused(400, 'VALIDATION_FAILED', () =>
        api(admin).post('/programs', { ...body, code: uniqueCode('p-'), holderType: 'family' }),
      );
      await refused(400, 'VALIDATION_FAILED', () => api(admin).post('/programs', { ...body, code: uniqueCode('p-'), basePoints: -1 }));
    });

    it('lets only a county admin create one (403 for every other role)', async () => {
      const others = [
        clerkA.token,
        officerA.token,
        auditor.token,
        (await createUser(t, admin, 'reviewer', countyId)).token,
        (await createUser(t, admin, 'store_operator', countyId)).token,
      ];
      for (const token of others) {
        await refused(403, 'FORBIDDEN', () =>
          api(token).post('/programs', {
            code: uniqueCode('p-'),
            name: '道德积分',
            holderType: 'household',
            regionId: countyId,
            basePoints: 100,
            pointValueFen: 100,
          }),
        );
      }
    });

    it('is readable by a clerk of the county and listed by GET /programs; another county sees neither', async () => {
      const read = await api(clerkA.token).get(`/programs/${programId}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: programId, countyId, holderType: 'household', basePoints: 100 });
      expect(read.body).not.toHaveProperty('countyPath');

      const list = await api(clerkA.token).get('/programs');
      expect(list.status).toBe(200);
      expect(list.body.map((p: { id: number }) => p.id)).toContain(programId);
      expect(list.body.every((p: { countyId: number }) => p.countyId === countyId)).toBe(true);
      expect((await api(admin).get('/programs')).body).toEqual(list.body);

      const other = await seedCounty(t);
      expectError(await api(other.token).get(`/programs/${programId}`), 403, 'OUT_OF_SCOPE');
      expect((await api(other.token).get('/programs')).body).toEqual([]);
      expectError(await api(admin).get('/programs/999999'), 404, 'NOT_FOUND');
      expectError(await api(admin).get('/programs/abc'), 400, 'VALIDATION_FAILED');
    });
  });

  // ---- rules ---------------------------------------------------------------------------------

  describe('rules', () => {
    it('creates rules with and without a cap; a used code is 409; points 0 is 400', async () => {
      const code = uniqueCode('WRK-');
      const capped = await api(admin).post(`/programs/${programId}/rules`, {
        code,
        name: '义务投工投劳（每次）',
        category: '勤劳致富',
        points: 5,
        cap: { points: 20, per: 'month' },
        effectiveFrom: '2026-01-01',
      });
      expect(capped.status).toBe(201);
      const version1 = {
        id: expect.any(Number),
        version: 1,
        name: '义务投工投劳（每次）',
        category: '勤劳致富',
        points: 5,
        capPoints: 20,
        capPer: 'month',
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
      };
      expect(capped.body).toMatchObject({
        id: expect.any(Number),
        programId,
        code,
        regionId: null,
        excludedRegionIds: [],
        current: version1,
        versions: [version1],
      });

      const plain = await api(admin).post(`/programs/${programId}/rules`, {
        code: uniqueCode('VIO-'),
        name: '乱倒垃圾',
        category: '清洁卫生',
        points: -10,
      });
      expect(plain.status).toBe(201);
      // Without effectiveFrom the rule applies from today in the program timezone.
      expect(plain.body.current).toMatchObject({
        version: 1,
        points: -10,
        capPoints: null,
        capPer: null,
        effectiveFrom: today(),
        effectiveTo: null,
      });

      const dup = await refused(409, 'DUPLICATE_CODE', () =>
        api(admin).post(`/programs/${programId}/rules`, { code, name: '重复', category: '勤劳致富', points: 3 }),
      );
      expect(dup.body.error.details).toEqual({ code });
      // The same code in another program is fine.
      const other = await createProgram(t, admin, countyId);
      expect((await api(admin).post(`/programs/${other.id}/rules`, { code, name: '同码', category: '勤劳致富', points: 3 })).status).toBe(
        201,
      );

      const zero = await refused(400, 'VALIDATION_FAILED', () =>
        api(admin).post(`/programs/${programId}/rules`, { code: uniqueCode('Z-'), name: '零分', category: '测试', points: 0 }),
      );
      expect(zero.body.error.details.fields[0].field).toBe('points');
      await refused(400, 'VALIDATION_FAILED', () =>
        api(admin).post(`/programs/${programId}/rules`, {
          code: uniqueCode('Z-'),
          name: '坏上限',
          category: '测试',
          points: 5,
          cap: { points: 0, per: 'week' },
        }),
      );
      await refused(400, 'VALIDATION_FAILED', () =>
        api(admin).post(`/programs/${programId}/rules`, {
          code: uniqueCode('Z-'),
          name: '坏日期',
          category: '测试',
          points: 5,
          effectiveFrom: '2026-02-30',
        }),
      );
      await refused(403, 'FORBIDDEN', () =>
        api(clerkA.token).post(`/programs/${programId}/rules`, { code: uniqueCode('Z-'), name: '村干部', category: '测试', points: 5 }),
      );

      const list = await api(clerkA.token).get(`/programs/${programId}/rules`);
      expect(list.status).toBe(200);
      expect(list.body.map((r: { id: number }) => r.id)).toEqual(expect.arrayContaining([capped.body.id, plain.body.id]));
      expectError(await api(admin).get(`/programs/${programId}/rules/999999`), 404, 'NOT_FOUND');
    });

    it('PUT makes version 2; an award before its effectiveFrom records version 1, one after records version 2', async () => {
      const rule = await createRule(t, admin, programId, {
        name: '巡逻（旧）',
        category: '平安建设',
        points: 5,
        effectiveFrom: '2026-01-01',
      });
      const res = await put(admin, `/programs/${programId}/rules/${rule.id}`, {
        name: '巡逻（新）',
        points: 8,
        effectiveFrom: '2026-10-01',
      });
      expect(res.status).toBe(200);
      expect(
        res.body.versions.map((v: { version: number; points: number; effectiveFrom: string }) => [v.version, v.points, v.effectiveFrom]),
      ).toEqual([
        [1, 5, '2026-01-01'],
        [2, 8, '2026-10-01'],
      ]);
      expect(res.body.current).toMatchObject({
        version: 2,
        name: '巡逻（新）',
        category: '平安建设',
        points: 8,
        effectiveFrom: '2026-10-01',
        effectiveTo: null,
      });
      const [v1, v2] = res.body.versions as { id: number }[];
      // Version 1 now ends the day before version 2 starts.
      expect(res.body.versions.map((v: { effectiveTo: string | null }) => v.effectiveTo)).toEqual(['2026-09-30', null]);
      expect((await api(clerkA.token).get(`/programs/${programId}/rules/${rule.id}`)).body).toEqual(res.body);

      const household = await createHousehold(t, admin, villageA);
      const before = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-09-15' });
      expect(before.status).toBe(201);
      expect(before.body).toMatchObject({
        ruleId: rule.id,
        ruleVersionId: v1.id,
        period: '2026-Q3',
        results: [{ holderId: household.id, points: 5, balanceAfter: 105 }],
      });
      const after = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-15' });
      expect(after.status).toBe(201);
      expect(after.body).toMatchObject({ ruleVersionId: v2.id, period: '2026-Q4', results: [{ points: 8, balanceAfter: 113 }] });

      const lines = (await statementOf(programId, household.id)).items;
      expect(lines.slice(0, 2).map((l) => l.rule)).toEqual([
        { id: rule.id, code: expect.any(String), name: '巡逻（新）', category: '平安建设', versionId: v2.id, version: 2 },
        { id: rule.id, code: expect.any(String), name: '巡逻（旧）', category: '平安建设', versionId: v1.id, version: 1 },
      ]);
      const rows = (await t.db.query(
        `SELECT id::text AS id, rule_version_id AS "versionId" FROM transactions WHERE id = ANY($1::bigint[]) ORDER BY id`,
        [[before.body.results[0].transactionId, after.body.results[0].transactionId]],
      )) as { id: string; versionId: number }[];
      expect(rows).toEqual([
        { id: before.body.results[0].transactionId, versionId: v1.id },
        { id: after.body.results[0].transactionId, versionId: v2.id },
      ]);

      // A change that keeps the sign but moves effectiveFrom back before the current version is refused.
      const back = await refused(400, 'VALIDATION_FAILED', () =>
        put(admin, `/programs/${programId}/rules/${rule.id}`, { points: 9, effectiveFrom: '2026-09-01' }),
      );
      expect(back.body.error.details.fields[0].field).toBe('effectiveFrom');
      expectError(await put(clerkA.token, `/programs/${programId}/rules/${rule.id}`, { points: 9 }), 403, 'FORBIDDEN');
      expectError(await put(admin, `/programs/${programId}/rules/999999`, { points: 9 }), 404, 'NOT_FOUND');
    });

    it("PUT can drop or add a cap, and a version starting later leaves today's entries on the one in force", async () => {
      const rule = await positiveRule(programId, { points: 5, cap: { points: 5, per: 'month' } });
      const household = await createHousehold(t, admin, villageA);
      const first = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-02' });
      const capped = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-03' });
      expect([first.body.results[0].points, capped.body.results[0].points]).toEqual([5, 0]);

      const uncapped = await put(admin, `/programs/${programId}/rules/${rule.id}`, { cap: null, effectiveFrom: '2026-10-10' });
      expect(uncapped.status).toBe(200);
      expect(uncapped.body.current).toMatchObject({ version: 2, points: 5, capPoints: null, capPer: null });
      for (const day of ['2026-10-11', '2026-10-12']) {
        expect(
          (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: day })).body.results[0],
        ).toMatchObject({ points: 5, capped: false });
      }
      // Before v2 the cap of v1 still holds.
      expect(
        (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-09' })).body.results[0],
      ).toMatchObject({ points: 0, capped: true });

      const later = addDays(today(), 30);
      const future = await put(admin, `/programs/${programId}/rules/${rule.id}`, {
        points: 9,
        cap: { points: 9, per: 'year' },
        effectiveFrom: later,
      });
      expect(future.body.current).toMatchObject({ version: 3, points: 9, capPoints: 9, capPer: 'year', effectiveFrom: later });
      const now = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() });
      expect(now.body).toMatchObject({ ruleVersionId: uncapped.body.current.id, results: [{ points: 5, capped: false }] });
    });

    it('refuses a PUT that changes the sign (400) and keeps the versions', async () => {
      const rule = await positiveRule();
      const res = await refused(400, 'VALIDATION_FAILED', () => put(admin, `/programs/${programId}/rules/${rule.id}`, { points: -5 }));
      expect(res.body.error.details.fields[0].field).toBe('points');
      const negative = await negativeRule();
      await refused(400, 'VALIDATION_FAILED', () => put(admin, `/programs/${programId}/rules/${negative.id}`, { points: 30 }));
      await refused(400, 'VALIDATION_FAILED', () => put(admin, `/programs/${programId}/rules/${negative.id}`, { points: 0 }));
      const read = await api(admin).get(`/programs/${programId}/rules/${rule.id}`);
      expect(read.body.versions).toHaveLength(1);
      expect(read.body.current).toMatchObject({ version: 1, points: 5 });
    });

    it('a rule limited to village A does not apply to a household of village B (422 RULE_NOT_APPLICABLE)', async () => {
      const rule = await createRule(t, admin, programId, { name: '村级特色项目', category: '村规民约', points: 4, regionId: villageA });
      const read = await api(admin).get(`/programs/${programId}/rules/${rule.id}`);
      expect(read.body.regionId).toBe(villageA);
      const inA = await createHousehold(t, admin, villageA);
      const inB = await createHousehold(t, admin, villageB);
      const res = await refused(422, 'RULE_NOT_APPLICABLE', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [inA.id, inB.id], occurredOn: today() }),
      );
      expect(res.body.error.details).toEqual({ ruleId: rule.id, holderIds: [inB.id] });
      const ok = await award(clerkA.token, programId, { ruleId: rule.id, holderIds: [inA.id], occurredOn: today() });
      expect(ok.status).toBe(201);
      expect(ok.body.results[0]).toMatchObject({ holderId: inA.id, points: 4, balanceAfter: 104 });
    });

    it('a county rule excluded for village A is refused there, fine in village B, and fine again once the exclusion is deleted', async () => {
      const rule = await positiveRule();
      const inA = await createHousehold(t, admin, villageA);
      const inB = await createHousehold(t, admin, villageB);
      const excluded = await api(officerA.token).post(`/programs/${programId}/rules/${rule.id}/exclusions`, { regionId: villageA });
      expect(excluded.status).toBe(201);
      expect(excluded.body).toMatchObject({ id: rule.id, excludedRegionIds: [villageA] });
      // A township officer manages only his own subtree; a clerk does not manage rules.
      expectError(
        await api(officerA.token).post(`/programs/${programId}/rules/${rule.id}/exclusions`, { regionId: villageB }),
        403,
        'OUT_OF_SCOPE',
      );
      expectError(
        await api(clerkA.token).post(`/programs/${programId}/rules/${rule.id}/exclusions`, { regionId: villageA }),
        403,
        'FORBIDDEN',
      );

      const res = await refused(422, 'RULE_NOT_APPLICABLE', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [inA.id], occurredOn: today() }),
      );
      expect(res.body.error.details).toEqual({ ruleId: rule.id, holderIds: [inA.id] });
      expect((await award(admin, programId, { ruleId: rule.id, holderIds: [inB.id], occurredOn: today() })).status).toBe(201);

      const removed = await del(admin, `/programs/${programId}/rules/${rule.id}/exclusions/${villageA}`);
      expect(removed.status).toBe(200);
      expect(removed.body.excludedRegionIds).toEqual([]);
      const again = await award(admin, programId, { ruleId: rule.id, holderIds: [inA.id], occurredOn: today() });
      expect(again.status).toBe(201);
      expect(again.body.results[0]).toMatchObject({ holderId: inA.id, points: 5, balanceAfter: 105 });
    });

    it('GET rules?regionId= lists only the rules that apply in that region', async () => {
      const program = (await createProgram(t, admin, countyId)).id;
      const everywhere = await positiveRule(program);
      const notInA = await positiveRule(program);
      const onlyA = await positiveRule(program, { regionId: villageA });
      const onlyB = await positiveRule(program, { regionId: villageB });
      expect((await api(admin).post(`/programs/${program}/rules/${notInA.id}/exclusions`, { regionId: villageA })).status).toBe(201);

      const ids = async (query: string, token = admin) => {
        const res = await api(token).get(`/programs/${program}/rules${query}`);
        expect(res.status).toBe(200);
        return (res.body as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
      };
      const sorted = (...xs: number[]) => xs.sort((a, b) => a - b);
      expect(await ids('')).toEqual(sorted(everywhere.id, notInA.id, onlyA.id, onlyB.id));
      expect(await ids(`?regionId=${villageA}`)).toEqual(sorted(everywhere.id, onlyA.id));
      expect(await ids(`?regionId=${villageB}`)).toEqual(sorted(everywhere.id, notInA.id, onlyB.id));
      // A clerk of village A may look at its own region, not at village B.
      expect(await ids(`?regionId=${villageA}`, clerkA.token)).toEqual(sorted(everywhere.id, onlyA.id));
      expectError(await api(clerkA.token).get(`/programs/${program}/rules?regionId=${villageB}`), 403, 'OUT_OF_SCOPE');
    });

    it('a rule effective from a future day cannot be applied today (422 RULE_NOT_EFFECTIVE)', async () => {
      const rule = await positiveRule(programId, { effectiveFrom: addDays(today(), 40) });
      const household = await createHousehold(t, admin, villageA);
      const res = await refused(422, 'RULE_NOT_EFFECTIVE', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() }),
      );
      expect(res.body.error.details).toEqual({ ruleId: rule.id, occurredOn: today() });
      expect(await balanceOf(programId, household.id)).toMatchObject({ opened: false, balance: 100 });
    });
  });

  // ---- awards and deductions -----------------------------------------------------------------

  describe('awards and deductions', () => {
    it('refuses a negative rule as an award and a positive rule as a deduction (422 WRONG_RULE_KIND)', async () => {
      const plus = await positiveRule();
      const minus = await negativeRule();
      const household = await createHousehold(t, admin, villageA);
      const a = await refused(422, 'WRONG_RULE_KIND', () =>
        award(admin, programId, { ruleId: minus.id, holderIds: [household.id], occurredOn: today() }),
      );
      expect(a.body.error.details).toEqual({ ruleId: minus.id, points: -30 });
      const d = await refused(422, 'WRONG_RULE_KIND', () =>
        deduct(admin, programId, { ruleId: plus.id, holderIds: [household.id], occurredOn: today(), reason: '测试' }),
      );
      expect(d.body.error.details).toEqual({ ruleId: plus.id, points: 5 });
      // A deduction needs its reason; a rule of another program is unknown here.
      await refused(400, 'VALIDATION_FAILED', () =>
        deduct(admin, programId, { ruleId: minus.id, holderIds: [household.id], occurredOn: today() }),
      );
      const foreign = await positiveRule((await createProgram(t, admin, countyId)).id);
      await refused(404, 'NOT_FOUND', () =>
        award(admin, programId, { ruleId: foreign.id, holderIds: [household.id], occurredOn: today() }),
      );
    });

    it('refuses a deed dated in the future (422 OCCURRED_ON_IN_FUTURE) or on a day that does not exist (400)', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const tomorrow = addDays(today(), 1);
      const res = await refused(422, 'OCCURRED_ON_IN_FUTURE', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: tomorrow }),
      );
      expect(res.body.error.details).toEqual({ occurredOn: tomorrow });
      await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-02-30' }),
      );
      await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '15/10/2026' }),
      );
    });

    it('answers 404 naming the unknown holders, households of another county included', async () => {
      const rule = await positiveRule();
      const known = await createHousehold(t, admin, villageA);
      const other = await seedCounty(t);
      const foreignVillage = await createRegion(t, other.token, 'village', await createRegion(t, other.token, 'township', other.countyId));
      const foreign = await createHousehold(t, other.token, foreignVillage);
      const res = await refused(404, 'NOT_FOUND', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [known.id, 99999999, foreign.id], occurredOn: today() }),
      );
      expect(res.body.error.details).toEqual({ resource: 'holder', ids: [99999999, foreign.id] });
      expect(await balanceOf(programId, known.id)).toMatchObject({ opened: false });
    });

    it("posts nothing for anyone when one holder of a batch is outside the clerk's village (403 OUT_OF_SCOPE)", async () => {
      const rule = await positiveRule();
      const mine = await createHousehold(t, admin, villageA);
      const mine2 = await createHousehold(t, admin, villageA);
      const theirs = await createHousehold(t, admin, villageB);
      const res = await refused(403, 'OUT_OF_SCOPE', () =>
        award(clerkA.token, programId, { ruleId: rule.id, holderIds: [mine.id, theirs.id, mine2.id], occurredOn: today() }),
      );
      expect(res.body.error.details).toEqual({ holderIds: [theirs.id] });
      for (const h of [mine, mine2, theirs]) expect(await balanceOf(programId, h.id)).toMatchObject({ opened: false, balance: 100 });
      const ok = await award(clerkA.token, programId, { ruleId: rule.id, holderIds: [mine.id, mine2.id], occurredOn: today() });
      expect(ok.status).toBe(201);
      expect(ok.body.results.map((r: { holderId: number; balanceAfter: number }) => [r.holderId, r.balanceAfter])).toEqual([
        [mine.id, 105],
        [mine2.id, 105],
      ]);
    });

    it('records a real member of the household; a member of another household is 422 MEMBER_NOT_IN_HOUSEHOLD', async () => {
      const rule = await positiveRule();
      const family = await createHousehold(t, admin, villageA, {
        members: [
          { name: '扎西', relation: '户主' },
          { name: '卓玛', relation: '配偶' },
        ],
      });
      const neighbour = await createHousehold(t, admin, villageA, { members: [{ name: '次仁', relation: '户主' }] });
      const members = (await api(admin).get(`/households/${family.id}`)).body.members as { id: number; name: string }[];
      const neighbourMember = ((await api(admin).get(`/households/${neighbour.id}`)).body.members as { id: number }[])[0];
      const drolma = members.find((m) => m.name === '卓玛')!;

      const wrong = await refused(422, 'MEMBER_NOT_IN_HOUSEHOLD', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [family.id], occurredOn: today(), memberId: neighbourMember.id }),
      );
      expect(wrong.body.error.details).toEqual({ memberId: neighbourMember.id });
      // One member, one household: a member with a batch is refused too.
      await refused(422, 'MEMBER_NOT_IN_HOUSEHOLD', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [family.id, neighbour.id], occurredOn: today(), memberId: drolma.id }),
      );

      const ok = await award(admin, programId, { ruleId: rule.id, holderIds: [family.id], occurredOn: today(), memberId: drolma.id });
      expect(ok.status).toBe(201);
      const [line] = (await statementOf(programId, family.id)).items;
      expect(line).toMatchObject({ type: 'award', memberId: drolma.id, points: 5, transactionId: ok.body.results[0].transactionId });
    });

    it('validates holderIds: repeats, more than 1,000, none (400)', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const dup = await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id, household.id], occurredOn: today() }),
      );
      expect(dup.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['holderIds']);
      const many = await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: Array.from({ length: 1001 }, (_, i) => i + 1), occurredOn: today() }),
      );
      expect(many.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['holderIds']);
      await refused(400, 'VALIDATION_FAILED', () => award(admin, programId, { ruleId: rule.id, holderIds: [], occurredOn: today() }));
      await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today(), extra: 1 }),
      );
    });

    it('keeps memo, evidence and reason on the statement; an invalid evidence URL is 400', async () => {
      const plus = await positiveRule();
      const minus = await negativeRule();
      const household = await createHousehold(t, admin, villageA);
      const evidence = ['https://files.example.cn/photos/2026/1015-a.jpg', 'https://files.example.cn/docs/minutes.pdf'];
      const bad = await refused(400, 'VALIDATION_FAILED', () =>
        award(admin, programId, { ruleId: plus.id, holderIds: [household.id], occurredOn: today(), evidence: ['not a url'] }),
      );
      expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['evidence']);

      expect(
        (
          await award(clerkA.token, programId, {
            ruleId: plus.id,
            holderIds: [household.id],
            occurredOn: '2026-10-15',
            memo: '修水渠两天',
            evidence,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await deduct(clerkA.token, programId, {
            ruleId: minus.id,
            holderIds: [household.id],
            occurredOn: '2026-10-16',
            reason: '乱倒垃圾',
          })
        ).status,
      ).toBe(201);
      const [deduction, awarded, opening] = (await statementOf(programId, household.id)).items;
      expect(awarded).toMatchObject({
        type: 'award',
        occurredOn: '2026-10-15',
        memo: '修水渠两天',
        evidence,
        reason: null,
        points: 5,
        balanceAfter: 105,
        requestedPoints: 5,
      });
      expect(deduction).toMatchObject({
        type: 'deduction',
        occurredOn: '2026-10-16',
        memo: null,
        evidence: [],
        reason: '乱倒垃圾',
        points: -30,
        balanceAfter: 75,
      });
      expect(opening).toMatchObject({
        type: 'opening',
        points: 100,
        balanceAfter: 100,
        rule: null,
        occurredOn: today(),
        period: currentQuarter,
      });
    });

    it('stops a deduction at zero without allowNegative (capped), goes negative with it', async () => {
      const floored = (await createProgram(t, admin, countyId)).id;
      const negative = (await createProgram(t, admin, countyId, { allowNegative: true })).id;
      for (const [program, allowNegative] of [
        [floored, false],
        [negative, true],
      ] as const) {
        const rule = await negativeRule(program, { points: -150 });
        const household = await createHousehold(t, admin, villageA);
        const first = await deduct(admin, program, { ruleId: rule.id, holderIds: [household.id], occurredOn: today(), reason: '违法' });
        expect(first.status).toBe(201);
        if (!allowNegative) {
          expect(first.body.results[0]).toMatchObject({ points: -100, requestedPoints: -150, capped: true, balanceAfter: 0 });
          // At zero already: nothing more is taken, and the entry says so.
          const second = await deduct(admin, program, {
            ruleId: rule.id,
            holderIds: [household.id],
            occurredOn: today(),
            reason: '再次违法',
          });
          expect(second.body.results[0]).toMatchObject({ points: 0, requestedPoints: -150, capped: true, balanceAfter: 0 });
          expect(await balanceOf(program, household.id)).toMatchObject({ balance: 0, redeemable: 0, earnedThisPeriod: -100 });
        } else {
          expect(first.body.results[0]).toMatchObject({ points: -150, requestedPoints: -150, capped: false, balanceAfter: -50 });
          expect(await balanceOf(program, household.id)).toMatchObject({
            balance: -50,
            basePoints: 100,
            redeemable: 0,
            earnedThisPeriod: -150,
          });
        }
      }
    });

    it('lets a deduction take the balance below the base (redeemable 0)', async () => {
      const plus = await positiveRule();
      const minus = await negativeRule();
      const household = await createHousehold(t, admin, villageA);
      await award(admin, programId, { ruleId: plus.id, holderIds: [household.id], occurredOn: today() });
      expect(await balanceOf(programId, household.id)).toMatchObject({ balance: 105, redeemable: 5 });
      const res = await deduct(admin, programId, { ruleId: minus.id, holderIds: [household.id], occurredOn: today(), reason: '不讲诚信' });
      expect(res.body.results[0]).toMatchObject({ points: -30, capped: false, balanceAfter: 75 });
      expect(await balanceOf(programId, household.id)).toMatchObject({
        balance: 75,
        basePoints: 100,
        redeemable: 0,
        earnedThisPeriod: -25,
        opened: true,
      });
    });

    it('answers 403 to roles that do not record points', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      await refused(403, 'FORBIDDEN', () =>
        award(auditor.token, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() }),
      );
      expectError(
        await t
          .http()
          .post(`${API}/programs/${programId}/awards`)
          .send({ ruleId: rule.id, holderIds: [household.id], occurredOn: today() }),
        401,
        'UNAUTHENTICATED',
      );
    });
  });

  // ---- periods -------------------------------------------------------------------------------

  describe('periods', () => {
    it('refuses to close a period that has not ended (422 PERIOD_NOT_ENDED) or a malformed one (400)', async () => {
      const program = (await createProgram(t, admin, countyId)).id;
      const res = await api(admin).post(`/programs/${program}/periods/${currentQuarter}/close`);
      expectError(res, 422, 'PERIOD_NOT_ENDED');
      expect(res.body.error.details).toMatchObject({ period: currentQuarter });
      expectError(await api(admin).post(`/programs/${program}/periods/2027-Q1/close`), 422, 'PERIOD_NOT_ENDED');
      for (const bad of ['2026-Q5', 'Q3-2026', '2026-07', '2026', 'abc']) {
        expectError(await api(admin).post(`/programs/${program}/periods/${bad}/close`), 400, 'VALIDATION_FAILED');
      }
      expectError(await api(clerkA.token).post(`/programs/${program}/periods/2026-Q3/close`), 403, 'FORBIDDEN');
      expect((await api(admin).get(`/programs/${program}/periods`)).body).toEqual([]);
    });

    it('closes 2026-Q3 once (201, then 409) and refuses new entries dated in it (422 PERIOD_CLOSED)', async () => {
      const program = (await createProgram(t, admin, countyId)).id;
      const rule = await positiveRule(program);
      const household = await createHousehold(t, admin, villageA);
      const close = await api(admin).post(`/programs/${program}/periods/2026-Q3/close`);
      expect(close.status).toBe(201);
      expect(close.body).toEqual({ programId: program, period: '2026-Q3', closedAt: expect.any(String), closedBy: adminId });
      const again = await api(admin).post(`/programs/${program}/periods/2026-Q3/close`);
      expectError(again, 409, 'PERIOD_ALREADY_CLOSED');
      expect(again.body.error.details).toEqual({ period: '2026-Q3' });
      const list = await api(clerkA.token).get(`/programs/${program}/periods`);
      expect(list.body).toEqual([{ programId: program, period: '2026-Q3', closedAt: close.body.closedAt, closedBy: adminId }]);

      const res = await refused(422, 'PERIOD_CLOSED', () =>
        award(admin, program, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-09-30' }),
      );
      expect(res.body.error.details).toEqual({ period: '2026-Q3' });
      // The next day is in the open quarter.
      expect((await award(admin, program, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-01' })).status).toBe(201);
    });

    it('books the reversal of a closed-period entry into the current period, marked late; the closed period is unchanged', async () => {
      const program = (await createProgram(t, admin, countyId)).id;
      const rule = await positiveRule(program, { points: 7 });
      const household = await createHousehold(t, admin, villageA);
      const q3 = await award(admin, program, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-08-15' });
      expect(q3.body).toMatchObject({ period: '2026-Q3', results: [{ points: 7, balanceAfter: 107 }] });
      const txId = q3.body.results[0].transactionId as string;
      const sumIn = async (period: string) =>
        (
          (await t.db.query(
            `SELECT COALESCE(sum(p.amount), 0)::int AS total FROM postings p JOIN transactions t ON t.id = p.transaction_id JOIN accounts a ON a.id = p.account_id
              WHERE a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = $2 AND t.period = $3`,
            [program, household.id, period],
          )) as { total: number }[]
        )[0].total;
      expect(await sumIn('2026-Q3')).toBe(7);
      expect((await api(admin).post(`/programs/${program}/periods/2026-Q3/close`)).status).toBe(201);

      const reversal = await reverse(admin, txId, '误记');
      expect(reversal.status).toBe(201);
      expect(reversal.body).toEqual({
        id: expect.any(String),
        reversesId: txId,
        holderId: household.id,
        points: -7,
        balanceAfter: 100,
        period: currentQuarter,
        late: true,
      });
      expect(await sumIn('2026-Q3')).toBe(7);
      expect(await sumIn(currentQuarter)).toBe(100 - 7);
      expect(await balanceOf(program, household.id)).toMatchObject({ balance: 100, earnedThisPeriod: -7, period: currentQuarter });
      const [line] = (await statementOf(program, household.id)).items;
      expect(line).toMatchObject({
        type: 'reversal',
        late: true,
        period: currentQuarter,
        occurredOn: today(),
        reversesId: txId,
        reason: '误记',
        points: -7,
      });
    });
  });

  // ---- reversal ------------------------------------------------------------------------------

  describe('reversal', () => {
    it('refuses openings and reversals (422 NOT_REVERSIBLE), unknown ids (404), bad ids (400), a second reversal (409)', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const awarded = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() });
      const txId = awarded.body.results[0].transactionId as string;
      const opening = (await statementOf(programId, household.id)).items.find((l) => l.type === 'opening')!;

      const o = await refused(422, 'NOT_REVERSIBLE', () => reverse(admin, opening.transactionId as string));
      expect(o.body.error.details).toEqual({ type: 'opening' });
      await refused(400, 'VALIDATION_FAILED', () => api(admin).post(`/transactions/${txId}/reversal`, {}));
      const first = await reverse(clerkA.token, txId);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        reversesId: txId,
        holderId: household.id,
        points: -5,
        balanceAfter: 100,
        period: currentQuarter,
        late: false,
      });
      const lines = (await statementOf(programId, household.id)).items;
      expect(lines.map((l) => [l.type, l.transactionId, l.reversesId, l.reversedById])).toEqual([
        ['reversal', first.body.id, txId, null],
        ['award', txId, null, first.body.id],
        ['opening', opening.transactionId, null, null],
      ]);
      const r = await refused(422, 'NOT_REVERSIBLE', () => reverse(admin, first.body.id as string));
      expect(r.body.error.details).toEqual({ type: 'reversal' });
      const second = await refused(409, 'ALREADY_REVERSED', () => reverse(admin, txId));
      expect(second.body.error.details).toEqual({ transactionId: txId });

      const unknown = await refused(404, 'NOT_FOUND', () => reverse(admin, '999999999'));
      expect(unknown.body.error.details).toMatchObject({ resource: 'transaction', id: '999999999' });
      for (const bad of ['abc', '0', '-1', '1e3', '99999999999999999999'])
        await refused(400, 'VALIDATION_FAILED', () => reverse(admin, bad));
    });

    it('posts nothing for an award the cap cut to 0 (no transaction to reverse), and gives back no cap', async () => {
      const rule = await positiveRule(programId, { points: 5, cap: { points: 5, per: 'month' } });
      const household = await createHousehold(t, admin, villageA);
      const first = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-02' });
      const zero = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-03' });
      expect(zero.body.results[0]).toMatchObject({
        status: 'capped',
        transactionId: null,
        points: 0,
        requestedPoints: 5,
        capped: true,
        balanceAfter: 105,
      });
      // Reversing the one that posted gives its cap back: the next award posts 5.
      expect((await reverse(admin, first.body.results[0].transactionId as string)).status).toBe(201);
      expect(
        (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-04' })).body.results[0],
      ).toMatchObject({ status: 'posted', points: 5 });
      expect(
        (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-05' })).body.results[0],
      ).toMatchObject({ status: 'capped', points: 0 });
      expect((await balanceOf(programId, household.id)).balance).toBe(105);
    });

    it('refuses a reversal by a clerk of another village (403) and by a reader role (403)', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const txId = (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() })).body.results[0]
        .transactionId as string;
      await refused(403, 'OUT_OF_SCOPE', () => reverse(clerkB.token, txId));
      await refused(403, 'FORBIDDEN', () => reverse(auditor.token, txId));
      expect((await balanceOf(programId, household.id)).balance).toBe(105);
    });

    it('gives the cap back: after reversing one +5 of a full 20/month cap, a new award grants 5 again', async () => {
      const rule = await positiveRule(programId, { points: 5, cap: { points: 20, per: 'month' } });
      const household = await createHousehold(t, admin, villageA);
      const results = [];
      for (let day = 1; day <= 5; day++) {
        const res = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: `2026-10-0${day}` });
        expect(res.status).toBe(201);
        results.push(res.body.results[0] as { transactionId: string; points: number; capped: boolean; balanceAfter: number });
      }
      expect(results.map((r) => [r.points, r.capped, r.balanceAfter])).toEqual([
        [5, false, 105],
        [5, false, 110],
        [5, false, 115],
        [5, false, 120],
        [0, true, 120],
      ]);
      // Another month has its own cap.
      expect(
        (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-11-01' })).body.results[0],
      ).toMatchObject({ points: 5, capped: false });

      const reversal = await reverse(admin, results[1].transactionId);
      expect(reversal.body).toMatchObject({ points: -5, balanceAfter: 120 });
      const regained = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-20' });
      expect(regained.body.results[0]).toMatchObject({ points: 5, capped: false, balanceAfter: 125 });
      const full = await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: '2026-10-21' });
      expect(full.body.results[0]).toMatchObject({ points: 0, capped: true, balanceAfter: 125 });
    });
  });

  // ---- balances and statements ---------------------------------------------------------------

  describe('balances and statements', () => {
    it('shows a never-touched household at the base, not opened, with an empty statement', async () => {
      const household = await createHousehold(t, admin, villageA);
      const before = await counts();
      expect(await balanceOf(programId, household.id, clerkA.token)).toEqual({
        programId,
        holderId: household.id,
        balance: 100,
        basePoints: 100,
        redeemable: 0,
        earnedThisPeriod: 0,
        pending: 0,
        expiring: null,
        suspendedUntil: null,
        period: currentQuarter,
        opened: false,
        level: null,
      });
      expect(await statementOf(programId, household.id)).toEqual({ items: [], nextCursor: null });
      expect(await counts()).toEqual(before);
      expectError(await api(admin).get(`/programs/${programId}/holders/99999999/balance`), 404, 'NOT_FOUND');
      expectError(await api(clerkB.token).get(`/programs/${programId}/holders/${household.id}/balance`), 403, 'OUT_OF_SCOPE');
      expectError(await api(clerkB.token).get(`/programs/${programId}/holders/${household.id}/statement`), 403, 'OUT_OF_SCOPE');
    });

    it('pages a statement by cursor: 5 lines by 2, newest first, each line once', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      for (const day of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']) {
        expect((await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: day })).status).toBe(201);
      }
      const all = (await statementOf(programId, household.id)).items;
      expect(all.map((l) => [l.type, l.balanceAfter])).toEqual([
        ['award', 120],
        ['award', 115],
        ['award', 110],
        ['award', 105],
        ['opening', 100],
      ]);
      const pages: StatementLine[][] = [];
      let cursor: string | null = null;
      do {
        const page = await statementOf(programId, household.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        pages.push(page.items);
        cursor = page.nextCursor;
        if (cursor !== null) expect(cursor).toBe(page.items[page.items.length - 1].postingId);
      } while (cursor !== null && pages.length < 10);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      const ids = pages.flat().map((l) => l.postingId as string);
      expect(new Set(ids).size).toBe(5);
      expect(ids).toEqual(all.map((l) => l.postingId));
      expect([...ids].sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : -1))).toEqual(ids);

      expectError(await api(admin).get(`/programs/${programId}/holders/${household.id}/statement?limit=0`), 400, 'VALIDATION_FAILED');
      expectError(await api(admin).get(`/programs/${programId}/holders/${household.id}/statement?limit=501`), 400, 'VALIDATION_FAILED');
      expectError(await api(admin).get(`/programs/${programId}/holders/${household.id}/statement?cursor=abc`), 400, 'VALIDATION_FAILED');
    });

    it('filters a statement by from and to (deed days, inclusive)', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      for (const day of ['2026-10-01', '2026-10-05', '2026-10-10'])
        await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: day });
      const days = async (query: string) => (await statementOf(programId, household.id, query)).items.map((l) => l.occurredOn as string);
      expect(await days('')).toEqual(['2026-10-10', '2026-10-05', '2026-10-01', today()]);
      // The opening entry is dated the day the account opened.
      expect(await days('?from=2026-10-05')).toEqual(['2026-10-10', '2026-10-05', today()]);
      expect(await days('?to=2026-10-05')).toEqual(['2026-10-05', '2026-10-01']);
      expect(await days('?from=2026-10-02&to=2026-10-09')).toEqual(['2026-10-05']);
      expect(await days('?from=2026-10-06&to=2026-10-09')).toEqual([]);
      expectError(
        await api(admin).get(`/programs/${programId}/holders/${household.id}/statement?from=2026-13-01`),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await api(admin).get(`/programs/${programId}/holders/${household.id}/statement?to=yesterday`), 400, 'VALIDATION_FAILED');
    });

    it("names the operator by the user's display name", async () => {
      const username = uniqueCode('wang-');
      const created = await api(admin).post('/users', {
        username,
        password: PASSWORD,
        displayName: '王文书',
        role: 'village_clerk',
        regionId: villageA,
      });
      expect(created.status).toBe(201);
      const token = await login(t, username);
      await declareNoHousehold(t, token);
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      await award(token, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() });
      const [line, opening] = (await statementOf(programId, household.id)).items;
      expect(line.operator).toEqual({ type: 'user', id: created.body.id, name: '王文书' });
      // The account was opened by the same request, so the opening line names the same user.
      expect(opening.operator).toEqual({ type: 'user', id: created.body.id, name: '王文书' });
    });

    it('lets a kiosk read a balance in its region (200) but not a statement (403) nor another region (403)', async () => {
      const store = await api(admin).post('/stores', { name: '爱心超市', regionId: villageA });
      expect(store.status).toBe(201);
      const device = await api(admin).post(`/stores/${store.body.id}/devices`, { name: '收银台1' });
      expect(device.status).toBe(201);
      const kiosk = as(t, { apiKey: device.body.apiKey as string });
      const rule = await positiveRule();
      const inA = await createHousehold(t, admin, villageA);
      const inB = await createHousehold(t, admin, villageB);
      await award(admin, programId, { ruleId: rule.id, holderIds: [inA.id], occurredOn: today() });

      const res = await kiosk.get(`/programs/${programId}/holders/${inA.id}/balance`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ holderId: inA.id, balance: 105, redeemable: 5, opened: true });
      expectError(await kiosk.get(`/programs/${programId}/holders/${inA.id}/statement`), 403, 'FORBIDDEN');
      expectError(await kiosk.get(`/programs/${programId}/holders/${inB.id}/balance`), 403, 'OUT_OF_SCOPE');
      await refused(403, 'FORBIDDEN', () =>
        kiosk.post(`/programs/${programId}/awards`, { ruleId: rule.id, holderIds: [inA.id], occurredOn: today() }),
      );
      expectError(await kiosk.get('/ledger/check'), 403, 'FORBIDDEN');
    });
  });

  // ---- village and staff programs ------------------------------------------------------------

  describe('village and staff programs', () => {
    it('a county department awards villages (holderIds are village region ids)', async () => {
      const program = (await createProgram(t, admin, countyId, { holderType: 'village', basePoints: 0, pointValueFen: 0 })).id;
      const rule = await createRule(t, admin, program, { name: '零发案', category: '平安建设', points: 10 });
      const penalty = await createRule(t, admin, program, { name: '发生安全事故', category: '安全生产', points: -4 });
      const res = await award(admin, program, { ruleId: rule.id, holderIds: [villageA, villageB], occurredOn: today() });
      expect(res.status).toBe(201);
      expect(
        res.body.results.map((r: { holderId: number; points: number; balanceAfter: number }) => [r.holderId, r.points, r.balanceAfter]),
      ).toEqual([
        [villageA, 10, 10],
        [villageB, 10, 10],
      ]);
      expect(
        (await deduct(admin, program, { ruleId: penalty.id, holderIds: [villageB], occurredOn: today(), reason: '事故' })).body.results[0],
      ).toMatchObject({ balanceAfter: 6 });
      expect(await balanceOf(program, villageA)).toMatchObject({
        balance: 10,
        basePoints: 0,
        redeemable: 10,
        earnedThisPeriod: 10,
        opened: true,
      });
      expect(await balanceOf(program, villageB)).toMatchObject({ balance: 6, earnedThisPeriod: 6 });
      // Without base points there is no opening entry.
      expect((await statementOf(program, villageA)).items.map((l) => l.type)).toEqual(['award']);
      // A township is not a village; a clerk cannot score another village.
      const notVillage = await refused(404, 'NOT_FOUND', () =>
        award(admin, program, { ruleId: rule.id, holderIds: [townshipA], occurredOn: today() }),
      );
      expect(notVillage.body.error.details).toEqual({ resource: 'holder', ids: [townshipA] });
      await refused(403, 'OUT_OF_SCOPE', () =>
        award(clerkA.token, program, { ruleId: rule.id, holderIds: [villageB], occurredOn: today() }),
      );
    });

    it('staff programs take user ids as holders', async () => {
      const program = (await createProgram(t, admin, countyId, { holderType: 'staff', basePoints: 0, pointValueFen: 0 })).id;
      const rule = await createRule(t, admin, program, {
        name: '网格巡查',
        category: '网格工作',
        points: 2,
        cap: { points: 4, per: 'month' },
      });
      const res = await award(admin, program, { ruleId: rule.id, holderIds: [clerkA.id, clerkB.id], occurredOn: today() });
      expect(res.status).toBe(201);
      expect(res.body.results.map((r: { holderId: number; points: number }) => [r.holderId, r.points])).toEqual([
        [clerkA.id, 2],
        [clerkB.id, 2],
      ]);
      for (let i = 0; i < 2; i++) await award(admin, program, { ruleId: rule.id, holderIds: [clerkA.id], occurredOn: today() });
      expect(await balanceOf(program, clerkA.id)).toMatchObject({ holderId: clerkA.id, balance: 4, earnedThisPeriod: 4 });
      expect(await balanceOf(program, clerkB.id)).toMatchObject({ balance: 2 });
      // The third award hit the cap: nothing posted, no transaction (so no statement line).
      expect((await statementOf(program, clerkA.id)).items.map((l) => [l.points, l.capped])).toEqual([
        [2, false],
        [2, false],
      ]);
      const rows = (await t.db.query(`SELECT points::int, capped FROM transactions WHERE program_id = $1 AND holder_id = $2 ORDER BY id`, [
        program,
        clerkA.id,
      ])) as {
        points: number;
        capped: boolean;
      }[];
      expect(rows).toEqual([
        { points: 2, capped: false },
        { points: 2, capped: false },
      ]);
      await refused(404, 'NOT_FOUND', () => award(admin, program, { ruleId: rule.id, holderIds: [99999999], occurredOn: today() }));
    });
  });

  // ---- idempotency ---------------------------------------------------------------------------

  describe('idempotency', () => {
    it('replays the same key and body without posting again; another body is 422', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const body = { ruleId: rule.id, holderIds: [household.id], occurredOn: today(), memo: '打扫村道' };
      const first = await award(clerkA.token, programId, body).set('Idempotency-Key', 'sweep-2026-001');
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const before = await counts();
      // The same body with its keys in another order is the same request.
      const replay = await award(clerkA.token, programId, {
        memo: '打扫村道',
        occurredOn: today(),
        holderIds: [household.id],
        ruleId: rule.id,
      }).set('Idempotency-Key', 'sweep-2026-001');
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(await counts()).toEqual(before);
      expect((await balanceOf(programId, household.id)).balance).toBe(105);

      const reused = await refused(422, 'IDEMPOTENCY_KEY_REUSED', () =>
        award(clerkA.token, programId, { ...body, memo: '另一件事' }).set('Idempotency-Key', 'sweep-2026-001'),
      );
      expect(reused.body.error.details).toEqual({ key: 'sweep-2026-001' });
      // The same key on another endpoint is another request too.
      const minus = await negativeRule();
      await refused(422, 'IDEMPOTENCY_KEY_REUSED', () =>
        deduct(clerkA.token, programId, { ...body, ruleId: minus.id, reason: '乱倒垃圾' }).set('Idempotency-Key', 'sweep-2026-001'),
      );

      const [stored] = (await t.db.query(
        `SELECT scope, response_status AS status, expires_at - created_at >= interval '30 days' AS "keptLong" FROM idempotency_keys WHERE key = $1`,
        ['sweep-2026-001'],
      )) as { scope: string; status: number; keptLong: boolean }[];
      expect(stored).toEqual({ scope: `user:${clerkA.id}`, status: 201, keptLong: true });
    });

    it('keeps keys of different users apart', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const body = { ruleId: rule.id, holderIds: [household.id], occurredOn: today() };
      const mine = await award(clerkA.token, programId, body).set('Idempotency-Key', 'shared-key-1');
      const theirs = await award(admin, programId, body).set('Idempotency-Key', 'shared-key-1');
      expect([mine.status, theirs.status]).toEqual([201, 201]);
      expect(theirs.headers['idempotent-replayed']).toBeUndefined();
      expect(theirs.body.results[0].transactionId).not.toBe(mine.body.results[0].transactionId);
      expect(theirs.body.results[0].balanceAfter).toBe(110);
    });

    it('works on reversals: a replay returns the first reversal instead of 409', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const txId = (await award(admin, programId, { ruleId: rule.id, holderIds: [household.id], occurredOn: today() })).body.results[0]
        .transactionId as string;
      const first = await reverse(admin, txId, '重复录入').set('Idempotency-Key', `rev-${txId}`);
      expect(first.status).toBe(201);
      const before = await counts();
      const replay = await reverse(admin, txId, '重复录入').set('Idempotency-Key', `rev-${txId}`);
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(await counts()).toEqual(before);
      await refused(409, 'ALREADY_REVERSED', () => reverse(admin, txId, '重复录入').set('Idempotency-Key', `rev-${txId}-b`));
      await refused(422, 'IDEMPOTENCY_KEY_REUSED', () => reverse(admin, txId, '别的理由').set('Idempotency-Key', `rev-${txId}`));
    });

    it('refuses an invalid key (400) and posts nothing', async () => {
      const rule = await positiveRule();
      const household = await createHousehold(t, admin, villageA);
      const body = { ruleId: rule.id, holderIds: [household.id], occurredOn: today() };
      const long = await refused(400, 'VALIDATION_FAILED', () => award(admin, programId, body).set('Idempotency-Key', 'k'.repeat(300)));
      expect(long.body.error.details.fields[0].field).toBe('Idempotency-Key');
      await refused(400, 'VALIDATION_FAILED', () => award(admin, programId, body).set('Idempotency-Key', 'has space'));
      await refused(400, 'VALIDATION_FAILED', () => award(admin, programId, body).set('Idempotency-Key', ''));
      expect(await balanceOf(programId, household.id)).toMatchObject({ opened: false });
    });
  });

  // ---- ledger check --------------------------------------------------------------------------

  describe('ledger check', () => {
    it('is ok with the counts of the whole ledger; an auditor may read it, a clerk may not', async () => {
      const res = await api(admin).get('/ledger/check');
      expect(res.status).toBe(200);
      const [db] = (await t.db.query(
        `SELECT (SELECT count(*) FROM transactions)::int AS transactions, (SELECT count(*) FROM postings)::int AS postings`,
      )) as {
        transactions: number;
        postings: number;
      }[];
      expect(db.transactions).toBeGreaterThan(50);
      expect(res.body).toEqual({
        ok: true,
        transactions: db.transactions,
        postings: db.postings,
        globalSum: 0,
        imbalances: [],
        balanceMismatches: [],
        lotMismatches: [],
      });
      const audited = await api(auditor.token).get('/ledger/check');
      expect(audited.status).toBe(200);
      expect(audited.body).toEqual(res.body);

      const one = await api(auditor.token).get(`/ledger/check?programId=${programId}`);
      const [mine] = (await t.db.query(
        `SELECT (SELECT count(*) FROM transactions WHERE program_id = $1)::int AS transactions,
                (SELECT count(*) FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.program_id = $1)::int AS postings`,
        [programId],
      )) as { transactions: number; postings: number }[];
      expect(one.body).toEqual({ ok: true, ...mine, globalSum: 0, imbalances: [], balanceMismatches: [], lotMismatches: [] });

      expectError(await api(clerkA.token).get('/ledger/check'), 403, 'FORBIDDEN');
      expectError(await api(officerA.token).get('/ledger/check'), 403, 'FORBIDDEN');
    });

    it("covers only the caller's county", async () => {
      const other = await seedCounty(t);
      const res = await api(other.token).get('/ledger/check');
      expect(res.body).toEqual({
        ok: true,
        transactions: 0,
        postings: 0,
        globalSum: 0,
        imbalances: [],
        balanceMismatches: [],
        lotMismatches: [],
      });
      const foreign = await api(other.token).get(`/ledger/check?programId=${programId}`);
      expect(foreign.body).toMatchObject({ transactions: 0, postings: 0 });
    });
  });
});
