import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** SQL on stored Idempotency-Keys outside a request (claims and replays stay in the use case's transaction). */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Deletes at most `limit` keys past retention in one short statement, oldest expiry first, by the
   * `expires_at` index; rows locked by a request are skipped, not waited for. A key goes once both
   * its own expiry (set at insert) and `retentionDays` since its creation have passed, so raising
   * the setting also keeps keys stored before. Returns how many were deleted.
   */
  async deleteExpired(retentionDays: number, limit: number): Promise<number> {
    const [{ n }] = (await this.db.query(
      `WITH due AS (
         SELECT scope, key FROM idempotency_keys
          WHERE expires_at < now() AND created_at < now() - make_interval(days => $1)
          ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), gone AS (
         DELETE FROM idempotency_keys k USING due WHERE k.scope = due.scope AND k.key = due.key RETURNING 1
       )
       SELECT count(*)::int AS n FROM gone`,
      [retentionDays, limit],
    )) as { n: number }[];
    return n;
  }
}
