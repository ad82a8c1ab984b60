import { Injectable } from '@nestjs/common';
import { prepared } from '../../common/db/hot-query.js';
import { DataSource, type EntityManager } from 'typeorm';
import { PeriodClosure } from './period-closure.entity.js';

/** Closed periods of programs, and the lock that keeps entries out of a period while it closes. */
@Injectable()
export class PeriodsRepository {
  constructor(private readonly db: DataSource) {}

  async isClosed(programId: number, period: string): Promise<boolean> {
    const rows = (await this.db.query(prepared(`SELECT 1 FROM period_closures WHERE program_id = $1 AND period = $2`), [
      programId,
      period,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Records the closure; null when the period was closed already. */
  async insertClosure(m: EntityManager, programId: number, period: string, userId: number | null): Promise<PeriodClosure | null> {
    const rows = (await m.query(
      `INSERT INTO period_closures (program_id, period, closed_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
       RETURNING program_id AS "programId", period, closed_at AS "closedAt", closed_by AS "closedBy"`,
      [programId, period, userId],
    )) as PeriodClosure[];
    return rows[0] ?? null;
  }

  closures(programId: number): Promise<PeriodClosure[]> {
    return this.db.getRepository(PeriodClosure).find({ where: { programId }, order: { period: 'ASC' } });
  }

  /**
   * The program's period lock, held until the transaction ends: closing a period takes it
   * exclusively, so no entry can slip into a period while it is being closed.
   */
  async lockForClose(m: EntityManager, programId: number): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(7001, $1)`, [programId]);
  }

  /**
   * An entry's side of the lock: takes it shared and tells whether `period` is closed, read after
   * the lock is granted (a closure committed while it was awaited is seen), in one round trip
   * (migration PeriodEntryCheck).
   */
  async lockForEntry(m: EntityManager, programId: number, period: string): Promise<boolean> {
    const [row] = (await m.query(prepared(`SELECT period_closed_for_entry($1, $2) AS closed`), [programId, period])) as {
      closed: boolean;
    }[];
    return row.closed;
  }
}
