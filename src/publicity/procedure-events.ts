import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';

/** Who changed the state of a claim or notice: a staff user, a resident (its household), or the system. */
export interface ProcedureActor {
  actorType: 'user' | 'resident' | 'system';
  actorId: number | null;
}

export const SYSTEM: ProcedureActor = { actorType: 'system', actorId: null };

export function procedureActorOf(caller: UserActor | ResidentActor): ProcedureActor {
  return caller.kind === 'resident' ? { actorType: 'resident', actorId: caller.householdId } : { actorType: 'user', actorId: caller.id };
}

export interface ProcedureEventView {
  event: string;
  at: Date;
  actor: { type: string; id: number | null; name: string | null };
  reason: string | null;
  details: Record<string, unknown>;
}

/** The append-only history of claims and notices (the table refuses changes). */
@Injectable()
export class ProcedureEvents {
  constructor(private readonly db: DataSource) {}

  /** The same event for many subjects, in one statement. */
  async record(
    m: EntityManager,
    subjectType: 'claim' | 'notice',
    subjectIds: string[],
    event: string,
    actor: ProcedureActor,
    reason: string | null = null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (subjectIds.length === 0) return;
    await m.query(
      `INSERT INTO procedure_events (subject_type, subject_id, event, actor_type, actor_id, reason, details)
       SELECT $1, s, $2, $3, $4, $5, $6::jsonb FROM unnest($7::bigint[]) AS s`,
      [subjectType, event, actor.actorType, actor.actorId, reason, JSON.stringify(details), subjectIds],
    );
  }

  /** Whether the actor recorded any of these events on the subject (a claim's approvals, first or second), inside the caller's transaction. */
  async recordedBy(
    m: EntityManager,
    subjectType: 'claim' | 'notice',
    subjectId: string,
    events: string[],
    actor: ProcedureActor,
  ): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM procedure_events WHERE subject_type = $1 AND subject_id = $2 AND event = ANY($3) AND actor_type = $4 AND actor_id = $5 LIMIT 1`,
      [subjectType, subjectId, events, actor.actorType, actor.actorId],
    )) as unknown[];
    return rows.length > 0;
  }
}
