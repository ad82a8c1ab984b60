import { DomainError } from '../errors/domain-error.js';
import type { Actor } from './actor.js';

/**
 * Access scope: a region path is '/<county>/<township>/<village>/…/'. An actor acts in the subtree
 * of its own region and reads up the tree as well.
 */
export type Scoped = Pick<Actor, 'regionPath'>;

/** True when `path` lies in the subtree rooted at the actor's region. */
export function inScope(actor: Scoped, path: string): boolean {
  return path.startsWith(actor.regionPath);
}

/** Throws 403 OUT_OF_SCOPE unless the region path lies in the actor's subtree. */
export function assertInScope(actor: Scoped, path: string, details?: Record<string, unknown>): void {
  if (!inScope(actor, path)) throw new DomainError('OUT_OF_SCOPE', details);
}

/** Reading may also go up the tree: a clerk may see its township and county. */
export function canRead(actor: Scoped, path: string): boolean {
  return path.startsWith(actor.regionPath) || actor.regionPath.startsWith(path);
}

/** The county the actor belongs to: the root of its region path. */
export function countyIdOf(actor: Scoped): number {
  return Number(actor.regionPath.split('/')[1]);
}
