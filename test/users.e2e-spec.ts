import { as, PASSWORD, seedTree, uniqueCode, type Client, type CountyTree } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * The staff list (GET /users) of a county or township office: searched on the server by part of
 * the username or display name, filtered by role and by region, a page at a time with the count
 * of all that match, each user with its region's name — and never anyone outside the reader's subtree.
 */
describe('staff users: search, role and paging', () => {
  const t = useTestApp();

  interface Row {
    id: number;
    username: string;
    displayName: string;
    role: string;
    regionId: number;
    regionName: string | null;
    active: boolean;
  }
  interface Page {
    items: Row[];
    total: number;
  }

  let tree: CountyTree;
  let admin: Client;
  const tag = uniqueCode('usr');
  /** The users made here, by name: their usernames all start with the tag. */
  const made: Record<string, { id: number; username: string; displayName: string; role: string; regionId: number }> = {};
  const regionNames: Record<number, string> = {};

  const list = async (query: string, who: Client = admin): Promise<Page> => {
    const res = await who.get(`/users?${query}`);
    expect(res.status).toBe(200);
    return res.body as Page;
  };
  const names = (page: Page) => page.items.map((u) => u.username);

  beforeAll(async () => {
    tree = await seedTree(t);
    admin = tree.county.api();
    const add = async (key: string, displayName: string, role: string, regionId: number) => {
      const username = `${tag}-${key}`;
      const res = await admin.post('/users', { username, password: PASSWORD, displayName, role, regionId });
      expect(res.status).toBe(201);
      made[key] = { id: (res.body as { id: number }).id, username, displayName, role, regionId };
    };
    await add('wenshu-a', '张文书', 'village_clerk', tree.villageA);
    await add('wenshu-b', '李文书', 'village_clerk', tree.villageB);
    await add('review-a', '张审核', 'reviewer', tree.villageA);
    await add('audit', '王监督', 'auditor', tree.county.countyId);
    await add('officer-a', '赵乡长', 'township_officer', tree.townshipA);
    await add('under_score', '刘下划', 'store_operator', tree.townshipA);
    for (const id of [tree.villageA, tree.villageB, tree.townshipA, tree.county.countyId])
      regionNames[id] = ((await admin.get(`/regions/${id}`)).body as { name: string }).name;
  });

  it('finds users by part of the username, case-insensitive, with the total that match', async () => {
    const page = await list(`q=${encodeURIComponent(`${tag}-WENSHU`)}`);
    expect(names(page)).toEqual([made['wenshu-a'].username, made['wenshu-b'].username]);
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      id: made['wenshu-a'].id,
      displayName: '张文书',
      role: 'village_clerk',
      regionId: tree.villageA,
      regionName: regionNames[tree.villageA],
      active: true,
    });
    expect(page.items[1].regionName).toBe(regionNames[tree.villageB]);
    expect(page.items[0]).not.toHaveProperty('passwordHash');
  });

  it('finds users by part of the display name', async () => {
    const page = await list(`q=${encodeURIComponent('文书')}`);
    expect(names(page)).toEqual([made['wenshu-a'].username, made['wenshu-b'].username]);
    expect(names(await list(`q=${encodeURIComponent('张')}`))).toEqual([made['wenshu-a'].username, made['review-a'].username]);
    expect((await list(`q=${encodeURIComponent('没有这个人')}`)).total).toBe(0);
  });

  it('takes % and _ in the search literally', async () => {
    expect(names(await list(`q=${encodeURIComponent(`${tag}-under_`)}`))).toEqual([made.under_score.username]);
    expect(await list(`q=${encodeURIComponent(`${tag}-wenshu_`)}`)).toEqual({ items: [], total: 0 });
    expect(await list(`q=${encodeURIComponent(`${tag}%`)}`)).toEqual({ items: [], total: 0 });
  });

  it('filters by role, with the search and with a region', async () => {
    const clerks = await list('role=village_clerk');
    expect(new Set(clerks.items.map((u) => u.role))).toEqual(new Set(['village_clerk']));
    expect(names(clerks)).toEqual(expect.arrayContaining([made['wenshu-a'].username, made['wenshu-b'].username]));
    expect(clerks.total).toBe(clerks.items.length);
    expect(names(await list(`role=reviewer&q=${encodeURIComponent('张')}`))).toEqual([made['review-a'].username]);
    expect(names(await list(`role=village_clerk&regionId=${tree.townshipB}&q=${tag}`))).toEqual([made['wenshu-b'].username]);
    expect(names(await list(`regionId=${tree.townshipA}&q=${tag}`))).toEqual([
      made['wenshu-a'].username,
      made['review-a'].username,
      made['officer-a'].username,
      made.under_score.username,
    ]);
  });

  it('pages the matches with limit and offset, the total counting them all', async () => {
    const all = await list(`q=${tag}`);
    expect(all.total).toBe(6);
    expect(names(all)).toEqual(['wenshu-a', 'wenshu-b', 'review-a', 'audit', 'officer-a', 'under_score'].map((k) => made[k].username));
    const first = await list(`q=${tag}&limit=4`);
    const second = await list(`q=${tag}&limit=4&offset=4`);
    expect([first.total, second.total]).toEqual([6, 6]);
    expect([...names(first), ...names(second)]).toEqual(names(all));
    expect(names(second)).toHaveLength(2);
  });

  it('shows a township officer the users of its township only, whatever the search', async () => {
    const officer = as(t, {
      token: (await t.http().post('/api/v1/auth/login').send({ username: made['officer-a'].username, password: PASSWORD })).body
        .accessToken as string,
    });
    const page = await list(`q=${tag}`, officer);
    expect(names(page)).toEqual([
      made['wenshu-a'].username,
      made['review-a'].username,
      made['officer-a'].username,
      made.under_score.username,
    ]);
    expect(page.total).toBe(4);
    expect((await list(`q=${encodeURIComponent('李文书')}`, officer)).total).toBe(0);
    expect((await officer.get(`/users?regionId=${tree.townshipB}`)).status).toBe(403);
  });

  it('refuses a malformed search or role with 400 VALIDATION_FAILED', async () => {
    for (const query of ['q=', `q=${'x'.repeat(65)}`, 'q=a&q=b', 'role=nope', 'role=VILLAGE_CLERK', 'role=platform_operator']) {
      const res = await admin.get(`/users?${query}`);
      expect([query, res.status, (res.body as { error?: { code: string } }).error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });
});
