import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { dayIn, periodKey } from '../../common/calendar/calendar.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Program } from '../program.entity.js';
import type { PeriodClosure } from './period-closure.entity.js';
import { PeriodsRepository } from './periods.repository.js';

/** Today in the program's timezone, and the period it falls in. */
export function todayOf(program: Pick<Program, 'timezone' | 'periodKind'>): { day: string; period: string } {
  const day = dayIn(program.timezone);
  return { day, period: periodKey(day, program.periodKind) };
}

/** Whether a period takes entries (DESIGN §3.8): every writer of entries asks here. */
@Injectable()
export class PeriodsService {
  constructor(private readonly periods: PeriodsRepository) {}

  /**
   * Inside the entry's transaction: takes the program's period lock (shared, to commit) and tells
   * whether `period` is closed. While the lock is held, the answer stays true.
   */
  async isClosedForEntry(m: EntityManager, programId: number, period: string): Promise<boolean> {
    return this.periods.lockForEntry(m, programId, period);
  }

  /** As `isClosedForEntry`, refusing a closed period with PERIOD_CLOSED. */
  async assertPeriodOpen(m: EntityManager, programId: number, period: string): Promise<void> {
    if (await this.isClosedForEntry(m, programId, period)) throw new DomainError('PERIOD_CLOSED', { period });
  }

  /** Outside any entry: whether a period has been closed (a ranking publishes closed periods only). */
  isClosed(programId: number, period: string): Promise<boolean> {
    return this.periods.isClosed(programId, period);
  }

  closures(programId: number): Promise<PeriodClosure[]> {
    return this.periods.closures(programId);
  }
}
