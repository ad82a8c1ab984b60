import { Clock } from '../src/common/clock.js';
import { PIN_ALARM_CARDS, PIN_DAILY_CAP, PIN_MAX_WRONG, PIN_TRIES_PER_LOCK } from '../src/households/pin-lockout.js';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createUser,
  expectError,
  seedTree,
  uniqueCode,
  type CountyTree,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Resident PINs resist guessing: wrong PINs count against the PIN until a clerk resets it, locks
 * grow (1 min, 5 min, 1 h, a day, then until reset), a card takes at most PIN_DAILY_CAP wrong PINs
 * a day, and wrong PINs spread over many cards of a county raise an alarm for its auditors. The
 * service's clock is moved forward instead of waiting.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const login = (t: TestApp, cardCode: string, pin: string, address = '192.0.2.10') =>
  t.http().post(`${API}/auth/resident-login`).set('X-Forwarded-For', address).send({ cardCode, pin });
const wrong = (pin: string) => String((Number(pin) + 1) % 10 ** pin.length).padStart(pin.length, '0');

describe('resident PIN lockout', () => {
  // Every address may try as often as these tests need: the card's own count is what is tested.
  const t = useTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
  let tree: CountyTree;
  let clerk: string;
  const clock = () => t.app.get(Clock);

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    await createProgram(t, tree.county.token, tree.county.countyId);
  });

  async function cardWithPin(): Promise<{ id: number; cardCode: string; pin: string }> {
    const household = await createHousehold(t, clerk, tree.villageA);
    const res = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
    expect(res.status).toBe(201);
    return { ...household, pin: res.body.pin as string };
  }

  /** `n` wrong PINs in a row, each refused as wrong; the last one's answer. */
  async function wrongTimes(card: { cardCode: string; pin: string }, n: number) {
    let last;
    for (let i = 0; i < n; i++) {
      last = await login(t, card.cardCode, wrong(card.pin));
      expectError(last, 401, 'INVALID_PIN');
    }
    return last!;
  }

  /** How long the card is locked now, in ms from the service's clock (Infinity: until reset). */
  async function lockedFor(card: { cardCode: string; pin: string }): Promise<number> {
    const res = await login(t, card.cardCode, card.pin);
    if (res.body.error?.code === 'CARD_LOCKED_UNTIL_RESET') return Infinity;
    expectError(res, 429, 'CARD_LOCKED');
    return new Date(res.body.error.details.until as string).getTime() - clock().now().getTime();
  }

  it('grows the lock with each one: 1 minute, 5 minutes, 1 hour, a day, then until a clerk resets the PIN', async () => {
    const card = await cardWithPin();
    // Each wrong PIN says how many tries are left before the lock.
    const first = await login(t, card.cardCode, wrong(card.pin));
    expectError(first, 401, 'INVALID_PIN', { triesBeforeLock: PIN_TRIES_PER_LOCK - 1 });
    const fifth = await wrongTimes(card, PIN_TRIES_PER_LOCK - 1);
    expect(fifth.body.error.details).toEqual({ locked: true });

    const locks: number[] = [];
    for (let round = 0; round < 5; round++) {
      if (round > 0) await wrongTimes(card, PIN_TRIES_PER_LOCK);
      const ms = await lockedFor(card);
      locks.push(ms);
      // Waiting out this lock and the day's cap, as a patient guesser would.
      if (Number.isFinite(ms)) clock().advance(Math.max(ms, DAY) + 1000);
    }
    const near = (ms: number, expected: number) => Math.abs(ms - expected) < 5000;
    expect([near(locks[0], MINUTE), near(locks[1], 5 * MINUTE), near(locks[2], HOUR), near(locks[3], DAY), locks[4]]).toEqual([
      true,
      true,
      true,
      true,
      Infinity,
    ]);
    // The right PIN does not open it either, days later: only a new PIN does.
    clock().advance(30 * DAY);
    expectError(await login(t, card.cardCode, card.pin), 429, 'CARD_LOCKED_UNTIL_RESET');
    const reset = await as(t, { token: clerk }).post('/resident-pins', { householdId: card.id });
    expect((await login(t, card.cardCode, reset.body.pin as string)).status).toBe(200);
    // In all, the PIN took PIN_MAX_WRONG wrong guesses and no more.
    expect(PIN_MAX_WRONG).toBe(PIN_TRIES_PER_LOCK * 5);
  });

  it('counts wrong PINs for good: the right PIN between them does not wipe the count', async () => {
    const card = await cardWithPin();
    await wrongTimes(card, PIN_TRIES_PER_LOCK - 1);
    expect((await login(t, card.cardCode, card.pin)).status).toBe(200);
    // One more wrong PIN completes the five: the card locks.
    expectError(await login(t, card.cardCode, wrong(card.pin)), 401, 'INVALID_PIN', { locked: true });
    expect(await lockedFor(card)).toBeGreaterThan(50_000);
  });

  it(`caps a card at ${PIN_DAILY_CAP} wrong PINs in 24 hours, whatever the step's lock`, async () => {
    const card = await cardWithPin();
    await wrongTimes(card, PIN_TRIES_PER_LOCK);
    clock().advance(MINUTE + 1000);
    await wrongTimes(card, PIN_DAILY_CAP - PIN_TRIES_PER_LOCK);
    // The step would lock 5 minutes; the day's cap holds it until 24 hours after its first wrong PIN.
    const ms = await lockedFor(card);
    expect(ms).toBeGreaterThan(DAY - 2 * MINUTE - 5000);
    expect(ms).toBeLessThanOrEqual(DAY);
  });

  it('lets concurrent guesses past a lock never: ten at once on a fresh card, five are checked', async () => {
    const card = await cardWithPin();
    const answers = await Promise.all(Array.from({ length: 10 }, () => login(t, card.cardCode, wrong(card.pin))));
    const codes = answers.map((r) => r.body.error?.code as string).sort();
    expect(codes).toEqual([...Array<string>(5).fill('CARD_LOCKED'), ...Array<string>(5).fill('INVALID_PIN')]);
  });

  it(`raises one alarm when wrong PINs reach ${PIN_ALARM_CARDS} cards of the county within an hour: in the audit log and on the auditor's report`, async () => {
    const { county, villageA } = await seedTree(t);
    const program = await createProgram(t, county.token, county.countyId);
    const cards: { cardCode: string; pin: string }[] = [];
    for (let i = 0; i < PIN_ALARM_CARDS + 2; i++) {
      const h = await createHousehold(t, county.token, villageA, { householdNo: uniqueCode('S') });
      const pin = await as(t, { token: county.token }).post('/resident-pins', { householdId: h.id });
      cards.push({ cardCode: h.cardCode, pin: pin.body.pin as string });
    }
    const alarms = async () =>
      (await t.db.query(`SELECT county_id AS "countyId", kind, details FROM security_alarms WHERE county_id = $1`, [county.countyId])) as {
        countyId: number;
        kind: string;
        details: { cards: number };
      }[];
    // One PIN tried across many cards, from many addresses: each card sees one wrong PIN.
    for (const [i, card] of cards.slice(0, PIN_ALARM_CARDS - 1).entries())
      expectError(await login(t, card.cardCode, '20262026', `198.51.100.${i + 1}`), 401, 'INVALID_PIN');
    expect(await alarms()).toEqual([]);
    expectError(await login(t, cards[PIN_ALARM_CARDS - 1].cardCode, '20262026', '198.51.100.200'), 401, 'INVALID_PIN');
    expect(await alarms()).toEqual([
      {
        countyId: county.countyId,
        kind: 'pin_guessing',
        details: { cards: PIN_ALARM_CARDS, threshold: PIN_ALARM_CARDS, window: '1 hour' },
      },
    ]);
    // More wrong PINs in the same hour raise no second alarm.
    expectError(await login(t, cards[PIN_ALARM_CARDS].cardCode, '20262026', '198.51.100.201'), 401, 'INVALID_PIN');
    expect(await alarms()).toHaveLength(1);

    const auditor = await createUser(t, county.token, 'auditor', county.countyId);
    const log = async () =>
      (await as(t, { token: auditor.token }).get('/audit-log?limit=200')).body as { action: string; errorCode: string | null }[];
    let entries: { action: string; errorCode: string | null }[] = [];
    for (let i = 0; i < 50 && !entries.some((e) => e.action === 'ALARM pin_guessing'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      entries = await log();
    }
    expect(entries.filter((e) => e.action === 'ALARM pin_guessing')).toEqual([
      expect.objectContaining({ action: 'ALARM pin_guessing', errorCode: 'PIN_GUESSING_ALARM' }),
    ]);
    const report = await as(t, { token: auditor.token }).get(`/reports/staff-activity?programId=${program.id}&regionId=${county.countyId}`);
    expect(report.status).toBe(200);
    expect(report.body.alarms).toEqual([
      { id: expect.any(Number), kind: 'pin_guessing', raisedAt: expect.any(String), cards: PIN_ALARM_CARDS, threshold: PIN_ALARM_CARDS },
    ]);
    // Another county's auditors see nothing of it.
    const other = (
      await as(t, { token: tree.county.token }).get(
        `/reports/staff-activity?programId=${(await createProgram(t, tree.county.token, tree.county.countyId)).id}&regionId=${tree.county.countyId}`,
      )
    ).body;
    expect(other.alarms).toEqual([]);
  });
});
