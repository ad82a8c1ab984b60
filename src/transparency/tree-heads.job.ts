import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { jobId } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { TreeHeads } from './tree-heads.service.js';

/** Every day at 00:10 China time: each county's daily head (its log as of the day's end). */
export const TREE_HEADS_CRON = { pattern: '10 0 * * *', tz: 'Asia/Shanghai' };

/** The daily `tree-heads` job: one signed head per county (docs/transparency.md). */
@Injectable()
export class TreeHeadsJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly heads: TreeHeads,
  ) {}

  onModuleInit(): void {
    this.handlers.register('tree-heads', async () => {
      const outcome = await this.heads.signAll('daily');
      this.logger.log(outcome, 'daily tree heads signed');
      if (outcome.failed > 0) throw new Error(`${outcome.failed} county tree heads could not be signed (see the log)`);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.treeHeadsScheduler(), TREE_HEADS_CRON, 'tree-heads', {});
  }
}
