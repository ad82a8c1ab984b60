import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tryLockNamed } from '../common/db/locks.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobDispatcher } from './dispatcher.js';
import { JobQueue } from './job-queue.js';
import type { PendingWork, TrackedWork } from './tracked-work.js';

/** How long a fresh dispatch is given to reach the queue. The reconciler looks every two stall intervals (JOB_STALL_SECONDS, a minute by default). */
export const DISPATCH_GRACE_MS = 15_000;
/** Work sent this many times without an end is failed rather than sent again. */
export const MAX_DISPATCHES = 5;

export interface ReconcileReport {
  checked: number;
  dispatched: number;
  failed: number;
}

/**
 * PostgreSQL is the truth, Redis only a transport (DESIGN §5). At start and every minute (two stall intervals), one
 * instance at a time, the reconciler compares what the database says is pending (queued or
 * running rows) with what the queue holds, and mends the difference:
 * - a live job: nothing to do;
 * - a job that failed (its retries used up, or stalled by two crashes in a row): the row fails
 *   with the job's reason;
 * - no job, or a job that ended while its row is still pending (Redis lost it, the enqueue never
 *   reached it, a database restored behind a kept Redis): the work is dispatched again, with a new
 *   job id; after MAX_DISPATCHES the row fails instead.
 * When the queue cannot be reached, the round is skipped: nothing is decided without knowing.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly dispatcher: JobDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running ??= this.reconcile()
        .catch((err: unknown) => this.logger.warn({ err }, 'reconciliation skipped'))
        .finally(() => (this.running = null));
    };
    tick();
    this.timer = setInterval(tick, 2 * this.config.queue.stallMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One round; returns what it did, or null when another instance holds the round. */
  async reconcile(now = new Date()): Promise<ReconcileReport | null> {
    return this.db.transaction(async (m) => {
      if (!(await tryLockNamed(m, 'moral-bank:reconciler'))) return null;
      const report: ReconcileReport = { checked: 0, dispatched: 0, failed: 0 };
      for (const { work, rows } of this.dispatcher.tracked()) {
        for (const row of await rows.pending()) {
          report.checked++;
          const outcome = await this.mend(work, row, now);
          if (outcome === 'dispatched') report.dispatched++;
          if (outcome === 'failed') report.failed++;
        }
      }
      if (report.dispatched + report.failed > 0) this.logger.log(report, 'pending work mended');
      return report;
    });
  }

  private async mend(work: TrackedWork, row: PendingWork, now: Date): Promise<'live' | 'dispatched' | 'failed' | 'waiting'> {
    const fresh = row.dispatchedAt !== null && now.getTime() - row.dispatchedAt.getTime() < DISPATCH_GRACE_MS;
    const job = row.jobId === null ? ({ state: 'missing' } as const) : await this.queue.state(row.jobId);
    if (job.state === 'live') return 'live';
    if (job.state === 'failed') {
      await work.fail(row.id, job.reason);
      return 'failed';
    }
    if (fresh && job.state === 'missing' && row.dispatches > 0) return 'waiting';
    if (row.dispatches >= MAX_DISPATCHES) {
      await work.fail(row.id, `the work was sent ${row.dispatches} times and never finished`);
      return 'failed';
    }
    return (await this.dispatcher.dispatch(work.job, row.id)) ? 'dispatched' : 'live';
  }
}
