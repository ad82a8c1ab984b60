import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, dayIn } from '../../common/calendar/calendar.js';
import { Clock } from '../../common/clock.js';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import { jobId } from '../../jobs/job-catalogue.js';
import { JobHandlers } from '../../jobs/job-handlers.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { OutboxRepository, type NewReminder } from '../../notifications/outbox.repository.js';
import type { Program } from '../../programs/program.entity.js';
import { ProgramsRepository } from '../../programs/programs.repository.js';

/** Days ahead a household is told of points to be cleared. */
export const REMINDER_DAYS = [30, 7] as const;

/** Daily at 09:00 China time, a decent hour for a text message. */
export const REMINDER_CRON = { pattern: '0 9 * * *', tz: 'Asia/Shanghai' };

/**
 * The daily `expiry-reminders` job: in each household program with expiry, each household with
 * points that will be cleared 30 or 7 days from today (the program's day) is told how many and
 * when (`expiry.reminder` {program, points, date, days}). A yearly clearing keeps the carry-over,
 * so that much is not counted. Each reminder is written once (its dedupe key), however often the
 * job runs.
 */
@Injectable()
export class ExpiryReminders implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Messages');

  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.handlers.register('expiry-reminders', async () => {
      const written = await this.run();
      if (written > 0) this.logger.log({ written }, 'expiry reminders written');
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.expiryRemindersScheduler(), REMINDER_CRON, 'expiry-reminders', {});
  }

  /** Writes today's reminders; the number written (those written before are not again). */
  async run(): Promise<number> {
    let written = 0;
    for (const program of await this.programs.programsWithExpiry()) {
      if (program.holderType !== 'household') continue;
      const today = dayIn(program.timezone, this.clock.now());
      for (const days of REMINDER_DAYS) {
        const date = addDays(today, days);
        const due = await this.dueOn(program, date);
        written += await this.outbox.insertReminders(
          due.map((d): NewReminder => ({
            householdId: d.householdId,
            countyId: program.countyId,
            template: 'expiry.reminder',
            values: { program: program.name, points: d.points, date, days },
            dedupeKey: `expiry:${program.id}:${d.householdId}:${date}:${days}`,
          })),
        );
      }
    }
    return written;
  }

  /** Households whose open lots expire on `date`, with the points that will be cleared then. */
  private async dueOn(program: Program, date: string): Promise<{ householdId: number; points: number }[]> {
    const carryOver = program.expiryPolicy === 'yearly' ? program.expiryCarryOver : 0;
    const rows: { householdId: number; points: string }[] = await this.db.query(
      `SELECT holder_id AS "householdId", GREATEST(sum(remaining) - $6::bigint, 0) AS points
         FROM lots
        WHERE program_id = $1 AND remaining > 0 AND occurred_on <= $2::date AND lot_expires_on(occurred_on, $3::varchar, $4::int, $5::varchar) = $2::date
        GROUP BY holder_id HAVING sum(remaining) > $6::bigint ORDER BY holder_id`,
      [program.id, date, program.expiryPolicy, program.expiryMonths, program.expiryDate, carryOver],
    );
    return rows.map((r) => ({ householdId: r.householdId, points: n(r.points) }));
  }
}
