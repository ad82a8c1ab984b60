import type { Response } from 'supertest';
import {
  API,
  as,
  createDevice,
  createProgram,
  createRule,
  createUser,
  expectError,
  PASSWORD,
  seedTree,
  today,
  uniqueCode,
  type CountyTree,
  type StaffUser,
} from './support/fixtures.js';
import {
  changedTables,
  deepArray,
  deepObject,
  fieldsOf,
  inPool,
  invalidQueryValues,
  invalidValues,
  resolve,
  Rng,
  tableDigests,
  toJson,
  withValue,
  type Schema,
} from './support/fuzz.js';
import { householdHolding, openStore } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Malformed input never answers 5xx and never writes. A seeded fuzzer reads /docs-json and sends,
 * to every write operation and every GET with path ids or query parameters, requests that are
 * valid but for one thing: a field of the wrong type, out of range, too long, with a NUL byte, a
 * bad path id or query parameter, a body that is not an object, nested too deep, of the wrong
 * content type. Every answer must be a 4xx in the error shape, and no table may change. Then one
 * test per class of defect the fuzzer found once. Reproduce a failure with FUZZ_SEED=<seed>.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 6;
/** Malformed values drawn for each field, path parameter and query parameter. */
const PER_FIELD = 5;
const PER_PARAM = 5;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What the fixtures seeded: one of each thing an operation may name. */
interface World extends CountyTree {
  admin: string;
  clerk: StaffUser;
  programId: number;
  ruleId: number;
  negativeRuleId: number;
  store: { id: number; code: string };
  kioskKey: string;
  deviceId: number;
  household: { id: number; cardCode: string };
  redemption: { id: string; lineId: string };
  transactionId: string;
}

async function seedWorld(t: TestApp): Promise<World> {
  const tree = await seedTree(t);
  const admin = tree.county.token;
  const programId = (await createProgram(t, admin, tree.county.countyId)).id;
  const ruleId = (await createRule(t, admin, programId, { points: 5 })).id;
  const negativeRuleId = (await createRule(t, admin, programId, { points: -3 })).id;
  const store = await openStore(t, admin, tree.townshipA, [{ sku: 'RICE', name: '大米', pointsPrice: 10, stock: 50 }], { programId });
  const household = await householdHolding(t, admin, programId, tree.villageA, 300);
  const device = await createDevice(t, admin, store.id);
  const clerk = await createUser(t, admin, 'village_clerk', tree.villageA);
  const api = as(t, { token: admin });
  const redeemed = await api.post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'RICE', quantity: 1 }] });
  const awarded = await api.post(`/programs/${programId}/awards`, { ruleId, holderIds: [household.id], occurredOn: today() });
  expect([redeemed.status, awarded.status]).toEqual([201, 201]);
  return {
    ...tree,
    admin,
    clerk,
    programId,
    ruleId,
    negativeRuleId,
    store,
    kioskKey: device.apiKey,
    deviceId: device.id,
    household,
    redemption: { id: redeemed.body.id as string, lineId: redeemed.body.lines[0].id as string },
    transactionId: awarded.body.results[0].transactionId as string,
  };
}

