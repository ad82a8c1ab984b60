import type { Role } from './roles.js';
import { DomainError } from '../errors/domain-error.js';

export interface UserActor {
  kind: 'user';
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionId: number;
  regionPath: string;
}

export interface DeviceActor {
  kind: 'device';
  id: number;
  name: string;
  storeId: number;
  regionId: number;
  regionPath: string;
}

/** Whoever makes a request: a staff user (JWT) or a kiosk device (API key). */
export type Actor = UserActor | DeviceActor;

/** True when `path` lies in the subtree rooted at the actor's region. */
export function inScope(actor: Pick<Actor, 'regionPath'>, path: string): boolean {
  return path.startsWith(actor.regionPath);
}

/** Throws 403 OUT_OF_SCOPE unless the region path lies in the actor's subtree. */
export function assertInScope(actor: Pick<Actor, 'regionPath'>, path: string, details?: Record<string, unknown>): void {
  if (!inScope(actor, path)) throw new DomainError('OUT_OF_SCOPE', details);
}

/** Reading may also go up the tree: a clerk may see its township and county. */
export function canRead(actor: Pick<Actor, 'regionPath'>, path: string): boolean {
  return path.startsWith(actor.regionPath) || actor.regionPath.startsWith(path);
}

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new DomainError('FORBIDDEN', { reason: 'staff only' });
  return actor;
}
