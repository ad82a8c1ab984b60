import type { DataSource } from 'typeorm';
import type { JobPayloads, TrackedJobName } from './job-catalogue.js';

/** A row that is queued or running, with its latest dispatch. */
export interface PendingWork {
  id: string;
  dispatches: number;
  jobId: string | null;
  dispatchedAt: Date | null;
}

/**
 * Work whose state lives in a database row (a ranking run, a household import): the row is the
 * truth, a job only carries it out. The table has `status` (queued, running, then an end),
 * `dispatches`, `job_id` and `dispatched_at`. The module that owns the rows says how the job's
 * payload looks and how a row gives up.
 */
export interface TrackedWork<K extends TrackedJobName = TrackedJobName> {
  job: K;
  table: 'ranking_runs' | 'household_imports';
  payload(id: string, dispatch: number): JobPayloads[K];
  /** Marks the row failed with the reason, if it is still pending. */
  fail(id: string, reason: string): Promise<void>;
}

/** The dispatch columns of a tracked table: the only SQL on them. */
export class TrackedRows {
  constructor(
    private readonly db: DataSource,
    private readonly table: TrackedWork['table'],
  ) {}

  pending(): Promise<PendingWork[]> {
    return this.db.query(
      `SELECT id::text AS id, dispatches, job_id AS "jobId", dispatched_at AS "dispatchedAt" FROM ${this.table} WHERE status IN ('queued', 'running') ORDER BY id`,
    ) as Promise<PendingWork[]>;
  }

  /** Counts a new dispatch of a pending row and names its job `<prefix><dispatch><suffix>`; null when the row is done. */
  async record(id: string, prefix: string, suffix: string): Promise<{ dispatch: number; jobId: string } | null> {
    const [rows] = (await this.db.query(
      `UPDATE ${this.table} SET dispatches = dispatches + 1, dispatched_at = now(), job_id = $2::text || (dispatches + 1) || $3::text
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING dispatches AS dispatch, job_id AS "jobId"`,
      [id, prefix, suffix],
    )) as [{ dispatch: number; jobId: string }[], number];
    return rows[0] ?? null;
  }
}
