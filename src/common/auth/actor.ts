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

/** A platform operator (JWT): runs the deployment, never acts in a county. Only routes marked `@AllowOperator()` take one. */
export interface OperatorActor {
  kind: 'operator';
  id: number;
  username: string;
  displayName: string;
}

/**
 * A household's resident, logged in with the card code and the household's PIN (JWT). Acts only
 * for that household: only routes marked `@AllowResident()` take one.
 */
export interface ResidentActor {
  kind: 'resident';
  householdId: number;
  cardCode: string;
  villageId: number;
  /** Path of the household's village. */
  regionPath: string;
}

/** Whoever makes a request in a county: a staff user (JWT) or a kiosk device (API key). */
export type Actor = UserActor | DeviceActor;

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new DomainError('FORBIDDEN', { reason: 'staff only' });
  return actor;
}
