import { createPlatformOperator } from '../src/users/create-county-admin.js';
import { API, createUser, eventually, login, PASSWORD, seedCounty, seedTree, uniqueCode, type SeededCounty } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';
import { itWith } from './support/needs.js';

/**
 * The platform operator runs the deployment: the queue dashboard is its alone, and it acts in no
 * county. Each county reads only its own audit entries; failed logins with unknown usernames are
 * the operator's.
 */
describe('platform operator, queue dashboard and audit scope', () => {
  const t = useTestApp();
  let a: SeededCounty, b: SeededCounty, clerkA: { id: number; username: string; token: string };
  let operator: { token: string; id: number; username: string };

  beforeAll(async () => {
    const tree = await seedTree(t);
    a = tree.county;
    b = await seedCounty(t);
    clerkA = await createUser(t, a.token, 'village_clerk', tree.villageA);
    const username = uniqueCode('operator-');
    const made = await createPlatformOperator(t.db, { username, password: PASSWORD, displayName: '平台运维' });
    if (!made.ok) throw new Error(made.reason);
    operator = { id: made.userId, username, token: await login(t, username) };
  });

  const dashboard = (token?: string) => {
    const req = t.http().get('/admin/queues');
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const errorOf = (code: string) => ({
    error: { code, message: expect.any(String), details: expect.any(Object), requestId: expect.any(String) },
  });

  // The dashboard is mounted only when the jobs run on Redis (BullMQ's own board).
  itWith(['redis'], 'opens the queue dashboard to the platform operator alone', async () => {
    expect((await dashboard()).status).toBe(401);
    for (const token of [clerkA.token, a.token, b.token]) {
      const refused = await dashboard(token);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual(errorOf('FORBIDDEN'));
    }
    const open = await dashboard(operator.token);
    expect(open.status).toBe(200);
    expect(open.headers['content-type']).toContain('text/html');
    // A county admin cannot pause the shared queue through the dashboard's API either.
    const pause = await t.http().put('/admin/queues/api/queues/jobs/pause').set('Authorization', `Bearer ${b.token}`);
    expect(pause.status).toBe(403);
    const viaCookie = await t.http().get(`/admin/queues?token=${operator.token}`);
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.headers['set-cookie']?.[0]).toMatch(/^mb_dashboard=.*HttpOnly/);
  });

  it('keeps the platform operator out of every county route', async () => {
    const me = await t.http().get(`${API}/auth/me`).set('Authorization', `Bearer ${operator.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: operator.id,
      username: operator.username,
      role: 'platform_operator',
      regionId: null,
      regionPath: null,
    });
    for (const [method, path] of [
      ['get', '/households'],
      ['get', `/regions/${a.countyId}`],
      ['get', '/programs'],
      ['get', '/rankings/runs'],
      ['get', '/ledger/check'],
      ['post', '/users'],
      ['post', '/regions'],
    ] as const) {
      const res = await t.http()[method](`${API}${path}`).set('Authorization', `Bearer ${operator.token}`).send({});
      expect([path, res.status, res.body.error?.code]).toEqual([path, 403, 'FORBIDDEN']);
    }
    // Nor can a county admin see or change the operator's account.
    const seen = await a.api().get(`/users/${operator.id}`);
    expect([seen.status, seen.body.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const changed = await a.api().patch(`/users/${operator.id}`, { displayName: 'x' });
    expect([changed.status, changed.body.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
  });

  it('shows each county only its own audit entries, and failed logins of unknown users to the operator alone', async () => {
    const tag = uniqueCode('audit-');
    const attempt = (username: string, password: string, n: number) =>
      t.http().post(`${API}/auth/login`).set('X-Request-Id', `${tag}-${n}`).send({ username, password });
    expect((await attempt(clerkA.username, PASSWORD, 1)).status).toBe(200);
    expect((await attempt(clerkA.username, 'wrong-password', 2)).status).toBe(401);
    expect((await attempt(`ghost-${tag}`, 'wrong-password', 3)).status).toBe(401);
    expect((await attempt(b.username, 'wrong-password', 4)).status).toBe(401);

    const ids = (entries: { requestId: string | null }[]) =>
      entries
        .map((e) => e.requestId)
        .filter((id) => id?.startsWith(tag))
        .sort();
    const read = async (token: string) => {
      const res = await t.http().get(`${API}/audit-log?limit=500`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      return ids(res.body as { requestId: string | null }[]);
    };
    // The entries are written in batches: wait until all four are in.
    const seen = await eventually(async () => {
      const all = { a: await read(a.token), b: await read(b.token), operator: await read(operator.token) };
      return all.a.length + all.b.length + all.operator.length >= 4 ? all : undefined;
    });
    expect(seen).toEqual({ a: [`${tag}-1`, `${tag}-2`], b: [`${tag}-4`], operator: [`${tag}-3`] });
  });
});
