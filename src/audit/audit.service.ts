import { Injectable } from '@nestjs/common';
import type { UserActor } from '../common/auth/actor.js';
import { isCountyWide } from '../common/auth/scope.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: number;
  limit: number;
  before?: string;
}

/** Reading the audit trail: entries of the actor's subtree; failed logins of unknown users for county-wide staff. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  list(actor: UserActor, q: AuditFilter): Promise<AuditEntry[]> {
    return this.audit.list(actor.regionPath, isCountyWide(actor), { from: q.from, to: q.to, actorId: q.actorId }, q.limit, q.before);
  }
}
