import type { Response } from 'supertest';
import { dayIn } from '../../src/common/calendar/calendar.js';
import type { RegionLevel } from '../../src/regions/region.entity.js';
import { POINTS_STAFF, type Role } from '../../src/common/auth/roles.js';
import { CountyKeys } from '../../src/transparency/county-keys.js';
import { createCountyAdmin } from '../../src/users/create-county-admin.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct-horse-42';
export const API = '/api/v1';
/** The programs' default timezone, also the test clock's (see env.ts). */
export const PROGRAM_TZ = 'Asia/Shanghai';

let counter = 0;
/** A code unique within the test file. */
export const uniqueCode = (prefix: string) => `${prefix}${++counter}`;

/** Today's date (YYYY-MM-DD) in the programs' timezone. */
export const today = (): string => dayIn(PROGRAM_TZ);

/** Requests as a staff user (bearer token) or a kiosk (API key). */
export function as(t: TestApp, auth: { token?: string; apiKey?: string }) {
  const withAuth = <R extends { set: (k: string, v: string) => R }>(r: R): R =>
    auth.token ? r.set('Authorization', `Bearer ${auth.token}`) : auth.apiKey ? r.set('X-Api-Key', auth.apiKey) : r;
  return {
    get: (path: string) => withAuth(t.http().get(`${API}${path}`)),
    post: (path: string, body?: object) => withAuth(t.http().post(`${API}${path}`)).send(body ?? {}),
    patch: (path: string, body?: object) => withAuth(t.http().patch(`${API}${path}`)).send(body ?? {}),
    put: (path: string, body?: object) => withAuth(t.http().put(`${API}${path}`)).send(body ?? {}),
    delete: (path: string) => withAuth(t.http().delete(`${API}${path}`)),
  };
}

/** The requests of one caller, as `as` makes them. */
export type Client = ReturnType<typeof as>;

/** Requests as any staff user by token: `api(token).get(…)`. */
export function staffApi(t: TestApp): (token: string) => Client {
  return (token) => as(t, { token });
}

export async function login(t: TestApp, username: string, password = PASSWORD): Promise<string> {
  const res = await t.http().post(`${API}/auth/login`).send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

/** A county admin, logged in; `api()` requests as it. */
export interface SeededCounty {
  countyId: number;
  userId: number;
  username: string;
  token: string;
  api: () => Client;
}

/** A county and its first admin, made the way the CLI makes them. */
export async function seedCounty(t: TestApp, code = uniqueCode('C')): Promise<SeededCounty> {
  const username = `admin-${code.toLowerCase()}`;
  const made = await createCountyAdmin(
    t.db,
    { username, password: PASSWORD, displayName: '管理员', countyCode: code, countyName: `${code}县` },
    t.app.get(CountyKeys),
  );
  if (!made.ok) throw new Error(`seed county ${code} failed: ${made.reason}`);
  const token = await login(t, username);
  await declareNoHousehold(t, token);
  return { countyId: made.countyId, userId: made.userId, username, token, api: () => as(t, { token }) };
}

/**
 * The staff user of `token` declares that they live in none of the county's households and have
 * no related ones (利益冲突申报): what each must declare before their first entry or review.
 */
export async function declareNoHousehold(t: TestApp, token: string): Promise<void> {
  const res = await as(t, { token }).put('/users/me/declaration', { householdId: null, relatedHouseholdIds: [] });
  if (res.status !== 200) throw new Error(`declaration failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function createRegion(
  t: TestApp,
  token: string,
  level: RegionLevel,
  parentId: number,
  code = uniqueCode(level[0].toUpperCase()),
): Promise<number> {
  const res = await as(t, { token }).post('/regions', { code, name: `${code}名`, level, parentId });
  if (res.status !== 201) throw new Error(`create region failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: number }).id;
}

/** A staff user as `createUser` makes it, logged in. */
export interface StaffUser {
  id: number;
  username: string;
  token: string;
}

/** A staff user, logged in; one who enters or reviews points has declared no household of the county (`declared: false` leaves that to the test). */
export async function createUser(t: TestApp, token: string, role: Role, regionId: number, { declared = true } = {}): Promise<StaffUser> {
  const username = uniqueCode(`u-${role.replace('_', '-')}-`);
  const res = await as(t, { token }).post('/users', { username, password: PASSWORD, displayName: username, role, regionId });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  const user = { id: (res.body as { id: number }).id, username, token: await login(t, username) };
  if (declared && (POINTS_STAFF as readonly Role[]).includes(role)) await declareNoHousehold(t, user.token);
  return user;
}

