import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeliveryStatus, MessageSubject } from './message.entities.js';
import type { MessageValues } from './templates.js';

export interface MessageRow {
  id: string;
  householdId: number;
  countyId: number;
  template: string;
  values: MessageValues;
  subjectType: MessageSubject | null;
  subjectId: string | null;
  createdAt: Date;
}

export interface DeliveryRow {
  messageId: string;
  channelId: number;
  householdId: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  providerRef: string | null;
}

export interface NewReminder {
  householdId: number;
  countyId: number;
  template: string;
  values: MessageValues;
  dedupeKey: string;
}

const MESSAGE_COLUMNS = `m.id, m.household_id AS "householdId", m.county_id AS "countyId", m.template, m.values,
  m.subject_type AS "subjectType", m.subject_id AS "subjectId", m.created_at AS "createdAt"`;
const DELIVERY_COLUMNS = `d.message_id AS "messageId", d.channel_id AS "channelId", d.household_id AS "householdId", d.status, d.attempts,
  d.next_attempt_at AS "nextAttemptAt", d.last_error AS "lastError", d.sent_at AS "sentAt", d.provider_ref AS "providerRef"`;

/** The outbox (messages) and what each channel did with them (message_deliveries). */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: DataSource) {}

  /** A household's messages, newest first, before the id `before` when given. */
  householdMessages(householdId: number, limit: number, before?: string): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.household_id = $1 AND ($2::bigint IS NULL OR m.id < $2) ORDER BY m.id DESC LIMIT $3`,
      [householdId, before ?? null, limit],
    );
  }

  /** A county's messages, newest first, optionally of one household, with their deliveries. */
  async countyMessages(
    countyId: number,
    filter: { householdIds?: number[]; status?: DeliveryStatus },
    limit: number,
    before?: string,
  ): Promise<(MessageRow & { deliveries: DeliveryRow[] })[]> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m
        WHERE m.county_id = $1 AND ($2::int[] IS NULL OR m.household_id = ANY($2)) AND ($3::bigint IS NULL OR m.id < $3)
          AND ($4::varchar IS NULL OR EXISTS (SELECT 1 FROM message_deliveries d WHERE d.message_id = m.id AND d.status = $4))
        ORDER BY m.id DESC LIMIT $5`,
      [countyId, filter.householdIds ?? null, before ?? null, filter.status ?? null, limit],
    );
    const deliveries = await this.deliveriesOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, deliveries: deliveries.filter((d) => d.messageId === r.id) }));
  }

  deliveriesOf(messageIds: string[]): Promise<DeliveryRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM message_deliveries d WHERE d.message_id = ANY($1::bigint[]) ORDER BY d.channel_id`,
      [messageIds],
    );
  }

  messages(ids: string[]): Promise<MessageRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = ANY($1::bigint[])`, [ids]);
  }

  /** Writes reminders once each (by dedupe key); the number written. */
  async insertReminders(rows: NewReminder[], manager?: EntityManager): Promise<number> {
    if (rows.length === 0) return 0;
    const written: unknown[] = await (manager ?? this.db.manager).query(
      `INSERT INTO messages (household_id, county_id, template, "values", dedupe_key)
       SELECT * FROM unnest($1::int[], $2::int[], $3::varchar[], $4::jsonb[], $5::varchar[])
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id`,
      [
        rows.map((r) => r.householdId),
        rows.map((r) => r.countyId),
        rows.map((r) => r.template),
        rows.map((r) => JSON.stringify(r.values)),
        rows.map((r) => r.dedupeKey),
      ],
    );
    return written.length;
  }

  /**
   * Queues every recent message for each enabled channel of its county that existed when the
   * message was written (a channel added later does not send old news). Idempotent.
   */
  async queueNew(): Promise<number> {
    // Driven by the few channels; each county's recent messages by IDX_messages_county_created.
    const rows: unknown[] = await this.db.query(
      `INSERT INTO message_deliveries (message_id, channel_id, household_id)
       SELECT m.id, c.id, m.household_id FROM notification_channels c
         JOIN messages m ON m.county_id = c.county_id AND m.created_at >= GREATEST(c.created_at, now() - interval '3 days')
        WHERE c.disabled_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM message_deliveries d WHERE d.message_id = m.id AND d.channel_id = c.id)
       ON CONFLICT DO NOTHING RETURNING message_id`,
    );
    return rows.length;
  }

  /**
   * Takes up to `limit` due deliveries for one attempt each: counts the attempt and moves the next
   * one `leaseSeconds` ahead, so a worker that dies mid-send leaves it to be tried again then.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<DeliveryRow[]> {
    const [rows] = (await this.db.query(
      `UPDATE message_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
        WHERE (d.message_id, d.channel_id) IN (
          SELECT message_id, channel_id FROM message_deliveries
           WHERE status = 'queued' AND next_attempt_at <= now() ORDER BY next_attempt_at, message_id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING ${DELIVERY_COLUMNS}`,
      [limit, leaseSeconds],
    )) as [DeliveryRow[], number];
    return rows;
  }

  /** Messages a channel sent to a household since a time (the daily limit's day). */
  async sentSince(channelId: number, householdId: number, since: Date): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS n FROM message_deliveries WHERE channel_id = $1 AND household_id = $2 AND status = 'sent' AND sent_at >= $3`,
      [channelId, householdId, since],
    )) as { n: number }[];
    return row.n;
  }

  async markSent(d: Pick<DeliveryRow, 'messageId' | 'channelId'>, providerRef: string | null): Promise<void> {
    await this.db.query(
      `UPDATE message_deliveries SET status = 'sent', sent_at = now(), provider_ref = $3, last_error = NULL, updated_at = now()
        WHERE message_id = $1 AND channel_id = $2 AND status = 'queued'`,
      [d.messageId, d.channelId, providerRef],
    );
  }

  async markFailed(d: Pick<DeliveryRow, 'messageId' | 'channelId'>, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE message_deliveries SET status = 'failed', last_error = $3, updated_at = now() WHERE message_id = $1 AND channel_id = $2 AND status = 'queued'`,
      [d.messageId, d.channelId, reason.slice(0, 300)],
    );
  }

  /** Tries again at `at`; `countAttempt` false gives back the attempt it was claimed with (held for quiet hours or the daily limit). */
  async retryAt(d: Pick<DeliveryRow, 'messageId' | 'channelId'>, at: Date, reason: string, countAttempt: boolean): Promise<void> {
    await this.db.query(
      `UPDATE message_deliveries SET next_attempt_at = $3, last_error = $4, attempts = attempts - $5::int, updated_at = now()
        WHERE message_id = $1 AND channel_id = $2 AND status = 'queued'`,
      [d.messageId, d.channelId, at, reason.slice(0, 300), countAttempt ? 0 : 1],
    );
  }
}
