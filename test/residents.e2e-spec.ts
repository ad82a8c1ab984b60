import {
  API,
  as,
  countRows,
  createHousehold,
  createProgram,
  createUser,
  expectError,
  seedTree,
  type CountyTree,
} from './support/fixtures.js';
import { givePoints } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Residents act for their own household: a clerk gives the household a PIN (shown once), the
 * resident logs in with card code + PIN and reads its balance and statement, nothing else.
 */

function residentLogin(t: TestApp, cardCode: string, pin: string) {
  return t.http().post(`${API}/auth/resident-login`).send({ cardCode, pin });
}

async function setPin(t: TestApp, token: string, householdId: number): Promise<{ pin: string; version: number; cardCode: string }> {
  const res = await as(t, { token }).post('/resident-pins', { householdId: householdId });
  expect(res.status).toBe(201);
  return res.body as { pin: string; version: number; cardCode: string };
}

async function residentToken(t: TestApp, cardCode: string, pin: string): Promise<string> {
  const res = await residentLogin(t, cardCode, pin);
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

/** A wrong PIN of the same length: never the right one by chance. */
const wrong = (pin: string) => String((Number(pin) + 1) % 10 ** pin.length).padStart(pin.length, '0');

describe('residents: household PIN and log-in', () => {
  const t = useTestApp({ env: { LOGIN_RATE_LIMIT: '5' } });
  let tree: CountyTree;
  let clerk: string;
  let program: number;
  let home: { id: number; cardCode: string };
  let neighbour: { id: number; cardCode: string };

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
    program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    home = await createHousehold(t, clerk, tree.villageA, { headName: '王秀英' });
    neighbour = await createHousehold(t, clerk, tree.villageA);
    await givePoints(t, tree.county.token, program, [home.id, neighbour.id], 30);
  });

  it('gives an eight-digit PIN once, keeps only its hash, and a reset makes a new one and ends the old sessions', async () => {
    const first = await setPin(t, clerk, home.id);
    expect(first).toMatchObject({ householdId: home.id, cardCode: home.cardCode, version: 1 });
    expect(first.pin).toMatch(/^\d{8}$/);
    const [stored] = (await t.db.query(`SELECT pin_hash AS "pinHash", set_by AS "setBy" FROM household_pins WHERE household_id = $1`, [
      home.id,
    ])) as { pinHash: string; setBy: number }[];
    expect(stored.pinHash).toMatch(/^\$argon2id\$/);
    expect(stored.pinHash).not.toContain(first.pin);

    const token = await residentToken(t, home.cardCode.toLowerCase(), first.pin);
    expect((await as(t, { token }).get('/auth/resident')).status).toBe(200);

    const second = await setPin(t, clerk, home.id);
    expect(second.version).toBe(2);
    expectError(await as(t, { token }).get('/auth/resident'), 401, 'UNAUTHENTICATED');
    expectError(await residentLogin(t, home.cardCode, first.pin === second.pin ? wrong(first.pin) : first.pin), 401, 'INVALID_PIN');
    expect((await residentLogin(t, home.cardCode, second.pin)).status).toBe(200);
  });

  it('logs in with card code and PIN and answers the household, its head masked', async () => {
    const { pin } = await setPin(t, clerk, home.id);
    // Typed with dashes and in lower case, as people do.
    const typed = `${home.cardCode.slice(0, 4)}-${home.cardCode.slice(4, 8)}-${home.cardCode.slice(8)}`.toLowerCase();
    const res = await residentLogin(t, typed, pin);
    expect(res.status).toBe(200);
    expect(res.body.household).toEqual({
      id: home.id,
      cardCode: home.cardCode,
      householdNo: expect.any(String),
      headNameMasked: '王*英',
      villageId: tree.villageA,
      villageName: expect.any(String),
    });
    const me = await as(t, { token: res.body.accessToken as string }).get('/auth/resident');
    expect(me.body).toEqual(res.body.household);
  });

  it('a card whose household has no PIN yet: says so and where to get one; an unknown card answers as a wrong PIN', async () => {
    const lonely = await createHousehold(t, clerk, tree.villageA);
    const zh = await residentLogin(t, lonely.cardCode, '12345678');
    expectError(zh, 401, 'PIN_NOT_SET', {});
    expect(zh.body.error.message).toBe('本户还没有密码，请到村委会领取');
    const en = await residentLogin(t, lonely.cardCode.toLowerCase(), '12345678').set('Accept-Language', 'en');
    expectError(en, 401, 'PIN_NOT_SET', {});
    expect(en.body.error.message).toBe('This household has no PIN yet; ask the village committee for one');
    // An unknown card tells nothing: the same answer as a wrong PIN.
    const unknown = await residentLogin(t, 'NOSUCHCARD00', '12345678');
    expectError(unknown, 401, 'INVALID_PIN', {});
    expect(unknown.body.error.message).toBe('卡号或密码错误');
    // Nothing was counted against the card: the PIN the clerk gives works at once.
    expect(await countRows(t, 'household_pins WHERE household_id = $1', [lonely.id])).toBe(0);
    expect((await residentLogin(t, lonely.cardCode, (await setPin(t, clerk, lonely.id)).pin)).status).toBe(200);
  });

  it('refuses an unknown card and a malformed PIN, and says until when a card is locked', async () => {
    expectError(await residentLogin(t, 'NOSUCHCARD00', '12345678'), 401, 'INVALID_PIN');
    expectError(await residentLogin(t, home.cardCode, '12345'), 400, 'VALIDATION_FAILED');
    expectError(await residentLogin(t, home.cardCode, '1234567'), 400, 'VALIDATION_FAILED');

    const { pin } = await setPin(t, clerk, neighbour.id);
    for (let i = 0; i < 5; i++) expectError(await residentLogin(t, neighbour.cardCode, wrong(pin)), 401, 'INVALID_PIN');
    // The sixth try, even with the right PIN: the card is locked for the rest of the minute.
    const locked = await residentLogin(t, neighbour.cardCode, pin);
    expectError(locked, 429, 'CARD_LOCKED');
    const until = new Date(locked.body.error.details.until as string).getTime();
    expect(until).toBeGreaterThan(Date.now());
    expect(until).toBeLessThanOrEqual(Date.now() + 61_000);
    expect(locked.body.error.message).toMatch(/^密码错误次数过多，该卡已锁定，请于\d{4}-\d{2}-\d{2} \d{2}:\d{2}后再试$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another card is not locked.
    expect((await residentLogin(t, home.cardCode, (await setPin(t, clerk, home.id)).pin)).status).toBe(200);
  });

  it('reads its own balance and statement, and nothing of another household or of staff', async () => {
    const token = await residentToken(t, home.cardCode, (await setPin(t, clerk, home.id)).pin);
    const api = as(t, { token });
    const balance = await api.get(`/programs/${program}/holders/${home.id}/balance`);
    expect(balance.status).toBe(200);
    const base = balance.body.basePoints as number;
    expect(balance.body).toMatchObject({ holderId: home.id, balance: base + 30, redeemable: 30 });
    const statement = await api.get(`/programs/${program}/holders/${home.id}/statement`);
    expect(statement.status).toBe(200);
    expect(statement.body.items.map((l: { type: string; points: number }) => [l.type, l.points])).toEqual([
      ['award', 30],
      ['opening', base],
    ]);
    expect((await api.get('/programs')).body.map((p: { id: number }) => p.id)).toContain(program);

    expectError(await api.get(`/programs/${program}/holders/${neighbour.id}/balance`), 403, 'FORBIDDEN');
    expectError(await api.get(`/programs/${program}/holders/${neighbour.id}/statement`), 403, 'FORBIDDEN');
    for (const path of [`/households/${home.id}`, '/households', '/auth/me', `/households/by-card/${home.cardCode}`, '/regions']) {
      expectError(await api.get(path), 403, 'FORBIDDEN');
    }
    expectError(await api.post('/resident-pins', { householdId: home.id }), 403, 'FORBIDDEN');
  });

  it("lets only staff of the household's village or above set a PIN, and files resident actions in the audit trail", async () => {
    const otherClerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageB)).token;
    const reviewer = (await createUser(t, tree.county.token, 'reviewer', tree.villageA)).token;
    const before = await countRows(t, 'household_pins WHERE household_id = $1', [neighbour.id]);
    const [{ version }] = (await t.db.query(`SELECT version FROM household_pins WHERE household_id = $1`, [neighbour.id])) as {
      version: number;
    }[];
    expectError(await as(t, { token: otherClerk }).post('/resident-pins', { householdId: neighbour.id }), 403, 'OUT_OF_SCOPE');
    expectError(await as(t, { token: reviewer }).post('/resident-pins', { householdId: neighbour.id }), 403, 'FORBIDDEN');
    expectError(await as(t, { token: clerk }).post('/resident-pins', { householdId: 999999 }), 404, 'NOT_FOUND');
    expect(await countRows(t, 'household_pins WHERE household_id = $1', [neighbour.id])).toBe(before);
    expect((await t.db.query(`SELECT version FROM household_pins WHERE household_id = $1`, [neighbour.id])) as unknown[]).toEqual([
      { version },
    ]);

    const token = await residentToken(t, home.cardCode, (await setPin(t, clerk, home.id)).pin);
    expect((await as(t, { token }).post('/resident-pins', { householdId: home.id })).status).toBe(403);
    const entries = await (async () => {
      for (let i = 0; i < 50; i++) {
        const rows = (await t.db.query(
          `SELECT actor_type AS "actorType", actor_id AS "actorId", actor_name AS "actorName", actor_region_id AS "regionId", status FROM audit_log WHERE actor_type = 'resident' AND actor_id = $1`,
          [home.id],
        )) as unknown[];
        if (rows.length > 0) return rows;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    })();
    expect(entries).toContainEqual({
      actorType: 'resident',
      actorId: home.id,
      actorName: home.cardCode,
      regionId: tree.villageA,
      status: 403,
    });
  });
});
