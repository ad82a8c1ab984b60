/** Every background job: its name and its payload (ids only; handlers re-read Postgres). */
export interface JobPayloads {
  'household-import': { importId: number };
  /** Computes the entries of a ranking run. */
  'ranking-run': { runId: string };
  /** Scheduled after a period ends: closes it and queues the program's ranking runs. */
  'period-end': { programId: number };
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = ['household-import', 'ranking-run', 'period-end'];

/** The one BullMQ queue; job names tell the work apart. */
export const JOB_QUEUE = 'jobs';

/** Deterministic job ids, so a duplicate enqueue is a no-op while the job is known. */
export const jobId = {
  householdImport: (importId: number) => `household-import-${importId}`,
  rankingRun: (runId: string) => `ranking-run-${runId}`,
  /** One scheduler per program, whichever instance registers it. */
  periodEndScheduler: (programId: number) => `period-end-${programId}`,
};

export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 1000;

export interface JobContext {
  attempt: number;
  /** True on the last try: a handler records a permanent failure then. */
  finalAttempt: boolean;
}

export type JobHandler<K extends JobName> = (payload: JobPayloads[K], ctx: JobContext) => Promise<void>;