/** A valid body for each write operation with a JSON body (`null`: the operation takes none). A new operation must be added here. */
const BASES: Record<string, (w: World) => unknown> = {
  'POST /auth/login': () => ({ username: 'nobody-here', password: PASSWORD }),
  'POST /regions': (w) => ({ code: uniqueCode('FZ'), name: '新村', level: 'village', parentId: w.townshipA }),
  'POST /users': (w) => ({
    username: uniqueCode('fz-'),
    password: PASSWORD,
    displayName: '新人',
    role: 'village_clerk',
    regionId: w.villageA,
  }),
  'PATCH /users/{id}': () => ({ displayName: '改名' }),
  'POST /households': (w) => ({
    villageId: w.villageA,
    householdNo: uniqueCode('FZ'),
    headName: '张三',
    address: '一组',
    phone: '13812345678',
    members: [{ name: '李四', relation: '配偶' }],
  }),
  'PATCH /households/{id}': () => ({ headName: '王五', address: '二组' }),
  'POST /stores': (w) => ({ name: '超市', regionId: w.villageA, programId: w.programId, refundWindowDays: 7 }),
  'PATCH /stores/{id}': (w) => ({ name: '改名', programId: w.programId, refundWindowDays: 3 }),
  'POST /stores/{id}/devices': () => ({ name: '收银台' }),
  'POST /stores/{id}/devices/{deviceId}/revoke': () => null,
  'POST /stores/{id}/items': () => ({
    sku: uniqueCode('FZ'),
    name: '食盐',
    pointsPrice: 2,
    stock: 5,
    tracksStock: true,
    active: true,
    limit: { quantity: 2, per: 'month' },
    lowStockAt: 1,
  }),
  'PATCH /stores/{id}/items/{sku}': () => ({
    name: '大米（新）',
    pointsPrice: 12,
    active: true,
    limit: { quantity: 3, per: 'year' },
    lowStockAt: 2,
  }),
  'POST /stores/{id}/stock-movements': () => ({ sku: 'RICE', quantity: 5, reason: '捐赠', fundingSource: 'donation' }),
  'POST /stores/{id}/redemptions': (w) => ({ householdId: w.household.id, lines: [{ sku: 'RICE', quantity: 1 }] }),
  'POST /redemptions/{id}/refund': (w) => ({ reason: '退货', lines: [{ lineId: w.redemption.lineId, quantity: 1 }] }),
  'POST /stores/{id}/settlements': () => ({ upTo: new Date().toISOString() }),
  'POST /programs': (w) => ({
    code: uniqueCode('fz-'),
    name: '积分',
    holderType: 'household',
    regionId: w.county.countyId,
    basePoints: 100,
    pointValueFen: 100,
    timezone: 'Asia/Shanghai',
    periodKind: 'quarter',
    allowNegative: false,
  }),
  'PUT /programs/{id}/expiry': () => ({ policy: 'yearly', date: '01-01', carryOver: 10 }),
  'PATCH /programs/{id}': () => ({
    name: '新名',
    publicNames: 'masked',
    honourTopN: 5,
    publishDeductions: true,
    scheduleDay: 5,
    scheduleHour: 2,
  }),
  'POST /programs/{id}/rules': () => ({
    code: uniqueCode('FZ'),
    name: '规则',
    category: '测试',
    points: 5,
    cap: { points: 20, per: 'month' },
    effectiveFrom: today(),
  }),
  'PUT /programs/{id}/rules/{ruleId}': () => ({
    name: '规则（新）',
    category: '测试',
    points: 6,
    cap: { points: 30, per: 'year' },
    effectiveFrom: today(),
  }),
  'POST /programs/{id}/rules/{ruleId}/exclusions': (w) => ({ regionId: w.villageB }),
  'DELETE /programs/{id}/rules/{ruleId}/exclusions/{regionId}': () => null,
  'POST /programs/{id}/periods/{period}/close': () => null,
  'POST /programs/{id}/awards': (w) => ({
    ruleId: w.ruleId,
    holderIds: [w.household.id],
    occurredOn: today(),
    memo: '好人好事',
    evidence: ['https://example.com/a.jpg'],
  }),
  'POST /programs/{id}/deductions': (w) => ({ ruleId: w.negativeRuleId, holderIds: [w.household.id], occurredOn: today(), reason: '违规' }),
  'POST /transactions/{id}/reversal': () => ({ reason: '录错' }),
  'POST /rankings/runs': (w) => ({ programId: w.programId, regionId: w.county.countyId, period: '2026-Q1' }),
  'POST /rankings/runs/{id}/publish': () => null,
  'POST /allocation-plans': () => ({
    runId: '999999',
    budgetFen: 100000,
    topN: 10,
    method: 'tiered',
    tiers: [{ uptoRank: 3, weight: 2 }],
    minFen: 0,
    maxFen: 50000,
    bottomN: 2,
  }),
  'POST /allocation-plans/preview': () => ({
    runId: '999999',
    budgetFen: 100000,
    topN: 10,
    method: 'tiered',
    tiers: [{ uptoRank: 3, weight: 2 }],
    minFen: 0,
    maxFen: 50000,
    bottomN: 2,
  }),
  // An upload: only its content type is fuzzed.
  'POST /households/import': () => null,
  'POST /evidence': () => null,
  'POST /programs/{id}/rules/{ruleId}/versions/{version}/adoption': () => null,
  'POST /auth/resident-login': () => ({ cardCode: 'NOSUCHCARD00', pin: '123456' }),
  'POST /resident-pins': (w) => ({ householdId: w.household.id }),
  'PUT /users/{id}/household': (w) => ({ householdId: w.household.id }),
  'PUT /users/me/declaration': (w) => ({ householdId: w.household.id, relatedHouseholdIds: [] }),
  'POST /claims': (w) => ({ programId: w.programId, ruleId: w.ruleId, householdId: w.household.id, occurredOn: today(), memo: '好人好事' }),
  'POST /claims/{id}/approve': () => ({ note: '同意' }),
  'POST /claims/{id}/reject': () => ({ reason: '不符合标准' }),
  'POST /notices/{id}/objections': (w) => ({ householdId: w.household.id, reason: '情况不属实' }),
  'POST /objections/{id}/decision': () => ({ uphold: true, reason: '经核实属实' }),
  'POST /notification-channels': () => ({
    kind: 'webhook',
    name: '县短信网关',
    url: 'http://127.0.0.1:9/hook',
    quietHours: { from: '21:30', until: '07:30' },
    dailyLimit: 3,
  }),
  'PATCH /notification-channels/{id}': () => ({ dailyLimit: 3 }),
  'PUT /notification-phones/{householdId}': () => ({ phone: '13812345678' }),
  'DELETE /notification-phones/{householdId}': () => null,
  'POST /announcements': (w) => ({ regionId: w.villageA, title: '冬季环境整治', body: '每户出一人', from: today(), until: today() }),
  'POST /announcements/{id}/withdraw': () => ({ reason: '时间有变' }),
  // Refused by its signature check before anything else is read.
  'POST /integration-events': (w) => ({
    events: [{ id: 'e-1', type: 'patrol.completed', occurredAt: new Date().toISOString(), household: { cardCode: w.household.cardCode } }],
  }),
  'POST /api-clients': (w) => ({ name: '网格平台', regionId: w.townshipA, eventTypes: ['patrol.completed'] }),
  'POST /api-clients/{id}/secrets': () => null,
  'POST /api-clients/{id}/secrets/{secretId}/revoke': () => null,
  'POST /api-clients/{id}/revoke': () => null,
  'PUT /event-mappings': (w) => ({ eventType: 'patrol.completed', programId: w.programId, ruleId: w.ruleId, path: 'entry' }),
  'DELETE /event-mappings/{id}': () => null,
  'POST /integration-events/{id}/replay': () => null,
  'POST /integration-events/{id}/dismiss': () => ({ reason: '重复推送' }),
};

