import pg from 'pg';
import { Clock } from '../src/common/clock.js';
import { addDays } from '../src/common/calendar/calendar.js';
import { ExpiryReminders } from '../src/views/notifications/expiry-reminders.js';
import {
  API,
  as,
  countRows,
  createDevice,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  eventually,
  expectError,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { openStore } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Messages out (the outbox): the transaction that decides a claim, puts an entry on notice,
 * decides an objection, imposes or lifts a sanction or redeems writes the household's message;
 * a household reads its own on the door page's inbox.
 */

const DAY = 86_400_000;
/** A day as the messages write it: 2026-12-13 → 2026年12月13日. */
const cn = (d: string | number) =>
  String(d).replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, dd: string) => `${y}年${Number(m)}月${Number(dd)}日`);

interface Message {
  id: string;
  householdId: number;
  template: string;
  values: Record<string, string | number>;
  text: string;
  subject: { type: string; id: string } | null;
  deliveries?: unknown[];
}

export async function residentToken(t: TestApp, clerk: string, household: { id: number; cardCode: string }): Promise<string> {
  const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
  const res = await t
    .http()
    .post(`${API}/auth/resident-login`)
    .send({ cardCode: household.cardCode, pin: pin.body.pin as string });
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

describe('messages to households, written with the decision', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: string;
  let reviewer: string;
  let reviewer2: string;
  let program: number;
  let sweep: number;
  let litter: number;
  const homes: { id: number; cardCode: string }[] = [];
  const residents: string[] = [];

  const inbox = async (token: string, household: number, language = 'zh-CN'): Promise<Message[]> => {
    const res = await as(t, { token }).get(`/household-messages/${household}`).set('Accept-Language', language);
    expect(res.status).toBe(200);
    return res.body.items as Message[];
  };
  const messagesAbout = (type: string, id: string): Promise<{ household_id: number; template: string }[]> =>
    t.db.query(`SELECT household_id, template FROM messages WHERE subject_type = $1 AND subject_id = $2 ORDER BY id`, [type, id]);

  beforeAll(async () => {
    tree = await seedTree(t);
    const admin = tree.county.token;
    clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    reviewer = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    reviewer2 = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    program = (await createProgram(t, admin, tree.county.countyId, { name: '德润积分' })).id;
    expect((await as(t, { token: admin }).patch(`/programs/${program}`, { publicityDays: 7, claimWindowDays: 30 })).status).toBe(200);
    sweep = (await createRule(t, admin, program, { points: 10, name: '清扫村道' })).id;
    litter = (await createRule(t, admin, program, { points: -5, name: '乱扔垃圾' })).id;
    for (const name of ['王秀英', '李建国', '张桂兰']) {
      const home = await createHousehold(t, clerk, tree.villageA, { headName: name });
      homes.push(home);
      residents.push(await residentToken(t, clerk, home));
    }
  });

  it('tells a household its claim was approved (with the notice period) or rejected, in its inbox, newest first, in Chinese or English', async () => {
    const filed = await as(t, { token: residents[0] }).post('/claims', {
      programId: program,
      ruleId: sweep,
      occurredOn: today(),
      memo: '扫雪',
    });
    expect(filed.status).toBe(201);
    // Filing tells nobody anything.
    expect(await messagesAbout('claim', filed.body.id as string)).toEqual([]);
    const approved = await as(t, { token: reviewer }).post(`/claims/${filed.body.id as string}/approve`, {});
    expect(approved.status).toBe(201);
    const deadline = addDays(today(), 7);

    const rejectedClaim = await as(t, { token: residents[0] }).post('/claims', {
      programId: program,
      ruleId: sweep,
      occurredOn: today(),
      memo: '又扫',
    });
    expect(
      (await as(t, { token: reviewer }).post(`/claims/${rejectedClaim.body.id as string}/reject`, { reason: '王秀英家重复申报' })).status,
    ).toBe(201);

    const mine = await inbox(residents[0], homes[0].id);
    expect(mine.map((m) => m.template)).toEqual(['claim.rejected', 'claim.approved']);
    expect(mine[1]).toMatchObject({
      householdId: homes[0].id,
      values: { program: '德润积分', rule: '清扫村道', points: 10, noticeUntil: expect.any(String) },
      subject: { type: 'claim', id: filed.body.id },
    });
    expect([deadline, addDays(deadline, 1)]).toContain(mine[1].values.noticeUntil);
    expect(mine[1].text).toBe(`【德润积分】您户申报的「清扫村道」已通过审核，+10分，公示至${cn(mine[1].values.noticeUntil)}后入账。`);
    // The reviewer's reason (free text, may name people) is not in the message.
    expect(mine[0].values).toEqual({ program: '德润积分', rule: '清扫村道' });
    expect(JSON.stringify(mine)).not.toContain('王秀英');
    // A resident reads no delivery details, and no other household's inbox.
    expect(mine[0].deliveries).toBeUndefined();
    expectError(await as(t, { token: residents[1] }).get(`/household-messages/${homes[0].id}`), 403, 'OUT_OF_SCOPE');

    const english = await inbox(residents[0], homes[0].id, 'en');
    expect(english[0].text).toBe('德润积分: Your claim "清扫村道" was not approved; the reason is on your household page.');
    // Paging: one at a time, newest first.
    const first = await as(t, { token: residents[0] }).get(`/household-messages/${homes[0].id}?limit=1`);
    const second = await as(t, { token: residents[0] }).get(
      `/household-messages/${homes[0].id}?limit=1&before=${first.body.nextBefore as string}`,
    );
    expect([first.body.items[0].template, second.body.items[0].template]).toEqual(['claim.rejected', 'claim.approved']);
    // The second page is the last: no cursor to a page with nothing on it.
    expect(second.body.nextBefore).toBeNull();
  });

  it('tells the household of an entry on notice, and both households when an objection to it is decided', async () => {
    const entered = await as(t, { token: clerk }).post(`/programs/${program}/deductions`, {
      ruleId: litter,
      holderIds: [homes[1].id],
      occurredOn: today(),
      reason: '垃圾倒在河边',
    });
    expect(entered.status).toBe(201);
    const noticeId = entered.body.results[0].noticeId as string;
    expect(noticeId).toBeDefined();
    expect(await messagesAbout('notice', noticeId)).toEqual([{ household_id: homes[1].id, template: 'entry.noticed' }]);
    const [noticed] = await inbox(residents[1], homes[1].id);
    expect(noticed.text).toMatch(
      /^【德润积分】您户有一条积分记录正在公示：「乱扔垃圾」−5分，公示至\d{4}年\d{1,2}月\d{1,2}日。如有异议，请在公示期内提出。$/,
    );

    const objected = await as(t, { token: residents[2] }).post(`/notices/${noticeId}/objections`, { reason: '不是他家倒的' });
    expect(objected.status).toBe(201);
    const decided = await as(t, { token: reviewer2 }).post(`/objections/${objected.body.id as string}/decision`, {
      uphold: false,
      reason: '有照片',
    });
    expect(decided.status).toBe(201);
    expect(await messagesAbout('notice', noticeId)).toEqual([
      { household_id: homes[1].id, template: 'entry.noticed' },
      { household_id: homes[1].id, template: 'objection.dismissed' },
      { household_id: homes[2].id, template: 'objection.dismissed' },
    ]);
    expect((await inbox(residents[2], homes[2].id))[0].text).toBe('【德润积分】您对「乱扔垃圾」−5分记录提出的异议未成立，该记录照常入账。');
    expect((await inbox(residents[1], homes[1].id))[0].text).toBe('【德润积分】对您户「乱扔垃圾」−5分记录的异议未成立，该记录照常入账。');
  });

  it('tells of a sanction imposed and lifted, and of a redemption, with the receipt number; village programs tell no household', async () => {
    const admin = tree.county.token;
    const direct = (await createProgram(t, admin, tree.county.countyId, { name: '文明积分' })).id;
    const store = await openStore(t, admin, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 }], {
      programId: direct,
    });
    const kiosk = as(t, { apiKey: (await createDevice(t, admin, store.id)).apiKey });
    const home = homes[2];
    const award = (await createRule(t, admin, direct, { points: 30, name: '志愿服务' })).id;
    expect(
      (await as(t, { token: clerk }).post(`/programs/${direct}/awards`, { ruleId: award, holderIds: [home.id], occurredOn: today() }))
        .status,
    ).toBe(201);
    const sale = await kiosk
      .post(`/stores/${store.id}/redemptions`, { householdId: home.id, lines: [{ sku: 'SOAP', quantity: 2 }] })
      .set('Idempotency-Key', 'msg-1');
    expect(sale.status).toBe(201);
    expect(await messagesAbout('redemption', sale.body.id as string)).toEqual([{ household_id: home.id, template: 'redemption.made' }]);
    expect((await inbox(residents[2], home.id))[0]).toMatchObject({
      values: { program: '文明积分', store: '爱心超市', points: 8, receiptNo: sale.body.receiptNo },
      text: `【文明积分】您户在爱心超市兑换，使用8分，小票号${sale.body.receiptNo as string}。`,
    });

    const rule = (
      await createRule(t, admin, direct, { points: -10, name: '违反村规', sanction: { clearRedeemable: true, suspendMonths: 6 } })
    ).id;
    const d = await as(t, { token: clerk }).post(`/programs/${direct}/deductions`, {
      ruleId: rule,
      holderIds: [home.id],
      occurredOn: today(),
      reason: '私搭乱建',
    });
    expect(d.status).toBe(201);
    const txId = d.body.results[0].transactionId as string;
    const [imposed] = await inbox(residents[2], home.id);
    expect(imposed).toMatchObject({
      template: 'sanction.imposed',
      values: { rule: '违反村规', clearedPoints: 12 },
      subject: { type: 'transaction', id: txId },
    });
    expect(imposed.text).toContain('积分清零（12分）');
    expect(imposed.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日前暂停兑换。$/);
    const reversal = await as(t, { token: admin }).post(`/transactions/${txId}/reversal`, { reason: '录错' });
    expect(reversal.status).toBe(201);
    expect((await inbox(residents[2], home.id))[0]).toMatchObject({
      template: 'sanction.lifted',
      text: '【文明积分】您户因「违反村规」受到的处理已撤销。',
    });

    const villages = (await createProgram(t, admin, tree.county.countyId, { holderType: 'village', name: '村级考核', basePoints: 0 })).id;
    const item = (await createRule(t, admin, villages, { points: -3 })).id;
    const before = await countRows(t, 'messages');
    expect(
      (
        await as(t, { token: admin }).post(`/programs/${villages}/deductions`, {
          ruleId: item,
          holderIds: [tree.villageA],
          occurredOn: today(),
          reason: '考核',
        })
      ).status,
    ).toBe(201);
    expect(await countRows(t, 'messages')).toBe(before);
  });

  it('writes a decision and its message together or neither: a decision killed before it commits leaves the claim undecided and no message', async () => {
    const filed = await as(t, { token: residents[1] }).post('/claims', {
      programId: program,
      ruleId: sweep,
      occurredOn: today(),
      memo: '修路',
    });
    const claimId = filed.body.id as string;
    // Hold the outbox: the decision's transaction reaches its commit, writes the message there, and waits.
    const holder = new pg.Client({ connectionString: t.config.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE messages IN SHARE MODE');
      const pending = as(t, { token: reviewer }).post(`/claims/${claimId}/approve`, {});
      const settled = pending.then((r) => r);
      const pid = await eventually(async () => {
        const rows = (await holder.query(
          `SELECT l.pid FROM pg_locks l WHERE NOT l.granted AND l.relation = 'messages'::regclass AND l.pid <> pg_backend_pid()`,
        )) as { rows: { pid: number }[] };
        return rows.rows[0]?.pid;
      });
      // The decision is made, the message written, the commit not done: the service dies here.
      await holder.query('SELECT pg_terminate_backend($1)', [pid]);
      const answer = await settled;
      expect(answer.status).toBeGreaterThanOrEqual(500);
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    expect(await t.db.query(`SELECT status FROM claims WHERE id = $1`, [claimId])).toEqual([{ status: 'submitted' }]);
    expect(await messagesAbout('claim', claimId)).toEqual([]);

    // Decided again, it commits with its one message.
    expect((await as(t, { token: reviewer }).post(`/claims/${claimId}/approve`, {})).status).toBe(201);
    expect(await messagesAbout('claim', claimId)).toEqual([{ household_id: homes[1].id, template: 'claim.approved' }]);
  });

  it('reminds households of points to be cleared 30 and 7 days ahead, once each', async () => {
    const admin = tree.county.token;
    const expiring = (await createProgram(t, admin, tree.county.countyId, { name: '积分银行' })).id;
    expect((await as(t, { token: admin }).put(`/programs/${expiring}/expiry`, { policy: 'rolling', months: 2 })).status).toBe(200);
    const rule = (await createRule(t, admin, expiring, { points: 40 })).id;
    const home = homes[0];
    expect(
      (await as(t, { token: clerk }).post(`/programs/${expiring}/awards`, { ruleId: rule, holderIds: [home.id], occurredOn: today() }))
        .status,
    ).toBe(201);
    const [{ on }] = (await t.db.query(`SELECT to_char(lot_expires_on($1::date, 'rolling', 2, NULL), 'YYYY-MM-DD') AS on`, [today()])) as {
      on: string;
    }[];
    const reminders = t.app.get(ExpiryReminders);
    const clock = t.app.get(Clock);
    const daysUntil = (date: string) => Math.round((Date.parse(date) - Date.parse(today())) / DAY);

    expect(await reminders.run()).toBe(0);
    clock.advance((daysUntil(on) - 30) * DAY);
    expect(await reminders.run()).toBe(1);
    expect(await reminders.run()).toBe(0);
    clock.advance(23 * DAY);
    expect(await reminders.run()).toBe(1);
    const rows = (await t.db.query(`SELECT "values" FROM messages WHERE household_id = $1 AND template = 'expiry.reminder' ORDER BY id`, [
      home.id,
    ])) as {
      values: Record<string, unknown>;
    }[];
    expect(rows.map((r) => r.values)).toEqual([
      { program: '积分银行', points: 40, date: on, days: 30 },
      { program: '积分银行', points: 40, date: on, days: 7 },
    ]);
    expect((await inbox(residents[0], home.id))[0].text).toBe(`【积分银行】您户有40分将于${cn(on)}清零，请在此之前到爱心超市兑换。`);
    clock.advance(-(daysUntil(on) - 7) * DAY);
  });
});
