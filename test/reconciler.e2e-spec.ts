import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DISPATCH_GRACE_MS, MAX_DISPATCHES, Reconciler } from '../src/jobs/reconciler.js';
import { JOB_QUEUE } from '../src/jobs/job-catalogue.js';
import { createProgram, eventually, seedCounty, type SeededCounty } from './support/fixtures.js';
import { RedisServer } from './support/redis-server.js';
import { startTestApp, useTestApp, type TestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

interface RunRow {
  status: string;
  dispatches: number;
  jobId: string | null;
  failureReason: string | null;
}

const runRow = async (t: TestApp, id: string): Promise<RunRow> =>
  (
    (await t.db.query(`SELECT status, dispatches, job_id AS "jobId", failure_reason AS "failureReason" FROM ranking_runs WHERE id = $1`, [
      id,
    ])) as RunRow[]
  )[0];

/** A round of the reconciler as it would run once a fresh dispatch's grace has passed. */
const reconcileLater = (t: TestApp) => t.app.get(Reconciler).reconcile(new Date(Date.now() + DISPATCH_GRACE_MS + 1000));

const completed = (t: TestApp, id: string) =>
  eventually(async () => ((await runRow(t, id)).status === 'completed' ? true : undefined), 30000);

/**
 * PostgreSQL is the truth, Redis only a transport: whatever Redis lost or holds, every run ends
 * completed or failed, and a request never waits for Redis.
 */
describe('job reconciler', () => {
  describeWith(['redis'], 'on the shared Redis', () => {
    const t = useTestApp();
    let queue: Queue, county: SeededCounty, programId: number;
    let quarter = 0;
    /** A new run (each of its own period, so none replaces another). */
    const newRun = async () => {
      const res = await county.api().post('/rankings/runs', {
        programId,
        regionId: county.countyId,
        period: `202${5 - Math.floor(quarter / 4)}-Q${(quarter++ % 4) + 1}`,
      });
      expect(res.status).toBe(202);
      return res.body as { id: string };
    };

    beforeAll(async () => {
      queue = t.app.get<Queue>(getQueueToken(JOB_QUEUE));
      county = await seedCounty(t);
      programId = (await createProgram(t, county.token, county.countyId)).id;
    });

    it('sends the work again, under a new job id, when Redis lost the job', async () => {
      await queue.pause();
      const run = await newRun();
      const first = await runRow(t, run.id);
      expect(first).toMatchObject({ status: 'queued', dispatches: 1 });
      await (await queue.getJob(first.jobId!))!.remove();
      await queue.resume();
      expect(await reconcileLater(t)).toMatchObject({ dispatched: 1, failed: 0 });
      await completed(t, run.id);
      const after = await runRow(t, run.id);
      expect(after).toMatchObject({ status: 'completed', dispatches: 2 });
      expect(after.jobId).not.toBe(first.jobId);
    });

    it('gives a fresh dispatch time to reach the queue before sending it again', async () => {
      await queue.pause();
      try {
        const run = await newRun();
        const { jobId } = await runRow(t, run.id);
        await (await queue.getJob(jobId!))!.remove();
        expect(await t.app.get(Reconciler).reconcile()).toMatchObject({ dispatched: 0, failed: 0 });
        expect(await runRow(t, run.id)).toMatchObject({ status: 'queued', dispatches: 1, jobId });
        await t.db.query(`UPDATE ranking_runs SET status = 'superseded' WHERE id = $1`, [run.id]);
      } finally {
        await queue.resume();
      }
    });

    it('fails the run with the reason when its job failed for good (stalled by crashes, retries used up)', async () => {
      await queue.pause();
      const run = await newRun();
      const { jobId } = await runRow(t, run.id);
      await (await queue.getJob(jobId!))!.remove();
      // A job that fails at once: no handler takes it. The run's row points at it, as at a crash.
      await queue.add('crashed', {}, { jobId: `crashed-${run.id}`, attempts: 1 });
      await t.db.query(`UPDATE ranking_runs SET status = 'running', job_id = $2 WHERE id = $1`, [run.id, `crashed-${run.id}`]);
      await queue.resume();
      await eventually(async () => ((await (await queue.getJob(`crashed-${run.id}`))?.getState()) === 'failed' ? true : undefined));
      expect(await reconcileLater(t)).toMatchObject({ failed: 1 });
      expect(await runRow(t, run.id)).toMatchObject({ status: 'failed', failureReason: 'No handler for job crashed' });
    });

    it('fails the run after the work was sent the most times allowed', async () => {
      await queue.pause();
      const run = await newRun();
      const { jobId } = await runRow(t, run.id);
      await (await queue.getJob(jobId!))!.remove();
      await t.db.query(`UPDATE ranking_runs SET dispatches = $2 WHERE id = $1`, [run.id, MAX_DISPATCHES]);
      await queue.resume();
      expect(await reconcileLater(t)).toMatchObject({ dispatched: 0, failed: 1 });
      expect(await runRow(t, run.id)).toMatchObject({
        status: 'failed',
        failureReason: `the work was sent ${MAX_DISPATCHES} times and never finished`,
      });
    });

    it('lets one instance reconcile at a time', async () => {
      const reconciler = t.app.get(Reconciler);
      // Another instance holds the reconciler's lock (a transaction of its own, as reconcile takes it):
      // this one steps aside; once the other is done, it reconciles.
      const other = t.db.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query(`SELECT pg_advisory_xact_lock(hashtext('moral-bank:reconciler'))`);
        expect(await reconciler.reconcile()).toBeNull();
      } finally {
        await other.rollbackTransaction();
        await other.release();
      }
      expect(await reconciler.reconcile()).toMatchObject({ checked: expect.any(Number) });
    });
  });

  describeWith(['redis-server'], 'on a Redis that goes away', () => {
    let redis: RedisServer;
    let t: TestApp;
    let county: SeededCounty, programId: number;

    beforeAll(async () => {
      redis = await RedisServer.start();
      t = await startTestApp({ redisUrl: redis.url });
      county = await seedCounty(t);
      programId = (await createProgram(t, county.token, county.countyId)).id;
    });
    afterAll(async () => {
      await redis.up();
      await t.close();
      await redis.down();
    });

    it('answers 202 at once while Redis is down, and the run completes once it is back', async () => {
      await redis.down();
      const started = Date.now();
      const res = await county.api().post('/rankings/runs', { programId, regionId: county.countyId, period: '2026-Q3' });
      expect(res.status).toBe(202);
      expect(Date.now() - started).toBeLessThan(3000);
      const { id } = res.body as { id: string };
      expect(await runRow(t, id)).toMatchObject({ status: 'queued', dispatches: 1 });
      // Reconciling without Redis decides nothing.
      await expect(reconcileLater(t)).rejects.toThrow(/Redis did not answer/);
      expect(await runRow(t, id)).toMatchObject({ status: 'queued', dispatches: 1 });

      // Back, empty: the first job may or may not have reached it; either way the run ends once.
      await redis.up();
      await reconcileLater(t);
      await completed(t, id);
      expect((await runRow(t, id)).status).toBe('completed');
    });
  });

  describe('with the in-process runner', () => {
    const t = useTestApp({ queue: 'in-process' });

    it('runs again, at the next round, a run that a crash left running', async () => {
      const county = await seedCounty(t);
      const programId = (await createProgram(t, county.token, county.countyId)).id;
      const res = await county.api().post('/rankings/runs', { programId, regionId: county.countyId, period: '2026-Q2' });
      await completed(t, (res.body as { id: string }).id);
      // As a crash leaves it: running, its job gone with the process that ran it.
      await t.db.query(
        `UPDATE ranking_runs SET status = 'running', progress = 10, job_id = 'gone', dispatched_at = now() - interval '1 hour' WHERE id = $1`,
        [res.body.id],
      );
      expect(await t.app.get(Reconciler).reconcile()).toMatchObject({ dispatched: 1 });
      await completed(t, (res.body as { id: string }).id);
    });
  });
});
