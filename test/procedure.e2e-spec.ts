import sharp from 'sharp';
import { addDays, periodBounds, periodKey } from '../src/common/calendar/calendar.js';
import { Clock } from '../src/common/clock.js';
import { JobQueue } from '../src/jobs/job-queue.js';
import { NoticePosting } from '../src/publicity/notice-posting.js';
import { PeriodEndJob, periodEndRetryId, RETRY_MS } from '../src/rankings/period-end.job.js';
import { ConfirmNotices } from '../src/publicity/confirm-notices.job.js';
import {
  API,
  as,
  countRows,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  expectError,
  rowCounts,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * The procedure that makes points legitimate (申报 → 审核 → 公示 → 确认), end to end on the real
 * database and Redis, with the service's clock moved forward to let notice periods pass.
 */

const DAY = 86_400_000;

interface Balance {
  balance: number;
  basePoints: number;
  redeemable: number;
  pending: number;
}

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .toBuffer();
}

async function residentToken(t: TestApp, clerk: string, household: { id: number; cardCode: string }): Promise<string> {
  const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
  const res = await t
    .http()
    .post(`${API}/auth/resident-login`)
    .send({ cardCode: household.cardCode, pin: pin.body.pin as string });
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

describe('申报 → 审核 → 公示 → 确认', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: string;
  let reviewer: { id: number; token: string };
  let reviewer2: { id: number; token: string };
  let program: number;
  let sweep: number;
  let bigDeed: number;
  let litter: number;
  const homes: { id: number; cardCode: string }[] = [];
  const residents: string[] = [];

  const confirm = () => t.app.get(ConfirmNotices).run();
  const later = (days: number) => t.app.get(Clock).advance(days * DAY + 60_000);
  const balance = async (holder: number): Promise<Balance> =>
    (await as(t, { token: tree.county.token }).get(`/programs/${program}/holders/${holder}/balance`)).body as Balance;
  const claim = (token: string, body: object) =>
    as(t, { token }).post('/claims', { programId: program, ruleId: sweep, occurredOn: today(), ...body });
  const approve = (token: string, id: string) => as(t, { token }).post(`/claims/${id}/approve`, {});

  beforeAll(async () => {
    tree = await seedTree(t);
    const admin = tree.county.token;
    clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    reviewer = await createUser(t, admin, 'reviewer', tree.villageA);
    reviewer2 = await createUser(t, admin, 'reviewer', tree.villageA);
    program = (await createProgram(t, admin, tree.county.countyId)).id;
    const settings = await as(t, { token: admin }).patch(`/programs/${program}`, {
      publicityDays: 7,
      claimWindowDays: 30,
      secondReviewAbove: 50,
    });
    expect(settings.body).toMatchObject({ publicityDays: 7, claimWindowDays: 30, secondReviewAbove: 50, clerksReview: false });
    sweep = (await createRule(t, admin, program, { points: 10, cap: { points: 15, per: 'month' } })).id;
    bigDeed = (await createRule(t, admin, program, { points: 100 })).id;
    litter = (await createRule(t, admin, program, { points: -5 })).id;
    for (const name of ['王秀英', '李建国', '张桂兰', '刘德华']) {
      const home = await createHousehold(t, clerk, tree.villageA, { headName: name });
      homes.push(home);
      residents.push(await residentToken(t, clerk, home));
    }
  });

  it("a resident's claim with a photo → approved → on the village board for 7 days → no objection → posted at the deadline", async () => {
    const upload = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${residents[0]}`)
      .attach('file', await photo(), '清扫.jpg');
    expect(upload.status).toBe(201);
    const filed = await claim(residents[0], { memo: '清扫村口道路积雪', evidenceIds: [upload.body.id as number] });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'submitted',
      householdId: homes[0].id,
      points: 10,
      filedByType: 'resident',
      evidenceIds: [upload.body.id],
    });
    const before = await balance(homes[0].id);

    const approved = await approve(reviewer.token, filed.body.id as string);
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ status: 'approved', reviewer: reviewer.id, noticeStatus: 'noticed' });
    const deadline = new Date(approved.body.noticeDeadline as string).getTime();
    expect(Math.abs(deadline - (t.app.get(Clock).now().getTime() + 7 * DAY))).toBeLessThan(60_000);
    expect(await balance(homes[0].id)).toMatchObject({ balance: before.balance, redeemable: before.redeemable, pending: 10 });

    const board = await t.http().get(`${API}/public/notices/${tree.villageA}`);
    expect(board.status).toBe(200);
    const shown = (
      board.body as { id: string; holderName: string; points: number; daysLeft: number; status: string; rule: { name: string } }[]
    ).find((n) => n.id === approved.body.noticeId);
    expect(shown).toMatchObject({ holderName: '王*英', points: 10, daysLeft: 7, status: 'noticed' });
    expect(JSON.stringify(board.body)).not.toContain('王秀英');

    // Before the deadline nothing posts; after it, once.
    expect(await confirm()).toBe(0);
    later(7);
    expect(await confirm()).toBeGreaterThanOrEqual(1);
    expect(await confirm()).toBe(0);
    const after = await balance(homes[0].id);
    expect(after).toMatchObject({ balance: before.balance + 10, redeemable: before.redeemable + 10, pending: 0 });

    const statement = await as(t, { token: residents[0] }).get(`/programs/${program}/holders/${homes[0].id}/statement`);
    expect(statement.body.items[0]).toMatchObject({
      type: 'award',
      points: 10,
      claimId: filed.body.id,
      noticeId: approved.body.noticeId,
      evidenceIds: [upload.body.id],
      memo: '清扫村口道路积雪',
    });
    expect(statement.body.items[0].operator).toMatchObject({ type: 'user', id: reviewer.id });
    const history = await as(t, { token: residents[0] }).get(`/claims/${filed.body.id as string}`);
    expect(history.body.history.map((e: { event: string }) => e.event)).toEqual(['filed', 'approved']);
    const notice = await as(t, { token: reviewer.token }).get(`/notices/${approved.body.noticeId as string}`);
    expect(notice.body.history.map((e: { event: string; actor: { type: string } }) => [e.event, e.actor.type])).toEqual([
      ['noticed', 'user'],
      ['posted', 'system'],
    ]);
    expect(notice.body.notice).toMatchObject({ status: 'posted', transactionId: statement.body.items[0].transactionId });
  });

  it("a clerk files for a household with the clerk's photo: the household's resident sees the claim and its photo, a neighbour does not", async () => {
    const upload = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${clerk}`)
      .field('villageId', String(tree.villageA))
      .attach('file', await photo(), 'p.jpg');
    const photoId = upload.body.id as number;
    const thumb = (token: string) => as(t, { token }).get(`/evidence/${photoId}/thumbnail`);
    expect((await thumb(residents[2])).status).toBe(403);
    const filed = await claim(clerk, { householdId: homes[2].id, evidenceIds: [photoId], memo: '代为申报' });
    expect(filed.body).toMatchObject({ status: 'submitted', filedByType: 'user', evidenceIds: [photoId] });
    expect((await thumb(residents[2])).status).toBe(200);
    expect((await as(t, { token: residents[2] }).get(`/claims/${filed.body.id as string}`)).status).toBe(200);
    expectError(await thumb(residents[3]), 403, 'OUT_OF_SCOPE');
    expectError(await as(t, { token: residents[3] }).get(`/claims/${filed.body.id as string}`), 403, 'OUT_OF_SCOPE');
    expect((await as(t, { token: reviewer.token }).post(`/claims/${filed.body.id as string}/reject`, { reason: '重复申报' })).status).toBe(
      201,
    );
  });

  it('an objection upheld by another reviewer voids the entry: nothing posts and its cap is given back', async () => {
    const filed = await claim(residents[1], {});
    const approved = await approve(reviewer.token, filed.body.id as string);
    const noticeId = approved.body.noticeId as string;
    const capUsed = () =>
      t.db.query(`SELECT used::int FROM cap_usage WHERE rule_id = $1 AND holder_id = $2`, [sweep, homes[1].id]) as Promise<
        { used: number }[]
      >;
    expect(await capUsed()).toEqual([{ used: 10 }]);

    const objected = await as(t, { token: residents[2] }).post(`/notices/${noticeId}/objections`, { reason: '那天他不在村里' });
    expect(objected.status).toBe(201);
    expect((await t.http().get(`${API}/public/notices/${tree.villageA}`)).body.find((n: { id: string }) => n.id === noticeId).status).toBe(
      'held',
    );
    // The same household twice: refused, nothing written.
    const counts = await rowCounts(t, { objections: 'objections', events: 'procedure_events' });
    expectError(
      await as(t, { token: residents[2] }).post(`/notices/${noticeId}/objections`, { reason: '再说一次' }),
      409,
      'OBJECTION_EXISTS',
    );
    expect(await rowCounts(t, { objections: 'objections', events: 'procedure_events' })).toEqual(counts);

    expectError(
      await as(t, { token: reviewer.token }).post(`/objections/${objected.body.id as string}/decision`, {
        uphold: true,
        reason: '核实属实',
      }),
      403,
      'SAME_REVIEWER',
    );
    const decided = await as(t, { token: reviewer2.token }).post(`/objections/${objected.body.id as string}/decision`, {
      uphold: true,
      reason: '核实属实',
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toEqual({ objectionId: objected.body.id, status: 'upheld', notice: { id: noticeId, status: 'voided' } });
    expect(await capUsed()).toEqual([{ used: 0 }]);

    later(8);
    await confirm();
    expect(await countRows(t, 'transactions WHERE notice_id = $1', [noticeId])).toBe(0);
    expect((await balance(homes[1].id)).pending).toBe(0);
    const history = (await as(t, { token: reviewer2.token }).get(`/notices/${noticeId}`)).body.history.map(
      (e: { event: string }) => e.event,
    );
    expect(history).toEqual(['noticed', 'objected', 'upheld', 'voided']);
  });

  it("an upheld decision names the objections it decided, in the notice's history and in its claim's", async () => {
    const filed = await claim(residents[0], { memo: '帮五保户修屋顶' });
    const approved = await approve(reviewer.token, filed.body.id as string);
    const noticeId = approved.body.noticeId as string;
    const first = await as(t, { token: residents[2] }).post(`/notices/${noticeId}/objections`, { reason: '那天下雨，没修' });
    const second = await as(t, { token: clerk }).post(`/notices/${noticeId}/objections`, {
      householdId: homes[3].id,
      reason: '代刘德华家提出：没见到人',
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    const ids = [first.body.id as string, second.body.id as string];
    expect(BigInt(ids[0]) < BigInt(ids[1])).toBe(true);

    // Deciding the second upholds both.
    const decided = await as(t, { token: reviewer2.token }).post(`/objections/${ids[1]}/decision`, { uphold: true, reason: '核实属实' });
    expect(decided.body).toEqual({ objectionId: ids[1], status: 'upheld', notice: { id: noticeId, status: 'voided' } });

    const notice = (await as(t, { token: reviewer2.token }).get(`/notices/${noticeId}`)).body as {
      objections: { id: string; status: string }[];
      history: { event: string; reason: string | null; details: object }[];
    };
    expect(notice.objections.map((o) => [o.id, o.status])).toEqual([
      [ids[0], 'upheld'],
      [ids[1], 'upheld'],
    ]);
    expect(notice.history.map((e) => [e.event, e.reason, e.details])).toEqual([
      ['noticed', null, { deadline: approved.body.noticeDeadline }],
      ['objected', '那天下雨，没修', { objectionId: ids[0], householdId: homes[2].id }],
      ['objected', '代刘德华家提出：没见到人', { objectionId: ids[1], householdId: homes[3].id }],
      ['upheld', '核实属实', { objectionIds: ids }],
      ['voided', '核实属实', {}],
    ]);
    const claimed = (await as(t, { token: residents[0] }).get(`/claims/${filed.body.id as string}`)).body as {
      claim: { noticeStatus: string };
      history: { event: string; reason: string | null; details: object }[];
    };
    expect(claimed.claim.noticeStatus).toBe('voided');
    expect(claimed.history.map((e) => e.event)).toEqual(['filed', 'approved', 'upheld']);
    expect(claimed.history[2]).toMatchObject({ event: 'upheld', reason: '核实属实', actor: { type: 'user', id: reviewer2.id } });
    expect(claimed.history[2].details).toEqual({ noticeId, objectionIds: ids });
  });

  it('an objection dismissed after the deadline posts the entry at once', async () => {
    const filed = await claim(residents[1], {});
    const noticeId = (await approve(reviewer.token, filed.body.id as string)).body.noticeId as string;
    const objection = await as(t, { token: clerk }).post(`/notices/${noticeId}/objections`, {
      householdId: homes[3].id,
      reason: '代刘德华家提出：时间不对',
    });
    expect(objection.status).toBe(201);
    later(8);
    // Held: the deadline passing does not post it.
    await confirm();
    expect(await countRows(t, 'transactions WHERE notice_id = $1', [noticeId])).toBe(0);
    expectError(await as(t, { token: residents[2] }).post(`/notices/${noticeId}/objections`, { reason: '太晚了' }), 422, 'NOTICE_CLOSED');
    const before = await balance(homes[1].id);
    const decided = await as(t, { token: reviewer2.token }).post(`/objections/${objection.body.id as string}/decision`, {
      uphold: false,
      reason: '经核实，确有此事',
    });
    expect(decided.body).toMatchObject({ status: 'dismissed', notice: { status: 'posted' } });
    expect(await balance(homes[1].id)).toMatchObject({ balance: before.balance + 10, pending: 0 });
    expect(await countRows(t, 'transactions WHERE notice_id = $1', [noticeId])).toBe(1);
  });

  it('a staff deduction on a program with a notice period goes on notice, then posts', async () => {
    const before = await balance(homes[2].id);
    const res = await as(t, { token: clerk }).post(`/programs/${program}/deductions`, {
      ruleId: litter,
      holderIds: [homes[2].id],
      occurredOn: today(),
      reason: '乱扔垃圾',
    });
    expect(res.status).toBe(201);
    expect(res.body.results[0]).toMatchObject({ status: 'noticed', transactionId: null, points: -5, balanceAfter: null });
    expect((await balance(homes[2].id)).pending).toBe(-5);
    later(7);
    await confirm();
    expect(await balance(homes[2].id)).toMatchObject({ balance: before.balance - 5, pending: 0 });
  });

  it('caps count entries under notice: two pending awards cannot together pass the cap', async () => {
    const month = periodKey(today(), 'month');
    const used = (await t.db.query(
      `SELECT COALESCE(sum(used), 0)::int AS used FROM cap_usage WHERE rule_id = $1 AND holder_id = $2 AND period_key = $3`,
      [sweep, homes[3].id, month],
    )) as { used: number }[];
    expect(used[0].used).toBe(0);
    const first = await approve(reviewer.token, (await claim(residents[3], {})).body.id as string);
    const second = await approve(reviewer.token, (await claim(residents[3], {})).body.id as string);
    const points = (await t.db.query(`SELECT points::int FROM notices WHERE id = ANY($1::bigint[]) ORDER BY id`, [
      [first.body.noticeId, second.body.noticeId],
    ])) as { points: number }[];
    expect(points).toEqual([{ points: 10 }, { points: 5 }]);
    expect((await balance(homes[3].id)).pending).toBe(15);
  });

  it('enforces the separation of duties with its own codes', async () => {
    const admin = tree.county.token;
    // A reviewer living in household 0 may not approve its claim; a clerk living in household 1 may not award it.
    expect((await as(t, { token: admin }).put(`/users/${reviewer2.id}/household`, { householdId: homes[0].id })).status).toBe(200);
    const clerkUser = await createUser(t, admin, 'village_clerk', tree.villageA);
    expect((await as(t, { token: admin }).put(`/users/${clerkUser.id}/household`, { householdId: homes[1].id })).status).toBe(200);
    const own = await claim(residents[0], { ruleId: bigDeed });
    expectError(await approve(reviewer2.token, own.body.id as string), 403, 'OWN_HOUSEHOLD');
    expectError(
      await as(t, { token: clerkUser.token }).post(`/programs/${program}/awards`, {
        ruleId: sweep,
        holderIds: [homes[2].id, homes[1].id],
        occurredOn: today(),
      }),
      403,
      'OWN_HOUSEHOLD',
    );

    // Above 50 points a second, different reviewer must approve.
    const first = await approve(reviewer.token, own.body.id as string);
    expect(first.body).toMatchObject({ status: 'seconding', firstReviewer: reviewer.id, noticeId: null });
    expectError(await approve(reviewer.token, own.body.id as string), 403, 'SAME_REVIEWER');
    const third = await createUser(t, admin, 'reviewer', tree.villageA);
    const second = await approve(third.token, own.body.id as string);
    expect(second.body).toMatchObject({ status: 'approved', reviewer: third.id, noticeStatus: 'noticed' });
    expectError(await approve(third.token, own.body.id as string), 409, 'CLAIM_DECIDED');

    // Clerks review only where the program allows; nobody reviews a claim they filed.
    const byClerk = await claim(clerk, { householdId: homes[2].id });
    expect(byClerk.body).toMatchObject({ status: 'submitted', filedByType: 'user' });
    expectError(await approve(clerk, byClerk.body.id as string), 403, 'FORBIDDEN');
    await as(t, { token: admin }).patch(`/programs/${program}`, { clerksReview: true });
    expectError(await approve(clerk, byClerk.body.id as string), 403, 'SELF_REVIEW');
    const rejected = await as(t, { token: reviewer.token }).post(`/claims/${byClerk.body.id as string}/reject`, { reason: '照片不清楚' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewReason: '照片不清楚' });
    await as(t, { token: admin }).patch(`/programs/${program}`, { clerksReview: false });
  });

  it('keeps every approver of an entry, and whoever entered it, from deciding objections to it', async () => {
    const admin = tree.county.token;
    const [a, b, c] = [
      await createUser(t, admin, 'reviewer', tree.villageA),
      await createUser(t, admin, 'reviewer', tree.villageA),
      await createUser(t, admin, 'reviewer', tree.villageA),
    ];
    const events = (noticeId: string) => countRows(t, 'procedure_events WHERE subject_type = $1 AND subject_id = $2', ['notice', noticeId]);
    const decide = (token: string, objectionId: string) =>
      as(t, { token }).post(`/objections/${objectionId}/decision`, { uphold: false, reason: '经核实，确有此事' });

    // A claim above 50 points: approved by A, seconded by B, on notice, objected to.
    const filed = await claim(residents[3], { ruleId: bigDeed, memo: '救火' });
    expect((await approve(a.token, filed.body.id as string)).body).toMatchObject({ status: 'seconding', firstReviewer: a.id });
    const approved = await approve(b.token, filed.body.id as string);
    expect(approved.body).toMatchObject({ status: 'approved', firstReviewer: a.id, reviewer: b.id, noticeStatus: 'noticed' });
    const noticeId = approved.body.noticeId as string;
    const objection = await as(t, { token: residents[0] }).post(`/notices/${noticeId}/objections`, { reason: '那天没有火情' });
    expect(objection.status).toBe(201);
    const objectionId = objection.body.id as string;
    const before = await events(noticeId);
    const reason = 'the objection is decided by someone other than who entered or approved the entry';
    // The first approver is refused as well as the second; nothing is decided or written.
    expectError(await decide(a.token, objectionId), 403, 'SAME_REVIEWER', { objectionId, reason });
    expectError(await decide(b.token, objectionId), 403, 'SAME_REVIEWER', { objectionId, reason });
    expect(await events(noticeId)).toBe(before);
    expect((await as(t, { token: c.token }).get(`/notices/${noticeId}`)).body.objections.map((o: { status: string }) => o.status)).toEqual([
      'open',
    ]);
    const decided = await decide(c.token, objectionId);
    expect(decided.status).toBe(201);
    expect(decided.body).toEqual({ objectionId, status: 'dismissed', notice: { id: noticeId, status: 'noticed' } });

    // A staff deduction on notice: the clerk who entered it does not decide objections at all (the role),
    // and a township officer who entered one is refused as its entrant.
    const officer = await createUser(t, admin, 'township_officer', tree.townshipA);
    for (const [entrant, refusal] of [
      [clerk, 'FORBIDDEN'],
      [officer.token, 'SAME_REVIEWER'],
    ] as const) {
      const entered = await as(t, { token: entrant }).post(`/programs/${program}/deductions`, {
        ruleId: litter,
        holderIds: [homes[2].id],
        occurredOn: today(),
        reason: '乱堆柴草',
      });
      expect(entered.body.results[0]).toMatchObject({ status: 'noticed', points: -5 });
      const deduction = entered.body.results[0].noticeId as string;
      const objected = await as(t, { token: residents[2] }).post(`/notices/${deduction}/objections`, { reason: '柴草是邻居家的' });
      expect(objected.status).toBe(201);
      expectError(await decide(entrant, objected.body.id as string), 403, refusal);
      expect((await decide(c.token, objected.body.id as string)).body).toMatchObject({
        status: 'dismissed',
        notice: { id: deduction, status: 'noticed' },
      });
    }
  });

  it('refuses bad claims and objections with clear codes, changing nothing', async () => {
    const tables = { claims: 'claims', notices: 'notices', objections: 'objections', events: 'procedure_events' };
    const before = await rowCounts(t, tables);
    expectError(await claim(residents[0], { ruleId: 999999 }), 404, 'NOT_FOUND');
    expectError(await claim(residents[0], { occurredOn: addDays(today(), -31) }), 422, 'CLAIM_WINDOW_PASSED');
    expectError(await claim(residents[0], { householdId: homes[1].id }), 403, 'FORBIDDEN');
    expectError(await claim(residents[0], { ruleId: litter }), 422, 'NOT_CLAIMABLE');
    const villageBClerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageB)).token;
    const elsewhere = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${villageBClerk}`)
      .field('villageId', String(tree.villageB))
      .attach('file', await photo(), 'b.jpg');
    expect(elsewhere.status).toBe(201);
    expectError(await claim(clerk, { householdId: homes[0].id, evidenceIds: [elsewhere.body.id as number] }), 422, 'EVIDENCE_NOT_USABLE');
    expectError(await claim(clerk, { householdId: homes[0].id, evidenceIds: [999999] }), 422, 'EVIDENCE_NOT_USABLE');
    const outsider = await createHousehold(t, villageBClerk, tree.villageB);
    expectError(await claim(clerk, { householdId: outsider.id }), 403, 'OUT_OF_SCOPE');
    // An objection from another village's household, and from a closed notice.
    const posted = (await t.db.query(`SELECT id FROM notices WHERE status = 'posted' LIMIT 1`)) as { id: string }[];
    expectError(await as(t, { token: residents[0] }).post(`/notices/${posted[0].id}/objections`, { reason: '不对' }), 422, 'NOTICE_CLOSED');
    const open = (await t.db.query(`SELECT id FROM notices WHERE status = 'noticed' LIMIT 1`)) as { id: string }[];
    expectError(
      await as(t, { token: villageBClerk }).post(`/notices/${open[0].id}/objections`, { householdId: outsider.id, reason: '不对' }),
      403,
      'OUT_OF_SCOPE',
    );
    expect(await rowCounts(t, tables)).toEqual(before);
  });

  it('refuses to close a period while entries of it are under notice, saying how many', async () => {
    const current = periodKey(today(), 'quarter');
    const lastDay = addDays(periodBounds(current, 'quarter')!.first, -1);
    const previous = periodKey(lastDay, 'quarter');
    const res = await as(t, { token: clerk }).post(`/programs/${program}/awards`, {
      ruleId: bigDeed,
      holderIds: [homes[2].id, homes[3].id],
      occurredOn: lastDay,
    });
    expect(res.status).toBe(201);
    const refused = await as(t, { token: tree.county.token }).post(`/programs/${program}/periods/${previous}/close`);
    expectError(refused, 409, 'PERIOD_HAS_PENDING');
    expect(refused.body.error.details).toMatchObject({ period: previous, pending: 2, noticed: 2, held: 0 });
    // The scheduled period end does not fail either: it tries again in an hour (a delayed job of the queue).
    await t.app.get(PeriodEndJob).periodEnd(program);
    expect(await countRows(t, 'period_closures WHERE program_id = $1 AND period = $2', [program, previous])).toBe(0);
    const retry = await t.app.get(JobQueue).state(periodEndRetryId(program, previous, Date.now() + RETRY_MS));
    expect(retry.state).toBe('live');
    later(7);
    await confirm();
    expect((await as(t, { token: tree.county.token }).post(`/programs/${program}/periods/${previous}/close`)).status).toBe(201);
  });

  it('confirms each notice exactly once: two runs at the same time, and a run killed between batches', async () => {
    const households = await Promise.all(Array.from({ length: 30 }, () => createHousehold(t, clerk, tree.villageA)));
    const ids = households.map((h) => h.id);
    expect(
      (await as(t, { token: clerk }).post(`/programs/${program}/awards`, { ruleId: bigDeed, holderIds: ids, occurredOn: today() })).status,
    ).toBe(201);
    later(7);
    const runs = await Promise.all([confirm(), confirm()]);
    expect(runs[0] + runs[1]).toBeGreaterThanOrEqual(30);
    const posted = (await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT notice_id)::int AS d FROM transactions WHERE holder_id = ANY($1) AND notice_id IS NOT NULL`,
      [ids],
    )) as { n: number; d: number }[];
    expect(posted).toEqual([{ n: 30, d: 30 }]);

    // Killed between batches: the batches committed stay, the one in flight rolls back, the next run finishes.
    expect(
      (await as(t, { token: clerk }).post(`/programs/${program}/awards`, { ruleId: bigDeed, holderIds: ids, occurredOn: today() })).status,
    ).toBe(201);
    later(7);
    // The third batch dies before its transaction commits, as when the process is killed then.
    const posting = t.app.get(NoticePosting);
    const real = posting.post.bind(posting);
    let calls = 0;
    posting.post = async (m, due, at) => {
      await real(m, due, at);
      if (++calls === 3) throw new Error('killed');
    };
    try {
      await expect(t.app.get(ConfirmNotices).run(10)).rejects.toThrow('killed');
    } finally {
      posting.post = real;
    }
    const half = (await t.db.query(`SELECT count(*)::int AS n FROM transactions WHERE holder_id = ANY($1) AND notice_id IS NOT NULL`, [
      ids,
    ])) as { n: number }[];
    expect(half).toEqual([{ n: 50 }]);
    await t.app.get(ConfirmNotices).run(10);
    const all = (await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT notice_id)::int AS d FROM transactions WHERE holder_id = ANY($1) AND notice_id IS NOT NULL`,
      [ids],
    )) as { n: number; d: number }[];
    expect(all).toEqual([{ n: 60, d: 60 }]);
    const balances = (await t.db.query(`SELECT DISTINCT balance::int FROM accounts WHERE program_id = $1 AND holder_id = ANY($2)`, [
      program,
      ids,
    ])) as { balance: number }[];
    expect(balances.length).toBe(1);
    const ledger = await as(t, { token: tree.county.token }).get('/ledger/check');
    expect(ledger.body.ok).toBe(true);
  });
});
