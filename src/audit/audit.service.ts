import { Injectable } from '@nestjs/common';
import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: number;
  limit: number;
  before?: string;
}

/**
 * Reading the audit trail. Staff read the entries of their own subtree (their county at most,
 * logins to their staff included); the platform operator reads the entries that belong to no
 * county: failed logins with unknown usernames, and its own actions.
 */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  list(principal: UserActor | OperatorActor, q: AuditFilter): Promise<AuditEntry[]> {
    const path = principal.kind === 'operator' ? null : principal.regionPath;
    return this.audit.list(path, { from: q.from, to: q.to, actorId: q.actorId }, q.limit, q.before);
  }
}
