import { Inject, Injectable } from '@nestjs/common';
import { IdempotencyKeysRepository } from './idempotency-keys.repository.js';
import { IDEMPOTENCY_RETENTION_DAYS } from './idempotency.service.js';

/** Rows per DELETE: each statement locks little and ends fast, whatever the backlog. */
export const CLEANUP_BATCH = 1000;

/** Removes Idempotency-Keys whose retention has passed. Running it again finds nothing more to do. */
@Injectable()
export class IdempotencyCleanup {
  constructor(
    private readonly keys: IdempotencyKeysRepository,
    @Inject(IDEMPOTENCY_RETENTION_DAYS) private readonly retentionDays: number,
  ) {}

  /** Deletes due keys a batch at a time until a batch comes back short; returns how many went. */
  async run(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const n = await this.keys.deleteExpired(this.retentionDays, CLEANUP_BATCH);
      deleted += n;
      if (n < CLEANUP_BATCH) return deleted;
    }
  }
}