/** The value of a path parameter in a request that names real things. */
function pathValue(w: World, path: string, param: string): string {
  const byId: Record<string, string | number> = {
    regions: w.villageA,
    users: w.clerk.id,
    households: path.includes('/imports/') ? 999999 : w.household.id,
    stores: w.store.id,
    programs: w.programId,
    redemptions: w.redemption.id,
    transactions: w.transactionId,
    rankings: '999999',
    'allocation-plans': '999999',
    claims: '999999',
    notices: '999999',
    objections: '999999',
    evidence: 999999,
    'notification-channels': 999999,
    announcements: 999999,
    'api-clients': 999999,
    'event-mappings': 999999,
    'integration-events': '999999',
    public: 999999,
  };
  const byName: Record<string, string | number> = {
    id: byId[path.split('/')[1]],
    ruleId: w.ruleId,
    version: 1,
    deviceId: w.deviceId,
    holderId: w.household.id,
    regionId: path.includes('/boards/') ? w.county.countyId : w.villageB,
    countyId: w.county.countyId,
    sku: 'RICE',
    cardCode: w.household.cardCode,
    period: '2020-Q1',
    secretId: 999999,
    householdId: w.household.id,
    n: 1,
  };
  const value = byName[param];
  if (value === undefined) throw new Error(`no value for path parameter ${param} of ${path}: add it to pathValue`);
  return String(value);
}

const ID_PARAMS = [
  'abc',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '%201',
  '2147483648',
  '9007199254740993',
  '99999999999999999999',
  'true',
  'null',
  '%00',
  '1%00',
  '%F0%9F%98%80',
  '2147483647',
];
const TEXT_PARAMS = ['%00', 'A%00B', '%F0%9F%98%80', 'x'.repeat(10_000), '..%2F..', 'NOPE-1', '%E7%A7%AF'.repeat(1000)];

interface Operation {
  method: Method;
  /** The path under the API prefix, with its `{parameters}`. */
  path: string;
  params: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
  consumes: string[];
  kiosk: boolean;
}

