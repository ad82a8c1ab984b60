import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../src/bootstrap.js';
import { ChangeFeed } from '../src/common/db/change-feed.js';
import {
  as,
  createDevice,
  createHousehold,
  createProgram,
  createUser,
  eventually,
  expectError,
  seedTree,
  type Client,
  type CountyTree,
} from './support/fixtures.js';
import { householdHolding, openStore } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * The service keeps a kiosk's key, a store with its program, a program's rules, staff users and
 * region paths in memory. These tests run two instances on one database, as a county with two
 * servers would, and check that a change made through either, or by SQL outside the service,
 * reaches every instance: a revoked key stops at once on the instance that revoked it, and on the
 * others as soon as the database's announcement of the commit reaches them.
 */
describe('read caches across instances', () => {
  const t = useTestApp();
  let b: NestExpressApplication;
  let onB: (auth: { token?: string; apiKey?: string }) => Client;
  let tree: CountyTree;
  let admin: Client;
  let program: number;
  let store: { id: number; code: string };
  let household: { id: number; cardCode: string };

  beforeAll(async () => {
    // A second instance of the service on the same database (its jobs run in its own process).
    b = await createApp({ ...t.config, queue: { ...t.config.queue, kind: 'in-process', url: null } });
    await b.init();
    const server = b.getHttpServer();
    onB = (auth) => as({ http: () => request(server) } as unknown as TestApp, auth);
    tree = await seedTree(t);
    admin = tree.county.api();
    program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    store = await openStore(t, tree.county.token, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 50 }], {
      programId: program,
    });
    household = await householdHolding(t, tree.county.token, program, tree.villageA, 150);
  });

  afterAll(async () => {
    await b?.close();
  });

  /** Waits (at most 5 s, well inside a cached entry's 60 s) until a request is refused with 401. */
  const stopsOn = (send: () => Promise<{ status: number }>) =>
    eventually(async () => ((await send()).status === 401 ? true : undefined), 5_000, 5);

  const lookup = (kiosk: Client) => kiosk.get(`/stores/${store.id}/households/by-card/${household.cardCode}`);

  it('has both instances listening, so their caches are on', () => {
    expect(t.app.get(ChangeFeed).listening).toBe(true);
    expect(b.get(ChangeFeed).listening).toBe(true);
  });

  it('serves a key from memory: with the announcement switched off, a revocation by SQL goes unseen', async () => {
    const device = await createDevice(t, tree.county.token, store.id);
    const kioskB = onB({ apiKey: device.apiKey });
    expect((await lookup(kioskB)).status).toBe(200);
    expect((await lookup(kioskB)).status).toBe(200);
    // Without the trigger nothing tells the instances: B keeps the key it holds (proof that it does hold it).
    await t.db.query(`ALTER TABLE devices DISABLE TRIGGER "TRG_devices_changed"`);
    try {
      await t.db.query(`UPDATE devices SET revoked_at = now() WHERE id = $1`, [device.id]);
    } finally {
      await t.db.query(`ALTER TABLE devices ENABLE TRIGGER "TRG_devices_changed"`);
    }
    expect((await lookup(kioskB)).status).toBe(200);
    // Any change of the table announces itself and empties every instance's cache of keys.
    await t.db.query(`UPDATE devices SET name = name WHERE id = $1`, [device.id]);
    await eventually(async () => ((await lookup(kioskB)).status === 401 ? true : undefined), 5_000, 20);
    expectError(await lookup(kioskB), 401, 'INVALID_API_KEY');
  });

  it('stops a key revoked through one instance at once on that instance and on the other', async () => {
    const device = await createDevice(t, tree.county.token, store.id);
    const onA = as(t, { apiKey: device.apiKey });
    const kioskB = onB({ apiKey: device.apiKey });
    for (const kiosk of [onA, kioskB, onA, kioskB]) expect((await lookup(kiosk)).status).toBe(200);
    expect((await admin.post(`/stores/${store.id}/devices/${device.id}/revoke`)).status).toBe(200);
    // The very next request, with no wait, on the instance that revoked it.
    expectError(await lookup(onA), 401, 'INVALID_API_KEY');
    // The other as soon as the database's announcement of the commit reaches it (milliseconds; a
    // loaded machine may run the next request first), long before an entry's 60 s bound.
    await stopsOn(() => lookup(kioskB));
    expectError(await lookup(kioskB), 401, 'INVALID_API_KEY');
    expectError(await onB({ apiKey: device.apiKey }).get('/devices/me'), 401, 'INVALID_API_KEY');
  });

  it('stops a key revoked by SQL outside the service on every instance once the change commits', async () => {
    const device = await createDevice(t, tree.county.token, store.id);
    const onA = as(t, { apiKey: device.apiKey });
    const kioskB = onB({ apiKey: device.apiKey });
    for (const kiosk of [onA, kioskB]) expect((await lookup(kiosk)).status).toBe(200);
    const before = b.get(ChangeFeed).received;
    await t.db.query(`UPDATE devices SET revoked_at = now() WHERE id = $1`, [device.id]);
    await eventually(async () => (b.get(ChangeFeed).received > before ? true : undefined), 5_000, 5);
    expectError(await lookup(kioskB), 401, 'INVALID_API_KEY');
    expectError(await lookup(onA), 401, 'INVALID_API_KEY');
  });

  it('shows a store renamed through one instance at once on the other', async () => {
    const device = await createDevice(t, tree.county.token, store.id);
    const kioskA = as(t, { apiKey: device.apiKey });
    const kioskB = onB({ apiKey: device.apiKey });
    for (const kiosk of [kioskA, kioskB, kioskB])
      expect((await kiosk.get('/devices/me')).body.store).toMatchObject({ refundWindowDays: 7 });
    expect((await admin.patch(`/stores/${store.id}`, { name: '新爱心超市', refundWindowDays: 3 })).status).toBe(200);
    expect((await kioskA.get('/devices/me')).body.store).toMatchObject({ name: '新爱心超市', refundWindowDays: 3 });
    await eventually(async () => ((await kioskB.get('/devices/me')).body.store.name === '新爱心超市' ? true : undefined), 5_000, 5);
    expect((await kioskB.get('/devices/me')).body.store).toMatchObject({ name: '新爱心超市', refundWindowDays: 3 });
  });

  it('refuses at once a staff user disabled through the other instance', async () => {
    const clerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageA);
    const home = await createHousehold(t, tree.county.token, tree.villageA, { headName: '赵六' });
    const clerkOnA = as(t, { token: clerk.token });
    const clerkOnB = onB({ token: clerk.token });
    for (const api of [clerkOnA, clerkOnB, clerkOnB]) expect((await api.get(`/households/${home.id}`)).status).toBe(200);
    // Disabled through B: B refuses the next request; A (where the clerk's user was cached too)
    // as soon as the announcement reaches it.
    expect((await onB({ token: tree.county.token }).patch(`/users/${clerk.id}`, { active: false })).status).toBe(200);
    expectError(await clerkOnB.get(`/households/${home.id}`), 401, 'UNAUTHENTICATED');
    await stopsOn(() => clerkOnA.get(`/households/${home.id}`));
    expectError(await clerkOnA.get(`/households/${home.id}`), 401, 'UNAUTHENTICATED');
  });
});
