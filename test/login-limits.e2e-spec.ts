import { Redis } from 'ioredis';
import type { Response } from 'supertest';
import { TEST_REDIS_URL } from './support/databases.js';
import { API, expectError, PASSWORD, seedCounty, uniqueCode } from './support/fixtures.js';
import { startTestApp, useTestApp, type TestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * Failed logins are counted per username and per client address, atomically and before any
 * password is checked; instances on one Redis share the counts; X-Forwarded-For counts only from
 * the proxies TRUST_PROXY names. The limit is 10 a minute here (the address allows five times that).
 */

const LIMIT = { LOGIN_RATE_LIMIT: '10' };

function attempt(t: TestApp, username: string, password: string, forwardedFor?: string) {
  const req = t.http().post(`${API}/auth/login`);
  return (forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req).send({ username, password });
}

/** How many responses had each status, e.g. `{401: 10, 429: 40}`. */
function statuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** Sends the attempts one after the other and gives each status. */
async function inTurn(attempts: (() => Promise<Response>)[]): Promise<number[]> {
  const seen: number[] = [];
  for (const a of attempts) seen.push((await a()).status);
  return seen;
}

/** Runs `work` with a Redis client on the test server. */
async function withRedis<T>(work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}

/** The app's login counters in Redis. */
const counterKeys = (t: TestApp) => withRedis((redis) => redis.keys(`${t.config.queue.prefix}:limits:*`));

/** Lets the minute pass for every counter of the app: they expire in Redis now. */
async function endWindow(t: TestApp): Promise<void> {
  const keys = await counterKeys(t);
  await withRedis(async (redis) => {
    for (const key of keys) await redis.pexpire(key, 1);
  });
  await new Promise((r) => setTimeout(r, 20));
}

/** Expects a 429 with retryAfterSeconds within the minute and the same Retry-After header. */
function expectLimited(res: Response): void {
  expectError(res, 429, 'RATE_LIMITED');
  const after = res.body.error.details.retryAfterSeconds as number;
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThanOrEqual(60);
  expect(res.headers['retry-after']).toBe(String(after));
}

describeWith(['redis'], 'login limits on Redis, behind no trusted proxy', () => {
  // The test client connects from loopback; TRUST_PROXY names another address, so its X-Forwarded-For is not believed.
  const t = useTestApp({ env: { ...LIMIT, TRUST_PROXY: '10.0.0.1' } });
  afterEach(() => endWindow(t));

  it('checks at most 10 of 50 concurrent wrong passwords for one user, then refuses the right one until the minute passes', async () => {
    const { username } = await seedCounty(t);
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(t, username, `wrong-${i}`)));
    expect(statuses(responses)).toEqual({ 401: 10, 429: 40 });
    for (const r of responses) if (r.status === 429) expectLimited(r);

    expectLimited(await attempt(t, username, PASSWORD));
    expect(await counterKeys(t)).toEqual(expect.arrayContaining([expect.stringContaining(username)]));
    await endWindow(t);
    expect((await attempt(t, username, PASSWORD)).status).toBe(200);
  });

  it('keeps counting one username whatever X-Forwarded-For says', async () => {
    const { username } = await seedCounty(t);
    const seen = await inTurn(Array.from({ length: 12 }, (_, i) => () => attempt(t, username, 'wrong', `203.0.113.${i + 1}`)));
    expect(seen).toEqual([...Array<number>(10).fill(401), 429, 429]);
    expectLimited(await attempt(t, username, PASSWORD, '198.51.100.7'));
  });

  it('keeps counting the address across usernames whatever X-Forwarded-For says', async () => {
    const { username } = await seedCounty(t);
    // Five times the limit from one address, each try a new username and a new forwarded address.
    const seen = await inTurn(Array.from({ length: 52 }, (_, i) => () => attempt(t, uniqueCode('nobody-'), 'wrong', `203.0.113.${i + 1}`)));
    expect(seen).toEqual([...Array<number>(50).fill(401), 429, 429]);
    // Every user at that address waits now, even with the right password.
    expectLimited(await attempt(t, username, PASSWORD, '198.51.100.8'));
  });

  it('lets a successful login clear the username and give the address its try back', async () => {
    const { username } = await seedCounty(t);
    const other = await seedCounty(t);
    expect(await inTurn(Array.from({ length: 9 }, () => () => attempt(t, username, 'wrong')))).toEqual(Array<number>(9).fill(401));
    expect((await attempt(t, username, PASSWORD)).status).toBe(200);
    expect(await inTurn(Array.from({ length: 10 }, () => () => attempt(t, username, 'wrong')))).toEqual(Array<number>(10).fill(401));
    expectLimited(await attempt(t, username, 'wrong'));
    // Another user at the same address is not held by that user's failures.
    expect((await attempt(t, other.username, PASSWORD)).status).toBe(200);
  });
});

