import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';
import { LoginActors } from './login-actors.js';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** Entries wait at most this long before they are written. */
const FLUSH_AFTER_MS = 50;
/** A batch this large is written at once. */
const FLUSH_AT = 200;

/** A failed write is tried again after this long, doubling up to the maximum. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5000;
/** How long shutdown keeps trying to write what is left. */
const SHUTDOWN_PATIENCE_MS = 10_000;

/**
 * Writes audit entries in batches: one INSERT for all the entries of the last 50 ms, not one per
 * change request (on a busy counter, a round trip and a statement saved on every write). Each
 * entry keeps the time it was recorded. A batch that cannot be written (a dropped connection, a
 * restarting database) stays queued, in order, and is tried again with backoff until it is
 * written. On shutdown the queue is written (trying for up to 10 s), and from then on each entry
 * goes straight to the database. Only a crash of the process loses what is still queued.
 */
@Injectable()
export class AuditWriter implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private pending: NewAuditEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private direct = false;
  private retryMs = 0;

  constructor(
    private readonly audit: AuditRepository,
    private readonly logins: LoginActors,
  ) {}

  record(entry: Omit<NewAuditEntry, 'at'>): void {
    this.pending.push({ ...entry, at: new Date() });
    // flush() never rejects: a failed write is queued again.
    if (this.direct || this.pending.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.retryMs || FLUSH_AFTER_MS);
  }

  /** Starts writing what is pending; the returned promise settles when it is written or queued again. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const write = this.logins
      .file(batch)
      .then((entries) => this.audit.insertMany(entries))
      .then(
        () => {
          this.retryMs = 0;
        },
        (err: unknown) => {
          this.pending = [...batch, ...this.pending];
          this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs ? this.retryMs * 2 : RETRY_FIRST_MS);
          this.logger.warn({ err, entries: this.pending.length, retryInMs: this.retryMs }, 'could not write the audit log; trying again');
          this.timer ??= setTimeout(() => void this.flush(), this.retryMs);
        },
      )
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
    return write;
  }

  /** Before the HTTP server closes: write the queue (retrying), then write each later entry at once. */
  async beforeApplicationShutdown(): Promise<void> {
    this.direct = true;
    const deadline = Date.now() + SHUTDOWN_PATIENCE_MS;
    for (;;) {
      await this.flush();
      await Promise.all([...this.inFlight]);
      if (this.pending.length === 0) return;
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.retryMs, deadline - Date.now())));
    }
    this.logger.error({ entries: this.pending.length }, 'audit entries could not be written before shutdown');
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
