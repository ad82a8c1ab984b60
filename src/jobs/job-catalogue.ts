/** Every background job: its name and its payload (ids only; handlers re-read Postgres). */
export interface JobPayloads {
  /** Imports an uploaded file; `dispatch` is the row's dispatch the job carries out (older ones do nothing). */
  'household-import': { importId: number; dispatch: number };
  /** Computes the entries of a ranking run. */
  'ranking-run': { runId: string; dispatch: number };
  /** Scheduled after a period ends: closes it and queues the program's ranking runs. */
  'period-end': { programId: number };
  /** Daily: deletes the Idempotency-Keys whose retention has passed. */
  'idempotency-cleanup': Record<string, never>;
  /** Every few minutes and at start: posts the notices whose notice period ended without an open objection. */
  'notice-confirmation': Record<string, never>;
  /** Hourly and at start: expires the earning lots that are due, in every program with expiry. */
  'lot-expiry': Record<string, never>;
  /** Daily: signs a tree head of every county's transparency log. */
  'tree-heads': Record<string, never>;
  /** Every minute: sends the outbox's messages through the counties' channels. */
  'message-delivery': Record<string, never>;
  /** Daily: writes the reminders of points to be cleared 30 and 7 days ahead. */
  'expiry-reminders': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = [
  'household-import',
  'ranking-run',
  'period-end',
  'idempotency-cleanup',
  'notice-confirmation',
  'lot-expiry',
  'tree-heads',
  'message-delivery',
  'expiry-reminders',
];

/** The one BullMQ queue; job names tell the work apart. */
export const JOB_QUEUE = 'jobs';

/** Jobs that carry out the work of a database row (see TrackedWork); the row is the truth. */
export type TrackedJobName = 'household-import' | 'ranking-run';

/** Scheduler ids: fixed, so every instance registering one leaves one schedule. */
export const jobId = {
  /** One scheduler per program, whichever instance registers it. */
  periodEndScheduler: (programId: number) => `period-end-${programId}`,
  /** The one daily cleanup of Idempotency-Keys. */
  idempotencyCleanupScheduler: () => 'idempotency-cleanup',
  /** The one confirmation schedule of notices. */
  noticeConfirmationScheduler: () => 'notice-confirmation',
  /** The one expiry schedule of earning lots. */
  lotExpiryScheduler: () => 'lot-expiry',
  /** The one daily schedule of tree heads. */
  treeHeadsScheduler: () => 'tree-heads',
  /** The one schedule of message delivery. */
  messageDeliveryScheduler: () => 'message-delivery',
  /** The one daily schedule of expiry reminders. */
  expiryRemindersScheduler: () => 'expiry-reminders',
};

export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 1000;

export interface JobContext {
  attempt: number;
  /** True on the last try: a handler records a permanent failure then. */
  finalAttempt: boolean;
}

export type JobHandler<K extends JobName> = (payload: JobPayloads[K], ctx: JobContext) => Promise<void>;
