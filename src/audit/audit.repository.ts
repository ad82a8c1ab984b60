import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  async insert(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<void> {
    await this.db.getRepository(AuditEntry).insert(entry);
  }

  /** Entries of actors in the subtree `path` (plus anonymous ones for the whole deployment's admins). */
  async list(path: string, includeAnonymous: boolean, filter: { from?: Date; to?: Date; actorId?: number }, limit: number, beforeId?: string): Promise<AuditEntry[]> {
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoin('regions', 'r', 'r.id = a.actor_region_id')
      .where(includeAnonymous ? '(r.path LIKE :p OR a.actor_region_id IS NULL)' : 'r.path LIKE :p', { p: `${path}%` })
      .orderBy('a.id', 'DESC')
      .take(limit);
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    if (filter.actorId) qb.andWhere(`a.actor_type = 'user' AND a.actor_id = :actorId`, { actorId: filter.actorId });
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    return qb.getMany();
  }
}
