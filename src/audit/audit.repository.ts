import { containing } from '../common/http/listing.js';
import { prepared } from '../common/db/hot-query.js';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

/** What a reader narrows the trail by (see AuditFilter). */
export interface AuditListFilter {
  from?: Date;
  to?: Date;
  actorId?: number;
  action?: string;
  entity?: string;
  outcome?: 'success' | 'failure';
  q?: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  /** Many entries in one statement, in the order given. */
  async insertMany(entries: Omit<AuditEntry, 'id'>[]): Promise<void> {
    if (entries.length === 0) return;
    const column = <K extends keyof Omit<AuditEntry, 'id'>>(key: K) => entries.map((e) => e[key]);
    await this.db.query(
      prepared(`INSERT INTO audit_log (at, actor_type, actor_id, actor_name, actor_region_id, action, path, resource_id, outcome, status, error_code, request_id, ip)
       SELECT e.at, e.actor_type, e.actor_id, e.actor_name, e.actor_region_id, e.action, e.path, e.resource_id, e.outcome, e.status, e.error_code, e.request_id, e.ip
         FROM unnest($1::timestamptz[], $2::varchar[], $3::int[], $4::varchar[], $5::int[], $6::varchar[], $7::varchar[], $8::varchar[],
                     $9::varchar[], $10::int[], $11::varchar[], $12::varchar[], $13::varchar[]) WITH ORDINALITY
           AS e(at, actor_type, actor_id, actor_name, actor_region_id, action, path, resource_id, outcome, status, error_code, request_id, ip, o)
        ORDER BY e.o`),
      [
        column('at'),
        column('actorType'),
        column('actorId'),
        column('actorName'),
        column('actorRegionId'),
        column('action'),
        column('path'),
        column('resourceId'),
        column('outcome'),
        column('status'),
        column('errorCode'),
        column('requestId'),
        column('ip'),
      ],
    );
  }

  /**
   * Entries filed under a region of the subtree `path`, or (`path` null) under no region: the
   * platform's own. Newest first, a page at a time (after the cursor `beforeId`, if any).
   */
  async list(
    path: string | null,
    filter: AuditListFilter,
    page: { limit: number; offset: number; beforeId?: string },
  ): Promise<AuditEntry[]> {
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoin('regions', 'r', 'r.id = a.actor_region_id')
      .where(path === null ? 'a.actor_region_id IS NULL' : 'r.path LIKE :p', { p: `${path}%` })
      .orderBy('a.id', 'DESC')
      .limit(page.limit)
      .offset(page.offset);
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    if (filter.actorId) qb.andWhere(`a.actor_type = 'user' AND a.actor_id = :actorId`, { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    // `POST /api/v1/households/import` → households.
    if (filter.entity) qb.andWhere(`split_part(split_part(a.action, ' ', 2), '/', 4) = :entity`, { entity: filter.entity });
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.q) {
      const like = containing(filter.q);
      qb.andWhere(
        '(a.actor_name ILIKE :like OR a.path ILIKE :like OR a.request_id ILIKE :like OR a.resource_id ILIKE :like OR a.error_code ILIKE :like)',
        { like },
      );
    }
    if (page.beforeId) qb.andWhere('a.id < :beforeId', { beforeId: page.beforeId });
    return qb.getMany();
  }
}
