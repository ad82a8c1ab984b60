import type supertest from 'supertest';
import {
  API,
  as,
  countRows,
  createDevice,
  createHousehold,
  createStore,
  createUser,
  eventually,
  login,
  regionCode,
  uniqueCode,
} from './support/fixtures.js';
import { seedCountyVillage, staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * The authorization matrix: every staff role (and a kiosk key) against every endpoint family,
 * once on a target inside the actor's subtree and once outside it.
 *
 * The tree: county ─┬─ township A ── village A   (officer, store operator and auditor sit in
 *                   │                             township A; clerk and reviewer in village A)
 *                   └─ township B ── village B
 * plus a second county, the "outside" of the county admin.
 */

type Who = 'county_admin' | 'township_officer' | 'village_clerk' | 'reviewer' | 'store_operator' | 'auditor' | 'kiosk';
type Scope = 'inside' | 'outside';
type Res = supertest.Response;

const WHO: Who[] = ['county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor', 'kiosk'];

/** The resources of one side of the matrix. */
interface Side {
  township: number;
  village: number;
  household: { id: number; cardCode: string };
  store: number;
  device: number;
  user: number;
  importId: number;
}

/**
 * Expected outcome per actor, in the order of WHO. `201|O`: 201 in scope, 403 OUT_OF_SCOPE
 * outside; `F`: 403 FORBIDDEN whatever the target; `200`: an endpoint without a target region.
 */
type Cell = '200|O' | '201|O' | '200' | 'F';
const MATRIX: Record<string, Cell[]> = {
  //                          admin    officer  clerk    reviewer store_op auditor  kiosk
  'regions.create': ['201|O', '201|O', '201|O', 'F', 'F', 'F', 'F'],
  'regions.read': ['200|O', '200|O', '200|O', '200|O', '200|O', '200|O', 'F'],
  'regions.list': ['200|O', '200|O', '200|O', '200|O', '200|O', '200|O', 'F'],
  'users.create': ['201|O', '201|O', 'F', 'F', 'F', 'F', 'F'],
  'users.read': ['200|O', '200|O', 'F', 'F', 'F', '200|O', 'F'],
  'users.list': ['200|O', '200|O', 'F', 'F', 'F', '200|O', 'F'],
  'users.update': ['200|O', '200|O', 'F', 'F', 'F', 'F', 'F'],
  'households.create': ['201|O', '201|O', '201|O', 'F', 'F', 'F', 'F'],
  'households.read': ['200|O', '200|O', '200|O', '200|O', 'F', '200|O', 'F'],
  'households.list': ['200|O', '200|O', '200|O', '200|O', 'F', '200|O', 'F'],
  'households.by-card': ['200|O', '200|O', '200|O', '200|O', '200|O', '200|O', '200|O'],
  'households.update': ['200|O', '200|O', '200|O', 'F', 'F', 'F', 'F'],
  'households.import-status': ['200|O', '200|O', '200|O', '200|O', 'F', '200|O', 'F'],
  'stores.create': ['201|O', '201|O', 'F', 'F', 'F', 'F', 'F'],
  'stores.read': ['200|O', '200|O', '200|O', '200|O', '200|O', '200|O', '200|O'],
  'devices.create': ['201|O', '201|O', 'F', 'F', '201|O', 'F', 'F'],
  'devices.list': ['200|O', '200|O', 'F', 'F', '200|O', '200|O', 'F'],
  'devices.revoke': ['200|O', '200|O', 'F', 'F', '200|O', 'F', 'F'],
  'audit-log.read': ['200', '200', 'F', 'F', 'F', '200', 'F'],
};

interface Endpoint {
  write: boolean;
  /** A fingerprint of what the endpoint may change: a failed call must leave it as it was. */
  snapshot?: string;
  /** Work done before the snapshot (e.g. a fresh device to revoke). */
  prepare?: (target: Side) => Promise<number>;
  call: (who: Who, target: Side, prepared: number) => PromiseLike<Res>;
}

interface Case {
  endpoint: string;
  who: Who;
  scope: Scope;
  status: number;
  code: string | null;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [endpoint, cells] of Object.entries(MATRIX)) {
    cells.forEach((cell, i) => {
      const who = WHO[i];
      if (cell === 'F') {
        out.push({ endpoint, who, scope: 'inside', status: 403, code: 'FORBIDDEN' });
        if (endpoint !== 'audit-log.read') out.push({ endpoint, who, scope: 'outside', status: 403, code: 'FORBIDDEN' });
      } else if (cell === '200') {
        out.push({ endpoint, who, scope: 'inside', status: 200, code: null });
      } else {
        out.push({ endpoint, who, scope: 'inside', status: Number(cell.slice(0, 3)), code: null });
        out.push({ endpoint, who, scope: 'outside', status: 403, code: 'OUT_OF_SCOPE' });
      }
    });
  }
  return out;
}

