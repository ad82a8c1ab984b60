import pg from 'pg';
import { uniqueCode } from './support/fixtures.js';
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
    expect((await t.http().post('/api/v1/auth/login').set('X-Request-Id', last).send({ username: 'nobody-last', password: 'wrong-password' })).status).toBe(401);
    const answered = new Date();
    await t.stop();

    // The application's pool is closed now: read with a client of our own.
    const client = new pg.Client({ connectionString: t.config.database.url });
    await client.connect();
    try {
      const entries = (
        await client.query<{ request_id: string; actor_type: string; actor_name: string; action: string; outcome: string; status: number; error_code: string; at: Date }>(
          `SELECT request_id, actor_type, actor_name, action, outcome, status, error_code, at FROM audit_log WHERE request_id LIKE $1 OR request_id = $2 ORDER BY id`,
          [`${burst}-%`, last],
        )
      ).rows;
      expect(entries).toHaveLength(251);
      expect(new Set(entries.map((e) => e.request_id)).size).toBe(251);
      const lastEntry = entries.find((e) => e.request_id === last)!;
      expect(lastEntry).toMatchObject({ actor_type: 'anonymous', actor_name: 'nobody-last', action: 'POST /api/v1/auth/login', outcome: 'failure', status: 401, error_code: 'INVALID_CREDENTIALS' });
      for (const e of entries) {
        expect(e.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
        expect(e.at.getTime()).toBeLessThanOrEqual(answered.getTime() + 1);
      }
    } finally {
      await client.end();
    }
  });
});
