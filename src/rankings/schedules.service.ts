import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { jobId } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { addDays, dayIn, periodBounds, periodKey } from '../common/calendar/calendar.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { ProgramsService } from '../programs/programs.service.js';
import { RunsService } from './runs.service.js';

/** The cron pattern of a program's period-end work: its day and hour, in the months periods start. */
export function periodEndCron(program: Pick<Program, 'periodKind' | 'scheduleDay' | 'scheduleHour'>): string | null {
  if (program.scheduleDay === null) return null;
  const months = program.periodKind === 'quarter' ? '1,4,7,10' : '*';
  return `0 ${program.scheduleHour} ${program.scheduleDay} ${months} *`;
}

/**
 * Per program, a job scheduler (cron in the program's timezone) that closes the period just
 * ended and queues its rankings. Schedulers have fixed ids, so every instance registering them
 * at start leaves one schedule.
 */
@Injectable()
export class SchedulesService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Schedules');

  constructor(
    private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly programs: ProgramsRepository,
    private readonly programsService: ProgramsService,
    private readonly runs: RunsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register('period-end', (payload) => this.periodEnd(payload.programId));
    this.programsService.onScheduleChanged = (program) => this.register(program);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const program of await this.programs.scheduledPrograms()) await this.register(program);
  }

  async register(program: Program): Promise<void> {
    const pattern = periodEndCron(program);
    const id = jobId.periodEndScheduler(program.id);
    if (pattern === null) {
      await this.queue.unschedule(id);
      return;
    }
    await this.queue.schedule(id, { pattern, tz: program.timezone }, 'period-end', { programId: program.id });
  }

  /** Closes the period that ended before today (if open) and queues the county's run; after Q4 (or December) also the year's. */
  async periodEnd(programId: number): Promise<void> {
    const program = await this.programs.findProgram(programId);
    if (!program) return;
    const today = dayIn(program.timezone);
    const current = periodBounds(periodKey(today, program.periodKind), program.periodKind)!;
    const ended = periodKey(addDays(current.first, -1), program.periodKind);
    await this.db.transaction(async (m) => {
      await this.programs.lockPeriods(m, programId, true);
      await this.programs.closePeriod(m, programId, ended, null);
    });
    const periods = [ended];
    if (ended.endsWith('-Q4') || ended.endsWith('-12')) periods.push(ended.slice(0, 4));
    for (const period of periods) {
      const published = await this.runs.hasPublished(programId, program.countyId, period);
      await this.runs.create(null, { programId, regionId: program.countyId, period, reason: published ? 'scheduled rerun' : undefined });
    }
    this.logger.log({ programId, ended }, 'period closed and rankings queued');
  }
}