const count = (table: string) => `SELECT count(*)::int AS v FROM ${table}`;

describe('authorization matrix', () => {
  const t = useTestApp();
  const auth: Partial<Record<Who, { token?: string; apiKey?: string }>> = {};
  const ids: Partial<Record<Who, number>> = {};
  let A: Side;
  let B: Side;
  let C2: Side;
  let adminToken: string;
  let clerkB: { id: number; token: string };

  const client = (who: Who) => as(t, auth[who]!);
  /** The county admin's outside is the other county; everybody else's is township B. */
  const sideOf = (who: Who, scope: Scope): Side => (scope === 'inside' ? A : who === 'county_admin' ? C2 : B);

  async function importFor(token: string, villageCode: string): Promise<number> {
    const res = await t
      .http()
      .post(`${API}/households/import`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/csv')
      .send(`villageCode,householdNo,headName\n${villageCode},${uniqueCode('IMP')},导入户\n`);
    if (res.status !== 202) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
    const id = (res.body as { id: number }).id;
    await eventually(async () => {
      const s = await as(t, { token }).get(`/households/imports/${id}`);
      return s.body.status === 'completed' ? true : undefined;
    });
    return id;
  }

  const device = (token: string, storeId: number) => createDevice(t, token, storeId);
  const store = async (token: string, regionId: number) => (await createStore(t, token, regionId)).id;

  /** One side of the matrix: its household and reviewer made by `token` in its village, an import there by `importer`. */
  async function side(
    token: string,
    importer: string,
    at: { township: number; village: number; store: number },
    deviceId: () => Promise<number>,
  ): Promise<Side> {
    return {
      ...at,
      household: await createHousehold(t, token, at.village),
      device: await deviceId(),
      user: (await createUser(t, token, 'reviewer', at.village)).id,
      importId: await importFor(importer, await regionCode(t, at.village)),
    };
  }

  beforeAll(async () => {
    const { county, townshipA, townshipB, villageA, villageB, staff } = await staffedTree(t, {
      township_officer: ['township_officer', 'townshipA'],
      village_clerk: ['village_clerk', 'villageA'],
      reviewer: ['reviewer', 'villageA'],
      store_operator: ['store_operator', 'townshipA'],
      auditor: ['auditor', 'townshipA'],
      clerkB: ['village_clerk', 'villageB'],
    });
    adminToken = county.token;
    auth.county_admin = { token: county.token };
    ids.county_admin = county.userId;
    for (const who of ['township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor'] as const) {
      auth[who] = { token: staff[who].token };
      ids[who] = staff[who].id;
    }
    clerkB = staff.clerkB;

    const storeA = await store(county.token, villageA);
    const storeB = await store(county.token, villageB);
    const kiosk = await device(county.token, storeA);
    auth.kiosk = { apiKey: kiosk.apiKey };

    A = await side(
      county.token,
      auth.village_clerk!.token!,
      { township: townshipA, village: villageA, store: storeA },
      async () => kiosk.id,
    );
    B = await side(
      county.token,
      clerkB.token,
      { township: townshipB, village: villageB, store: storeB },
      async () => (await device(county.token, storeB)).id,
    );

    const other = await seedCountyVillage(t);
    const store2 = await store(other.county.token, other.village);
    C2 = await side(
      other.county.token,
      other.county.token,
      { township: other.township, village: other.village, store: store2 },
      async () => (await device(other.county.token, store2)).id,
    );
  });

  const ENDPOINTS: Record<string, Endpoint> = {
    'regions.create': {
      write: true,
      snapshot: count('regions'),
      // A clerk may only add grids; the others add villages under a township.
      call: (who, s) =>
        who === 'village_clerk'
          ? client(who).post('/regions', { code: uniqueCode('MG'), name: '网格', level: 'grid', parentId: s.village })
          : client(who).post('/regions', { code: uniqueCode('MV'), name: '新村', level: 'village', parentId: s.township }),
    },
    'regions.read': { write: false, call: (who, s) => client(who).get(`/regions/${s.village}`) },
    'regions.list': { write: false, call: (who, s) => client(who).get(`/regions?parentId=${s.township}`) },
    'users.create': {
      write: true,
      snapshot: count('users'),
      call: (who, s) =>
        client(who).post('/users', {
          username: uniqueCode('mx-'),
          password: 'password-123',
          displayName: '审核员',
          role: 'reviewer',
          regionId: s.village,
        }),
    },
    'users.read': { write: false, call: (who, s) => client(who).get(`/users/${s.user}`) },
    'users.list': { write: false, call: (who, s) => client(who).get(`/users?regionId=${s.village}`) },
    'users.update': {
      write: true,
      snapshot: `SELECT string_agg(id || ':' || display_name || ':' || active, ',' ORDER BY id) AS v FROM users`,
      call: (who, s) => client(who).patch(`/users/${s.user}`, { displayName: uniqueCode('改名') }),
    },
    'households.create': {
      write: true,
      snapshot: count('households'),
      call: (who, s) => client(who).post('/households', { villageId: s.village, householdNo: uniqueCode('MX'), headName: '李四' }),
    },
    'households.read': { write: false, call: (who, s) => client(who).get(`/households/${s.household.id}`) },
    'households.list': { write: false, call: (who, s) => client(who).get(`/households?villageId=${s.village}`) },
    'households.by-card': { write: false, call: (who, s) => client(who).get(`/households/by-card/${s.household.cardCode}`) },
    'households.update': {
      write: true,
      snapshot: `SELECT string_agg(id || ':' || head_name || ':' || coalesce(address, '-') || ':' || updated_at, ',' ORDER BY id) AS v FROM households`,
      call: (who, s) => client(who).patch(`/households/${s.household.id}`, { address: uniqueCode('新地址') }),
    },
    'households.import-status': { write: false, call: (who, s) => client(who).get(`/households/imports/${s.importId}`) },
    'stores.create': {
      write: true,
      snapshot: count('stores'),
      call: (who, s) => client(who).post('/stores', { name: '新超市', regionId: s.township }),
    },
    'stores.read': { write: false, call: (who, s) => client(who).get(`/stores/${s.store}`) },
    'devices.create': {
      write: true,
      snapshot: count('devices'),
      call: (who, s) => client(who).post(`/stores/${s.store}/devices`, { name: '收银台' }),
    },
    'devices.list': { write: false, call: (who, s) => client(who).get(`/stores/${s.store}/devices`) },
    'devices.revoke': {
      write: true,
      snapshot: `SELECT count(*)::int AS v FROM devices WHERE revoked_at IS NOT NULL`,
      // In scope a fresh device of store A is revoked (the kiosk's own key must keep working);
      // outside, the other side's standing device.
      prepare: async (s) => (s === A ? (await device(adminToken, A.store)).id : s.device),
      call: (who, s, deviceId) => client(who).post(`/stores/${s.store}/devices/${deviceId}/revoke`),
    },
    'audit-log.read': { write: false, call: (who) => client(who).get('/audit-log?limit=5') },
  };

  it('covers every endpoint family for every actor', () => {
    expect(Object.keys(ENDPOINTS).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const cells of Object.values(MATRIX)) expect(cells).toHaveLength(WHO.length);
  });

  it.each(cases())('$endpoint as $who on a target $scope its subtree → $status $code', async ({ endpoint, who, scope, status, code }) => {
    const ep = ENDPOINTS[endpoint];
    const side = sideOf(who, scope);
    const prepared = ep.prepare ? await ep.prepare(side) : 0;
    const snap = async () => (ep.snapshot ? ((await t.db.query(ep.snapshot)) as { v: unknown }[])[0].v : null);
    const before = await snap();

    const res = await ep.call(who, side, prepared);

    expect({ status: res.status, code: (res.body as { error?: { code: string } }).error?.code ?? null }).toEqual({ status, code });
    if (code) {
      expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
      if (ep.write) expect(await snap()).toEqual(before);
    } else if (ep.write) {
      expect(await snap()).not.toEqual(before);
    }
  });

  it('in-scope reads return the requested resource, not just a 200', async () => {
    const officer = client('township_officer');
    expect((await officer.get(`/regions/${A.village}`)).body).toMatchObject({ id: A.village, level: 'village' });
    expect((await officer.get(`/users/${A.user}`)).body).toMatchObject({ id: A.user, role: 'reviewer', regionId: A.village });
    expect((await officer.get(`/households/${A.household.id}`)).body).toMatchObject({ id: A.household.id, cardCode: A.household.cardCode });
    expect((await officer.get(`/stores/${A.store}`)).body).toMatchObject({ id: A.store, regionId: A.village });
    expect((await officer.get(`/households/imports/${A.importId}`)).body).toMatchObject({ id: A.importId, status: 'completed' });

    // Lists only ever show the actor's subtree.
    const households = await officer.get('/households?limit=500');
    const villages = new Set((households.body.items as { villageId: number }[]).map((h) => h.villageId));
    expect(villages.has(A.village)).toBe(true);
    expect(villages.has(B.village)).toBe(false);
    expect(villages.has(C2.village)).toBe(false);
    const stores = await officer.get('/stores?limit=500');
    const storeIds = (stores.body.items as { id: number }[]).map((s) => s.id);
    expect(storeIds).toContain(A.store);
    expect(storeIds).not.toContain(B.store);
    const users = await officer.get('/users?limit=500');
    const userIds = (users.body.items as { id: number }[]).map((u) => u.id);
    expect(userIds).toContain(A.user);
    expect(userIds).not.toContain(B.user);
    expect(userIds).not.toContain(C2.user);

    // A clerk may read up the tree (its township), never across it.
    const clerk = client('village_clerk');
    expect((await clerk.get(`/regions/${A.township}`)).status).toBe(200);
    const across = await clerk.get(`/regions/${B.township}`);
    expect([across.status, across.body.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const siblings = await clerk.get(`/regions?parentId=${A.township}`);
    const visible = (siblings.body.items as { id: number }[]).map((r) => r.id);
    expect(visible).toContain(A.village);
    expect(visible).not.toContain(B.village);
  });

  it.each([
    ['an officer creates a township', 'township_officer', 'township', 'county', 403, 'FORBIDDEN'],
    ['a clerk creates a village', 'village_clerk', 'village', 'townshipA', 403, 'FORBIDDEN'],
    ['the county admin creates a county', 'county_admin', 'county', 'county', 403, 'FORBIDDEN'],
  ] as const)('no escalation: %s → %i %s', async (_, who, level, parent, status, code) => {
    const parentId = parent === 'county' ? (await client('county_admin').get('/auth/me')).body.regionId : A.township;
    const before = await countRows(t, 'regions');
    const res = await client(who).post('/regions', { code: uniqueCode('ESC'), name: '越权', level, parentId });
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
    expect(await countRows(t, 'regions')).toBe(before);
  });

  it.each([
    ['a county admin', 'county_admin', 'COUNTY', 422, 'ROLE_NOT_ASSIGNABLE'],
    ['a township auditor', 'auditor', 'COUNTY', 403, 'OUT_OF_SCOPE'],
    ['a peer township officer', 'township_officer', 'TOWNSHIP_A', 422, 'ROLE_NOT_ASSIGNABLE'],
    ['a village clerk outside its township', 'village_clerk', 'VILLAGE_B', 403, 'OUT_OF_SCOPE'],
  ] as const)('an officer may not create %s', async (_, role, where, status, code) => {
    const regionId =
      where === 'COUNTY' ? (await client('county_admin').get('/auth/me')).body.regionId : where === 'TOWNSHIP_A' ? A.township : B.village;
    const username = uniqueCode('esc-');
    const res = await client('township_officer').post('/users', { username, password: 'password-123', displayName: 'x', role, regionId });
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
    expect(await countRows(t, 'users WHERE username = $1', [username])).toBe(0);
  });

  it('a kiosk gets the masked view of a household, never the staff record', async () => {
    const res = await client('kiosk').get(`/households/by-card/${A.household.cardCode}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['cardCode', 'headNameMasked', 'householdNo', 'id', 'villageId']);
    expect(res.body.headNameMasked).toBe('张*');
  });

  describe('authentication', () => {
    it('no token → 401 UNAUTHENTICATED', async () => {
      const res = await t.http().get(`${API}/households/${A.household.id}`);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
      const write = await t.http().post(`${API}/regions`).send({ code: 'NOAUTH1', name: 'x', level: 'village', parentId: A.township });
      expect(write.status).toBe(401);
      expect(write.body.error.code).toBe('UNAUTHENTICATED');
      expect(await countRows(t, `regions WHERE code = 'NOAUTH1'`)).toBe(0);
    });

    it.each([
      ['garbage', 'Bearer not-a-jwt'],
      ['empty bearer', 'Bearer '],
      ['another scheme', `Basic ${Buffer.from('admin:pw').toString('base64')}`],
      [
        'token signed with another secret',
        // header {"alg":"HS256","typ":"JWT"}, payload {"sub":1,"role":"county_admin"}, signature by a foreign key
        'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjEsInJvbGUiOiJjb3VudHlfYWRtaW4ifQ.3q0Tq1oQe3dW6Y0gG7m0uT0nZkq0m2bq9X1m0yQe6sE',
      ],
    ])('%s → 401 UNAUTHENTICATED', async (_, header) => {
      const res = await t.http().get(`${API}/auth/me`).set('Authorization', header);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('a disabled user gets 401 on its next request and cannot log in again', async () => {
      const victim = await createUser(t, adminToken, 'reviewer', A.village);
      expect((await as(t, { token: victim.token }).get('/auth/me')).status).toBe(200);

      const disabled = await as(t, { token: adminToken }).patch(`/users/${victim.id}`, { active: false });
      expect(disabled.status).toBe(200);
      expect(disabled.body.active).toBe(false);

      const next = await as(t, { token: victim.token }).get('/auth/me');
      expect(next.status).toBe(401);
      expect(next.body.error.code).toBe('UNAUTHENTICATED');
      const read = await as(t, { token: victim.token }).get(`/households/${A.household.id}`);
      expect(read.status).toBe(401);
      await expect(login(t, victim.username)).rejects.toThrow(/401/);
    });

    it('nobody disables itself, and an officer cannot disable a user outside its township', async () => {
      const self = await client('township_officer').patch(`/users/${ids.township_officer}`, { active: false });
      expect([self.status, self.body.error.code]).toEqual([403, 'FORBIDDEN']);
      const outside = await client('township_officer').patch(`/users/${B.user}`, { active: false });
      expect([outside.status, outside.body.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
      const rows = (await t.db.query(`SELECT id, active FROM users WHERE id = ANY($1) ORDER BY id`, [[ids.township_officer, B.user]])) as {
        active: boolean;
      }[];
      expect(rows.map((r) => r.active)).toEqual([true, true]);
      expect((await client('township_officer').get('/auth/me')).status).toBe(200);
    });

    it('an officer cannot take over a higher role', async () => {
      const admin = await client('township_officer').patch(`/users/${ids.county_admin}`, { password: 'taken-over-123' });
      expect(admin.status).toBe(422);
      expect(admin.body.error.code).toBe('ROLE_NOT_ASSIGNABLE');
      expect(await login(t, (await client('county_admin').get('/auth/me')).body.username)).toEqual(expect.any(String));
    });

    it('a kiosk API key on a staff-only endpoint → 403 FORBIDDEN', async () => {
      for (const res of [
        await client('kiosk').get(`/households/${A.household.id}`),
        await client('kiosk').get('/auth/me'),
        await client('kiosk').post('/households', { villageId: A.village, householdNo: 'KIOSK1', headName: '王五' }),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      expect(await countRows(t, `households WHERE household_no = 'KIOSK1'`)).toBe(0);
    });

    it.each([
      ['garbage', 'not-a-key'],
      ['well-formed but wrong secret', `mbk_${1}_${'A'.repeat(32)}`],
      ['unknown device', `mbk_999999_${'B'.repeat(32)}`],
    ])('an invalid API key (%s) → 401 INVALID_API_KEY', async (_, apiKey) => {
      const res = await as(t, { apiKey }).get(`/households/by-card/${A.household.cardCode}`);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('INVALID_API_KEY');
      // Also on an endpoint not open to kiosks: the key is judged first.
      const staff = await as(t, { apiKey }).get(`/households/${A.household.id}`);
      expect(staff.status).toBe(401);
      expect(staff.body.error.code).toBe('INVALID_API_KEY');
    });
  });

  describe('audit log', () => {
    interface Entry {
      actorType: string;
      actorId: number | null;
      actorName: string | null;
      action: string;
      resourceId: string | null;
      outcome: string;
      status: number;
      errorCode: string | null;
      requestId: string | null;
    }
    const find = (requestId: string, token = adminToken) =>
      eventually(async () => {
        const res = await as(t, { token }).get('/audit-log?limit=1000');
        expect(res.status).toBe(200);
        return (res.body as Entry[]).find((e) => e.requestId === requestId);
      });

    /** A household posted by `token` in `village` under a fresh request id; both made unique from their prefixes. */
    async function postHousehold(token: string, village: number, idPrefix: string, noPrefix: string, headName: string) {
      const requestId = uniqueCode(idPrefix);
      const res = await as(t, { token })
        .post('/households', { villageId: village, householdNo: uniqueCode(noPrefix), headName })
        .set('X-Request-Id', requestId);
      return { requestId, res };
    }

    it('records a failure with its error code and a success with its resource id', async () => {
      const officer = auth.township_officer!.token!;
      const { requestId: failId, res: failed } = await postHousehold(officer, B.village, 'audit-fail-', 'AU', '赵六');
      expect(failed.status).toBe(403);
      const failure = await find(failId);
      expect(failure).toMatchObject({
        actorType: 'user',
        actorId: ids.township_officer,
        action: 'POST /api/v1/households',
        outcome: 'failure',
        status: 403,
        errorCode: 'OUT_OF_SCOPE',
        resourceId: null,
      });

      const { requestId: okId, res: created } = await postHousehold(officer, A.village, 'audit-ok-', 'AU', '赵六');
      expect(created.status).toBe(201);
      const success = await find(okId);
      expect(success).toMatchObject({
        actorId: ids.township_officer,
        action: 'POST /api/v1/households',
        outcome: 'success',
        status: 201,
        errorCode: null,
        resourceId: String(created.body.id),
      });

      const forbiddenId = uniqueCode('audit-forbidden-');
      await as(t, auth.auditor!).post('/stores', { name: 'x', regionId: A.village }).set('X-Request-Id', forbiddenId);
      expect(await find(forbiddenId)).toMatchObject({ actorId: ids.auditor, outcome: 'failure', status: 403, errorCode: 'FORBIDDEN' });

      const loginId = uniqueCode('audit-login-');
      // A failed login on one of the county's staff (one with an unknown username is the platform operator's).
      const officerName = (await client('township_officer').get('/auth/me')).body.username as string;
      await t.http().post(`${API}/auth/login`).set('X-Request-Id', loginId).send({ username: officerName, password: 'wrong-password' });
      expect(await find(loginId)).toMatchObject({
        actorType: 'anonymous',
        outcome: 'failure',
        status: 401,
        errorCode: 'INVALID_CREDENTIALS',
      });
    });

    it('a township officer and an auditor see the trail of their own subtree only', async () => {
      const { requestId: id, res } = await postHousehold(clerkB.token, B.village, 'audit-b-', 'AB', '孙七');
      expect(res.status).toBe(201);
      const ghost = uniqueCode('ghost-');
      await t.http().post(`${API}/auth/login`).send({ username: ghost, password: 'wrong-password' });
      // The county admin sees township B's change …
      expect(await find(id)).toMatchObject({ actorId: clerkB.id, resourceId: String(res.body.id) });
      // … the officer and the auditor of township A do not, but do see their own.
      for (const who of ['township_officer', 'auditor'] as const) {
        const trail = (await client(who).get('/audit-log?limit=1000')).body as Entry[];
        expect(trail.length).toBeGreaterThan(0);
        expect(trail.some((e) => e.requestId === id)).toBe(false);
        expect(trail.some((e) => e.actorType === 'user' && e.actorId === clerkB.id)).toBe(false);
        // … nor failed logins with unknown usernames (those are the platform operator's).
        expect(trail.some((e) => e.actorName === ghost)).toBe(false);
        expect(trail.some((e) => e.actorId === ids.township_officer)).toBe(true);
      }
    });
  });
});
