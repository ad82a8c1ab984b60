import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** Entries wait at most this long before they are written. */
const FLUSH_AFTER_MS = 50;
/** A batch this large is written at once. */
const FLUSH_AT = 200;

/**
 * Writes audit entries in batches: one INSERT for all the entries of the last 50 ms, not one per
 * change request (on a busy counter, a round trip and a statement saved on every write). Each
 * entry keeps the time it was recorded. On shutdown the batch is written, and from then on each
 * entry goes straight to the database.
 */
@Injectable()
export class AuditWriter implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private pending: NewAuditEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private direct = false;

  constructor(private readonly audit: AuditRepository) {}

  record(entry: Omit<NewAuditEntry, 'at'>): void {
    this.pending.push({ ...entry, at: new Date() });
    // flush() never rejects: a failed write is logged.
    if (this.direct || this.pending.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS);
  }

  /** Starts writing what is pending; the returned promise settles when it is written (or logged as failed). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const write = this.audit
      .insertMany(batch)
      .catch((err: unknown) => this.logger.error({ err, entries: batch.length }, 'could not write the audit log'))
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
    return write;
  }

  /** Before the HTTP server closes: write the batch, then write each later entry at once. */
  async beforeApplicationShutdown(): Promise<void> {
    this.direct = true;
    await this.flush();
    await Promise.all([...this.inFlight]);
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
