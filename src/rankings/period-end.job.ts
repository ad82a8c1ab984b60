import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { addDays, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { DomainError } from '../common/errors/domain-error.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { ClosePeriod } from '../publicity/close-period.use-case.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import type { RunSubject } from './ranking.entities.js';
import { RunsService } from './runs.service.js';

/** How long a period-end waits before closing a period again while entries of it are under notice. */
export const RETRY_MS = 3_600_000;

/** The job id of the retry due at `at`: one per program, period and hour. */
export function periodEndRetryId(programId: number, period: string, at: number): string {
  return `period-end-${programId}-${period}-at-${Math.floor(at / RETRY_MS)}`;
}

/**
 * The `period-end` job (scheduled per program by PeriodSchedules): closes the period that ended
 * before today, if still open, and queues the county's ranking runs; after Q4 (or December) also
 * the year's (households, and for household programs their members). Running it again closes nothing twice and replaces draft runs. While entries of the
 * period are still under public notice it cannot close: it tries again hourly until they are settled.
 */
@Injectable()
export class PeriodEndJob implements OnModuleInit {
  private readonly logger = new Logger('Schedules');

  constructor(
    private readonly handlers: JobHandlers,
    private readonly programs: ProgramsRepository,
    private readonly closePeriod: ClosePeriod,
    private readonly runs: RunsService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.handlers.register('period-end', (payload) => this.periodEnd(payload.programId));
  }

  async periodEnd(programId: number): Promise<void> {
    const program = await this.programs.findProgram(programId);
    if (!program) return;
    const current = periodBounds(todayOf(program).period, program.periodKind)!;
    const ended = periodKey(addDays(current.first, -1), program.periodKind);
    try {
      await this.closePeriod.asSystem(program, ended);
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'PERIOD_HAS_PENDING')) throw err;
      // Entries of the period are still under public notice (公示): close it once they are settled, trying hourly.
      const retry = periodEndRetryId(programId, ended, Date.now() + RETRY_MS);
      this.logger.warn({ programId, ended, pending: err.details, retry }, 'period has entries under notice; closing again in an hour');
      await this.queue.enqueue('period-end', { programId }, retry, { delayMs: RETRY_MS });
      return;
    }
    const runs: { period: string; subject: RunSubject }[] = [{ period: ended, subject: 'household' }];
    if (ended.endsWith('-Q4') || ended.endsWith('-12')) {
      // The year's honours: 最美家庭 (households) and, in household programs, 最美居民 (members).
      const year = ended.slice(0, 4);
      runs.push({ period: year, subject: 'household' });
      if (program.holderType === 'household') runs.push({ period: year, subject: 'member' });
    }
    for (const { period, subject } of runs) {
      const published = await this.runs.hasPublished(programId, program.countyId, period, subject);
      await this.runs.create(null, {
        programId,
        regionId: program.countyId,
        period,
        subject,
        reason: published ? 'scheduled rerun' : undefined,
      });
    }
    this.logger.log({ programId, ended }, 'period closed and rankings queued');
  }
}
