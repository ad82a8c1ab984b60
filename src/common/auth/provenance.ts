import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestIdOf } from '../http/request-id.js';
import type { Actor } from './actor.js';
import type { AuthedRequest } from './decorators.js';

/**
 * Who did it, from where, under which request (DESIGN §3.10): what every transaction and stock
 * movement records of its origin. Made once per request by `@RequestProvenance()`; jobs and the
 * demo use `systemProvenance`.
 */
export interface Provenance {
  actorType: 'user' | 'device' | 'system';
  /** The staff user or kiosk device; null for the system. */
  actorId: number | null;
  source: 'api' | 'import' | 'job' | 'system';
  requestId: string | null;
}

export function provenanceOf(actor: Actor, requestId: string | null, source: Provenance['source'] = 'api'): Provenance {
  return { actorType: actor.kind, actorId: actor.id, source, requestId };
}

export function systemProvenance(source: 'job' | 'system' = 'system'): Provenance {
  return { actorType: 'system', actorId: null, source, requestId: null };
}

/** The actor part alone, for records that keep who but not from where (stock movements). */
export function actorRefOf(by: Provenance): Pick<Provenance, 'actorType' | 'actorId'> {
  return { actorType: by.actorType, actorId: by.actorId };
}

/** The request's provenance: its authenticated actor, source `api`, and its request id. */
export const RequestProvenance = createParamDecorator((_: unknown, ctx: ExecutionContext): Provenance => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!req.actor) throw new Error('RequestProvenance used on a public route');
  return provenanceOf(req.actor, requestIdOf(req) || null);
});