describeWith(['redis'], 'login limits shared between instances', () => {
  it('counts the failures of two API instances on one Redis together', async () => {
    const shared = { ...LIMIT, QUEUE_PREFIX: `mbtest-shared-${uniqueCode('p')}-${process.pid}`, WORKER_ENABLED: 'false' };
    const a = await startTestApp({ env: shared });
    const b = await startTestApp({ env: shared }).catch(async (err: unknown) => {
      await a.close();
      throw err;
    });
    try {
      const { username } = await seedCounty(a);
      const seen = await inTurn(Array.from({ length: 12 }, (_, i) => () => attempt(i % 2 === 0 ? a : b, username, 'wrong')));
      expect(seen).toEqual([...Array<number>(10).fill(401), 429, 429]);
      expectLimited(await attempt(a, username, PASSWORD));
    } finally {
      // Both stop before either deletes the shared keys, so neither writes them again.
      await Promise.all([a.stop(), b.stop()]);
      await b.close();
      await a.close();
    }
  });
});

describe('login limits without Redis', () => {
  // Default TRUST_PROXY (loopback): the forwarded address is the client's.
  const t = useTestApp({ queue: 'in-process', env: LIMIT });

  it('still checks at most 10 of 30 concurrent wrong passwords for one user', async () => {
    const { username } = await seedCounty(t);
    const responses = await Promise.all(Array.from({ length: 30 }, () => attempt(t, username, 'wrong')));
    expect(statuses(responses)).toEqual({ 401: 10, 429: 20 });
    expectLimited(await attempt(t, username, PASSWORD));
  });

  it('believes X-Forwarded-For from a trusted proxy for the address, but still counts the username', async () => {
    const { username } = await seedCounty(t);
    const seen = await inTurn(Array.from({ length: 11 }, (_, i) => () => attempt(t, username, 'wrong', `192.0.2.${i + 1}`)));
    expect(seen).toEqual([...Array<number>(10).fill(401), 429]);
    // From one forwarded address with a new username each time: the address is held after fifty tries.
    const spray = await inTurn(Array.from({ length: 51 }, () => () => attempt(t, uniqueCode('nobody-'), 'wrong', '192.0.2.200')));
    expect(spray).toEqual([...Array<number>(50).fill(401), 429]);
    // Another forwarded address is another client.
    expect((await attempt(t, uniqueCode('nobody-'), 'wrong', '192.0.2.201')).status).toBe(401);
  });
});

describe('public routes limited per client address', () => {
  // Twenty requests a minute per address to the routes that need no login.
  const t = useTestApp({ env: { PUBLIC_RATE_LIMIT: '20' } });

  it('answers 429 RATE_LIMITED with Retry-After past the limit, counts each address on its own, and leaves staff routes alone', async () => {
    const { token } = await seedCounty(t);
    const health = (address: string) => () => t.http().get('/health').set('X-Forwarded-For', address);
    const seen = await inTurn(Array.from({ length: 21 }, () => health('192.0.2.50')));
    expect(seen).toEqual([...Array<number>(20).fill(200), 429]);
    const refused = await t.http().get('/health').set('X-Forwarded-For', '192.0.2.50');
    expectError(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The log-in is public too: the same address may not try a password now.
    expectError(await attempt(t, 'anyone', 'wrong', '192.0.2.50'), 429, 'RATE_LIMITED');
    // Another address has its own minute; a logged-in caller from the held address is not counted.
    expect((await t.http().get('/health').set('X-Forwarded-For', '192.0.2.51')).status).toBe(200);
    const me = await t.http().get(`${API}/auth/me`).set('Authorization', `Bearer ${token}`).set('X-Forwarded-For', '192.0.2.50');
    expect(me.status).toBe(200);
  });
});
