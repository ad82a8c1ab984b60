import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  API,
  as,
  countRows,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  expectError,
  PASSWORD,
  regionCode,
  rowCounts,
  seedTree,
  type CountyTree,
} from './support/fixtures.js';
import { sendSigned } from './support/signed.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Events in: a grid platform sends signed batches (Standard Webhooks); each event is accepted once
 * per event id as a claim or an entry under the county's mapping; the rest wait in the dead-letter
 * list for staff to map and replay.
 */

interface Client {
  id: number;
  keyId: string;
  secret: string;
  secretId: number;
}

interface Result {
  eventId: string;
  status: 'accepted' | 'duplicate' | 'refused';
  claimId?: string | null;
  noticeId?: string | null;
  transactionId?: string | null;
  points?: number | null;
  capped?: boolean;
  code?: string;
  message?: string;
}

/** Sends a batch signed with `secret`, as a platform's Standard Webhooks library would. */
const send = (t: TestApp, client: Pick<Client, 'keyId'>, secret: string, events: object[], opts: { id?: string; at?: Date } = {}) =>
  sendSigned(t, client.keyId, secret, events, opts);

const at = (iso = new Date().toISOString()) => iso;

describe('events in from a grid platform', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let admin: string;
  let reviewer: string;
  let program: number;
  let patrol: number;
  let sweep: number;
  let litter: number;
  let client: Client;
  const homes: { id: number; cardCode: string; householdNo: string }[] = [];
  let villageCode: string;

  const results = (res: { status: number; body: { results: Result[] } }) => {
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
    return res.body.results;
  };

  beforeAll(async () => {
    tree = await seedTree(t);
    admin = tree.county.token;
    const clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    reviewer = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    program = (await createProgram(t, admin, tree.county.countyId, { name: '网格积分' })).id;
    expect((await as(t, { token: admin }).patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    patrol = (await createRule(t, admin, program, { points: 5, name: '治安巡逻', cap: { points: 10, per: 'month' } })).id;
    sweep = (await createRule(t, admin, program, { points: 3, name: '环境整治' })).id;
    litter = (await createRule(t, admin, program, { points: -2, name: '乱倒垃圾' })).id;
    for (const no of ['0001', '0002', '0003']) {
      const h = await createHousehold(t, clerk, tree.villageA, { householdNo: `G${no}` });
      homes.push({ ...h, householdNo: `G${no}` });
    }
    villageCode = await regionCode(t, tree.villageA);
    const made = await as(t, { token: admin }).post('/api-clients', {
      name: '城市网格化管理平台',
      regionId: tree.townshipA,
      eventTypes: ['patrol.completed', 'sanitation.inspected', 'litter.found'],
    });
    expect(made.status).toBe(201);
    client = { id: made.body.client.id, keyId: made.body.client.keyId, secret: made.body.secret, secretId: made.body.secretId };
    expect(client.keyId).toMatch(/^gp_[0-9a-f]{12}$/);
    expect(client.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    for (const [eventType, ruleId, path] of [
      ['patrol.completed', patrol, 'entry'],
      ['sanitation.inspected', sweep, 'claim'],
    ] as const) {
      expect((await as(t, { token: admin }).put('/event-mappings', { eventType, programId: program, ruleId, path })).status).toBe(200);
    }
  });

  it('takes a signed batch: entries and claims once each, a duplicate id answered as such, a capped event accepted with the points cut, unmapped and not-allowed types refused into the dead-letter list', async () => {
    const events = [
      {
        id: 'p-1',
        type: 'patrol.completed',
        occurredAt: at(),
        household: { cardCode: homes[0].cardCode },
        memo: '夜间巡逻',
        evidenceUrl: 'https://grid.example.cn/e/1',
      },
      { id: 'p-1', type: 'patrol.completed', occurredAt: at(), household: { cardCode: homes[0].cardCode } },
      { id: 's-1', type: 'sanitation.inspected', occurredAt: at(), household: { villageCode, householdNo: homes[1].householdNo } },
      { id: 'l-1', type: 'litter.found', occurredAt: at(), household: { cardCode: homes[1].cardCode } },
      { id: 'x-1', type: 'fire.reported', occurredAt: at(), household: { cardCode: homes[1].cardCode } },
      { id: 'p-2', type: 'patrol.completed', occurredAt: at(), household: { cardCode: homes[0].cardCode } },
      { id: 'p-3', type: 'patrol.completed', occurredAt: at(), household: { cardCode: homes[0].cardCode } },
      { id: 'n-1', type: 'patrol.completed', occurredAt: at(), household: { cardCode: 'NOSUCH01' } },
    ];
    const got = results(await send(t, client, client.secret, events));
    expect(got.map((r) => [r.eventId, r.status, r.code ?? null])).toEqual([
      ['p-1', 'accepted', null],
      ['p-1', 'duplicate', null],
      ['s-1', 'accepted', null],
      ['l-1', 'refused', 'UNMAPPED_EVENT_TYPE'],
      ['x-1', 'refused', 'EVENT_TYPE_NOT_ALLOWED'],
      ['p-2', 'accepted', null],
      ['p-3', 'accepted', null],
      ['n-1', 'refused', 'HOUSEHOLD_NOT_IDENTIFIED'],
    ]);
    expect(got[0]).toMatchObject({ noticeId: expect.any(String), transactionId: null, points: 5, capped: false });
    expect(got[1]).toMatchObject({ noticeId: got[0].noticeId, points: 5 });
    expect(got[2]).toMatchObject({ claimId: expect.any(String) });
    expect(got[3].message).toBe('事件类型litter.found尚未对应积分标准');
    // The cap of 10 a month: the second patrol fits, the third is cut to nothing.
    expect(got[5]).toMatchObject({ points: 5, capped: false });
    expect(got[6]).toMatchObject({ points: 0, capped: true, noticeId: null, transactionId: null });

    // What they made, recorded under the client's own account.
    const [notice] = (await t.db.query(`SELECT holder_id, points::int, entered_by, memo FROM notices WHERE id = $1`, [
      got[0].noticeId,
    ])) as {
      holder_id: number;
      points: number;
      entered_by: number;
      memo: string;
    }[];
    const [account] = (await t.db.query(`SELECT id, display_name, active, role FROM users WHERE username = $1`, [
      `api-${client.keyId}`,
    ])) as {
      id: number;
      display_name: string;
      active: boolean;
      role: string;
    }[];
    expect(account).toMatchObject({ display_name: '城市网格化管理平台（接口）', active: false, role: 'village_clerk' });
    expect(notice).toEqual({
      holder_id: homes[0].id,
      points: 5,
      entered_by: account.id,
      memo: '城市网格化管理平台：patrol.completed · 夜间巡逻 · https://grid.example.cn/e/1',
    });
    const claim = await as(t, { token: reviewer }).get(`/claims/${got[2].claimId as string}`);
    expect(claim.body.claim).toMatchObject({
      status: 'submitted',
      householdId: homes[1].id,
      ruleId: sweep,
      filedByType: 'user',
      filedById: account.id,
    });
    // Its account never logs in, so it never reviews.
    expect(
      (
        await t
          .http()
          .post(`${API}/auth/login`)
          .send({ username: `api-${client.keyId}`, password: PASSWORD })
      ).status,
    ).toBe(401);
    // A reviewer decides the claim as any other.
    expect((await as(t, { token: reviewer }).post(`/claims/${got[2].claimId as string}/approve`, {})).status).toBe(201);

    // The dead-letter list: the three refused, with why.
    const dead = await as(t, { token: admin }).get('/integration-events?status=dead');
    expect(dead.headers['x-total-count']).toBe('3');
    expect((dead.body as { eventId: string; errorCode: string }[]).map((e) => [e.eventId, e.errorCode])).toEqual([
      ['n-1', 'HOUSEHOLD_NOT_IDENTIFIED'],
      ['x-1', 'EVENT_TYPE_NOT_ALLOWED'],
      ['l-1', 'UNMAPPED_EVENT_TYPE'],
    ]);

    // The platform sends the batch again (a new request): nothing is made twice.
    const counts = await rowCounts(t, { notices: 'notices', claims: 'claims', transactions: 'transactions' });
    const again = results(await send(t, client, client.secret, events));
    expect(again.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'refused',
      'refused',
      'duplicate',
      'duplicate',
      'refused',
    ]);
    expect(again[0].noticeId).toBe(got[0].noticeId);
    expect(again[2].claimId).toBe(got[2].claimId);
    expect(await rowCounts(t, { notices: 'notices', claims: 'claims', transactions: 'transactions' })).toEqual(counts);
    expect(await t.db.query(`SELECT attempts FROM integration_events WHERE client_id = $1 AND event_id = 'l-1'`, [client.id])).toEqual([
      { attempts: 2 },
    ]);
  });

  it('refuses a replayed request, an old one, a wrong signature and an unknown client, writing nothing', async () => {
    const events = [{ id: 'r-1', type: 'patrol.completed', occurredAt: at(), household: { cardCode: homes[2].cardCode } }];
    const first = send(t, client, client.secret, events);
    expect(results(await first)[0].status).toBe('accepted');
    const before = await countRows(t, 'integration_events');
    expectError(await first.again(), 409, 'REQUEST_REPLAYED');
    expectError(await send(t, client, client.secret, events, { at: new Date(Date.now() - 6 * 60_000) }), 401, 'REQUEST_EXPIRED');
    const other = 'whsec_' + Buffer.alloc(32, 9).toString('base64');
    expectError(await send(t, client, other, events), 401, 'SIGNATURE_INVALID');
    expectError(await send(t, { keyId: 'gp_000000000000' }, client.secret, events), 401, 'SIGNATURE_INVALID');
    // A body changed on the way no longer matches its signature.
    const tampered = await sendSigned(t, client.keyId, client.secret, events, {
      body: (signed) => signed.replace(homes[2].cardCode, homes[1].cardCode),
    });
    expectError(tampered, 401, 'SIGNATURE_INVALID');
    expect(await countRows(t, 'integration_events')).toBe(before);
  });

  it('lets staff map a dead event type and replay the event, or dismiss one; then it answers duplicate', async () => {
    const list = (await as(t, { token: admin }).get('/integration-events?status=dead')).body as { id: string; eventId: string }[];
    const litterEvent = list.find((e) => e.eventId === 'l-1')!;
    const fire = list.find((e) => e.eventId === 'x-1')!;
    // Replayed before its type is mapped: still refused, still waiting.
    expect((await as(t, { token: admin }).post(`/integration-events/${litterEvent.id}/replay`)).body).toMatchObject({
      eventId: 'l-1',
      status: 'refused',
      code: 'UNMAPPED_EVENT_TYPE',
    });
    expect(
      (
        await as(t, { token: admin }).put('/event-mappings', {
          eventType: 'litter.found',
          programId: program,
          ruleId: litter,
          path: 'entry',
        })
      ).status,
    ).toBe(200);
    const replayed = await as(t, { token: admin }).post(`/integration-events/${litterEvent.id}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toMatchObject({ eventId: 'l-1', status: 'accepted', points: -2, noticeId: expect.any(String) });
    expectError(await as(t, { token: admin }).post(`/integration-events/${litterEvent.id}/replay`), 409, 'EVENT_NOT_DEAD', {
      status: 'accepted',
    });

    const dismissed = await as(t, { token: admin }).post(`/integration-events/${fire.id}/dismiss`, { reason: '非本平台事件' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', errorCode: 'EVENT_TYPE_NOT_ALLOWED' });
    const resent = results(
      await send(t, client, client.secret, [
        { id: 'x-1', type: 'fire.reported', occurredAt: at(), household: { cardCode: homes[1].cardCode } },
        { id: 'l-1', type: 'litter.found', occurredAt: at(), household: { cardCode: homes[1].cardCode } },
      ]),
    );
    expect(resent.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(resent[1].noticeId).toBe(replayed.body.noticeId);
  });

  it('accepts each event exactly once when the platform sends the same events in many requests at once', async () => {
    const events = [0, 1, 2].map((i) => ({
      id: `c-${i}`,
      type: i === 2 ? 'sanitation.inspected' : 'patrol.completed',
      occurredAt: at(),
      household: { cardCode: homes[1 + (i % 2)].cardCode },
    }));
    const before = await rowCounts(t, { notices: 'notices', claims: 'claims' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(t, client, client.secret, events)));
    const byEvent = [0, 1, 2].map((i) => answers.map((a) => results(a)[i]));
    for (const seen of byEvent) {
      expect(seen.filter((r) => r.status === 'accepted')).toHaveLength(1);
      expect(seen.filter((r) => r.status === 'duplicate')).toHaveLength(7);
      expect(new Set(seen.map((r) => r.noticeId ?? r.claimId)).size).toBe(1);
    }
    const after = await rowCounts(t, { notices: 'notices', claims: 'claims' });
    expect(after).toEqual({ notices: before.notices + 2, claims: before.claims + 1 });
  });

  it("accepts the requests of docs/integration.md's curl and Node examples, as written", async () => {
    const made = await as(t, { token: admin }).post('/api-clients', {
      name: '文档示例',
      regionId: tree.villageA,
      eventTypes: ['patrol.completed'],
    });
    const { keyId, secret } = { keyId: made.body.client.keyId as string, secret: made.body.secret as string };
    const server = t.app.getHttpServer() as import('node:http').Server;
    if (!server.listening) await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const doc = readFileSync(join(process.cwd(), 'docs/integration.md'), 'utf8');
    const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
    const sh = blocks.find((b) => b.lang === 'sh')!.code;
    const js = blocks.find((b) => b.lang === 'js')!.code;
    const run = promisify(execFile);

    // The shell example with the county's values filled in where it says.
    const script = sh
      .replace(/^BASE=.*$/m, `BASE=${base}`)
      .replace(/^CLIENT_ID=.*$/m, `CLIENT_ID=${keyId}`)
      .replace(/^SECRET=.*$/m, `SECRET='${secret}'`)
      .replace('K7M2Q9X4', homes[2].cardCode);
    const curl = await run('bash', ['-c', script]);
    expect(JSON.parse(curl.stdout)).toEqual({ results: [expect.objectContaining({ eventId: 'evt-2026-000123', status: 'accepted' })] });

    // The Node example, run as a module of its own (it finds standardwebhooks in node_modules).
    const dir = join(process.cwd(), 'test-output');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `docs-example-${process.pid}.mjs`);
    writeFileSync(file, js);
    const node = await run(process.execPath, [file], {
      env: { ...process.env, BASE: base, CLIENT_ID: keyId, SECRET: secret, CARD: homes[2].cardCode },
    }).finally(() => rmSync(file, { force: true }));
    const [status, body] = [node.stdout.slice(0, 3), node.stdout.slice(4)];
    expect(status).toBe('200');
    expect(JSON.parse(body)).toEqual({ results: [expect.objectContaining({ eventId: 'evt-2026-000124', status: 'accepted' })] });
  });

  it('rotates secrets (two at once at most) and refuses a revoked secret or client at once', async () => {
    const rotated = await as(t, { token: admin }).post(`/api-clients/${client.id}/secrets`);
    expect(rotated.status).toBe(201);
    const next = rotated.body.secret as string;
    expect(next).not.toBe(client.secret);
    expectError(await as(t, { token: admin }).post(`/api-clients/${client.id}/secrets`), 409, 'TOO_MANY_SECRETS');
    const event = (id: string) => [{ id, type: 'patrol.completed', occurredAt: at(), household: { cardCode: homes[2].cardCode } }];
    expect(results(await send(t, client, client.secret, event('k-1')))[0].status).not.toBe('refused');
    expect(results(await send(t, client, next, event('k-2')))[0].status).not.toBe('refused');
    expect((await as(t, { token: admin }).post(`/api-clients/${client.id}/secrets/${client.secretId}/revoke`)).status).toBe(200);
    expectError(await send(t, client, client.secret, event('k-3')), 401, 'SIGNATURE_INVALID');
    expect(results(await send(t, client, next, event('k-3')))[0].status).not.toBe('refused');

    const revoked = await as(t, { token: admin }).post(`/api-clients/${client.id}/revoke`);
    expect(revoked.body.revokedAt).not.toBeNull();
    expectError(await send(t, client, next, event('k-4')), 401, 'CLIENT_REVOKED');
    const listed = (await as(t, { token: admin }).get('/api-clients')).body as { id: number; secrets: { revokedAt: string | null }[] }[];
    expect(listed.find((c) => c.id === client.id)!.secrets.map((s) => s.revokedAt !== null)).toEqual([true, false]);
    expect(JSON.stringify(listed)).not.toContain(next.slice(6, 20));
  });
});
