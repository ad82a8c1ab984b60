import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { systemProvenance } from '../common/auth/provenance.js';
import { dayIn } from '../common/calendar/calendar.js';
import { Clock } from '../common/clock.js';
import { jobId } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { LedgerEngine } from './ledger-engine.js';
import { LotsRepository } from './lots.repository.js';

/** Hourly: lots expire within the hour after their day starts in any timezone. */
export const EXPIRY_CRON = { pattern: '7 * * * *', tz: 'Asia/Shanghai' };

/** Holder accounts expired per transaction. */
const BATCH = 500;

export interface ExpiryRun {
  programs: number;
  holders: number;
  points: number;
}

/**
 * Expiry of earning lots: in every program with expiry, what is left of the lots due today (in
 * the program's timezone) moves to the expired account, through the engine, a batch of holders per
 * transaction. Twice at once or killed halfway, each lot expires once: a batch re-reads the due
 * lots under its holders' locks and a committed batch has emptied them.
 */
@Injectable()
export class LotExpiryJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Expiry');

  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsRepository,
    private readonly lots: LotsRepository,
    private readonly engine: LedgerEngine,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.handlers.register('lot-expiry', async () => {
      const run = await this.run();
      if (run.holders > 0) this.logger.log(run, 'points expired');
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.lotExpiryScheduler(), EXPIRY_CRON, 'lot-expiry', {});
    // Anything that fell due while the service was down.
    await this.queue.enqueue('lot-expiry', {}, `lot-expiry-start-${Date.now()}`);
  }

  /** Expires what is due in every program with expiry. `afterBatch` lets a test stop it halfway. */
  async run(opts: { batch?: number; afterBatch?: (n: number) => void } = {}): Promise<ExpiryRun> {
    const total = { programs: 0, holders: 0, points: 0 };
    for (const program of await this.programs.programsWithExpiry()) {
      const done = await this.runProgram(program, opts);
      total.programs += 1;
      total.holders += done.holders;
      total.points += done.points;
    }
    return total;
  }

  async runProgram(
    program: Program,
    opts: { batch?: number; afterBatch?: (n: number) => void } = {},
  ): Promise<{ holders: number; points: number }> {
    const day = dayIn(program.timezone, this.clock.now());
    const by = systemProvenance('job');
    const total = { holders: 0, points: 0 };
    for (let n = 1; ; n++) {
      const done = await this.db.transaction(async (m) => {
        const accounts = await this.lots.dueAccounts(m, program, day, opts.batch ?? BATCH);
        return accounts.length === 0 ? null : this.engine.expire(m, program, accounts, day, by);
      });
      if (!done) return total;
      total.holders += done.holders;
      total.points += done.points;
      opts.afterBatch?.(n);
    }
  }
}
