import { as, countRows, createHousehold, createRegion, createUser, seedTree } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

describe('access: the county scenario', () => {
  const t = useTestApp();

  it('admin builds the tree, a clerk registers in its own village only, an auditor only reads, a kiosk key works until revoked', async () => {
    const { county, townshipA, villageA, villageB } = await seedTree(t);

    const clerk = await createUser(t, county.token, 'village_clerk', villageA);
    const me = await as(t, { token: clerk.token }).get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'village_clerk', regionId: villageA });

    const own = await as(t, { token: clerk.token }).post('/households', {
      villageId: villageA,
      householdNo: '0001',
      headName: '扎西',
      phone: '13812345678',
    });
    expect(own.status).toBe(201);
    expect(own.body.cardCode).toMatch(/^[0-9A-Z]{12}$/);
    expect(own.body.phoneMasked).toBe('138****5678');
    expect(JSON.stringify(own.body)).not.toContain('13812345678');

    const other = await as(t, { token: clerk.token }).post('/households', { villageId: villageB, householdNo: '0001', headName: '卓玛' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('OUT_OF_SCOPE');
    expect(await countRows(t, 'households WHERE village_id = $1', [villageB])).toBe(0);

    const auditor = await createUser(t, county.token, 'auditor', county.countyId);
    const read = await as(t, { token: auditor.token }).get(`/households/${own.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.headName).toBe('扎西');
    const write = await as(t, { token: auditor.token }).post('/households', { villageId: villageA, householdNo: '0002', headName: '次仁' });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('FORBIDDEN');

    const store = await as(t, { token: county.token }).post('/stores', { name: '爱心超市', regionId: townshipA });
    expect(store.status).toBe(201);
    const device = await as(t, { token: county.token }).post(`/stores/${store.body.id}/devices`, { name: '收银台1' });
    expect(device.status).toBe(201);
    const apiKey = device.body.apiKey as string;
    expect(apiKey).toMatch(/^mbk_\d+_/);

    const lookup = await as(t, { apiKey }).get(`/households/by-card/${own.body.cardCode}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ id: own.body.id, headNameMasked: '扎*' });
    expect(lookup.body.headName).toBeUndefined();

    const listed = await as(t, { token: county.token }).get(`/stores/${store.body.id}/devices`);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0].apiKey).toBeUndefined();

    const revoked = await as(t, { token: county.token }).post(`/stores/${store.body.id}/devices/${device.body.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const after = await as(t, { apiKey }).get(`/households/by-card/${own.body.cardCode}`);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('INVALID_API_KEY');
    const again = await as(t, { token: county.token }).post(`/stores/${store.body.id}/devices/${device.body.id}/revoke`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_REVOKED');
  });

  it('a kiosk sees only households in its store region', async () => {
    const { county, townshipA, villageB } = await seedTree(t);
    const store = await as(t, { token: county.token }).post('/stores', { name: '超市', regionId: townshipA });
    const device = await as(t, { token: county.token }).post(`/stores/${store.body.id}/devices`, { name: 'k' });
    const far = await createHousehold(t, county.token, villageB);
    const res = await as(t, { apiKey: device.body.apiKey }).get(`/households/by-card/${far.cardCode}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    const notForDevices = await as(t, { apiKey: device.body.apiKey }).get(`/households/${far.id}`);
    expect(notForDevices.status).toBe(403);
    expect(notForDevices.body.error.code).toBe('FORBIDDEN');
  });

  it('a township officer creates villages and clerks under its township only', async () => {
    const { county, townshipA, townshipB } = await seedTree(t);
    const officer = await createUser(t, county.token, 'township_officer', townshipA);
    const village = await createRegion(t, officer.token, 'village', townshipA);
    expect(village).toBeGreaterThan(0);
    const outside = await as(t, { token: officer.token }).post('/regions', {
      code: 'X-OUT-1',
      name: '外村',
      level: 'village',
      parentId: townshipB,
    });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUT_OF_SCOPE');
    const admin = await as(t, { token: officer.token }).post('/users', {
      username: 'sneaky',
      password: 'password123',
      displayName: 'x',
      role: 'county_admin',
      regionId: county.countyId,
    });
    expect(admin.status).toBe(422);
    expect(admin.body.error.code).toBe('ROLE_NOT_ASSIGNABLE');
  });
});
