import type supertest from 'supertest';
import {
  API,
  as,
  countRows,
  createHousehold,
  createRegion,
  createUser,
  expectError,
  PASSWORD,
  rowCounts,
  seedTree,
  uniqueCode,
} from './support/fixtures.js';
import { startTestApp, useTestApp } from './support/test-app.js';

/** Bad input gets the right status and code, in the one error shape, and writes nothing. */

type Res = supertest.Response;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A resident ID number with a correct check character. */
function validIdNumber(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}
/** The same number with a wrong check character. */
function badChecksum(id: string): string {
  const wrong = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

/** The one error shape: exactly `{error: {code, message, details, requestId}}`, requestId = X-Request-Id. */
function expectErrorShape(res: Res, status: number, code: string): void {
  expectError(res, status, code);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(Object.keys(res.body as object)).toEqual(['error']);
  const error = res.body.error as Record<string, unknown>;
  expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
  expect(typeof error.message).toBe('string');
  expect((error.message as string).length).toBeGreaterThan(0);
  expect(error.details).toEqual(expect.any(Object));
  expect(Array.isArray(error.details)).toBe(false);
  expect(error.details).not.toBeNull();
  expect(typeof error.requestId).toBe('string');
  expect((error.requestId as string).length).toBeGreaterThan(0);
  expect(error.requestId).toBe(res.headers['x-request-id']);
}

/** Field names listed in a VALIDATION_FAILED error. */
const fieldsOf = (res: Res): string[] => ((res.body.error?.details?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe('validation and error shape', () => {
  const t = useTestApp();
  let admin: string, countyId: number, townshipA: number, villageA: number, villageB: number;
  let household: { id: number; cardCode: string };

  const counts = () =>
    rowCounts(t, { regions: 'regions', users: 'users', households: 'households', members: 'household_members', stores: 'stores' });
  const rawJson = (method: 'post' | 'patch', path: string, body: string, token = admin) =>
    t.http()[method](`${API}${path}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(body);

  beforeAll(async () => {
    ({
      county: { token: admin, countyId },
      townshipA,
      villageA,
      villageB,
    } = await seedTree(t));
    household = await createHousehold(t, admin, villageA);
  });

  describe('400 VALIDATION_FAILED, nothing written', () => {
    it.each([
      [
        'an unknown field on a region',
        '/regions',
        () => ({ code: uniqueCode('R'), name: '村', level: 'village', parentId: townshipA, colour: 'red' }),
        ['colour'],
      ],
      [
        'an unknown field in a nested member',
        '/households',
        () => ({
          villageId: villageA,
          householdNo: uniqueCode('V'),
          headName: '扎西',
          members: [{ name: '卓玛', relation: '配偶', nickname: 'x' }],
        }),
        ['members.0.nickname'],
      ],
      ['a missing householdNo and headName', '/households', () => ({ villageId: villageA }), ['householdNo', 'headName']],
      ['an empty body', '/regions', () => ({}), ['code', 'name', 'level', 'parentId']],
      [
        'a missing password',
        '/users',
        () => ({ username: uniqueCode('vu-'), displayName: 'x', role: 'reviewer', regionId: villageA }),
        ['password'],
      ],
      [
        'a non-numeric villageId',
        '/households',
        () => ({ villageId: 'abc', householdNo: uniqueCode('V'), headName: '扎西' }),
        ['villageId'],
      ],
      ['a numeric headName', '/households', () => ({ villageId: villageA, householdNo: uniqueCode('V'), headName: 123 }), ['headName']],
      [
        'members not an array',
        '/households',
        () => ({ villageId: villageA, householdNo: uniqueCode('V'), headName: '扎西', members: 'all of them' }),
        ['members'],
      ],
      ['an unknown level', '/regions', () => ({ code: uniqueCode('R'), name: '市', level: 'city', parentId: countyId }), ['level']],
      ['a fractional parentId', '/regions', () => ({ code: uniqueCode('R'), name: '村', level: 'village', parentId: 1.5 }), ['parentId']],
      [
        'an unknown role',
        '/users',
        () => ({ username: uniqueCode('vu-'), password: PASSWORD, displayName: 'x', role: 'superuser', regionId: villageA }),
        ['role'],
      ],
      [
        'a short password',
        '/users',
        () => ({ username: uniqueCode('vu-'), password: 'short', displayName: 'x', role: 'reviewer', regionId: villageA }),
        ['password'],
      ],
      [
        'a username with spaces',
        '/users',
        () => ({ username: 'bad name', password: PASSWORD, displayName: 'x', role: 'reviewer', regionId: villageA }),
        ['username'],
      ],
      [
        'a household number with spaces',
        '/households',
        () => ({ villageId: villageA, householdNo: '00 12', headName: '扎西' }),
        ['householdNo'],
      ],
      ['a negative store region', '/stores', () => ({ name: '超市', regionId: -1 }), ['regionId']],
      [
        'a blank head of household',
        '/households',
        () => ({ villageId: villageA, householdNo: uniqueCode('V'), headName: '   ' }),
        ['headName'],
      ],
      [
        'a blank member name',
        '/households',
        () => ({ villageId: villageA, householdNo: uniqueCode('V'), headName: '扎西', members: [{ name: ' ', relation: '配偶' }] }),
        ['members.0.name'],
      ],
      [
        'two members of the same name',
        '/households',
        () => ({
          villageId: villageA,
          householdNo: uniqueCode('V'),
          headName: '扎西',
          members: [
            { name: '卓玛', relation: '配偶' },
            { name: '卓玛', relation: '子女' },
          ],
        }),
        ['members.name'],
      ],
    ])('POST with %s lists the fields', async (_, path, body, fields) => {
      const before = await counts();
      const res = await as(t, { token: admin }).post(path, body());
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(fields));
      expect(await counts()).toEqual(before);
    });

    it('every listed field has its constraints and messages', async () => {
      const res = await as(t, { token: admin }).post('/regions', { code: 'has space', name: '', level: 'x', parentId: 0, extra: true });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res).sort()).toEqual(['code', 'extra', 'level', 'name', 'parentId']);
      for (const f of res.body.error.details.fields as { constraints: string[]; messages: string[] }[]) {
        expect(f.constraints.length).toBeGreaterThan(0);
        expect(f.messages).toHaveLength(f.constraints.length);
      }
      expect(res.body.error.details.fields.find((f: { field: string }) => f.field === 'extra').constraints).toEqual([
        'whitelistValidation',
      ]);
    });

    it('PATCH cannot change what it does not list (no role change through the back door)', async () => {
      const user = await createUser(t, admin, 'reviewer', villageA);
      const res = await as(t, { token: admin }).patch(`/users/${user.id}`, { role: 'county_admin', displayName: '新名' });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(['role']);
      const [row] = (await t.db.query(`SELECT role, display_name AS "displayName" FROM users WHERE id = $1`, [user.id])) as {
        role: string;
        displayName: string;
      }[];
      expect(row).toEqual({ role: 'reviewer', displayName: user.username });

      const active = await as(t, { token: admin }).patch(`/users/${user.id}`, { active: 'no' });
      expectErrorShape(active, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(active)).toEqual(['active']);
      expect(await countRows(t, `users WHERE id = $1 AND active`, [user.id])).toBe(1);
    });

    it.each([
      ['limit=0', ['limit']],
      ['limit=abc', ['limit']],
      ['limit=501', ['limit']],
      ['offset=-1', ['offset']],
      ['villageId=x', ['villageId']],
      ['sort=name', ['sort']],
    ])('a bad query (%s) lists the parameter', async (query, fields) => {
      const res = await as(t, { token: admin }).get(`/households?${query}`);
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(fields);
    });

    it('a login without a password is a validation error, not a failed login', async () => {
      const res = await t.http().post(`${API}/auth/login`).send({ username: 'someone' });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(['password']);
    });
  });

  describe('ids in the path', () => {
    it.each([
      ['/households/abc', 'id'],
      ['/households/0', 'id'],
      ['/households/-1', 'id'],
      ['/households/1.5', 'id'],
      ['/households/1e3', 'id'],
      ['/households/007', 'id'],
      ['/households/99999999999', 'id'],
      ['/households/2147483648', 'id'],
      ['/households/0x10', 'id'],
      ['/households/+5', 'id'],
      ['/households/imports/abc', 'id'],
      ['/regions/abc', 'id'],
      ['/users/abc', 'id'],
      ['/stores/abc', 'id'],
      ['/stores/abc/devices', 'id'],
    ])('GET %s → 400 VALIDATION_FAILED naming %s', async (path, field) => {
      const res = await as(t, { token: admin }).get(path);
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual([field]);
    });

    it('a bad device id in a revoke path names deviceId', async () => {
      const res = await as(t, { token: admin }).post('/stores/1/devices/abc/revoke');
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(['deviceId']);
    });

    it('a PATCH with a bad id writes nothing', async () => {
      const before = await countRows(t, `households WHERE address = '改'`);
      const res = await as(t, { token: admin }).patch('/households/abc', { address: '改' });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(await countRows(t, `households WHERE address = '改'`)).toBe(before);
    });

    it.each([
      ['/households/2147483647', 'household', '未找到农户'],
      ['/regions/2147483647', 'region', '未找到区划'],
      ['/users/2147483647', 'user', '未找到用户'],
      ['/stores/2147483647', 'store', '未找到爱心超市'],
      ['/households/imports/2147483647', 'import', '未找到导入任务'],
      ['/households/by-card/ZZZZZZZZZZZZ', 'household', '未找到农户'],
    ])('a well-formed id that does not exist (%s) → 404 NOT_FOUND', async (path, resource, message) => {
      const res = await as(t, { token: admin }).get(path);
      expectErrorShape(res, 404, 'NOT_FOUND');
      expect(res.body.error.details.resource).toBe(resource);
      expect(res.body.error.message).toBe(message);
    });
  });

  describe('400 MALFORMED_REQUEST', () => {
    it.each([
      ['truncated JSON', '{"code": "X1", "name": '],
      ['single quotes', "{'code': 'X1'}"],
      ['a bare string', '"village"'],
      ['trailing garbage', '{"code": "X1"} x'],
    ])('%s', async (_, body) => {
      const before = await counts();
      const res = await rawJson('post', '/regions', body);
      expectErrorShape(res, 400, 'MALFORMED_REQUEST');
      expect(await counts()).toEqual(before);
    });

    it('a JSON array where an object is expected is rejected and writes nothing', async () => {
      const before = await counts();
      const res = await rawJson(
        'post',
        '/regions',
        JSON.stringify([{ code: uniqueCode('ARR'), name: '村', level: 'village', parentId: townshipA }]),
      );
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(['0', 'code', 'name', 'level', 'parentId']));
      expect(await counts()).toEqual(before);
    });

    it('malformed JSON on PATCH changes nothing', async () => {
      const [{ updatedAt }] = (await t.db.query(`SELECT updated_at AS "updatedAt" FROM households WHERE id = $1`, [household.id])) as {
        updatedAt: Date;
      }[];
      const res = await rawJson('patch', `/households/${household.id}`, '{"address": "x",');
      expectErrorShape(res, 400, 'MALFORMED_REQUEST');
      const [after] = (await t.db.query(`SELECT updated_at AS "updatedAt" FROM households WHERE id = $1`, [household.id])) as {
        updatedAt: Date;
      }[];
      expect(after.updatedAt).toEqual(updatedAt);
    });
  });

  describe('business rules', () => {
    it.each([
      ['a village under the county', 'village', 'county', 'township'],
      ['a grid under a township', 'grid', 'townshipA', 'village'],
      ['a township under a village', 'township', 'villageA', 'county'],
      ['a village under a village', 'village', 'villageA', 'township'],
    ] as const)('%s → 422 INVALID_REGION_PARENT', async (_, level, parent, expected) => {
      const parentId = { county: countyId, townshipA, villageA }[parent];
      const before = await counts();
      const res = await as(t, { token: admin }).post('/regions', { code: uniqueCode('P'), name: '错级', level, parentId });
      expectErrorShape(res, 422, 'INVALID_REGION_PARENT');
      expect(res.body.error.details).toMatchObject({ level, expected });
      expect(await counts()).toEqual(before);
    });

    it('names region levels in Chinese in the default message and in English with Accept-Language: en', async () => {
      const zh = await as(t, { token: admin }).post('/regions', {
        code: uniqueCode('P'),
        name: '错级',
        level: 'village',
        parentId: countyId,
      });
      expect(zh.body.error.message).toBe('村（社区）的上级必须是乡镇（街道）');
      const en = await as(t, { token: admin })
        .post('/regions', { code: uniqueCode('P'), name: '错级', level: 'village', parentId: countyId })
        .set('Accept-Language', 'en');
      expect(en.body.error.message).toBe('The parent of a village must be a township');
    });

    it('a duplicate region code → 409 DUPLICATE_CODE', async () => {
      const code = uniqueCode('DUP');
      await createRegion(t, admin, 'village', townshipA, code);
      const before = await counts();
      const res = await as(t, { token: admin }).post('/regions', { code, name: '另一个村', level: 'village', parentId: townshipA });
      expectErrorShape(res, 409, 'DUPLICATE_CODE');
      expect(res.body.error.details).toEqual({ code });
      expect(res.body.error.message).toBe(`代码${code}已被使用`);
      expect(await counts()).toEqual(before);
    });

    it('a duplicate store code → 409 DUPLICATE_CODE', async () => {
      const code = uniqueCode('SC');
      expect((await as(t, { token: admin }).post('/stores', { code, name: '超市', regionId: villageA })).status).toBe(201);
      const before = await counts();
      const res = await as(t, { token: admin }).post('/stores', { code, name: '另一个超市', regionId: villageB });
      expectErrorShape(res, 409, 'DUPLICATE_CODE');
      expect(await counts()).toEqual(before);
    });

    it('a duplicate username → 409 DUPLICATE_USERNAME', async () => {
      const user = await createUser(t, admin, 'reviewer', villageA);
      const before = await counts();
      const res = await as(t, { token: admin }).post('/users', {
        username: user.username,
        password: PASSWORD,
        displayName: '重名',
        role: 'auditor',
        regionId: villageB,
      });
      expectErrorShape(res, 409, 'DUPLICATE_USERNAME');
      expect(res.body.error.details).toEqual({ username: user.username });
      expect(await counts()).toEqual(before);
      const [row] = (await t.db.query(`SELECT role, region_id AS "regionId" FROM users WHERE username = $1`, [user.username])) as object[];
      expect(row).toEqual({ role: 'reviewer', regionId: villageA });
    });

    it('a duplicate household number in the same village → 409 DUPLICATE_HOUSEHOLD_NO; in another village it is fine', async () => {
      const householdNo = uniqueCode('D');
      const first = await as(t, { token: admin }).post('/households', { villageId: villageA, householdNo, headName: '扎西' });
      expect(first.status).toBe(201);
      const before = await counts();
      const again = await as(t, { token: admin }).post('/households', {
        villageId: villageA,
        householdNo,
        headName: '卓玛',
        members: [{ name: '卓玛', relation: '户主' }],
      });
      expectErrorShape(again, 409, 'DUPLICATE_HOUSEHOLD_NO');
      expect(again.body.error.details).toMatchObject({ householdNo, villageId: villageA });
      expect(again.body.error.message).toBe(`本村已有户号${householdNo}`);
      // Neither the household nor its members were written.
      expect(await counts()).toEqual(before);
      const [row] = (await t.db.query(`SELECT head_name AS "headName" FROM households WHERE id = $1`, [first.body.id])) as object[];
      expect(row).toEqual({ headName: '扎西' });

      const elsewhere = await as(t, { token: admin }).post('/households', { villageId: villageB, householdNo, headName: '卓玛' });
      expect(elsewhere.status).toBe(201);
      expect(elsewhere.body).toMatchObject({ villageId: villageB, householdNo });
      expect(elsewhere.body.cardCode).not.toBe(first.body.cardCode);
    });

    it.each([
      ['a township', 'township'],
      ['the county', 'county'],
      ['a grid', 'grid'],
    ] as const)('a household in %s → 422 NOT_A_VILLAGE', async (_, level) => {
      const regionId = level === 'township' ? townshipA : level === 'county' ? countyId : await createRegion(t, admin, 'grid', villageA);
      const before = await counts();
      const res = await as(t, { token: admin }).post('/households', {
        villageId: regionId,
        householdNo: uniqueCode('NV'),
        headName: '扎西',
      });
      expectErrorShape(res, 422, 'NOT_A_VILLAGE');
      expect(await counts()).toEqual(before);
    });

    it('a household in a region that does not exist → 404 NOT_FOUND', async () => {
      const res = await as(t, { token: admin }).post('/households', { villageId: 2147483647, householdNo: 'X1', headName: '扎西' });
      expectErrorShape(res, 404, 'NOT_FOUND');
      expect(res.body.error.details).toMatchObject({ resource: 'region' });
    });

    const goodId = validIdNumber('11010519491231002');
    const secondBad = badChecksum(validIdNumber('51010520100101123'));
    it.each([
      ['a phone too short', { phone: '12345' }, 'phone', '12345'],
      ['a phone of 10 digits', { phone: '1381234567' }, 'phone', '1381234567'],
      ['a phone starting 12', { phone: '12812345678' }, 'phone', '12812345678'],
      ['a phone with letters', { phone: '138abcd5678' }, 'phone', '138abcd5678'],
      [
        'an ID number with a bad check character',
        { members: [{ name: '卓玛', relation: '配偶', idNumber: badChecksum(goodId) }] },
        'members.0.idNumber',
        badChecksum(goodId),
      ],
      [
        'an ID number of 17 digits',
        { members: [{ name: '卓玛', relation: '配偶', idNumber: goodId.slice(0, 17) }] },
        'members.0.idNumber',
        goodId.slice(0, 17),
      ],
      [
        'a bad ID number of the second member',
        {
          members: [
            { name: '卓玛', relation: '配偶', idNumber: goodId },
            { name: '次仁', relation: '子女', idNumber: secondBad },
          ],
        },
        'members.1.idNumber',
        secondBad,
      ],
    ])('%s → 400 VALIDATION_FAILED, nothing written', async (_, extra, field, raw) => {
      const before = await counts();
      const res = await as(t, { token: admin }).post('/households', {
        villageId: villageA,
        householdNo: uniqueCode('PI'),
        headName: '扎西',
        ...extra,
      });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual([field]);
      // The rejected value is not echoed back.
      expect(JSON.stringify(res.body)).not.toContain(raw);
      expect(await counts()).toEqual(before);
    });

    it('an invalid phone on PATCH changes nothing', async () => {
      const h = await createHousehold(t, admin, villageA, { phone: '13812345678' });
      const res = await as(t, { token: admin }).patch(`/households/${h.id}`, { phone: '99999', address: '新地址' });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(['phone']);
      const [row] = (await t.db.query(`SELECT phone_masked AS "phoneMasked", address FROM households WHERE id = $1`, [h.id])) as object[];
      expect(row).toEqual({ phoneMasked: '138****5678', address: null });
    });
  });

  describe('routes and logins', () => {
    it.each([
      ['GET', '/api/v1/nope', true],
      ['GET', '/api/v1/nope', false],
      ['POST', '/api/v1/households/1/archive', true],
      ['DELETE', `/api/v1/regions/1`, true],
      ['GET', '/api/v2/households', true],
      ['GET', '/nope', false],
    ])('%s %s (authenticated: %s) → 404 ROUTE_NOT_FOUND', async (method, path, authed) => {
      let req = method === 'GET' ? t.http().get(path) : method === 'POST' ? t.http().post(path).send({}) : t.http().delete(path);
      if (authed) req = req.set('Authorization', `Bearer ${admin}`);
      const res = await req;
      expectErrorShape(res, 404, 'ROUTE_NOT_FOUND');
    });

    it('the catch-all does not hide the routes outside the API prefix', async () => {
      expect((await t.http().get('/health')).status).toBe(200);
      const docs = await t.http().get('/docs-json');
      expect(docs.status).toBe(200);
      expect(docs.body.info.title).toBe('Moral bank API');
    });

    it('a wrong password and an unknown user both → 401 INVALID_CREDENTIALS', async () => {
      const user = await createUser(t, admin, 'reviewer', villageA);
      const wrong = await t.http().post(`${API}/auth/login`).send({ username: user.username, password: 'not-the-password' });
      expectErrorShape(wrong, 401, 'INVALID_CREDENTIALS');
      expect(wrong.body.error.message).toBe('用户名或密码错误');
      const unknown = await t.http().post(`${API}/auth/login`).send({ username: 'nobody-at-all', password: 'not-the-password' });
      expectErrorShape(unknown, 401, 'INVALID_CREDENTIALS');
      expect(unknown.body.error.details).toEqual(wrong.body.error.details);
      expect(JSON.stringify(wrong.body)).not.toContain('accessToken');
      const ok = await t.http().post(`${API}/auth/login`).send({ username: user.username, password: PASSWORD });
      expect(ok.status).toBe(200);
      expect(ok.body.user).not.toHaveProperty('passwordHash');
    });

    it(`after LOGIN_RATE_LIMIT failures → 429 RATE_LIMITED, even with the right password`, async () => {
      const limited = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
      try {
        const { county } = await seedTree(limited);
        const user = await createUser(limited, county.token, 'reviewer', county.countyId);
        const attempt = (password: string, username = user.username) =>
          limited.http().post(`${API}/auth/login`).send({ username, password });
        for (let i = 0; i < 3; i++) expectErrorShape(await attempt(`wrong-${i}`), 401, 'INVALID_CREDENTIALS');
        const blocked = await attempt('wrong-again');
        expectErrorShape(blocked, 429, 'RATE_LIMITED');
        expect(blocked.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
        expect(blocked.body.error.details.retryAfterSeconds).toBeLessThanOrEqual(60);
        expectErrorShape(await attempt(PASSWORD), 429, 'RATE_LIMITED');
        // The limit is per username: another user from the same address still logs in.
        expect((await attempt(PASSWORD, county.username)).status).toBe(200);
        // The username is matched without regard to case.
        expectErrorShape(await attempt('wrong', user.username.toUpperCase()), 429, 'RATE_LIMITED');
      } finally {
        await limited.close();
      }
    });

    it('a successful login resets the failure count', async () => {
      const limited = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
      try {
        const { county } = await seedTree(limited);
        const user = await createUser(limited, county.token, 'reviewer', county.countyId);
        const attempt = (password: string) => limited.http().post(`${API}/auth/login`).send({ username: user.username, password });
        for (let i = 0; i < 2; i++) expectErrorShape(await attempt('wrong'), 401, 'INVALID_CREDENTIALS');
        expect((await attempt(PASSWORD)).status).toBe(200);
        for (let i = 0; i < 3; i++) expectErrorShape(await attempt('wrong'), 401, 'INVALID_CREDENTIALS');
        expectErrorShape(await attempt('wrong'), 429, 'RATE_LIMITED');
      } finally {
        await limited.close();
      }
    });
  });

  describe('language and request ids', () => {
    it.each([
      [undefined, '未找到农户', '请求参数有误', '请先登录'],
      ['zh-CN,zh;q=0.9', '未找到农户', '请求参数有误', '请先登录'],
      ['en', 'Household not found', 'The request has invalid fields', 'Authentication is required'],
      ['en-US,en;q=0.9,zh;q=0.8', 'Household not found', 'The request has invalid fields', 'Authentication is required'],
    ])('Accept-Language %s', async (lang, notFound, invalid, unauthenticated) => {
      const withLang = <R extends { set: (k: string, v: string) => R }>(r: R): R => (lang ? r.set('Accept-Language', lang) : r);
      const nf = await withLang(as(t, { token: admin }).get('/households/2147483647'));
      expectErrorShape(nf, 404, 'NOT_FOUND');
      expect(nf.body.error.message).toBe(notFound);
      const bad = await withLang(as(t, { token: admin }).post('/regions', {}));
      expectErrorShape(bad, 400, 'VALIDATION_FAILED');
      expect(bad.body.error.message).toBe(invalid);
      const anon = await withLang(t.http().get(`${API}/auth/me`));
      expectErrorShape(anon, 401, 'UNAUTHENTICATED');
      expect(anon.body.error.message).toBe(unauthenticated);
    });

    it('messages fill in their details in either language', async () => {
      const householdNo = uniqueCode('L');
      await createHousehold(t, admin, villageA, { householdNo });
      const body = { villageId: villageA, householdNo, headName: '扎西' };
      const zh = await as(t, { token: admin }).post('/households', body);
      expect(zh.body.error.message).toBe(`本村已有户号${householdNo}`);
      const en = await as(t, { token: admin }).post('/households', body).set('Accept-Language', 'en');
      expectErrorShape(en, 409, 'DUPLICATE_HOUSEHOLD_NO');
      expect(en.body.error.message).toBe(`Household number ${householdNo} already exists in this village`);
      const route = await t.http().get(`${API}/nope`).set('Accept-Language', 'en');
      expect(route.body.error.message).toBe('No such endpoint');
      const malformed = await rawJson('post', '/regions', '{').set('Accept-Language', 'en');
      expect(malformed.body.error.message).toBe('The request is malformed');
    });

    it('a sane incoming X-Request-Id is echoed in the header and the error', async () => {
      const id = 'kiosk-7.req_0042';
      const res = await as(t, { token: admin }).get('/households/2147483647').set('X-Request-Id', id);
      expect(res.headers['x-request-id']).toBe(id);
      expectErrorShape(res, 404, 'NOT_FOUND');
      expect(res.body.error.requestId).toBe(id);
      const ok = await as(t, { token: admin }).get(`/households/${household.id}`).set('X-Request-Id', id);
      expect(ok.status).toBe(200);
      expect(ok.headers['x-request-id']).toBe(id);
    });

    it.each([
      ['spaces', 'has spaces in it'],
      ['too long', 'x'.repeat(65)],
      ['markup', '<script>'],
      ['a newline escape', 'abc%0d%0aSet-Cookie:x'],
    ])('an insane X-Request-Id (%s) is replaced by a fresh one', async (_, given) => {
      const res = await as(t, { token: admin }).get('/households/2147483647').set('X-Request-Id', given);
      expectErrorShape(res, 404, 'NOT_FOUND');
      expect(res.headers['x-request-id']).not.toBe(given);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    });

    it('every response gets a distinct request id when none is given', async () => {
      const a = await as(t, { token: admin }).get('/households/2147483647');
      const b = await as(t, { token: admin }).get('/households/2147483647');
      expectErrorShape(a, 404, 'NOT_FOUND');
      expectErrorShape(b, 404, 'NOT_FOUND');
      expect(a.body.error.requestId).not.toBe(b.body.error.requestId);
    });
  });

  describe('personal data is never shown unmasked', () => {
    it('phone and ID numbers appear only masked, in every response and in the database', async () => {
      const phone = '13812345678';
      const newPhone = '+86 139-8765-4321';
      const idA = validIdNumber('51010519800101123');
      const idB = validIdNumber('11010519491231002').toLowerCase();
      const secrets = [phone, '13987654321', idA, idB.toUpperCase(), idB, idA.slice(6, 14)];
      const expectClean = (res: Res) => {
        const text = JSON.stringify(res.body);
        for (const s of secrets) expect(text).not.toContain(s);
      };

      const created = await as(t, { token: admin }).post('/households', {
        villageId: villageA,
        householdNo: uniqueCode('PII'),
        headName: '欧阳娜娜',
        phone,
        members: [
          { name: '欧阳娜娜', relation: '户主', idNumber: idA },
          { name: '欧阳小明', relation: '子女', idNumber: idB },
          { name: '欧阳奶奶', relation: '父母' },
        ],
      });
      expect(created.status).toBe(201);
      expectClean(created);

      const got = await as(t, { token: admin }).get(`/households/${created.body.id}`);
      expect(got.status).toBe(200);
      expectClean(got);
      expect(got.body.phoneMasked).toBe('138****5678');
      expect(got.body).not.toHaveProperty('phone');
      expect(got.body).not.toHaveProperty('phoneHash');
      const members = got.body.members as Record<string, unknown>[];
      expect(members.map((m) => [m.name, m.idNumberMasked])).toEqual(
        expect.arrayContaining([
          ['欧阳娜娜', `${idA.slice(0, 6)}********${idA.slice(-4)}`],
          ['欧阳小明', `${idB.slice(0, 6)}********${idB.slice(-4).toUpperCase()}`],
          ['欧阳奶奶', null],
        ]),
      );
      for (const m of members) {
        expect(Object.keys(m).sort()).toEqual(['id', 'idNumberMasked', 'name', 'relation']);
      }

      const store = await as(t, { token: admin }).post('/stores', { name: '超市', regionId: villageA });
      const kiosk = await as(t, { token: admin }).post(`/stores/${store.body.id}/devices`, { name: 'k' });
      for (const res of [
        await as(t, { token: admin }).get(`/households?villageId=${villageA}&limit=500`),
        await as(t, { token: admin }).get(`/households?q=${encodeURIComponent('欧阳')}`),
        await as(t, { token: admin }).get(`/households/by-card/${created.body.cardCode}`),
        await as(t, { apiKey: kiosk.body.apiKey }).get(`/households/by-card/${created.body.cardCode}`),
      ]) {
        expect(res.status).toBe(200);
        expectClean(res);
      }

      const updated = await as(t, { token: admin }).patch(`/households/${created.body.id}`, { phone: newPhone });
      expect(updated.status).toBe(200);
      expect(updated.body.phoneMasked).toBe('139****4321');
      expectClean(updated);

      // Not stored in the clear either.
      const rows = (await t.db.query(
        `SELECT row_to_json(h)::text AS h, (SELECT json_agg(m)::text FROM household_members m WHERE m.household_id = h.id) AS m
           FROM households h WHERE h.id = $1`,
        [created.body.id],
      )) as { h: string; m: string }[];
      for (const s of secrets) {
        expect(rows[0].h).not.toContain(s);
        expect(rows[0].m).not.toContain(s);
      }
      expect(await countRows(t, `audit_log WHERE path LIKE '%1381234%' OR path LIKE '%1398765%'`)).toBe(0);
    });
  });
});
