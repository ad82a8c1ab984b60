import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import pg from 'pg';
import { JOB_QUEUE } from '../src/jobs/job-catalogue.js';
import { ProgramsRepository } from '../src/programs/programs.repository.js';
import { PeriodSchedules } from '../src/programs/periods/period-schedules.js';
import { PeriodEndJob } from '../src/rankings/period-end.job.js';
import { TEST_REDIS_URL } from './support/databases.js';
import {
  as,
  binary,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  createUser,
  eventually,
  seedCounty,
  uniqueCode,
} from './support/fixtures.js';
import { startTestApp, useTestApp, type TestApp } from './support/test-app.js';
import { describeWith, itWith } from './support/needs.js';
import { JobQueue } from '../src/jobs/job-queue.js';

/**
 * Rankings end to end: scores, ties, versions, retries, both job runners, honours, public
 * boards, allocation plans, schedules, the queue dashboard and roles. Every value is exact.
 */

interface Components {
  points: number;
  awards: number;
  deductions: number;
  reversals: number;
  participation?: { households: number; awarded: number; weight: number; points: number };
}

interface Entry {
  runId: string;
  holderId: number;
  rank: number;
  position: number;
  groupId: number;
  groupRank: number;
  score: number;
  components: Components;
  holderCode: string;
  holderName: string;
  householdId: number | null;
}

interface RunBody {
  id: string;
  version: number;
  status: string;
  progress: number;
  entryCount: number;
  reason: string | null;
  publishedAt: string | null;
}

const c = (points: number, awards: number, deductions: number, reversals: number): Components => ({
  points,
  awards,
  deductions,
  reversals,
});
/** Entries without their run id; these runs rank holders, so no entry names a member's household. */
const withoutRun = (entries: Entry[]) =>
  entries.map(({ runId: _runId, householdId, ...e }) => {
    expect(householdId).toBeNull();
    return e;
  });