export async function createHousehold(
  t: TestApp,
  token: string,
  villageId: number,
  extra: object = {},
): Promise<{ id: number; cardCode: string }> {
  const res = await as(t, { token }).post('/households', { villageId, householdNo: uniqueCode('H'), headName: '张三', ...extra });
  if (res.status !== 201) throw new Error(`create household failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; cardCode: string };
}

/** The code of a region, read from the database. */
export async function regionCode(t: TestApp, regionId: number): Promise<string> {
  const [{ code }] = (await t.db.query(`SELECT code FROM regions WHERE id = $1`, [regionId])) as { code: string }[];
  return code;
}

/** The county tree of `seedTree`. */
export interface CountyTree {
  county: SeededCounty;
  townshipA: number;
  townshipB: number;
  villageA: number;
  villageB: number;
}

/** The county tree most tests need: two townships, a village in each. */
export async function seedTree(t: TestApp): Promise<CountyTree> {
  const county = await seedCounty(t);
  const townshipA = await createRegion(t, county.token, 'township', county.countyId);
  const townshipB = await createRegion(t, county.token, 'township', county.countyId);
  const villageA = await createRegion(t, county.token, 'village', townshipA);
  const villageB = await createRegion(t, county.token, 'village', townshipB);
  return { county, townshipA, townshipB, villageA, villageB };
}

/** Polls until `check` returns a value, at most `timeoutMs` (a hang detector: generous, so a busy machine only slows it). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000, intervalMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A household program in the county (base 100, 1 point = 1 yuan). */
export async function createProgram(t: TestApp, token: string, countyId: number, extra: object = {}): Promise<{ id: number }> {
  const res = await as(t, { token }).post('/programs', {
    code: uniqueCode('prog-'),
    name: '道德积分',
    holderType: 'household',
    regionId: countyId,
    basePoints: 100,
    pointValueFen: 100,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`create program failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number };
}

export async function createRule(t: TestApp, token: string, programId: number, body: object): Promise<{ id: number }> {
  const res = await as(t, { token }).post(`/programs/${programId}/rules`, {
    code: uniqueCode('R-'),
    name: '规则',
    category: '测试',
    effectiveFrom: '2026-01-01',
    ...body,
  });
  if (res.status !== 201) throw new Error(`create rule failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number };
}

/** A store (爱心超市 unless `extra` names it) in the region. */
export async function createStore(t: TestApp, token: string, regionId: number, extra: object = {}): Promise<{ id: number; code: string }> {
  const res = await as(t, { token }).post('/stores', { name: '爱心超市', regionId, ...extra });
  if (res.status !== 201) throw new Error(`create store failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; code: string };
}

/** A kiosk device of the store, with its API key. */
export async function createDevice(t: TestApp, token: string, storeId: number): Promise<{ id: number; apiKey: string }> {
  const res = await as(t, { token }).post(`/stores/${storeId}/devices`, { name: uniqueCode('kiosk-') });
  if (res.status !== 201) throw new Error(`create device failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; apiKey: string };
}

/** Status and error code together, so a failure shows both; and the details, when given. */
export function expectError(res: Response, status: number, code: string, details?: Record<string, unknown>): void {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
  if (details) expect(res.body.error.details).toEqual(details);
}

/** The ledger check of the caller's county: 200, ok, nothing unbalanced or mismatched. */
export async function expectLedgerOk(api: Client): Promise<void> {
  const res = await api.get('/ledger/check');
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ ok: true, imbalances: [], balanceMismatches: [] });
}

/** The rows of `from` (a table, with a WHERE clause if need be) in the test database. */
export async function countRows(t: TestApp, from: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM ${from}`, params)) as { n: number }[];
  return n;
}

/** The rows of each table, under the given names, read at once: a refused write must leave them as they were. */
export async function rowCounts<K extends string>(t: TestApp, tables: Record<K, string>): Promise<Record<K, number>> {
  const columns = Object.entries<string>(tables).map(([name, table]) => `(SELECT count(*) FROM ${table})::int AS "${name}"`);
  const [row] = (await t.db.query(`SELECT ${columns.join(', ')}`)) as Record<K, number>[];
  return row;
}

/** Reads a binary response body (exports) as a Buffer: `.buffer(true).parse(binary)`. */
export function binary(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