interface FuzzCase {
  what: string;
  method: Method;
  path: string;
  query?: string;
  body?: string;
  contentType?: string;
  kiosk: boolean;
  idempotencyKey?: string;
  /** An empty PATCH may answer 200 as long as it changes nothing. */
  noOp?: boolean;
}

/** The operations of the document that the fuzzer covers: every write, and every GET with path or query parameters. */
function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [fullPath, methods] of Object.entries(doc.paths)) {
    if (!fullPath.startsWith(API)) continue;
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []) as Operation['params'];
      if (method === 'get' && !params.some((p) => p.in === 'path' || p.in === 'query')) continue;
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content ?? {};
      ops.push({
        method: method as Method,
        path: fullPath.slice(API.length),
        params,
        body: content['application/json']?.schema,
        consumes: Object.keys(content),
        kiosk: ((op.security ?? []) as Record<string, unknown>[]).some((s) => 'api-key' in s),
      });
    }
  }
  return ops;
}

/** The fuzz cases of one operation. */
function casesOf(op: Operation, w: World, components: Record<string, Schema>, rng: Rng): FuzzCase[] {
  const key = `${op.method.toUpperCase()} ${op.path}`;
  const base = op.method === 'get' ? null : BASES[key]?.(w);
  const pathParams = op.params.filter((p) => p.in === 'path');
  const realPath = (override: Record<string, string> = {}) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? pathValue(w, op.path, name));
  const idempotent = op.params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  const cases: FuzzCase[] = [];
  const add = (what: string, c: Partial<FuzzCase>) =>
    cases.push({
      what: `${key} ${what}`,
      method: op.method,
      path: realPath(),
      kiosk: op.kiosk && rng.int(2) === 0,
      ...(idempotent ? { idempotencyKey: `fuzz-${rng.seed}-${cases.length}-${op.path}` } : {}),
      ...(base !== null && base !== undefined ? { body: toJson(base) } : {}),
      ...c,
    });

  for (const p of pathParams) {
    const isId = p.name === 'id' || p.name.endsWith('Id');
    for (const v of rng.sample(isId ? ID_PARAMS : TEXT_PARAMS, PER_PARAM))
      add(`path ${p.name}=${v.slice(0, 40)}`, { path: realPath({ [p.name]: v }) });
  }
  if (op.method === 'get') {
    for (const p of op.params.filter((q) => q.in === 'query')) {
      const values = invalidQueryValues(p.name, resolve(p.schema ?? {}, components));
      for (const v of rng.sample(values, PER_PARAM)) add(`query ${p.name}=${v.slice(0, 40)}`, { query: `${p.name}=${v}` });
    }
    return cases;
  }
  if (op.consumes.some((c) => c !== 'application/json')) {
    // An upload route checks its own content: anything but its documented types is refused.
    add('a JSON body', { body: '{"file":"x"}', contentType: 'application/json' });
    add('a text/plain body', { body: 'villageCode,householdNo\n', contentType: 'text/plain' });
    add('a form body', { body: 'file=x', contentType: 'application/x-www-form-urlencoded' });
    add('no body', { body: undefined });
    return cases;
  }
  if (!op.body || base === null || base === undefined) return cases;

  const schema = resolve(op.body, components);
  for (const { path, schema: field } of fieldsOf(schema, base, components)) {
    for (const v of rng.sample(invalidValues(String(path[path.length - 1]), field), PER_FIELD)) {
      add(`body.${path.join('.')} = ${toJson(v)?.slice(0, 40)}`, { body: toJson(withValue(base, path, v)) });
    }
  }
  const baseJson = toJson(base).slice(1, -1);
  const wholeBodies: [string, string, string?][] = [
    ['null', 'null'],
    ['an array', '[]'],
    ['the body in an array', `[${toJson(base)}]`],
    ['a string', '"x"'],
    ['a number', '42'],
    ['true', 'true'],
    ['truncated JSON', toJson(base).slice(0, -1)],
    ['an unknown field', `{${baseJson},"fuzzExtra":1}`],
    ['a __proto__ key', `{${baseJson},"__proto__":{"polluted":true}}`],
    ['a constructor key', `{${baseJson},"constructor":{"prototype":{"polluted":true}}}`],
    ['a key with a NUL byte', `{${baseJson},"a\\u0000b":1}`],
    ['nesting 40 deep', `{${baseJson},"deep":${deepObject(40)}}`],
    ['arrays 100000 deep', `{${baseJson},"deep":${deepArray(100_000)}}`],
    ['text/plain', toJson(base), 'text/plain'],
    ['a form', 'name=x', 'application/x-www-form-urlencoded'],
    ['XML', '<a/>', 'application/xml'],
    ['CSV', 'a,b\n1,2\n', 'text/csv'],
  ];
  if ((schema.required ?? []).length > 0 || op.method === 'put') wholeBodies.push(['{}', '{}']);
  if (op.method === 'patch') add('{}', { body: '{}', noOp: true });
  if ((schema.required ?? []).length > 0)
    cases.push({
      what: `${key} no body`,
      method: op.method,
      path: realPath(),
      kiosk: false,
      ...(idempotent ? { idempotencyKey: `fuzz-${rng.seed}-nobody-${op.path}` } : {}),
    });
  for (const [what, body, contentType] of wholeBodies) add(what, { body, contentType });
  return cases;
}