/** Holds `LOCK TABLE ranking_entries IN ACCESS EXCLUSIVE MODE` in its own transaction until released. */
async function lockEntries(t: TestApp) {
  const client = new pg.Client({ connectionString: t.config.database.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE ranking_entries IN ACCESS EXCLUSIVE MODE');
  let released = false;
  return {
    client,
    release: async () => {
      if (released) return;
      released = true;
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/** Helpers bound to one app and one staff token. */
function session(t: TestApp, token: string) {
  const api = as(t, { token });
  return {
    api,
    async queue(body: { programId: number; regionId: number; period: string; reason?: string }): Promise<RunBody> {
      const res = await api.post('/rankings/runs', body);
      expect(res.status).toBe(202);
      expect(res.body.status).toBe('queued');
      return res.body as RunBody;
    },
    completed(id: string): Promise<RunBody> {
      return eventually(async () => {
        const res = await api.get(`/rankings/runs/${id}`);
        return res.body.status === 'completed' ? (res.body as RunBody) : undefined;
      });
    },
    async entries(id: string, query = 'limit=1000'): Promise<Entry[]> {
      const res = await api.get(`/rankings/runs/${id}/entries?${query}`);
      expect(res.status).toBe(200);
      return res.body as Entry[];
    },
    async award(programId: number, ruleId: number, holderIds: number[], occurredOn: string): Promise<Record<number, string>> {
      const res = await api.post(`/programs/${programId}/awards`, { ruleId, holderIds, occurredOn });
      expect(res.status).toBe(201);
      return Object.fromEntries(
        (res.body.results as { holderId: number; transactionId: string }[]).map((r) => [r.holderId, r.transactionId]),
      );
    },
    async close(programId: number, period: string): Promise<void> {
      expect((await api.post(`/programs/${programId}/periods/${period}/close`)).status).toBe(201);
    },
    async publish(id: string): Promise<RunBody> {
      const res = await api.post(`/rankings/runs/${id}/publish`);
      expect(res.status).toBe(200);
      return res.body as RunBody;
    },
  };
}

/** Runs of one program, region and period as stored, with the entries each really has. */
async function storedRuns(t: TestApp, programId: number, regionId: number, period: string) {
  return (await t.db.query(
    `SELECT r.id, r.version, r.status, r.entry_count AS "entryCount", r.published_at IS NOT NULL AS published,
            (SELECT count(*)::int FROM ranking_entries e WHERE e.run_id = r.id) AS entries
       FROM ranking_runs r WHERE r.program_id = $1 AND r.region_id = $2 AND r.period = $3 ORDER BY r.version`,
    [programId, regionId, period],
  )) as { id: string; version: number; status: string; entryCount: number; published: boolean; entries: number }[];
}

describe('rankings', () => {
  /** A second instance on the same queues (scheduler test), closed before the first: this hook comes first. */
  let t2: TestApp | undefined;
  afterAll(async () => {
    await t2?.close();
  });
  const t = useTestApp();
  let queue: Queue | undefined;
  let s: ReturnType<typeof session>;
  // The household county: two townships, a village in each, seven households.
  let countyId: number, token: string, townshipA: number, villageA: number, villageB: number, programId: number;
  const h: Record<'A1' | 'A2' | 'A3' | 'A4' | 'B1' | 'B2' | 'B3', { id: number; code: string; name: string }> = {} as never;
  let lateAwardTx: string;
  let q3v1: string;
  let q3v2: string;

  /** The job of the run's latest dispatch. */
  const jobOf = async (runId: string) => {
    const [{ jobId }] = (await t.db.query(`SELECT job_id AS "jobId" FROM ranking_runs WHERE id = $1`, [runId])) as { jobId: string }[];
    return queue!.getJob(jobId);
  };
  /**
   * Waits for the run's job to finish: a job may wait out a lock timeout and its retry; on a loaded
   * machine (the fault test beside it) that takes a while. A run replaced by a concurrent request
   * before its own request dispatched it never gets a job (dispatching needs a queued run): then
   * there is nothing to wait for.
   */
  const jobDone = async (runId: string) => {
    const [{ jobId }] = (await t.db.query(`SELECT job_id AS "jobId" FROM ranking_runs WHERE id = $1`, [runId])) as {
      jobId: string | null;
    }[];
    if (jobId === null) return true;
    // BullMQ keeps the ended job ('completed'); the in-process runner forgets it once it ended.
    const ended = queue
      ? async () => (await (await jobOf(runId))?.getState()) === 'completed'
      : async () => (await t.app.get(JobQueue).state(jobId)).state !== 'live';
    return eventually(async () => ((await ended()) ? true : undefined), 120000);
  };

  beforeAll(async () => {
    if (t.config.queue.kind === 'redis') queue = t.app.get<Queue>(getQueueToken(JOB_QUEUE));
    ({ countyId, token } = await seedCounty(t));
    s = session(t, token);
    const tag = uniqueCode('K');
    townshipA = await createRegion(t, token, 'township', countyId, `${tag}TA`);
    const townshipB = await createRegion(t, token, 'township', countyId, `${tag}TB`);
    villageA = await createRegion(t, token, 'village', townshipA, `${tag}A`);
    villageB = await createRegion(t, token, 'village', townshipB, `${tag}B`);
    programId = (await createProgram(t, token, countyId)).id;
    const households = [
      ['A1', villageA, 'A01', '张三'],
      ['A2', villageA, 'A02', '李四'],
      ['A3', villageA, 'A03', '王五'],
      ['A4', villageA, 'A04', '赵六'],
      ['B1', villageB, 'B01', '欧阳娜娜'],
      ['B2', villageB, 'B02', '刘洋'],
      ['B3', villageB, 'B03', '陈明'],
    ] as const;
    for (const [key, village, householdNo, headName] of households) {
      const { id } = await createHousehold(t, token, village, { householdNo, headName });
      h[key] = { id, code: `${tag}${village === villageA ? 'A' : 'B'}/${householdNo}`, name: headName };
    }
    const ten = await createRule(t, token, programId, { points: 10 });
    const five = await createRule(t, token, programId, { points: 5 });
    const fifty = await createRule(t, token, programId, { points: 50 });
    const minus3 = await createRule(t, token, programId, { points: -3 });
    // Q2: a big award for A3, who then earns nothing in Q3.
    await s.award(programId, fifty.id, [h.A3.id], '2026-05-10');
    const tens = await s.award(programId, ten.id, [h.A1.id, h.A2.id, h.A4.id, h.B1.id, h.B2.id, h.B3.id], '2026-08-10');
    await s.award(programId, five.id, [h.A1.id, h.A2.id, h.B1.id, h.B3.id], '2026-08-11');
    const deducted = await s.api.post(`/programs/${programId}/deductions`, {
      ruleId: minus3.id,
      holderIds: [h.A1.id],
      occurredOn: '2026-09-01',
      reason: '损坏公共设施',
    });
    expect(deducted.status).toBe(201);
    // B2's award is reversed while Q3 is open: the reversal counts in Q3.
    const reversed = await s.api.post(`/transactions/${tens[h.B2.id]}/reversal`, { reason: '登记错误' });
    expect(reversed.status).toBe(201);
    expect(reversed.body).toMatchObject({ points: -10, period: '2026-Q3', late: false });
    lateAwardTx = tens[h.A4.id];
  });

  describe('household runs', () => {
    it('ranks by points earned in the period, with components, shared ranks, code order and village ranks', async () => {
      const run = await s.queue({ programId, regionId: countyId, period: '2026-Q3' });
      expect(run.version).toBe(1);
      q3v1 = run.id;
      expect(await s.completed(q3v1)).toMatchObject({ progress: 100, entryCount: 7, publishedAt: null, reason: null });
      const e = (
        key: keyof typeof h,
        rank: number,
        position: number,
        groupId: number,
        groupRank: number,
        score: number,
        components: Components,
      ) => ({
        holderId: h[key].id,
        rank,
        position,
        groupId,
        groupRank,
        score,
        components,
        holderCode: h[key].code,
        holderName: h[key].name,
      });
      expect(withoutRun(await s.entries(q3v1))).toEqual([
        e('A2', 1, 1, villageA, 1, 15, c(15, 15, 0, 0)),
        e('B1', 1, 2, villageB, 1, 15, c(15, 15, 0, 0)),
        e('B3', 1, 3, villageB, 1, 15, c(15, 15, 0, 0)),
        e('A1', 4, 4, villageA, 2, 12, c(12, 15, -3, 0)),
        e('A4', 5, 5, villageA, 3, 10, c(10, 10, 0, 0)),
        // A3 holds 150 points (100 base + 50 in Q2) but earned nothing in Q3.
        e('A3', 6, 6, villageA, 4, 0, c(0, 0, 0, 0)),
        e('B2', 6, 7, villageB, 3, 0, c(0, 0, 0, -10)),
      ]);
      const balance = await s.api.get(`/programs/${programId}/holders/${h.A3.id}/balance`);
      expect(balance.body.balance).toBe(150);
      expect((await s.entries(q3v1, `groupId=${villageB}`)).map((x) => [x.holderId, x.groupRank])).toEqual([
        [h.B1.id, 1],
        [h.B3.id, 1],
        [h.B2.id, 3],
      ]);
      expect((await s.entries(q3v1, 'limit=2&offset=3')).map((x) => x.position)).toEqual([4, 5]);

      const csv = await s.api.get(`/rankings/runs/${q3v1}/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.text.split('\n').slice(0, 2)).toEqual([
        '\uFEFF名次,序号,代码,名称,得分,积分,加分,扣分,冲正,参与户数,获奖户数,参与加分',
        `1,1,${h.A2.code},李四,15,15,15,0,0,,,`,
      ]);
    });

    it('publishes only closed periods and once; a late reversal goes into Q4 and leaves Q3 alone; a rerun needs a reason', async () => {
      const early = await s.api.post(`/rankings/runs/${q3v1}/publish`);
      expect(early.status).toBe(422);
      expect(early.body.error).toMatchObject({ code: 'PERIOD_NOT_CLOSED', details: { period: '2026-Q3' } });
      expect((await t.http().get(`/api/v1/public/boards/${countyId}?period=2026-Q3`)).body.rankings).toEqual([]);

      await s.close(programId, '2026-Q3');
      const late = await s.api.post(`/transactions/${lateAwardTx}/reversal`, { reason: '重复登记' });
      expect(late.status).toBe(201);
      expect(late.body).toMatchObject({ points: -10, period: '2026-Q4', late: true });

      const published = await s.publish(q3v1);
      expect(published.publishedAt).not.toBeNull();
      const again = await s.api.post(`/rankings/runs/${q3v1}/publish`);
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('ALREADY_PUBLISHED');

      const noReason = await s.api.post('/rankings/runs', { programId, regionId: countyId, period: '2026-Q3' });
      expect(noReason.status).toBe(422);
      expect(noReason.body.error.code).toBe('REASON_REQUIRED');
      const rerun = await s.queue({ programId, regionId: countyId, period: '2026-Q3', reason: '复核' });
      expect(rerun).toMatchObject({ version: 2, reason: '复核', publishedAt: null });
      q3v2 = rerun.id;
      await s.completed(q3v2);
      // Same Q3 result after the late reversal: A4 keeps its 10.
      expect(withoutRun(await s.entries(q3v2))).toEqual(withoutRun(await s.entries(q3v1)));
      expect(await storedRuns(t, programId, countyId, '2026-Q3')).toEqual([
        { id: q3v1, version: 1, status: 'completed', entryCount: 7, published: true, entries: 7 },
        { id: q3v2, version: 2, status: 'completed', entryCount: 7, published: false, entries: 7 },
      ]);

      // Q4 carries the late reversal: A4 −10, everyone else 0 (tied, in code order).
      const q4 = await s.queue({ programId, regionId: countyId, period: '2026-Q4' });
      await s.completed(q4.id);
      const tied = (['A1', 'A2', 'A3', 'B1', 'B2', 'B3'] as const).map((key, i) => [h[key].id, 1, i + 1, 1, 0, c(0, 0, 0, 0)]);
      expect((await s.entries(q4.id)).map((x) => [x.holderId, x.rank, x.position, x.groupRank, x.score, x.components])).toEqual([
        ...tied,
        [h.A4.id, 7, 7, 4, -10, c(-10, -10, 0, -10)],
      ]);
    });

    it('sums the quarters in a yearly run, which cannot be published before every quarter is closed', async () => {
      const year = await s.queue({ programId, regionId: countyId, period: '2026' });
      await s.completed(year.id);
      expect((await s.entries(year.id)).map((x) => [x.holderId, x.rank, x.position, x.groupRank, x.score, x.components])).toEqual([
        [h.A3.id, 1, 1, 1, 50, c(50, 50, 0, 0)],
        [h.A2.id, 2, 2, 2, 15, c(15, 15, 0, 0)],
        [h.B1.id, 2, 3, 1, 15, c(15, 15, 0, 0)],
        [h.B3.id, 2, 4, 1, 15, c(15, 15, 0, 0)],
        [h.A1.id, 5, 5, 3, 12, c(12, 15, -3, 0)],
        [h.A4.id, 6, 6, 4, 0, c(0, 0, 0, -10)],
        [h.B2.id, 6, 7, 3, 0, c(0, 0, 0, -10)],
      ]);
      const publish = await s.api.post(`/rankings/runs/${year.id}/publish`);
      expect(publish.status).toBe(422);
      expect(publish.body.error).toMatchObject({ code: 'PERIOD_NOT_CLOSED', details: { period: '2026-Q1' } });
    });
  });

  describe('drafts and retries', () => {
    const q2Entries = () => [
      [h.A3.id, 1, 1, 50],
      [h.A1.id, 2, 2, 0],
      [h.A2.id, 2, 3, 0],
      [h.A4.id, 2, 4, 0],
      [h.B1.id, 2, 5, 0],
      [h.B2.id, 2, 6, 0],
      [h.B3.id, 2, 7, 0],
    ];

    // Four waits for jobs, each allowed up to two minutes on a loaded machine (see jobDone): the test gets their sum.
    it('keeps one draft per program, region and period, in a row and concurrently; a replaced run writes nothing', async () => {
      // The lock keeps the first job from finishing before the second run replaces it.
      let lock = await lockEntries(t);
      let first: RunBody;
      let second: RunBody;
      try {
        first = await s.queue({ programId, regionId: countyId, period: '2026-Q2' });
        second = await s.queue({ programId, regionId: countyId, period: '2026-Q2' });
      } finally {
        await lock.release();
      }
      await s.completed(second.id);
      await jobDone(first.id);
      expect(await storedRuns(t, programId, countyId, '2026-Q2')).toEqual([
        { id: first.id, version: 1, status: 'superseded', entryCount: 0, published: false, entries: 0 },
        { id: second.id, version: 2, status: 'completed', entryCount: 7, published: false, entries: 7 },
      ]);

      lock = await lockEntries(t);
      let both: RunBody[];
      try {
        both = await Promise.all([0, 1].map(() => s.queue({ programId, regionId: countyId, period: '2026-Q2' })));
      } finally {
        await lock.release();
      }
      const [lost, kept] = [...both].sort((a, b) => a.version - b.version);
      expect([lost.version, kept.version]).toEqual([3, 4]);
      await s.completed(kept.id);
      await jobDone(lost.id);
      expect(await storedRuns(t, programId, countyId, '2026-Q2')).toEqual([
        { id: first.id, version: 1, status: 'superseded', entryCount: 0, published: false, entries: 0 },
        // Completed before it was replaced: its entries stay with it, under a superseded run.
        { id: second.id, version: 2, status: 'superseded', entryCount: 7, published: false, entries: 7 },
        { id: lost.id, version: 3, status: 'superseded', entryCount: 0, published: false, entries: 0 },
        { id: kept.id, version: 4, status: 'completed', entryCount: 7, published: false, entries: 7 },
      ]);
      expect((await s.entries(kept.id)).map((x) => [x.holderId, x.rank, x.position, x.score])).toEqual(q2Entries());
      expect((await t.http().get(`/api/v1/public/boards/${countyId}?period=2026-Q2`)).body.rankings).toEqual([]);
    }, 480_000);

    // BullMQ's record of the failed attempt is what shows the retry.
    itWith(
      ['redis'],
      'retries a run blocked past its lock timeout and writes each entry once',
      async () => {
        const lock = await lockEntries(t);
        let run: RunBody;
        try {
          run = await s.queue({ programId, regionId: villageB, period: '2026-Q3' });
          const job = await eventually(async () => {
            const found = await jobOf(run.id);
            return found && found.attemptsMade >= 1 ? found : undefined;
          }, 30000);
          expect(job.failedReason).toMatch(/lock timeout/);
          // Failed once, not finally: still running, nothing written.
          const [state] = (await lock.client.query(`SELECT status, failure_reason FROM ranking_runs WHERE id = $1`, [run.id])).rows as {
            status: string;
            failure_reason: string | null;
          }[];
          expect(state).toEqual({ status: 'running', failure_reason: null });
          expect((await lock.client.query(`SELECT count(*)::int AS n FROM ranking_entries WHERE run_id = $1`, [run.id])).rows).toEqual([
            { n: 0 },
          ]);
        } finally {
          await lock.release();
        }
        expect(await s.completed(run.id)).toMatchObject({ entryCount: 3, progress: 100 });
        expect(
          await t.db.query(`SELECT count(*)::int AS n, count(DISTINCT holder_id)::int AS holders FROM ranking_entries WHERE run_id = $1`, [
            run.id,
          ]),
        ).toEqual([{ n: 3, holders: 3 }]);
        expect((await s.entries(run.id)).map((x) => [x.holderId, x.rank, x.position, x.score])).toEqual([
          [h.B1.id, 1, 1, 15],
          [h.B3.id, 1, 2, 15],
          [h.B2.id, 3, 3, 0],
        ]);
      },
      180_000,
    );
  });

  describe('honours and public boards', () => {
    it('gives champions, the honour list and deductions as the program says', async () => {
      const honours = async (villageId: number) => {
        const res = await s.api.get(`/rankings/runs/${q3v1}/honours?villageId=${villageId}`);
        expect(res.status).toBe(200);
        return res.body;
      };
      const pub = (rank: number, name: string, score: number, components: Components) => ({
        rank,
        name,
        code: '',
        score,
        components,
        level: null,
      });
      // The program shows no red or black list and has no levels (see levels-honours.e2e-spec.ts).
      const none = { redList: null, blackList: null, levelCounts: null };
      expect(await honours(villageA)).toEqual({
        villageId: villageA,
        villageName: expect.stringMatching(/^K\d+A名$/),
        champions: [pub(1, '李*', 15, c(15, 15, 0, 0))],
        honourList: [pub(1, '李*', 15, c(15, 15, 0, 0)), pub(2, '张*', 12, c(12, 15, -3, 0)), pub(3, '赵*', 10, c(10, 10, 0, 0))],
        deductions: null,
        ...none,
      });
      expect(await honours(villageB)).toEqual({
        villageId: villageB,
        villageName: expect.stringMatching(/^K\d+B名$/),
        champions: [pub(1, '欧**娜', 15, c(15, 15, 0, 0)), pub(1, '陈*', 15, c(15, 15, 0, 0))],
        honourList: [pub(1, '欧**娜', 15, c(15, 15, 0, 0)), pub(1, '陈*', 15, c(15, 15, 0, 0))],
        deductions: null,
        ...none,
      });

      const patched = await s.api.patch(`/programs/${programId}`, { honourTopN: 2, publishDeductions: true });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ honourTopN: 2, publishDeductions: true });
      expect(await honours(villageA)).toMatchObject({
        honourList: [pub(1, '李*', 15, c(15, 15, 0, 0)), pub(2, '张*', 12, c(12, 15, -3, 0))],
        deductions: [pub(2, '张*', 12, c(12, 15, -3, 0))],
      });
      expect((await honours(villageB)).deductions).toEqual([]);
    });

    it('shows the latest published run only, with names masked or in full', async () => {
      const board = async (regionId: number, period?: string) => {
        const res = await t.http().get(`/api/v1/public/boards/${regionId}${period ? `?period=${period}` : ''}`);
        expect(res.status).toBe(200);
        return res.body;
      };
      const county = await board(countyId, '2026-Q3');
      expect(county.rankings).toHaveLength(1);
      expect(county.rankings[0]).toMatchObject({
        runId: q3v1,
        version: 1,
        period: '2026-Q3',
        program: { id: programId, holderType: 'household' },
      });
      expect(
        county.rankings[0].entries.map((x: { rank: number; name: string; code: string; score: number }) => [
          x.rank,
          x.name,
          x.code,
          x.score,
        ]),
      ).toEqual([
        [1, '李*', '', 15],
        [1, '欧**娜', '', 15],
        [1, '陈*', '', 15],
        [4, '张*', '', 12],
        [5, '赵*', '', 10],
        [6, '王*', '', 0],
        [6, '刘*', '', 0],
      ]);
      expect(
        county.rankings[0].honours.map((x: { villageId: number; champions: { name: string }[] }) => [
          x.villageId,
          x.champions.map((ch) => ch.name),
        ]),
      ).toEqual([
        [villageA, ['李*']],
        [villageB, ['欧**娜', '陈*']],
      ]);
      // Without a period: the latest published one. Q4 and the year have drafts only.
      expect((await board(countyId)).period).toBe('2026-Q3');
      expect((await board(countyId, '2026-Q4')).rankings).toEqual([]);
      expect((await board(countyId, '2026')).rankings).toEqual([]);

      expect((await s.api.patch(`/programs/${programId}`, { publicNames: 'full' })).status).toBe(200);
      const village = await board(villageA, '2026-Q3');
      expect(village.region).toMatchObject({ id: villageA, level: 'village' });
      // A village's board ranks its households among themselves (county ranks 1, 4, 5, 6).
      expect(village.rankings[0].entries.map((x: { rank: number; name: string }) => [x.rank, x.name])).toEqual([
        [1, '李四'],
        [2, '张三'],
        [3, '赵六'],
        [4, '王五'],
      ]);

      // Version 2 is a draft; version 3 replaces it; the board keeps version 1 until 3 is published.
      const v3 = await s.queue({ programId, regionId: countyId, period: '2026-Q3', reason: '再次复核' });
      expect(v3.version).toBe(3);
      await s.completed(v3.id);
      const v2 = await s.api.post(`/rankings/runs/${q3v2}/publish`);
      expect(v2.status).toBe(409);
      expect(v2.body.error.code).toBe('RUN_NOT_COMPLETED');
      expect((await board(countyId, '2026-Q3')).rankings.map((r: { runId: string; version: number }) => [r.runId, r.version])).toEqual([
        [q3v1, 1],
      ]);
      await s.publish(v3.id);
      const after = await board(countyId, '2026-Q3');
      expect(after.rankings.map((r: { runId: string; version: number }) => [r.runId, r.version])).toEqual([[v3.id, 3]]);
      expect(after.rankings[0].entries[0]).toMatchObject({ rank: 1, name: '李四', score: 15 });
      expect(await storedRuns(t, programId, countyId, '2026-Q3')).toEqual([
        { id: q3v1, version: 1, status: 'completed', entryCount: 7, published: true, entries: 7 },
        { id: q3v2, version: 2, status: 'superseded', entryCount: 7, published: false, entries: 7 },
        { id: v3.id, version: 3, status: 'completed', entryCount: 7, published: true, entries: 7 },
      ]);
    });
  });

  describe('villages: participation and allocation', () => {
    it('adds participation and splits budgets exactly, refusing what cannot be allocated', async () => {
      const county = await seedCounty(t);
      const v = session(t, county.token);
      const tag = uniqueCode('P');
      const township = await createRegion(t, county.token, 'township', county.countyId, `${tag}T`);
      const villages = [] as number[];
      for (const n of [1, 2, 3]) villages.push(await createRegion(t, county.token, 'village', township, `${tag}W${n}`));
      const [w1, w2, w3] = villages;
      const household = await createProgram(t, county.token, county.countyId);
      const ids: number[][] = [];
      for (const [village, count] of [
        [w1, 4],
        [w2, 2],
        [w3, 1],
      ]) {
        const made: number[] = [];
        for (let i = 0; i < count; i++) made.push((await createHousehold(t, county.token, village)).id);
        ids.push(made);
      }
      const householdRule = await createRule(t, county.token, household.id, { points: 10 });
      // 2 of 4 households in W1, 2 of 2 in W2, 0 of 1 in W3 have an award in Q3.
      await v.award(household.id, householdRule.id, [ids[0][0], ids[0][1], ids[1][0], ids[1][1]], '2026-08-01');
      const program = (await createProgram(t, county.token, county.countyId, { holderType: 'village', basePoints: 0, pointValueFen: 0 }))
        .id;
      const rule = await createRule(t, county.token, program, { points: 10 });
      await v.award(program, rule.id, [w1, w2, w3], '2026-08-05');
      await v.award(program, rule.id, [w1, w2], '2026-08-06');
      await v.award(program, rule.id, [w1], '2026-08-07');
      const patched = await v.api.patch(`/programs/${program}`, { participationProgramId: household.id, participationWeight: 20 });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ participationProgramId: household.id, participationWeight: 20 });

      const run = await v.queue({ programId: program, regionId: county.countyId, period: '2026-Q3' });
      await v.completed(run.id);
      const part = (households: number, awarded: number, points: number) => ({ households, awarded, weight: 20, points });
      expect(withoutRun(await v.entries(run.id))).toEqual([
        {
          holderId: w1,
          rank: 1,
          position: 1,
          groupId: township,
          groupRank: 1,
          score: 40,
          components: { ...c(30, 30, 0, 0), participation: part(4, 2, 10) },
          holderCode: `${tag}W1`,
          holderName: `${tag}W1名`,
        },
        {
          holderId: w2,
          rank: 1,
          position: 2,
          groupId: township,
          groupRank: 1,
          score: 40,
          components: { ...c(20, 20, 0, 0), participation: part(2, 2, 20) },
          holderCode: `${tag}W2`,
          holderName: `${tag}W2名`,
        },
        {
          holderId: w3,
          rank: 3,
          position: 3,
          groupId: township,
          groupRank: 3,
          score: 10,
          components: { ...c(10, 10, 0, 0), participation: part(1, 0, 0) },
          holderCode: `${tag}W3`,
          holderName: `${tag}W3名`,
        },
      ]);
      const runCsv = await v.api.get(`/rankings/runs/${run.id}/export.csv`);
      expect(runCsv.text.split('\n')[1]).toBe(`1,1,${tag}W1,${tag}W1名,40,30,30,0,0,4,2,10`);

      const plan = (body: object) =>
        v.api.post('/allocation-plans', { runId: run.id, budgetFen: 100_000, topN: 3, method: 'equal', bottomN: 0, ...body });
      const draft = await plan({});
      expect(draft.status).toBe(422);
      expect(draft.body.error.code).toBe('RUN_NOT_PUBLISHED');
      await v.close(program, '2026-Q3');
      await v.publish(run.id);

      const householdPlan = await s.api.post('/allocation-plans', {
        runId: q3v1,
        budgetFen: 100_000,
        topN: 3,
        method: 'equal',
        bottomN: 0,
      });
      expect(householdPlan.status).toBe(422);
      expect(householdPlan.body.error.code).toBe('NOT_A_VILLAGE_RANKING');
      const fen = await plan({ budgetFen: 100_050 });
      expect(fen.status).toBe(400);
      expect(fen.body.error.code).toBe('VALIDATION_FAILED');
      for (const bounds of [{ minFen: 50_000 }, { maxFen: 20_000 }, { minFen: 40_000, maxFen: 30_000 }]) {
        const infeasible = await plan(bounds);
        expect(infeasible.status).toBe(422);
        expect(infeasible.body.error.code).toBe('ALLOCATION_INFEASIBLE');
      }

      const amounts = (body: { allocations: { holderId: number; rank: number; amountFen: number }[] }) =>
        body.allocations.map((a) => [a.holderId, a.rank, a.amountFen]);
      /** A plan of `body`: 201, giving W1, W2 and W3 (ranked 1, 1, 3) the amounts in `fen`. */
      const split = async (body: object, fen: [number, number, number]) => {
        const res = await plan(body);
        expect(res.status).toBe(201);
        expect(amounts(res.body)).toEqual([
          [w1, 1, fen[0]],
          [w2, 1, fen[1]],
          [w3, 3, fen[2]],
        ]);
        return res;
      };
      // The preview computes the plan a save would store, and stores nothing.
      const plansBefore = await v.api.get(`/allocation-plans?runId=${run.id}`);
      expect(plansBefore.status).toBe(200);
      expect(plansBefore.body).toEqual([]);
      const preview = await v.api.post('/allocation-plans/preview', {
        runId: run.id,
        budgetFen: 100_000,
        topN: 3,
        method: 'proportional',
        bottomN: 1,
      });
      expect(preview.status).toBe(200);
      expect(preview.body).not.toHaveProperty('id');
      expect(amounts(preview.body)).toEqual([
        [w1, 1, 44_500],
        [w2, 1, 44_400],
        [w3, 3, 11_100],
      ]);
      expect(preview.body.warnings.map((w: { holderId: number }) => w.holderId)).toEqual([w3]);
      expect((await v.api.get(`/allocation-plans?runId=${run.id}`)).body).toEqual([]);
      const refusedPreview = await v.api.post('/allocation-plans/preview', {
        runId: run.id,
        budgetFen: 100_000,
        topN: 3,
        method: 'equal',
        bottomN: 0,
        minFen: 50_000,
      });
      expect(refusedPreview.status).toBe(422);
      expect(refusedPreview.body.error.code).toBe('ALLOCATION_INFEASIBLE');

      // 1,000 yuan by score 40:40:10 → 444.4, 444.4, 111.1 → the yuan left goes to W1 (first of the equal remainders).
      const proportional = await split({ method: 'proportional', bottomN: 1 }, [44_500, 44_400, 11_100]);
      expect({ ...proportional.body, id: undefined, createdBy: undefined, createdAt: undefined }).toEqual({
        ...preview.body,
        id: undefined,
        createdBy: undefined,
        createdAt: undefined,
      });
      expect(proportional.body.warnings.map((w: { holderId: number }) => w.holderId)).toEqual([w3]);
      expect(proportional.body.escalations).toEqual([]);
      // Weights 3:3:1 → 428.6, 428.6, 142.9 → W3 (largest remainder) then W1 get the two yuan left.
      const tiered = await split(
        {
          method: 'tiered',
          tiers: [
            { uptoRank: 1, weight: 3 },
            { uptoRank: 3, weight: 1 },
          ],
        },
        [42_900, 42_800, 14_300],
      );
      // At least 150 yuan each: W3 gets the minimum, W1 and W2 share the rest by score.
      const minimum = await split({ method: 'proportional', minFen: 15_000 }, [42_500, 42_500, 15_000]);
      // Top 1 with a tie at the cut-off: both first-ranked villages share the budget.
      const top1 = await plan({ topN: 1 });
      expect(amounts(top1.body)).toEqual([
        [w1, 1, 50_000],
        [w2, 1, 50_000],
      ]);

      // The run's plans, newest first.
      const listed = await v.api.get(`/allocation-plans?runId=${run.id}`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((p: { id: string }) => p.id)).toEqual([top1.body.id, minimum.body.id, tiered.body.id, proportional.body.id]);

      const csv = await v.api.get(`/allocation-plans/${proportional.body.id}/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text.split('\n').filter(Boolean)).toEqual([
        '\uFEFF名次,村代码,村名,得分,金额（分）,金额（元）,预警',
        `1,${tag}W1,${tag}W1名,40,44500,445,`,
        `1,${tag}W2,${tag}W2名,40,44400,444,`,
        `3,${tag}W3,${tag}W3名,10,11100,111,预警`,
      ]);
      const xlsx = await v.api.get(`/allocation-plans/${tiered.body.id}/export.xlsx`).buffer(true).parse(binary);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    });
  });

  describeWith(['redis'], 'job runners', () => {
    /** The same county, program and deeds in any app, with fixed codes. */
    async function comparable(app: TestApp) {
      const county = await seedCounty(app, 'CMP');
      const x = session(app, county.token);
      const township = await createRegion(app, county.token, 'township', county.countyId, 'CMPT');
      const v1 = await createRegion(app, county.token, 'village', township, 'CMPV1');
      const v2 = await createRegion(app, county.token, 'village', township, 'CMPV2');
      const id: Record<string, number> = {};
      for (const [village, no, name] of [
        [v1, '1001', '孙一'],
        [v1, '1002', '周二'],
        [v1, '1003', '吴三'],
        [v2, '2001', '郑四'],
        [v2, '2002', '冯五'],
      ] as const) {
        id[no] = (await createHousehold(app, county.token, village, { householdNo: no, headName: name })).id;
      }
      const program = (await createProgram(app, county.token, county.countyId, { code: 'cmp-prog' })).id;
      const ten = await createRule(app, county.token, program, { code: 'CMP-TEN', points: 10 });
      const five = await createRule(app, county.token, program, { code: 'CMP-FIVE', points: 5 });
      const minus = await createRule(app, county.token, program, { code: 'CMP-MINUS', points: -3 });
      const tens = await x.award(program, ten.id, Object.values(id), '2026-07-15');
      await x.award(program, five.id, [id['1001'], id['2001']], '2026-08-15');
      expect(
        (
          await x.api.post(`/programs/${program}/deductions`, {
            ruleId: minus.id,
            holderIds: [id['1002']],
            occurredOn: '2026-09-15',
            reason: '违反村规民约',
          })
        ).status,
      ).toBe(201);
      expect((await x.api.post(`/transactions/${tens[id['1003']]}/reversal`, { reason: '登记错误' })).status).toBe(201);
      const run = await x.queue({ programId: program, regionId: county.countyId, period: '2026-Q3' });
      await x.completed(run.id);
      return (await x.entries(run.id)).map((e) => ({
        holderCode: e.holderCode,
        holderName: e.holderName,
        rank: e.rank,
        position: e.position,
        groupRank: e.groupRank,
        score: e.score,
        components: e.components,
      }));
    }

    it('gives the same entries with the in-process runner as with BullMQ', async () => {
      const bull = await comparable(t);
      const local = await startTestApp({ queue: 'in-process' });
      try {
        expect(local.config.queue.kind).toBe('in-process');
        expect(await comparable(local)).toEqual(bull);
      } finally {
        await local.close();
      }
      const e = (
        holderCode: string,
        holderName: string,
        rank: number,
        position: number,
        groupRank: number,
        score: number,
        components: Components,
      ) => ({
        holderCode,
        holderName,
        rank,
        position,
        groupRank,
        score,
        components,
      });
      expect(bull).toEqual([
        e('CMPV1/1001', '孙一', 1, 1, 1, 15, c(15, 15, 0, 0)),
        e('CMPV2/2001', '郑四', 1, 2, 1, 15, c(15, 15, 0, 0)),
        e('CMPV2/2002', '冯五', 3, 3, 2, 10, c(10, 10, 0, 0)),
        e('CMPV1/1002', '周二', 4, 4, 2, 7, c(7, 10, -3, 0)),
        e('CMPV1/1003', '吴三', 5, 5, 3, 0, c(0, 0, 0, -10)),
      ]);
    });

    it('keeps one job scheduler per program across instances, and period end closes the period and queues the run', async () => {
      const prefix = t.config.queue.prefix;
      // A second API instance on the same queues. It consumes no jobs: its database is not the first one's.
      t2 = await startTestApp({ env: { QUEUE_PREFIX: prefix, WORKER_ENABLED: 'false' } });
      const scheduled = (await createProgram(t, token, countyId)).id;
      const redis = new Queue(JOB_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix });
      try {
        const patched = await s.api.patch(`/programs/${scheduled}`, { scheduleDay: 5, scheduleHour: 2 });
        expect(patched.status).toBe(200);
        const program = await t.app.get(ProgramsRepository).findProgram(scheduled);
        await t2.app.get(PeriodSchedules).register(program!);
        // The period-end schedulers only (the daily idempotency cleanup has its own).
        const periodEnds = async () => (await redis.getJobSchedulers()).filter((x) => x.name === 'period-end');
        expect((await periodEnds()).map((x) => ({ key: x.key, name: x.name, pattern: x.pattern, tz: x.tz }))).toEqual([
          { key: `period-end-${scheduled}`, name: 'period-end', pattern: '0 2 5 1,4,7,10 *', tz: 'Asia/Shanghai' },
        ]);
        expect((await s.api.patch(`/programs/${scheduled}`, { scheduleDay: null })).body.scheduleDay).toBeNull();
        expect(await periodEnds()).toEqual([]);
      } finally {
        await redis.close();
      }

      await t.app.get(PeriodEndJob).periodEnd(scheduled);
      const closures = await s.api.get(`/programs/${scheduled}/periods`);
      expect(closures.body.map((x: { period: string; closedBy: number | null }) => [x.period, x.closedBy])).toEqual([['2026-Q3', null]]);
      const runs = await s.api.get(`/rankings/runs?programId=${scheduled}`);
      expect(runs.body.map((r: RunBody & { regionId: number; period: string }) => [r.regionId, r.period, r.version, r.reason])).toEqual([
        [countyId, '2026-Q3', 1, null],
      ]);
      expect(await s.completed(runs.body[0].id)).toMatchObject({ entryCount: 7, progress: 100 });
    });
  });

  describe('access', () => {
    it('lets county admins and township officers (in their township) queue runs; others read', async () => {
      const clerk = await createUser(t, token, 'village_clerk', villageA);
      const auditor = await createUser(t, token, 'auditor', countyId);
      const officer = await createUser(t, token, 'township_officer', townshipA);
      const body = { programId, regionId: countyId, period: '2026-Q3', reason: '核对' };

      const byClerk = await as(t, clerk).post('/rankings/runs', body);
      expect(byClerk.status).toBe(403);
      expect(byClerk.body.error.code).toBe('FORBIDDEN');
      const byAuditor = await as(t, auditor).post('/rankings/runs', body);
      expect(byAuditor.status).toBe(403);
      expect(byAuditor.body.error.code).toBe('FORBIDDEN');
      const read = await as(t, auditor).get(`/rankings/runs/${q3v1}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: q3v1, status: 'completed', version: 1 });
      const entries = await as(t, auditor).get(`/rankings/runs/${q3v1}/entries`);
      expect(entries.status).toBe(200);
      expect(entries.body.map((e: Entry) => e.holderId)).toEqual([h.A2.id, h.B1.id, h.B3.id, h.A1.id, h.A4.id, h.A3.id, h.B2.id]);

      const county = await as(t, officer).post('/rankings/runs', body);
      expect(county.status).toBe(403);
      expect(county.body.error.code).toBe('OUT_OF_SCOPE');
      const o = session(t, officer.token);
      const own = await o.queue({ programId, regionId: townshipA, period: '2026-Q3' });
      expect(await o.completed(own.id)).toMatchObject({ entryCount: 4, version: 1 });
      expect((await o.entries(own.id)).map((e) => [e.holderId, e.rank, e.score])).toEqual([
        [h.A2.id, 1, 15],
        [h.A1.id, 2, 12],
        [h.A4.id, 3, 10],
        [h.A3.id, 4, 0],
      ]);
      expect((await o.api.post(`/rankings/runs/${own.id}/publish`)).status).toBe(403);
    });
  });
});
