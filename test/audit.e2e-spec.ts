import pg from 'pg';
import { as, createHousehold, eventually, expectError, seedCounty, uniqueCode, type Client } from './support/fixtures.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * The audit trail is written in batches after the responses. A shutdown right after a request
 * still writes its entry, with the time of the request, not of the write.
 */
describe('audit log batches', () => {
  const t = useTestApp();

  it('writes every entry of a burst, and the pending batch when the service stops', async () => {
    const burst = uniqueCode('burst-');
    const before = new Date();
    const statuses = await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        t
          .http()
          .post('/api/v1/auth/login')
          .set('X-Request-Id', `${burst}-${i}`)
          .send({ username: `nobody-${i}` })
          .then((r) => r.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([400]));
    const last = uniqueCode('last-');
    expect(
      (await t.http().post('/api/v1/auth/login').set('X-Request-Id', last).send({ username: 'nobody-last', password: 'wrong-password' }))
        .status,
    ).toBe(401);
    const answered = new Date();
    await t.stop();

    // The application's pool is closed now: read with a client of our own.
    const client = new pg.Client({ connectionString: t.config.database.url });
    await client.connect();
    try {
      const entries = (
        await client.query<{
          request_id: string;
          actor_type: string;
          actor_name: string;
          action: string;
          outcome: string;
          status: number;
          error_code: string;
          at: Date;
        }>(
          `SELECT request_id, actor_type, actor_name, action, outcome, status, error_code, at FROM audit_log WHERE request_id LIKE $1 OR request_id = $2 ORDER BY id`,
          [`${burst}-%`, last],
        )
      ).rows;
      expect(entries).toHaveLength(251);
      expect(new Set(entries.map((e) => e.request_id)).size).toBe(251);
      const lastEntry = entries.find((e) => e.request_id === last)!;
      expect(lastEntry).toMatchObject({
        actor_type: 'anonymous',
        actor_name: 'nobody-last',
        action: 'POST /api/v1/auth/login',
        outcome: 'failure',
        status: 401,
        error_code: 'INVALID_CREDENTIALS',
      });
      for (const e of entries) {
        expect(e.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
        expect(e.at.getTime()).toBeLessThanOrEqual(answered.getTime() + 1);
      }
    } finally {
      await client.end();
    }
  });
});

/** A write that answered 2xx keeps its audit entry even when the database drops its connections meanwhile. */
describe('audit log under dropped connections', () => {
  const t = useTestApp();

  it('writes the entry of every change that answered 2xx, retrying batches the database dropped', async () => {
    const county = await seedCounty(t);
    const tag = uniqueCode('drop-');
    const terminator = new pg.Client({ connectionString: t.config.database.url });
    await terminator.connect();
    const answered: string[] = [];
    let dropped = 0;
    try {
      for (let round = 0; round < 6; round++) {
        const writes = Array.from({ length: 15 }, (_, i) => {
          const requestId = `${tag}-${round}-${i}`;
          return county
            .api()
            .post('/regions', { code: `${tag}-${round}-${i}`.toUpperCase(), name: '掉线乡', level: 'township', parentId: county.countyId })
            .set('X-Request-Id', requestId)
            .then((res) => {
              if (res.status === 201) answered.push(requestId);
            });
        });
        // Every connection of the service's pool goes, while the writes and their audit batches are in flight.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const killed = await terminator.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        dropped += killed.rowCount ?? 0;
        await Promise.all(writes);
      }
      expect(dropped).toBeGreaterThan(0);
      expect(answered.length).toBeGreaterThan(0);
      const missing = await eventually(async () => {
        const rows = (await terminator.query(`SELECT request_id FROM audit_log WHERE request_id LIKE $1`, [`${tag}-%`])).rows as {
          request_id: string;
        }[];
        const written = new Set(rows.map((r) => r.request_id));
        const left = answered.filter((id) => !written.has(id));
        return left.length === 0 ? left : undefined;
      }, 30000);
      expect(missing).toEqual([]);
    } finally {
      await terminator.end();
    }
  });
});

describe('a connection dropped between two queries of a transaction', () => {
  const t = useTestApp();

  it('fails that transaction like a query error, and the next requests work', async () => {
    const county = await seedCounty(t);
    const terminator = new pg.Client({ connectionString: t.config.database.url });
    await terminator.connect();
    try {
      const outcome = t.db.transaction(async (m) => {
        await m.query('SELECT 1');
        // The server drops every connection of the app while this transaction waits on other work.
        await terminator.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await m.query('SELECT 1');
      });
      await expect(outcome).rejects.toThrow();
      const res = await county
        .api()
        .post('/regions', { code: uniqueCode('AFTER-DROP'), name: '恢复乡', level: 'township', parentId: county.countyId });
      expect(res.status).toBe(201);
    } finally {
      await terminator.end();
    }
  });
});

/**
 * Reading the trail a page at a time by what an auditor asks: an action, a kind of resource, the
 * outcome, free text (request id, URL, actor name, error code), an actor and a time window, with
 * offset paging on the server; each entry names its staff actor's display name and role.
 */
describe('audit log filters and paging', () => {
  const t = useTestApp();

  interface Entry {
    id: string;
    at: string;
    actorType: string;
    actorId: number | null;
    actorName: string | null;
    actorDisplayName: string | null;
    actorRole: string | null;
    action: string;
    path: string;
    resourceId: string | null;
    outcome: string;
    status: number;
    errorCode: string | null;
    requestId: string | null;
  }

  let tree: Awaited<ReturnType<typeof staffedTree<'clerk' | 'clerkB' | 'officer' | 'auditor'>>>;
  let auditor: Client;
  const tag = uniqueCode('flt');
  /** Request ids of the writes made for this file, by what they did. */
  const rid = {
    householdA: `${tag}-hh_a`,
    householdAx: `${tag}-hhxa`,
    householdB: `${tag}-hh-b`,
    refused: `${tag}-refused`,
    patch: `${tag}-patch`,
    region: `${tag}-region`,
  };
  let householdA: number;

  const trail = async (query: string, who: Client = auditor): Promise<Entry[]> => {
    const res = await who.get(`/audit-log?${query}`);
    expect(res.status).toBe(200);
    return res.body as Entry[];
  };
  const ours = (entries: Entry[]) => entries.filter((e) => e.requestId?.startsWith(`${tag}-`)).map((e) => e.requestId);

  beforeAll(async () => {
    tree = await staffedTree(t, {
      clerk: ['village_clerk', 'villageA'],
      clerkB: ['village_clerk', 'villageB'],
      officer: ['township_officer', 'townshipA'],
      auditor: ['auditor', 'county'],
    });
    auditor = as(t, { token: tree.staff.auditor.token });
    const clerk = as(t, { token: tree.staff.clerk.token });
    const clerkB = as(t, { token: tree.staff.clerkB.token });
    const add = (who: Client, villageId: number, requestId: string) =>
      who.post('/households', { villageId, householdNo: uniqueCode('AF'), headName: '王五' }).set('X-Request-Id', requestId);
    const a = await add(clerk, tree.villageA, rid.householdA);
    expect(a.status).toBe(201);
    householdA = (a.body as { id: number }).id;
    expect((await add(clerk, tree.villageA, rid.householdAx)).status).toBe(201);
    expect((await add(clerkB, tree.villageB, rid.householdB)).status).toBe(201);
    // The clerk of village A tries village B: refused, and on the trail as a failure with its code.
    expectError(await add(clerk, tree.villageB, rid.refused), 403, 'OUT_OF_SCOPE');
    expect((await clerk.patch(`/households/${householdA}`, { address: '东街2号' }).set('X-Request-Id', rid.patch)).status).toBe(200);
    expect(
      (
        await clerk
          .post('/regions', { code: uniqueCode('AFG'), name: '一组', level: 'grid', parentId: tree.villageA })
          .set('X-Request-Id', rid.region)
      ).status,
    ).toBe(201);
    await createHousehold(t, tree.county.token, tree.villageB);
    // Entries are written in batches after the responses: wait for the last of ours.
    await eventually(async () => ((await trail(`q=${rid.region}`)).length === 1 ? true : undefined), 30000);
  });

  it('filters by action, as entries name it', async () => {
    const entries = await trail(`action=${encodeURIComponent('POST /api/v1/households')}&q=${tag}`);
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['POST /api/v1/households']));
    // Newest first.
    expect(ours(entries)).toEqual([rid.refused, rid.householdB, rid.householdAx, rid.householdA]);
    const patched = await trail(`action=${encodeURIComponent('PATCH /api/v1/households/:id')}&q=${tag}`);
    expect(patched.map((e) => [e.requestId, e.path, e.outcome, e.status])).toEqual([
      [rid.patch, `/api/v1/households/${householdA}`, 'success', 200],
    ]);
  });

  it('filters by kind of resource: every route under /api/v1/households, none of the regions', async () => {
    const entries = await trail(`entity=households&q=${tag}`);
    expect(ours(entries)).toEqual([rid.patch, rid.refused, rid.householdB, rid.householdAx, rid.householdA]);
    expect(ours(await trail(`entity=regions&q=${tag}`))).toEqual([rid.region]);
    expect(await trail(`entity=stores&q=${tag}`)).toEqual([]);
  });

  it('filters by outcome', async () => {
    const failures = await trail(`outcome=failure&q=${tag}`);
    expect(failures.map((e) => [e.requestId, e.status, e.errorCode, e.outcome])).toEqual([[rid.refused, 403, 'OUT_OF_SCOPE', 'failure']]);
    const successes = await trail(`outcome=success&q=${tag}`);
    expect(ours(successes)).toEqual([rid.region, rid.patch, rid.householdB, rid.householdAx, rid.householdA]);
  });

  it('searches free text in the request id, the URL, the actor name and the error code, taking % and _ literally', async () => {
    expect(ours(await trail(`q=${encodeURIComponent(rid.householdA)}`))).toEqual([rid.householdA]);
    // `_` is no wildcard: hh_a does not match hhxa.
    expect(ours(await trail(`q=${encodeURIComponent(`${tag}-hh_`)}`))).toEqual([rid.householdA]);
    expect(await trail(`q=${encodeURIComponent(`${tag}%`)}`)).toEqual([]);
    expect(ours(await trail(`q=out_of_scope`))).toContain(rid.refused);
    expect(ours(await trail(`q=${encodeURIComponent(`/households/${householdA}`)}`))).toEqual([rid.patch]);
    const byName = await trail(`q=${encodeURIComponent(tree.staff.clerkB.username.toUpperCase())}`);
    expect(ours(byName)).toEqual([rid.householdB]);
  });

  it("names each staff actor's display name and role, and filters by actor", async () => {
    const clerk = tree.staff.clerk;
    const entries = await trail(`actorId=${clerk.id}&q=${tag}`);
    expect(ours(entries)).toEqual([rid.region, rid.patch, rid.refused, rid.householdAx, rid.householdA]);
    for (const e of entries)
      expect(e).toMatchObject({
        actorType: 'user',
        actorId: clerk.id,
        actorName: clerk.username,
        actorDisplayName: clerk.username,
        actorRole: 'village_clerk',
      });
    const renamed = await as(t, { token: tree.county.token }).patch(`/users/${clerk.id}`, { displayName: '李文书' });
    expect(renamed.status).toBe(200);
    expect((await trail(`actorId=${clerk.id}&q=${encodeURIComponent(rid.householdA)}`))[0]).toMatchObject({
      actorName: clerk.username,
      actorDisplayName: '李文书',
      actorRole: 'village_clerk',
    });
  });

  it('filters by a time window: from inclusive, to exclusive', async () => {
    const [entry] = await trail(`q=${encodeURIComponent(rid.householdAx)}`);
    const at = new Date(entry.at);
    const at1 = new Date(at.getTime() + 1).toISOString();
    expect(ours(await trail(`from=${encodeURIComponent(entry.at)}&to=${encodeURIComponent(at1)}&q=${tag}`))).toEqual([rid.householdAx]);
    expect(ours(await trail(`to=${encodeURIComponent(entry.at)}&q=${encodeURIComponent(rid.householdAx)}`))).toEqual([]);
    expect(await trail(`from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}&q=${tag}`)).toEqual([]);
  });

  it('pages on the server with offset (and still with the before cursor); without them the newest 100 as before', async () => {
    const all = await trail(`q=${tag}`);
    expect(ours(all)).toEqual([rid.region, rid.patch, rid.refused, rid.householdB, rid.householdAx, rid.householdA]);
    const pages = [await trail(`q=${tag}&limit=2`), await trail(`q=${tag}&limit=2&offset=2`), await trail(`q=${tag}&limit=2&offset=4`)];
    expect(pages.map((p) => p.map((e) => e.id))).toEqual(
      [all.slice(0, 2), all.slice(2, 4), all.slice(4, 6)].map((p) => p.map((e) => e.id)),
    );
    expect(await trail(`q=${tag}&offset=6`)).toEqual([]);
    expect((await trail(`q=${tag}&before=${all[1].id}&offset=1&limit=1`)).map((e) => e.id)).toEqual([all[3].id]);
    const unfiltered = await trail('');
    expect(unfiltered.length).toBeLessThanOrEqual(100);
    expect(unfiltered.map((e) => e.id)).toEqual([...unfiltered.map((e) => e.id)].sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : -1)));
  });

  it('keeps each reader to its subtree under every filter', async () => {
    const officer = as(t, { token: tree.staff.officer.token });
    expect(ours(await trail(`action=${encodeURIComponent('POST /api/v1/households')}&q=${tag}`, officer))).toEqual([
      rid.refused,
      rid.householdAx,
      rid.householdA,
    ]);
    expect(await trail(`actorId=${tree.staff.clerkB.id}`, officer)).toEqual([]);
  });

  it('refuses malformed filters with 400 VALIDATION_FAILED', async () => {
    for (const query of [
      'offset=-1',
      'offset=1.5',
      'outcome=nope',
      'outcome=SUCCESS',
      'entity=Households',
      'entity=households%2Fimport',
      'action=GET%20%2Fapi%2Fv1%2Fhouseholds',
      'action=POST',
      `action=POST%20%2F${'x'.repeat(100)}`,
      'q=',
      `q=${'x'.repeat(101)}`,
      'q=a&q=b',
    ]) {
      const res = await auditor.get(`/audit-log?${query}`);
      expect([query, res.status, (res.body as { error?: { code: string } }).error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });
});
