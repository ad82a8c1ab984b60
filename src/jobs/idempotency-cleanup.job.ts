import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { IdempotencyCleanup } from '../common/idempotency/idempotency-cleanup.js';
import { jobId } from './job-catalogue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue } from './job-queue.js';

/** Every day at 03:30 China time, a quiet hour for kiosks and clerks. */
export const IDEMPOTENCY_CLEANUP_CRON = { pattern: '30 3 * * *', tz: 'Asia/Shanghai' };

/**
 * The daily `idempotency-cleanup` job. Idempotency lives in `common`, below the jobs layer, so its
 * job is wired here: the handler at module init, the scheduler (one, whichever instance registers it) at bootstrap.
 */
@Injectable()
export class IdempotencyCleanupJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly cleanup: IdempotencyCleanup,
  ) {}

  onModuleInit(): void {
    this.handlers.register('idempotency-cleanup', async () => {
      const deleted = await this.cleanup.run();
      this.logger.log({ deleted }, 'expired idempotency keys deleted');
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.idempotencyCleanupScheduler(), IDEMPOTENCY_CLEANUP_CRON, 'idempotency-cleanup', {});
  }
}
