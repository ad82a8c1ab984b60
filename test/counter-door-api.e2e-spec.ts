import { periodKey } from '../src/common/calendar/calendar.js';
import {
  API,
  as,
  createDevice,
  createHousehold,
  createProgram,
  createRule,
  eventually,
  expectError,
  seedTree,
  today,
  type Client,
  type CountyTree,
} from './support/fixtures.js';
import { givePoints, householdHolding, openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/** What the counter page and the household door page read and do through the API. */
describe('counter and door page API', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let admin: Client;
  let program: number;
  let store: { id: number; code: string };
  let kiosk: Client;
  let rich: { id: number; cardCode: string };
  let middling: { id: number; cardCode: string };
  let poor: { id: number; cardCode: string };

  beforeAll(async () => {
    tree = await seedTree(t);
    admin = tree.county.api();
    program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    store = await openStore(t, tree.county.token, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 50 }], {
      programId: program,
      name: '上木拉爱心超市',
    });
    kiosk = as(t, { apiKey: (await createDevice(t, tree.county.token, store.id)).apiKey });
    rich = await householdHolding(t, tree.county.token, program, tree.villageA, 150);
    middling = await householdHolding(t, tree.county.token, program, tree.villageA, 120);
    poor = await createHousehold(t, tree.county.token, tree.villageA, {
      headName: '李四',
      members: [{ name: '李小梅', relation: '女儿' }],
    });
    // From now on awards go on notice for 7 days.
    expect((await admin.patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const rule = await createRule(t, tree.county.token, program, { points: 5 });
    expect(
      (await admin.post(`/programs/${program}/awards`, { ruleId: rule.id, holderIds: [rich.id], occurredOn: today() })).body.results[0]
        .status,
    ).toBe('noticed');
  });

  describe('the counter', () => {
    it('tells a kiosk key which store it is bound to, and refuses staff and revoked keys', async () => {
      const me = await kiosk.get('/devices/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        store: {
          id: store.id,
          code: store.code,
          name: '上木拉爱心超市',
          regionId: tree.townshipA,
          programId: program,
          programName: '道德积分',
          refundWindowDays: 7,
        },
      });
      expect(me.body.device.name).toMatch(/^kiosk-/);
      expectError(await admin.get('/devices/me'), 403, 'FORBIDDEN');
      const other = await createDevice(t, tree.county.token, store.id);
      expect((await admin.post(`/stores/${store.id}/devices/${other.id}/revoke`)).status).toBe(200);
      expectError(await as(t, { apiKey: other.apiKey }).get('/devices/me'), 401, 'INVALID_API_KEY');
    });

    it('shows points under notice, this period’s earnings and what blocks redeeming', async () => {
      const found = await kiosk.get(`/stores/${store.id}/households/by-card/${rich.cardCode}`);
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({
        balance: 150,
        redeemable: 50,
        pending: 5,
        earnedThisPeriod: 50,
        period: periodKey(today(), 'quarter'),
        blocks: [],
      });
      const broke = await kiosk.get(`/stores/${store.id}/households/by-card/${poor.cardCode}`);
      expect(broke.body).toMatchObject({ balance: 100, redeemable: 0, pending: 0, earnedThisPeriod: 0, blocks: ['NO_REDEEMABLE_POINTS'] });
    });

    it('finds a receipt by its number and refunds today’s receipts with the kiosk key, recorded as the device', async () => {
      const sale = await kiosk
        .post(`/stores/${store.id}/redemptions`, { cardCode: middling.cardCode, lines: [{ sku: 'SOAP', quantity: 2 }] })
        .set('Idempotency-Key', 'sale-1');
      expect(sale.status).toBe(201);
      const found = await kiosk.get(
        `/stores/${store.id}/redemptions?receiptNo=${encodeURIComponent(` ${sale.body.receiptNo as string} `)}`,
      );
      expect(found.body.map((r: { id: string }) => r.id)).toEqual([sale.body.id]);
      expect((await kiosk.get(`/stores/${store.id}/redemptions?receiptNo=NOPE-1`)).body).toEqual([]);

      expectError(await kiosk.post(`/redemptions/${sale.body.id as string}/refund`, { reason: '拿错了' }), 400, 'IDEMPOTENCY_KEY_REQUIRED');
      const refund = await kiosk
        .post(`/redemptions/${sale.body.id as string}/refund`, { reason: '拿错了' })
        .set('Idempotency-Key', 'refund-1');
      expect(refund.status).toBe(201);
      expect(refund.body).toMatchObject({ refund: { points: 8 }, balanceAfter: 120 });
      const [row] = await t.db.query(`SELECT actor_type, actor_id FROM refunds WHERE id = $1`, [refund.body.refund.id]);
      expect(row.actor_type).toBe('device');
      const replay = await kiosk
        .post(`/redemptions/${sale.body.id as string}/refund`, { reason: '拿错了' })
        .set('Idempotency-Key', 'refund-1');
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM refunds WHERE redemption_id = $1`, [sale.body.id])).toEqual([{ n: 1 }]);
    });

    it('leaves older receipts to the store’s staff', async () => {
      const sale = await kiosk
        .post(`/stores/${store.id}/redemptions`, { cardCode: middling.cardCode, lines: [{ sku: 'SOAP', quantity: 1 }] })
        .set('Idempotency-Key', 'sale-2');
      expect(sale.status).toBe(201);
      await t.db.query(`UPDATE redemptions SET created_at = now() - interval '2 days' WHERE id = $1`, [sale.body.id]);
      const refused = await kiosk
        .post(`/redemptions/${sale.body.id as string}/refund`, { reason: '过期' })
        .set('Idempotency-Key', 'refund-2');
      expectError(refused, 409, 'REFUND_NOT_TODAY');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM refunds WHERE redemption_id = $1`, [sale.body.id])).toEqual([{ n: 0 }]);
      const byStaff = await admin.post(`/redemptions/${sale.body.id as string}/refund`, { reason: '过期' });
      expect(byStaff.status).toBe(201);
      const [row] = await t.db.query(`SELECT actor_type FROM refunds WHERE redemption_id = $1`, [sale.body.id]);
      expect(row.actor_type).toBe('user');
    });
  });

  describe('the door page', () => {
    it('shows a household’s points, place in the village and entries under notice, with a masked name only', async () => {
      const res = await t.http().get(`${API}/public/households/${rich.cardCode.toLowerCase()}`);
      expect(res.status).toBe(200);
      expect(res.body.household).toMatchObject({ cardCode: rich.cardCode, headNameMasked: '张*', villageId: tree.villageA });
      expect(JSON.stringify(res.body)).not.toContain('张三');
      expect(res.body.programs).toEqual([
        {
          id: program,
          name: '道德积分',
          balance: 150,
          basePoints: 100,
          redeemable: 50,
          pending: 5,
          period: periodKey(today(), 'quarter'),
          earnedThisPeriod: 50,
          expiring: null,
          rank: 1,
          rankedHouseholds: 3,
          level: null,
        },
      ]);
      expect(res.body.notices).toHaveLength(1);
      expect(res.body.notices[0]).toMatchObject({ points: 5, status: 'noticed', daysLeft: 7, holderName: '张*' });

      const second = await t.http().get(`${API}/public/households/${middling.cardCode}`);
      expect(second.body.programs[0]).toMatchObject({ earnedThisPeriod: 20, rank: 2, rankedHouseholds: 3 });
      expect(second.body.notices).toEqual([]);
      const none = await t.http().get(`${API}/public/households/${poor.cardCode}`);
      expect(none.body.programs[0]).toMatchObject({ earnedThisPeriod: 0, rank: null });
      expect(none.body.household.headNameMasked).toBe('李*');
    });

    it('answers an unknown card with 404 and lists honours of published rankings', async () => {
      expectError(await t.http().get(`${API}/public/households/ZZZZZZZZZZZZ`), 404, 'NOT_FOUND');

      const monthly = (await createProgram(t, tree.county.token, tree.county.countyId, { periodKind: 'month', name: '月度评比' })).id;
      await givePoints(t, tree.county.token, monthly, [rich.id], 9, '2026-11-10');
      await givePoints(t, tree.county.token, monthly, [middling.id], 4, '2026-11-10');
      // A member of the poor household did a deed of its own: 最美居民 of the village.
      const memberId = ((await admin.get(`/households/${poor.id}`)).body.members as { id: number; name: string }[]).find(
        (m) => m.name === '李小梅',
      )!.id;
      const deed = await createRule(t, tree.county.token, monthly, { points: 6 });
      expect(
        (await admin.post(`/programs/${monthly}/awards`, { ruleId: deed.id, holderIds: [poor.id], occurredOn: '2026-11-12', memberId }))
          .status,
      ).toBe(201);
      const runs = [];
      for (const subject of ['household', 'member']) {
        const queued = await admin.post('/rankings/runs', {
          programId: monthly,
          regionId: tree.county.countyId,
          period: '2026-11',
          subject,
        });
        expect(queued.status).toBe(202);
        await eventually(
          async () => ((await admin.get(`/rankings/runs/${queued.body.id as string}`)).body.status === 'completed' ? true : undefined),
          60000,
        );
        runs.push(queued.body.id as string);
      }
      expect((await admin.post(`/programs/${monthly}/periods/2026-11/close`)).status).toBe(201);
      for (const run of runs) expect((await admin.post(`/rankings/runs/${run}/publish`)).status).toBe(200);

      const champion = await t.http().get(`${API}/public/households/${rich.cardCode}`);
      expect(champion.body.honours).toEqual([
        { programId: monthly, programName: '月度评比', period: '2026-11', kind: 'champion', title: 'champion', rank: 1, memberName: null },
      ]);
      expect(champion.body.programs.map((p: { id: number }) => p.id)).toEqual([program, monthly]);
      const listed = await t.http().get(`${API}/public/households/${middling.cardCode}`);
      // 9, 6 (the poor household, below) and 4 points: third.
      expect(listed.body.honours).toEqual([
        {
          programId: monthly,
          programName: '月度评比',
          period: '2026-11',
          kind: 'honour_list',
          title: 'champion',
          rank: 3,
          memberName: null,
        },
      ]);
      // The poor household's 6 points put it second in the village (of ten on the honour list), and its daughter is the village's 最美居民.
      expect((await t.http().get(`${API}/public/households/${poor.cardCode}`)).body.honours).toEqual([
        {
          programId: monthly,
          programName: '月度评比',
          period: '2026-11',
          kind: 'honour_list',
          title: 'champion',
          rank: 2,
          memberName: null,
        },
        {
          programId: monthly,
          programName: '月度评比',
          period: '2026-11',
          kind: 'champion',
          title: 'model_resident',
          rank: 1,
          memberName: '李*梅',
        },
      ]);
    });
  });
});
