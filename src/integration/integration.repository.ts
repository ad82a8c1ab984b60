import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiClient, ApiClientSecret, EventMapping, IntegrationEvent, type EventStatus } from './integration.entities.js';

/** What an event's processing settled on, written with the claim or entry it made (or alone, when dead). */
export interface EventOutcome {
  clientId: number;
  countyId: number;
  eventId: string;
  type: string;
  occurredAt: Date;
  event: Record<string, unknown>;
  status: EventStatus;
  householdId: number | null;
  programId: number | null;
  claimId?: string | null;
  noticeId?: string | null;
  transactionId?: string | null;
  points?: number | null;
  capped?: boolean;
  errorCode?: string | null;
  errorDetails?: Record<string, unknown> | null;
  handledBy?: number | null;
}

/** API clients, their secrets, the requests seen, the events received and the mappings of event types. */
@Injectable()
export class IntegrationRepository {
  constructor(private readonly db: DataSource) {}

  async insertClient(
    m: EntityManager,
    row: Omit<ApiClient, 'id' | 'createdAt' | 'revokedAt' | 'revokedBy' | 'lastUsedAt'>,
  ): Promise<ApiClient> {
    return m.getRepository(ApiClient).save(m.getRepository(ApiClient).create(row));
  }

  async insertSecret(m: EntityManager | null, row: Pick<ApiClientSecret, 'clientId' | 'salt' | 'secretHash'>): Promise<ApiClientSecret> {
    const repo = (m ?? this.db.manager).getRepository(ApiClientSecret);
    return repo.save(repo.create(row));
  }

  client(id: number): Promise<ApiClient | null> {
    return this.db.getRepository(ApiClient).findOneBy({ id });
  }

  clientByKeyId(keyId: string): Promise<ApiClient | null> {
    return this.db.getRepository(ApiClient).findOneBy({ keyId });
  }

  clientsOf(countyId: number): Promise<ApiClient[]> {
    return this.db.getRepository(ApiClient).find({ where: { countyId }, order: { id: 'ASC' } });
  }

