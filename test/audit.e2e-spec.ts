import pg from 'pg';
import { eventually, seedCounty, uniqueCode } from './support/fixtures.js';
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
