import { Webhook } from 'standardwebhooks';
import { JobQueue } from '../src/jobs/job-queue.js';
import { jobId } from '../src/jobs/job-catalogue.js';
import { DeliveryService } from '../src/notifications/delivery.service.js';
import {
  as,
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
import { localReceiver, type Received } from './support/signed.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Delivery of the outbox through a county's channels: a signed webhook that fails twice and then
 * takes the message gets it once (the same id each time); quiet hours and the daily limit hold
 * messages; Tencent Cloud SMS through its SDK, pointed at a local server.
 */

/** A local receiver answering with the statuses given, in turn (then 200 with `answer`'s body). */
const receiver = (statuses: number[], answer: (r: Received) => unknown = () => ({ ok: true })) =>
  localReceiver((r) => {
    const status = statuses.shift() ?? 200;
    return { status, body: status === 200 ? answer(r) : { error: 'busy' } };
  });

interface Delivery {
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  sentAt: string | null;
  providerRef: string | null;
}

/** China time as HH:MM, `minutes` from now. */
const clockIn = (minutes: number): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + minutes * 60_000),
  );

describe('message delivery through the county channels', () => {
  const t = useTestApp({ env: { MESSAGE_RETRY_SECONDS: '1' } });
  const deliver = () => t.app.get(DeliveryService).deliverDue();

  async function county(t: TestApp) {
    const tree: CountyTree = await seedTree(t);
    const admin = tree.county.token;
    const clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    const reviewer = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    const program = (await createProgram(t, admin, tree.county.countyId, { name: '德润积分' })).id;
    const rule = (await createRule(t, admin, program, { points: 10, name: '清扫村道' })).id;
    /** A claim of the household filed by the clerk and rejected: one `claim.rejected` message; its id. */
    const rejectFor = async (household: number): Promise<string> => {
      const filed = await as(t, { token: clerk }).post('/claims', {
        programId: program,
        ruleId: rule,
        householdId: household,
        occurredOn: today(),
        memo: '代报',
      });
      expect((await as(t, { token: reviewer }).post(`/claims/${filed.body.id as string}/reject`, { reason: '不符' })).status).toBe(201);
      const [m] = (await t.db.query(`SELECT id FROM messages WHERE subject_type = 'claim' AND subject_id = $1`, [filed.body.id])) as {
        id: string;
      }[];
      return m.id;
    };
    return { tree, admin, clerk, rejectFor };
  }

  const deliveryOf = async (messageId: string, channelId: number): Promise<Delivery> => {
    const [row] = (await t.db.query(
      `SELECT status, attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt", sent_at AS "sentAt", provider_ref AS "providerRef"
         FROM message_deliveries WHERE message_id = $1 AND channel_id = $2`,
      [messageId, channelId],
    )) as Delivery[];
    return row;
  };

  beforeAll(async () => {
    // The test sends by hand; the every-minute schedule would send alongside it.
    await t.app.get(JobQueue).unschedule(jobId.messageDeliveryScheduler());
  });

  it('delivers to a webhook that fails twice then succeeds exactly once as the receiver sees it: one id, valid signatures, a status per message', async () => {
    const { admin, tree, clerk, rejectFor } = await county(t);
    const gateway = await receiver([503, 503]);
    try {
      const made = await as(t, { token: admin }).post('/notification-channels', {
        kind: 'webhook',
        name: '县短信网关',
        url: gateway.url,
        quietHours: null,
      });
      expect(made.status).toBe(201);
      const channel = made.body as { id: number; secret: string };
      expect(channel.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
      // Never shown again; no secret anywhere in the list.
      const listed = await as(t, { token: admin }).get('/notification-channels');
      expect(JSON.stringify(listed.body)).not.toContain(channel.secret.slice(6));
      expect(listed.body).toEqual([
        expect.objectContaining({
          id: channel.id,
          kind: 'webhook',
          settings: { url: gateway.url },
          quietHours: null,
          dailyLimit: 5,
          enabled: true,
        }),
      ]);

      const home = await createHousehold(t, clerk, tree.villageA);
      const messageId = await rejectFor(home.id);

      expect(await deliver()).toMatchObject({ queued: 1, retried: 1, sent: 0 });
      expect(await deliveryOf(messageId, channel.id)).toMatchObject({
        status: 'queued',
        attempts: 1,
        lastError: 'HTTP_503: the receiver answered 503',
      });
      await eventually(async () => ((await deliver()).sent === 1 ? true : undefined), 30_000, 200);
      const sent = await deliveryOf(messageId, channel.id);
      expect(sent).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
      expect(sent.sentAt).not.toBeNull();

      // Three tries, one id: the receiver keeps one message.
      expect(gateway.received).toHaveLength(3);
      const ids = new Set(gateway.received.map((r) => r.headers['webhook-id']));
      expect(ids).toEqual(new Set([`msg_${messageId}_${channel.id}`]));
      expect(new Set(gateway.received.map((r) => r.headers['idempotency-key']))).toEqual(ids);
      for (const r of gateway.received) new Webhook(channel.secret).verify(r.body, r.headers as Record<string, string>);
      expect(() =>
        new Webhook('whsec_' + Buffer.alloc(24, 7).toString('base64')).verify(
          gateway.received[2].body,
          gateway.received[2].headers as Record<string, string>,
        ),
      ).toThrow();
      const body = JSON.parse(gateway.received[2].body) as Record<string, unknown>;
      expect(body).toMatchObject({
        type: 'household.message',
        messageId,
        template: 'claim.rejected',
        values: { program: '德润积分', rule: '清扫村道' },
        text: '【德润积分】您户申报的「清扫村道」未通过审核，原因请在户页查看。',
        household: { id: home.id, villageId: tree.villageA, phone: null },
      });

      // Nothing more to send: another round sends nothing.
      expect(await deliver()).toMatchObject({ queued: 0, sent: 0, retried: 0 });
      expect(gateway.received).toHaveLength(3);

      // The county's message list shows the status.
      const listedMessages = await as(t, { token: admin }).get('/messages?status=sent');
      expect(listedMessages.body.items[0]).toMatchObject({
        id: messageId,
        deliveries: [{ channelId: channel.id, status: 'sent', attempts: 3 }],
      });
    } finally {
      await gateway.close();
    }
  });

  it('holds messages through quiet hours and past the daily limit per household, then sends them', async () => {
    const { admin, tree, clerk, rejectFor } = await county(t);
    const gateway = await receiver([]);
    try {
      const quiet = { from: clockIn(-60), until: clockIn(60) };
      const made = await as(t, { token: admin }).post('/notification-channels', {
        kind: 'webhook',
        name: '网关',
        url: gateway.url,
        quietHours: quiet,
        dailyLimit: 1,
      });
      const channel = made.body as { id: number };
      const home = await createHousehold(t, clerk, tree.villageA);
      const first = await rejectFor(home.id);

      expect(await deliver()).toMatchObject({ held: 1, sent: 0 });
      const held = await deliveryOf(first, channel.id);
      expect(held).toMatchObject({ status: 'queued', attempts: 0, lastError: 'QUIET_HOURS: held until the quiet hours end' });
      // Held until the end of the quiet hours (China time), to the minute.
      expect(clockIn((Date.parse(held.nextAttemptAt) - Date.now()) / 60_000 + 0.5)).toBe(quiet.until);
      expect(gateway.received).toHaveLength(0);

      // The quiet hours end: it goes; a second message the same day waits for the next.
      expect((await as(t, { token: admin }).patch(`/notification-channels/${channel.id}`, { quietHours: null })).body).toMatchObject({
        quietHours: null,
      });
      await t.db.query(`UPDATE message_deliveries SET next_attempt_at = now() WHERE channel_id = $1`, [channel.id]);
      expect(await deliver()).toMatchObject({ sent: 1 });
      const second = await rejectFor(home.id);
      expect(await deliver()).toMatchObject({ held: 1, sent: 0 });
      const waiting = await deliveryOf(second, channel.id);
      expect(waiting).toMatchObject({ status: 'queued', attempts: 0, lastError: 'DAILY_LIMIT: 1 messages to this household today' });
      expect(clockIn((Date.parse(waiting.nextAttemptAt) - Date.now()) / 60_000 + 0.5)).toBe('00:00');
      expect(gateway.received.map((r) => JSON.parse(r.body).messageId)).toEqual([first]);
      // Another household is not held by this one's limit.
      const other = await createHousehold(t, clerk, tree.villageA);
      const third = await rejectFor(other.id);
      expect(await deliver()).toMatchObject({ sent: 1 });
      expect(gateway.received.map((r) => JSON.parse(r.body).messageId)).toEqual([first, third]);
    } finally {
      await gateway.close();
    }
  });

  it('sends SMS through Tencent Cloud SMS (the official SDK, pointed at a local server) to households that gave a number; others fail as NO_PHONE', async () => {
    const { admin, tree, clerk, rejectFor } = await county(t);
    const tencent = await receiver([], (r) => {
      const req = JSON.parse(r.body) as { PhoneNumberSet: string[]; SessionContext: string };
      return {
        Response: {
          SendStatusSet: [
            {
              SerialNo: '2433:9876543210',
              PhoneNumber: req.PhoneNumberSet[0],
              Fee: 1,
              SessionContext: req.SessionContext,
              Code: 'Ok',
              Message: 'send success',
              IsoCode: 'CN',
            },
          ],
          RequestId: 'a0aabda6-cf91-4f3e-a81f-9198114a2279',
        },
      };
    });
    try {
      const made = await as(t, { token: admin }).post('/notification-channels', {
        kind: 'tencent_sms',
        name: '腾讯云短信',
        quietHours: null,
        tencent: {
          endpoint: tencent.url,
          sdkAppId: '1400006666',
          signName: '德润县道德银行',
          secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
          secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
          templates: { 'claim.rejected': '1001' },
        },
      });
      expect(made.status).toBe(201);
      const channel = made.body as { id: number; secret?: string; settings: Record<string, unknown> };
      expect(channel.secret).toBeUndefined();
      expect(JSON.stringify(made.body)).not.toContain('Gu5t9x');
      expectError(
        await as(t, { token: admin }).patch(`/notification-channels/${channel.id}`, { templates: { 'claim.won': '12' } }),
        400,
        'VALIDATION_FAILED',
      );

      const withPhone = await createHousehold(t, clerk, tree.villageA);
      const set = await as(t, { token: clerk }).put(`/notification-phones/${withPhone.id}`, { phone: '13812345678' });
      expect(set.body).toMatchObject({ householdId: withPhone.id, phoneMasked: '138****5678' });
      expect(JSON.stringify(await t.db.query(`SELECT * FROM household_contacts`))).not.toContain('13812345678');
      const without = await createHousehold(t, clerk, tree.villageA);
      const texted = await rejectFor(withPhone.id);
      const notTexted = await rejectFor(without.id);

      expect(await deliver()).toMatchObject({ sent: 1, failed: 1 });
      expect(await deliveryOf(texted, channel.id)).toMatchObject({ status: 'sent', attempts: 1, providerRef: '2433:9876543210' });
      expect(await deliveryOf(notTexted, channel.id)).toMatchObject({
        status: 'failed',
        lastError: 'NO_PHONE: the household has given no phone number for SMS',
      });
      expect(tencent.received).toHaveLength(1);
      const [call] = tencent.received;
      expect(call.headers['x-tc-action']).toBe('SendSms');
      expect(call.headers['x-tc-version']).toBe('2021-01-11');
      expect(String(call.headers.authorization)).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\//);
      expect(JSON.parse(call.body)).toEqual({
        PhoneNumberSet: ['+8613812345678'],
        SmsSdkAppId: '1400006666',
        SignName: '德润县道德银行',
        TemplateId: '1001',
        TemplateParamSet: ['清扫村道'],
        SessionContext: `msg_${texted}_${channel.id}`,
      });

      // Consent withdrawn: the number is forgotten.
      expect((await as(t, { token: clerk }).delete(`/notification-phones/${withPhone.id}`)).status).toBe(204);
      expectError(await as(t, { token: clerk }).get(`/notification-phones/${withPhone.id}`), 404, 'NOT_FOUND');
    } finally {
      await tencent.close();
    }
  });
});
