import { Inject, Injectable } from '@nestjs/common';
import { prepared } from '../db/hot-query.js';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { BookingPart } from '../db/booking.js';

/** Days a key is kept (IDEMPOTENCY_RETENTION_DAYS, at least 30: kiosks sync their offline queues late); `IdempotencyModule.forRoot` provides it. */
export const IDEMPOTENCY_RETENTION_DAYS = Symbol('IDEMPOTENCY_RETENTION_DAYS');

/** An Idempotency-Key as the controller read it: who sent it, the key, and a hash of the request. */
export interface IdempotencyRequest {
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse<T = unknown> {
  status: number;
  body: T;
}

/**
 * What a use case returns when it may have been replayed. A controller returns it as it is:
 * OutcomeInterceptor sends its status and body, with `Idempotent-Replayed: true` on a replay.
 */
export class Outcome<T> {
  constructor(
    readonly status: number,
    readonly body: T,
    readonly replayed: boolean,
  ) {}
}

/**
 * The Idempotency-Key contract (DESIGN §3.7), for any request that moves points. Used inside the
 * use case's own database transaction:
 *
 * - `claim` inserts the key first thing. A concurrent duplicate blocks on the key's unique index
 *   until the first transaction ends, then finds the stored response and replays it (or, if the
 *   first rolled back, claims the key itself and does the work).
 * - `complete` stores the response in the same transaction as the postings, so the key and the
 *   points commit together or not at all.
 */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(IDEMPOTENCY_RETENTION_DAYS) private readonly retentionDays: number) {}

  async claim<T>(m: EntityManager, req: IdempotencyRequest | null): Promise<StoredResponse<T> | null> {
    if (!req) return null;
    const inserted = (await m.query(
      prepared(`INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body, expires_at)
       VALUES ($1, $2, $3, 0, 'null'::jsonb, now() + make_interval(days => $4))
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`),
      [req.scope, req.key, req.requestHash, this.retentionDays],
    )) as unknown[];
    if (inserted.length > 0) return null;
    const [stored] = (await m.query(
      `SELECT request_hash AS "requestHash", response_status AS status, response_body AS body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [req.scope, req.key],
    )) as { requestHash: string; status: number; body: T }[];
    if (stored.requestHash !== req.requestHash) throw new DomainError('IDEMPOTENCY_KEY_REUSED', { key: req.key });
    return { status: stored.status, body: stored.body };
  }

  async complete(m: EntityManager, req: IdempotencyRequest | null, response: StoredResponse): Promise<void> {
    if (!req) return;
    await m.query(prepared(`UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb WHERE scope = $1 AND key = $2`), [
      req.scope,
      req.key,
      response.status,
      JSON.stringify(response.body),
    ]);
  }

  /**
   * \`complete\` in a booking statement (see BookingPart): stores as the response the JSON that an
   * earlier part of the statement makes in CTE \`response\` (column \`body\`).
   */
  completeInBooking(req: IdempotencyRequest, status: number): BookingPart {
    return (_numbered, first) => ({
      sql: `idempotency_done AS (
         UPDATE idempotency_keys SET response_status = $${first}::int, response_body = (SELECT body FROM response)::jsonb
          WHERE scope = $${first + 1}::varchar AND key = $${first + 2}::varchar)`,
      params: [status, req.scope, req.key],
    });
  }

  /**
   * \`run\` for work that ends in a booking statement storing the response itself: \`work\` gets the
   * part to add to it (\`completeInBooking\`; null without a key) and returns the response the
   * statement made, so the response sent is the one stored.
   */
  async runBooked<T>(
    m: EntityManager,
    req: IdempotencyRequest | null,
    status: number,
    work: (complete: BookingPart | null) => Promise<T>,
  ): Promise<Outcome<T>> {
    const stored = await this.claim<T>(m, req);
    if (stored) return new Outcome(stored.status, stored.body, true);
    return new Outcome(status, await work(req ? this.completeInBooking(req, status) : null), false);
  }

  /** Runs `work` under the key: a replay returns the stored response without running it. */
  async run<T>(m: EntityManager, req: IdempotencyRequest | null, status: number, work: () => Promise<T>): Promise<Outcome<T>> {
    const stored = await this.claim<T>(m, req);
    if (stored) return new Outcome(stored.status, stored.body, true);
    const body = await work();
    await this.complete(m, req, { status, body });
    return new Outcome(status, body, false);
  }
}
