import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { addDays, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { ClosePeriod } from '../programs/periods/close-period.use-case.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { RunsService } from './runs.service.js';

/**
 * The `period-end` job (scheduled per program by PeriodSchedules): closes the period that ended
 * before today, if still open, and queues the county's ranking runs; after Q4 (or December) also
 * the year's. Running it again closes nothing twice and replaces draft runs.
 */
@Injectable()
export class PeriodEndJob implements OnModuleInit {
  private readonly logger = new Logger('Schedules');

  constructor(
    private readonly handlers: JobHandlers,
    private readonly programs: ProgramsRepository,
    private readonly closePeriod: ClosePeriod,
    private readonly runs: RunsService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('period-end', (payload) => this.periodEnd(payload.programId));
  }

  async periodEnd(programId: number): Promise<void> {
    const program = await this.programs.findProgram(programId);
    if (!program) return;
    const current = periodBounds(todayOf(program).period, program.periodKind)!;
    const ended = periodKey(addDays(current.first, -1), program.periodKind);
    await this.closePeriod.asSystem(program, ended);
    const periods = [ended];
    if (ended.endsWith('-Q4') || ended.endsWith('-12')) periods.push(ended.slice(0, 4));
    for (const period of periods) {
      const published = await this.runs.hasPublished(programId, program.countyId, period);
      await this.runs.create(null, { programId, regionId: program.countyId, period, reason: published ? 'scheduled rerun' : undefined });
    }
    this.logger.log({ programId, ended }, 'period closed and rankings queued');
  }
}
