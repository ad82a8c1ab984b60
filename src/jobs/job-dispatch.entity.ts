import { Column } from 'typeorm';

/**
 * The dispatch columns of work whose state lives in a row (a ranking run, a household import):
 * embedded without a prefix, so each tracked table has `dispatches`, `job_id` and `dispatched_at`
 * under their own names. `TrackedRows` (tracked-work.ts) is the only SQL on them.
 */
export class JobDispatch {
  /** How many times the work was handed to the queue; each dispatch has its own job id. */
  @Column({ type: 'int', default: 0 })
  dispatches: number;

  /** The job of the latest dispatch: the reconciler asks the queue whether it is still alive. */
  @Column({ name: 'job_id', type: 'varchar', length: 100, nullable: true })
  jobId: string | null;

  /** When the latest dispatch was made: a fresh one is given time to reach the queue. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
