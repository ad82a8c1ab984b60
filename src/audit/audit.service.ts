import { Injectable } from '@nestjs/common';
import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import type { AccountRole } from '../common/auth/roles.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: number;
  /** Method and route as entries name them (`POST /api/v1/households`). */
  action?: string;
  /** The first part of the route after /api/v1/ (`households`). */
  entity?: string;
  outcome?: AuditOutcome;
  /** Part of the actor name, URL, request id, resource id or error code. */
  q?: string;
  limit: number;
  offset?: number;
  before?: string;
}

/** An entry with who its staff actor is now: display name and role (null for devices, residents, anonymous callers). */
export type AuditEntryWithActor = AuditEntry & { actorDisplayName: string | null; actorRole: AccountRole | null };

/**
 * Reading the audit trail. Staff read the entries of their own subtree (their county at most,
 * logins to their staff included); the platform operator reads the entries that belong to no
 * county: failed logins with unknown usernames, and its own actions.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly users: UsersRepository,
  ) {}

  async list(principal: UserActor | OperatorActor, q: AuditFilter): Promise<AuditEntryWithActor[]> {
    const path = principal.kind === 'operator' ? null : principal.regionPath;
    const entries = await this.audit.list(
      path,
      { from: q.from, to: q.to, actorId: q.actorId, action: q.action, entity: q.entity, outcome: q.outcome, q: q.q?.trim() || undefined },
      { limit: q.limit, offset: q.offset ?? 0, beforeId: q.before },
    );
    const staffIds = [...new Set(entries.flatMap((e) => (e.actorType === 'user' && e.actorId !== null ? [e.actorId] : [])))];
    const profiles = new Map((await this.users.profiles(staffIds)).map((u) => [u.id, u]));
    return entries.map((e) => {
      const who = e.actorType === 'user' && e.actorId !== null ? profiles.get(e.actorId) : undefined;
      return { ...e, actorDisplayName: who?.displayName ?? null, actorRole: who?.role ?? null };
    });
  }
}
