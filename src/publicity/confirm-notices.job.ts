import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { tryLockNamed } from '../common/db/locks.js';
import { jobId } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { NoticePosting } from './notice-posting.js';
import { NoticesRepository } from './notices.repository.js';

/** Every five minutes, day and night: a notice posts within minutes of its deadline. */
export const CONFIRMATION_CRON = { pattern: '*/5 * * * *', tz: 'Asia/Shanghai' };

/** Notices posted per transaction. */
const BATCH = 2000;

/**
 * Confirmation (确认): posts every notice whose deadline has passed with no objection open, batch
 * by batch, each batch one transaction. Runs every few minutes and once at start (for anything
 * overdue). Safe to run twice at once or to kill halfway: one runner at a time (an advisory lock;
 * another returns at once), the notices' row locks, and a transaction that carries each notice's
 * id under a unique index.
 */
@Injectable()
export class ConfirmNotices implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Publicity');

  constructor(
    private readonly db: DataSource,
    private readonly notices: NoticesRepository,
    private readonly posting: NoticePosting,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.handlers.register('notice-confirmation', async () => {
      const posted = await this.run();
      if (posted > 0) this.logger.log({ posted }, 'notices confirmed');
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.noticeConfirmationScheduler(), CONFIRMATION_CRON, 'notice-confirmation', {});
    // Anything that fell due while the service was down.
    await this.queue.enqueue('notice-confirmation', {}, `notice-confirmation-start-${Date.now()}`);
  }

  /** Posts every due notice, `batch` per transaction; returns how many. Another runner busy: returns 0 at once. */
  async run(batch = BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const posted = await this.db.transaction(async (m) => {
        if (!(await tryLockNamed(m, 'notice-confirmation'))) return -1;
        const now = this.clock.now();
        const due = await this.notices.takeDue(m, now, batch);
        await this.posting.post(m, due, now);
        return due.length;
      });
      if (posted <= 0) return total;
      total += posted;
      if (posted < batch) return total;
    }
  }
}