/** What is wrong with the answer to a malformed request, or null: a 4xx in the one error shape. */
function problemOf(res: Response): string | null {
  const code = (res.body as { error?: { code?: unknown } })?.error?.code;
  if (res.status < 400 || res.status >= 500)
    return `status ${res.status} ${typeof code === 'string' ? code : (res.text ?? '').slice(0, 200)}`;
  if (!/^application\/json/.test(res.headers['content-type'] ?? '')) return `status ${res.status} not JSON`;
  const body = res.body as Record<string, unknown>;
  const error = body.error as Record<string, unknown> | undefined;
  if (Object.keys(body).join() !== 'error' || !error) return `status ${res.status} body ${JSON.stringify(body).slice(0, 200)}`;
  if (Object.keys(error).sort().join() !== 'code,details,message,requestId')
    return `status ${res.status} error keys ${Object.keys(error).join()}`;
  if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(code)) return `status ${res.status} code ${String(code)}`;
  if (typeof error.message !== 'string' || !error.message) return `status ${res.status} ${code} without a message`;
  if (typeof error.details !== 'object' || error.details === null || Array.isArray(error.details))
    return `status ${res.status} ${code} details ${JSON.stringify(error.details)}`;
  if (typeof error.requestId !== 'string' || !error.requestId) return `status ${res.status} ${code} without a requestId`;
  return null;
}

function send(t: TestApp, w: World, c: FuzzCase) {
  let req = t.http()[c.method](`${API}${c.path}${c.query ? `?${c.query}` : ''}`);
  req = c.kiosk ? req.set('X-Api-Key', w.kioskKey) : req.set('Authorization', `Bearer ${w.admin}`);
  if (c.idempotencyKey) req = req.set('Idempotency-Key', c.idempotencyKey);
  if (c.body !== undefined) req = req.set('Content-Type', c.contentType ?? 'application/json').send(c.body);
  return req;
}

