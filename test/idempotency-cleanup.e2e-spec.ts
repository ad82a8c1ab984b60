import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB_QUEUE } from '../src/jobs/job-catalogue.js';
import { JobHandlers } from '../src/jobs/job-handlers.js';
import { countRows, createHousehold, createProgram, createRule, seedTree, today, type Client } from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';
import { itWith } from './support/needs.js';

/**
 * The daily `idempotency-cleanup` job deletes the keys whose retention has passed, in batches,
 * and nothing else: replays of kept keys still work, and a second run finds nothing.
 * Retention is 45 days here (IDEMPOTENCY_RETENTION_DAYS), the setting new keys also get.
 */

/** Inserts `n` keys of a made-up device, created `createdDaysAgo` and expiring `expiresInDays` from now. */
async function insertKeys(t: TestApp, scope: string, n: number, createdDaysAgo: number, expiresInDays: number): Promise<void> {
  await t.db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body, created_at, expires_at)
     SELECT $1, 'k-' || i, repeat('0', 64), 201, '{}'::jsonb, now() - make_interval(days => $3), now() + make_interval(days => $4)
       FROM generate_series(1, $2) AS i`,
    [scope, n, createdDaysAgo, expiresInDays],
  );
}

const runCleanup = (t: TestApp) => t.app.get(JobHandlers).run('idempotency-cleanup', {}, { attempt: 1, finalAttempt: true });

describe('idempotency key cleanup', () => {
  const t = useTestApp({ env: { IDEMPOTENCY_RETENTION_DAYS: '45' } });

  itWith(['redis'], 'is scheduled daily at start (a BullMQ job scheduler)', async () => {
    const schedulers = await t.app.get<Queue>(getQueueToken(JOB_QUEUE)).getJobSchedulers();
    expect(schedulers.filter((s) => s.name === 'idempotency-cleanup').map((s) => ({ key: s.key, pattern: s.pattern, tz: s.tz }))).toEqual([
      { key: 'idempotency-cleanup', pattern: '30 3 * * *', tz: 'Asia/Shanghai' },
    ]);
  });

  it('deletes exactly the keys past retention, in batches; replays of kept keys still work; a second run deletes nothing', async () => {
    const { county, villageA } = await seedTree(t);
    const api: Client = county.api();
    const program = await createProgram(t, county.token, county.countyId);
    const rule = await createRule(t, county.token, program.id, { points: 5 });
    const household = await createHousehold(t, county.token, villageA);
    const body = { ruleId: rule.id, holderIds: [household.id], occurredOn: today() };
    const award = (key: string) => api.post(`/programs/${program.id}/awards`, body).set('Idempotency-Key', key);

    const recent = await award('recent-1');
    expect(recent.status).toBe(201);
    const aged = await award('aged-1');
    expect(aged.status).toBe(201);
    // New keys are kept for the configured retention.
    expect(await countRows(t, `idempotency_keys WHERE key = 'recent-1' AND expires_at - created_at = interval '45 days'`)).toBe(1);
    await t.db.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '50 days', expires_at = now() - interval '5 days' WHERE key = 'aged-1'`,
    );

    await insertKeys(t, 'device:9001', 2500, 60, -15); // past retention: more than two batches
    await insertKeys(t, 'device:9002', 3, 44, 1); // within retention
    await insertKeys(t, 'device:9003', 4, 40, -10); // stored under a 30-day retention: kept while the setting says 45
    const before = await countRows(t, 'idempotency_keys');

    await runCleanup(t);
    expect(await countRows(t, `idempotency_keys WHERE scope = 'device:9001'`)).toBe(0);
    expect(await countRows(t, `idempotency_keys WHERE key = 'aged-1'`)).toBe(0);
    expect(await countRows(t, `idempotency_keys WHERE scope = 'device:9002'`)).toBe(3);
    expect(await countRows(t, `idempotency_keys WHERE scope = 'device:9003'`)).toBe(4);
    expect(await countRows(t, 'idempotency_keys')).toBe(before - 2501);

    await runCleanup(t);
    expect(await countRows(t, 'idempotency_keys')).toBe(before - 2501);

    const replay = await award('recent-1');
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(recent.body);
    // A deleted key is a new key: the request is done again.
    const again = await award('aged-1');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.results[0].transactionId).not.toBe(aged.body.results[0].transactionId);
  });
});