  secretsOf(clientIds: number[]): Promise<ApiClientSecret[]> {
    if (clientIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(ApiClientSecret)
      .createQueryBuilder('s')
      .where('s.client_id IN (:...ids)', { ids: clientIds })
      .orderBy('s.id')
      .getMany();
  }

  activeSecrets(clientId: number): Promise<ApiClientSecret[]> {
    return this.db.getRepository(ApiClientSecret).find({ where: { clientId, revokedAt: IsNull() }, order: { id: 'ASC' } });
  }

  async revokeSecret(clientId: number, secretId: number): Promise<boolean> {
    const [, n] = (await this.db.query(
      `UPDATE api_client_secrets SET revoked_at = now() WHERE id = $1 AND client_id = $2 AND revoked_at IS NULL`,
      [secretId, clientId],
    )) as [unknown, number];
    return n > 0;
  }

  async revokeClient(id: number, by: number): Promise<boolean> {
    const [, n] = (await this.db.query(`UPDATE api_clients SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL`, [
      id,
      by,
    ])) as [unknown, number];
    return n > 0;
  }

  async touchClient(id: number): Promise<void> {
    await this.db.query(`UPDATE api_clients SET last_used_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Records a signed request's id; false when the client sent it before (a replay). Ids older than
   * an hour go at the same time: their timestamps are refused anyway (5 minutes), so they cannot be
   * replayed, and the table keeps about an hour of each client's requests.
   */
  async firstRequest(clientId: number, webhookId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH expired AS (DELETE FROM integration_requests WHERE client_id = $1 AND received_at < now() - interval '1 hour')
       INSERT INTO integration_requests (client_id, webhook_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING client_id`,
      [clientId, webhookId],
    );
    return rows.length === 1;
  }

  event(clientId: number, eventId: string): Promise<IntegrationEvent | null> {
    return this.db.getRepository(IntegrationEvent).findOneBy({ clientId, eventId });
  }

  eventById(id: string): Promise<IntegrationEvent | null> {
    return this.db.getRepository(IntegrationEvent).findOneBy({ id });
  }

  /**
   * Writes the outcome, once accepted: a first write inserts, a later one replaces a dead or
   * dismissed outcome, never an accepted one. False when the event was accepted already (by a
   * concurrent request, whose commit this one waited for): the caller rolls back what it made.
   */
  async settle(m: EntityManager | null, o: EventOutcome): Promise<boolean> {
    const rows: unknown[] = await (m ?? this.db.manager).query(
      `INSERT INTO integration_events (client_id, county_id, event_id, type, occurred_at, event, status, household_id, program_id,
                                       claim_id, notice_id, transaction_id, points, capped, error_code, error_details, handled_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (client_id, event_id) DO UPDATE SET
         type = EXCLUDED.type, occurred_at = EXCLUDED.occurred_at, event = EXCLUDED.event, status = EXCLUDED.status,
         household_id = EXCLUDED.household_id, program_id = EXCLUDED.program_id, claim_id = EXCLUDED.claim_id,
         notice_id = EXCLUDED.notice_id, transaction_id = EXCLUDED.transaction_id, points = EXCLUDED.points, capped = EXCLUDED.capped,
         error_code = EXCLUDED.error_code, error_details = EXCLUDED.error_details, handled_by = EXCLUDED.handled_by,
         attempts = integration_events.attempts + 1, decided_at = now()
       WHERE integration_events.status <> 'accepted'
       RETURNING id`,
      [
        o.clientId,
        o.countyId,
        o.eventId,
        o.type,
        o.occurredAt,
        JSON.stringify(o.event),
        o.status,
        o.householdId,
        o.programId,
        o.claimId ?? null,
        o.noticeId ?? null,
        o.transactionId ?? null,
        o.points ?? null,
        o.capped ?? false,
        o.errorCode ?? null,
        o.errorDetails ? JSON.stringify(o.errorDetails) : null,
        o.handledBy ?? null,
      ],
    );
    return rows.length === 1;
  }

  async dismiss(id: string, by: number, reason: string): Promise<boolean> {
    const [, n] = (await this.db.query(
      `UPDATE integration_events SET status = 'dismissed', handled_by = $2, error_details = COALESCE(error_details, '{}'::jsonb) || jsonb_build_object('dismissed', $3::text), decided_at = now()
        WHERE id = $1 AND status = 'dead'`,
      [id, by, reason],
    )) as [unknown, number];
    return n > 0;
  }

  async events(
    countyId: number,
    filter: { status?: EventStatus; clientId?: number },
    limit: number,
    offset: number,
  ): Promise<{ items: IntegrationEvent[]; total: number }> {
    const where = {
      countyId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.clientId ? { clientId: filter.clientId } : {}),
    };
    const [items, total] = await this.db
      .getRepository(IntegrationEvent)
      .findAndCount({ where, order: { id: 'DESC' }, take: limit, skip: offset });
    return { items, total };
  }

  mapping(countyId: number, eventType: string): Promise<EventMapping | null> {
    return this.db.getRepository(EventMapping).findOneBy({ countyId, eventType });
  }

  mappings(countyId: number): Promise<EventMapping[]> {
    return this.db.getRepository(EventMapping).find({ where: { countyId }, order: { eventType: 'ASC' } });
  }

  async setMapping(row: Pick<EventMapping, 'countyId' | 'eventType' | 'programId' | 'ruleId' | 'path' | 'setBy'>): Promise<EventMapping> {
    await this.db.query(
      `INSERT INTO event_mappings (county_id, event_type, program_id, rule_id, path, set_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (county_id, event_type) DO UPDATE SET program_id = EXCLUDED.program_id, rule_id = EXCLUDED.rule_id, path = EXCLUDED.path,
         set_by = EXCLUDED.set_by, set_at = now()`,
      [row.countyId, row.eventType, row.programId, row.ruleId, row.path, row.setBy],
    );
    return (await this.mapping(row.countyId, row.eventType))!;
  }

  async removeMapping(countyId: number, id: number): Promise<boolean> {
    const [, n] = (await this.db.query(`DELETE FROM event_mappings WHERE id = $1 AND county_id = $2`, [id, countyId])) as [unknown, number];
    return n > 0;
  }
}