describe('malformed input', () => {
  const t = useTestApp();
  let w: World;
  let api: ReturnType<typeof as>;

  beforeAll(async () => {
    w = await seedWorld(t);
    api = as(t, { token: w.admin });
  });

  it('fuzz: every write and every GET with parameters answers malformed input with a 4xx in the error shape and writes nothing', async () => {
    const rng = new Rng(SEED);
    const doc = (await t.http().get('/docs-json')).body as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, Schema> };
    };
    const ops = operationsOf(doc);
    const writes = ops.filter((op) => op.method !== 'get').map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(writes.filter((k) => !(k in BASES))).toEqual([]);

    const failures: string[] = [];
    let requests = 0;
    let before = await tableDigests(t);
    for (const op of ops) {
      const cases = casesOf(op, w, doc.components.schemas, rng);
      await inPool(cases, CONCURRENCY, async (c) => {
        const res = await send(t, w, c);
        const problem = c.noOp && res.status === 200 ? null : problemOf(res);
        requests++;
        if (problem) failures.push(`${c.what}${c.kiosk ? ' (kiosk)' : ''}: ${problem}`);
      });
      const after = await tableDigests(t);
      const changed = changedTables(before, after);
      if (changed.length > 0) failures.push(`${op.method.toUpperCase()} ${op.path} changed ${changed.join(', ')}`);
      before = after;
    }
    if (failures.length > 0)
      throw new Error(`FUZZ_SEED=${SEED} reproduces these ${failures.length} failures (of ${requests} requests):\n${failures.join('\n')}`);
    expect(requests).toBeGreaterThan(1000);
    // Thousands of requests: a hang detector with room for a machine busy with other work, not a speed target.
  }, 600_000);

  const raw = (method: Method, path: string, body: string, contentType = 'application/json') =>
    t.http()[method](`${API}${path}`).set('Authorization', `Bearer ${w.admin}`).set('Content-Type', contentType).send(body);

  /** Each request is refused with `status` and `code`, and no table changes. */
  async function refusedAll(requests: [string, () => PromiseLike<Response>][], status = 400, code?: string): Promise<void> {
    const before = await tableDigests(t);
    const wrong: string[] = [];
    for (const [what, call] of requests) {
      const res = await call();
      const problem = problemOf(res);
      if (problem || res.status !== status || (code && res.body.error.code !== code))
        wrong.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(changedTables(before, await tableDigests(t))).toEqual([]);
  }

  it('integers beyond the column range, in the body, query or path, are 400', async () => {
    const award = { ruleId: w.ruleId, holderIds: [w.household.id], occurredOn: today() };
    const plan = { runId: '999999', budgetFen: 100000, topN: 10, method: 'equal', bottomN: 2 };
    const redeem = (body: object) => () => api.post(`/stores/${w.store.id}/redemptions`, body);
    await refusedAll([
      ['an int4 holder id', () => api.post(`/programs/${w.programId}/awards`, { ...award, holderIds: [2147483648] })],
      ['an int4 member id', () => api.post(`/programs/${w.programId}/awards`, { ...award, memberId: 2147483648 })],
      ['a rule id of 1e308', () => api.post(`/programs/${w.programId}/awards`, { ...award, ruleId: 1e308 })],
      ['an int4 household id', redeem({ householdId: 2147483648, lines: [{ sku: 'RICE', quantity: 1 }] })],
      [
        'an unsafe household id',
        () => raw('post', `/stores/${w.store.id}/redemptions`, `{"householdId":9007199254740993,"lines":[{"sku":"RICE","quantity":1}]}`),
      ],
      ['an int4 store region', () => api.post('/stores', { name: '超市', regionId: 2147483648 })],
      [
        'an int4 program of a ranking',
        () => api.post('/rankings/runs', { programId: 2147483648, regionId: w.county.countyId, period: '2026-Q1' }),
      ],
      [
        'a minimum in fen beyond 2^53',
        () => raw('post', '/allocation-plans', toJson({ ...plan }).replace('}', ',"minFen":9007199254740993}')),
      ],
      ['a maximum in fen of 1e308', () => api.post('/allocation-plans', { ...plan, maxFen: 1e308 })],
      ['a tier rank of 1e308', () => api.post('/allocation-plans', { ...plan, method: 'tiered', tiers: [{ uptoRank: 1e308, weight: 1 }] })],
      ['a participation program beyond int4', () => api.patch(`/programs/${w.programId}`, { participationProgramId: 2147483648 })],
      [
        'a refund line beyond int8',
        () =>
          api.post(`/redemptions/${w.redemption.id}/refund`, { reason: '退货', lines: [{ lineId: '99999999999999999999', quantity: 1 }] }),
      ],
      ['an offset of 1e308', () => api.get('/households?offset=1e308')],
      ['an offset beyond int8', () => api.get('/regions?offset=99999999999999999999')],
      ['a region filter beyond int4', () => api.get('/users?regionId=2147483648')],
      [
        'a statement cursor beyond int8',
        () => api.get(`/programs/${w.programId}/holders/${w.household.id}/statement?cursor=99999999999999999999`),
      ],
      ['a redemption cursor beyond int8', () => api.get(`/stores/${w.store.id}/redemptions?before=99999999999999999999`)],
      ['an entries offset of 1e308', () => api.get('/rankings/runs/1/entries?offset=1e308')],
      ['a store id beyond int4 in the path', () => api.get('/stores/2147483648/items')],
      ['a redemption id beyond int8 in the path', () => api.get('/redemptions/99999999999999999999')],
    ]);
  });

  it('a NUL byte in a string field or path segment is 400', async () => {
    await refusedAll([
      [
        'in a region name',
        () => api.post('/regions', { code: uniqueCode('NUL'), name: '新\u0000村', level: 'village', parentId: w.townshipA }),
      ],
      [
        'in a household head',
        () => api.post('/households', { villageId: w.villageA, householdNo: uniqueCode('NUL'), headName: '张\u0000三' }),
      ],
      [
        'in a member name',
        () =>
          api.post('/households', {
            villageId: w.villageA,
            householdNo: uniqueCode('NUL'),
            headName: '张三',
            members: [{ name: '\u0000', relation: '配偶' }],
          }),
      ],
      ['in a PATCH address', () => api.patch(`/households/${w.household.id}`, { address: 'a\u0000b' })],
      [
        'in a memo',
        () =>
          api.post(`/programs/${w.programId}/awards`, {
            ruleId: w.ruleId,
            holderIds: [w.household.id],
            occurredOn: today(),
            memo: '\u0000',
          }),
      ],
      ['in a login name', () => t.http().post(`${API}/auth/login`).send({ username: 'a\u0000', password: PASSWORD })],
      ['in a key', () => raw('post', '/stores', `{"name":"超市","regionId":${w.villageA},"a\\u0000":1}`)],
      ['in a card code in the path', () => api.get('/households/by-card/AB%00CD')],
      ['in a SKU in the path', () => api.patch(`/stores/${w.store.id}/items/RICE%00`, { name: '米' })],
      ['in a period in the path', () => api.post(`/programs/${w.programId}/periods/2020-Q1%00/close`)],
      ['in a query', () => api.get('/households?q=%E5%BC%A0%00')],
    ]);
  });

  it('deeply nested JSON is 400 MALFORMED_REQUEST', async () => {
    const store = `"name":"超市","regionId":${w.villageA}`;
    await refusedAll(
      [
        ['objects 33 deep', () => raw('post', '/stores', `{${store},"x":${deepObject(33)}}`)],
        [
          'arrays 100000 deep in a nested list',
          () =>
            raw('post', '/households', `{"villageId":${w.villageA},"householdNo":"D1","headName":"张三","members":${deepArray(100_000)}}`),
        ],
        [
          'arrays 100000 deep in a kiosk redemption',
          () =>
            raw('post', `/stores/${w.store.id}/redemptions`, `{"householdId":${w.household.id},"lines":${deepArray(100_000)}}`).set(
              'Idempotency-Key',
              uniqueCode('deep-'),
            ),
        ],
        ['a deep PATCH', () => raw('patch', `/stores/${w.store.id}`, deepArray(50_000))],
      ],
      400,
      'MALFORMED_REQUEST',
    );
  });

  it('PATCH with {} changes nothing and null for a field that is not nullable is 400', async () => {
    const patches = [
      `/programs/${w.programId}`,
      `/stores/${w.store.id}`,
      `/stores/${w.store.id}/items/RICE`,
      `/households/${w.household.id}`,
      `/users/${w.clerk.id}`,
    ];
    const before = await tableDigests(t);
    for (const path of patches) {
      const res = await api.patch(path, {});
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
    expect(
      await t.http().put(`${API}/programs/${w.programId}/rules/${w.ruleId}`).set('Authorization', `Bearer ${w.admin}`).send({}),
    ).toMatchObject({ status: 400 });
    expect(changedTables(before, await tableDigests(t))).toEqual([]);

    await refusedAll(
      [
        ['a null program name', () => api.patch(`/programs/${w.programId}`, { name: null })],
        ['a null honour list size', () => api.patch(`/programs/${w.programId}`, { honourTopN: null })],
        ['a null publish flag', () => api.patch(`/programs/${w.programId}`, { publishDeductions: null })],
        ['a null store name', () => api.patch(`/stores/${w.store.id}`, { name: null })],
        ['a null store program', () => api.patch(`/stores/${w.store.id}`, { programId: null })],
        ['a null refund window', () => api.patch(`/stores/${w.store.id}`, { refundWindowDays: null })],
        ['a null item name', () => api.patch(`/stores/${w.store.id}/items/RICE`, { name: null })],
        ['a null item price', () => api.patch(`/stores/${w.store.id}/items/RICE`, { pointsPrice: null })],
        ['a null item offer', () => api.patch(`/stores/${w.store.id}/items/RICE`, { active: null })],
        ['a null head of household', () => api.patch(`/households/${w.household.id}`, { headName: null })],
        ['a null user name', () => api.patch(`/users/${w.clerk.id}`, { displayName: null })],
        ['a null password', () => api.patch(`/users/${w.clerk.id}`, { password: null })],
        [
          'a null rule name',
          () =>
            t.http().put(`${API}/programs/${w.programId}/rules/${w.ruleId}`).set('Authorization', `Bearer ${w.admin}`).send({ name: null }),
        ],
        [
          'a null rule points',
          () =>
            t
              .http()
              .put(`${API}/programs/${w.programId}/rules/${w.ruleId}`)
              .set('Authorization', `Bearer ${w.admin}`)
              .send({ points: null }),
        ],
      ],
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a __proto__ or constructor key is refused like any unknown field', async () => {
    const store = `"name":"超市","regionId":${w.villageA}`;
    await refusedAll(
      [
        ['__proto__ in a store', () => raw('post', '/stores', `{${store},"__proto__":{"polluted":true}}`)],
        ['constructor in a store', () => raw('post', '/stores', `{${store},"constructor":{"prototype":{"polluted":true}}}`)],
        ['__proto__ in a PATCH', () => raw('patch', `/stores/${w.store.id}`, '{"name":"改名","__proto__":{"name":null}}')],
        [
          '__proto__ in a redemption line',
          () =>
            raw(
              'post',
              `/stores/${w.store.id}/redemptions`,
              `{"householdId":${w.household.id},"lines":[{"sku":"RICE","quantity":1,"__proto__":{}}]}`,
            ),
        ],
      ],
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a runId that is not a number is 400', async () => {
    const plan = { budgetFen: 100000, topN: 10, method: 'equal', bottomN: 2 };
    await refusedAll(
      [
        ['abc', () => api.post('/allocation-plans', { ...plan, runId: 'abc' })],
        ['1.5', () => api.post('/allocation-plans', { ...plan, runId: '1.5' })],
        ['-1', () => api.post('/allocation-plans', { ...plan, runId: '-1' })],
        ['beyond int8', () => api.post('/allocation-plans', { ...plan, runId: '99999999999999999999' })],
        ['with a NUL byte', () => api.post('/allocation-plans', { ...plan, runId: '1\u0000' })],
      ],
      400,
      'VALIDATION_FAILED',
    );
  });

  it('what was accepted but should not be is refused: boolean ids, non-date upTo, a text/plain PATCH', async () => {
    const award = { holderIds: [w.household.id], occurredOn: today() };
    await refusedAll(
      [
        ['ruleId true', () => api.post(`/programs/${w.programId}/awards`, { ...award, ruleId: true })],
        ['ruleId "1"', () => api.post(`/programs/${w.programId}/awards`, { ...award, ruleId: String(w.ruleId) })],
        ['store regionId true', () => api.post('/stores', { name: '超市', regionId: true })],
        [
          'household villageId "7"',
          () => api.post('/households', { villageId: String(w.villageA), householdNo: uniqueCode('B'), headName: '张三' }),
        ],
        ['upTo true', () => api.post(`/stores/${w.store.id}/settlements`, { upTo: true })],
        ['upTo -1', () => api.post(`/stores/${w.store.id}/settlements`, { upTo: -1 })],
        ['upTo 1.5', () => api.post(`/stores/${w.store.id}/settlements`, { upTo: 1.5 })],
        ['upTo 0', () => api.post(`/stores/${w.store.id}/settlements`, { upTo: 0 })],
        ['upTo not a date', () => api.post(`/stores/${w.store.id}/settlements`, { upTo: '2026-02-31' })],
      ],
      400,
      'VALIDATION_FAILED',
    );
    await refusedAll(
      [
        ['a text/plain PATCH', () => raw('patch', `/stores/${w.store.id}`, '{"name":"纯文本"}', 'text/plain')],
        ['a text/plain PATCH of a household', () => raw('patch', `/households/${w.household.id}`, 'address=x', 'text/plain')],
        ['a form POST', () => raw('post', '/regions', 'code=X&name=y', 'application/x-www-form-urlencoded')],
        ['a CSV body to a JSON route', () => raw('post', '/stores', 'name,regionId\n超市,1\n', 'text/csv')],
      ],
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    // The documented upload still takes its CSV.
    const csv = await raw('post', '/households/import', 'villageCode,householdNo,headName\n', 'text/csv');
    expect(csv.status).not.toBe(415);
    expectError(await api.get('/stores/abc'), 400, 'VALIDATION_FAILED');
  });
});
