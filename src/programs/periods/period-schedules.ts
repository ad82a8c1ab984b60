import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { jobId } from '../../jobs/job-catalogue.js';
import { JobQueue } from '../../jobs/job-queue.js';
import type { Program } from '../program.entity.js';
import { ProgramsRepository } from '../programs.repository.js';

/** The cron pattern of a program's period-end work: its day and hour, in the months periods start. */
export function periodEndCron(program: Pick<Program, 'periodKind' | 'scheduleDay' | 'scheduleHour'>): string | null {
  if (program.scheduleDay === null) return null;
  const months = program.periodKind === 'quarter' ? '1,4,7,10' : '*';
  return `0 ${program.scheduleHour} ${program.scheduleDay} ${months} *`;
}

/**
 * Per program, a job scheduler (cron in the program's timezone) for the `period-end` job, which
 * closes the period just ended and queues its rankings. Schedulers have fixed ids, so every
 * instance registering them at start leaves one schedule; a program's change registers it again.
 */
@Injectable()
export class PeriodSchedules implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly programs: ProgramsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const program of await this.programs.scheduledPrograms()) await this.register(program);
  }

  /** Registers the program's scheduler, or removes it when the program has no schedule day. */
  async register(program: Program): Promise<void> {
    const pattern = periodEndCron(program);
    const id = jobId.periodEndScheduler(program.id);
    if (pattern === null) {
      await this.queue.unschedule(id);
      return;
    }
    await this.queue.schedule(id, { pattern, tz: program.timezone }, 'period-end', { programId: program.id });
  }
}
