import sharp from 'sharp';
import { addDays } from '../src/common/calendar/calendar.js';
import { API, as, createRegion, createUser, expectError, seedTree, today, type CountyTree, type StaffUser } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/** Announcements (村务公开): who may publish where, what the public sees and when, withdrawal. */

interface Shown {
  id: number;
  title: string;
  regionName: string;
  photos: { url: string; thumbnailUrl: string }[];
}

describe('announcements (村务公开)', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: StaffUser;
  let officer: StaffUser;
  let otherClerk: StaffUser;

  const shown = async (regionId: number): Promise<Shown[]> => {
    const res = await t.http().get(`${API}/public/announcements/${regionId}`);
    expect(res.status).toBe(200);
    return res.body as Shown[];
  };

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageA);
    officer = await createUser(t, tree.county.token, 'township_officer', tree.townshipA);
    otherClerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageB);
  });

  it('publishes a clerk’s announcement with a photo to the village, and a township’s to every village below it; shows them from their first day to their last', async () => {
    const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 30, g: 140, b: 60 } } })
      .jpeg()
      .toBuffer();
    const photo = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${clerk.token}`)
      .field('villageId', String(tree.villageA))
      .attach('file', jpeg, 'photo.jpg');
    expect(photo.status).toBe(201);
    const published = await as(t, { token: clerk.token }).post('/announcements', {
      regionId: tree.villageA,
      title: '冬季环境卫生整治',
      body: '12月10日上午9点\n村委会集合',
      photoIds: [photo.body.id],
      from: today(),
      until: addDays(today(), 14),
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      state: 'current',
      mayWithdraw: true,
      publishedBy: { id: clerk.id, role: 'village_clerk' },
      photoIds: [photo.body.id],
    });
    const township = await as(t, { token: officer.token }).post('/announcements', {
      regionId: tree.townshipA,
      title: '镇卫生院免费体检',
      body: '65岁以上老人',
      from: today(),
      until: today(),
    });
    const later = await as(t, { token: clerk.token }).post('/announcements', {
      regionId: tree.villageA,
      title: '明天的会',
      body: '改期',
      from: addDays(today(), 1),
      until: addDays(today(), 2),
    });
    expect([township.status, later.status, later.body.state]).toEqual([201, 201, 'scheduled']);

    // The village shows its own and the township's, not the one that starts tomorrow; the other township's village shows none.
    const village = await shown(tree.villageA);
    expect(village.map((a) => [a.title, a.regionName])).toEqual([
      ['镇卫生院免费体检', expect.any(String)],
      ['冬季环境卫生整治', expect.any(String)],
    ]);
    expect(await shown(tree.villageB)).toEqual([]);
    const [image, thumbnail] = [village[1].photos[0].url, village[1].photos[0].thumbnailUrl];
    const got = await t.http().get(image);
    expect([got.status, got.headers['content-type']]).toEqual([200, 'image/jpeg']);
    expect((await t.http().get(thumbnail)).status).toBe(200);
    expect((await t.http().get(`${API}/public/announcements/${published.body.id as number}/photos/2`)).status).toBe(404);
    // Not yet shown: its photos are not public either.
    expect((await t.http().get(`${API}/public/announcements/${later.body.id as number}/photos/1`)).status).toBe(404);

    // The clerk lists the township's too (it shows in the village) but may not withdraw it.
    const listed = (await as(t, { token: clerk.token }).get('/announcements')).body as { title: string; mayWithdraw: boolean }[];
    expect(listed.map((a) => [a.title, a.mayWithdraw])).toEqual([
      ['明天的会', true],
      ['镇卫生院免费体检', false],
      ['冬季环境卫生整治', true],
    ]);
    expectError(
      await as(t, { token: clerk.token }).post(`/announcements/${township.body.id as number}/withdraw`, { reason: '不是我的' }),
      404,
      'NOT_FOUND',
    );

    // Withdrawn: off the board at once, its photo gone, kept for staff with who and why.
    const withdrawn = await as(t, { token: clerk.token }).post(`/announcements/${published.body.id as number}/withdraw`, {
      reason: '时间有变',
    });
    expect(withdrawn.body).toMatchObject({
      state: 'withdrawn',
      mayWithdraw: false,
      withdrawnBy: { id: clerk.id },
      withdrawReason: '时间有变',
    });
    expectError(
      await as(t, { token: clerk.token }).post(`/announcements/${published.body.id as number}/withdraw`, { reason: '再撤' }),
      409,
      'ANNOUNCEMENT_WITHDRAWN',
    );
    expect((await shown(tree.villageA)).map((a) => a.title)).toEqual(['镇卫生院免费体检']);
    expect((await t.http().get(image)).status).toBe(404);
    const county = (await as(t, { token: tree.county.token }).get('/announcements?state=withdrawn')).body as {
      title: string;
      withdrawnBy: { displayName: string };
    }[];
    expect(county.map((a) => [a.title, a.withdrawnBy.displayName])).toEqual([['冬季环境卫生整治', clerk.username]]);
  });

  it('refuses dates that do not make sense, a grid, another village, and changes nothing', async () => {
    const grid = await createRegion(t, tree.county.token, 'grid', tree.villageA);
    const post = (token: string, body: object) =>
      as(t, { token }).post('/announcements', {
        regionId: tree.villageA,
        title: '通知',
        body: '内容',
        from: today(),
        until: today(),
        ...body,
      });
    const before = (await as(t, { token: tree.county.token }).get('/announcements')).headers['x-total-count'];
    expectError(await post(clerk.token, { from: today(), until: addDays(today(), -1) }), 400, 'VALIDATION_FAILED');
    expectError(await post(clerk.token, { from: addDays(today(), -5), until: addDays(today(), -1) }), 400, 'VALIDATION_FAILED');
    expectError(await post(clerk.token, { until: addDays(today(), 400) }), 400, 'VALIDATION_FAILED');
    expectError(await post(clerk.token, { regionId: grid }), 400, 'VALIDATION_FAILED');
    expectError(await post(otherClerk.token, {}), 403, 'OUT_OF_SCOPE');
    expectError(await post(clerk.token, { title: 'x'.repeat(61) }), 400, 'VALIDATION_FAILED');
    expect((await as(t, { token: tree.county.token }).get('/announcements')).headers['x-total-count']).toBe(before);
  });
});
