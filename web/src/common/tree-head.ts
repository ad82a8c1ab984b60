import type { Schemas } from '../api/client';

/** A county's signed tree head as the service shows it (board, 台账, door page): size, root, time, signature, fingerprint. */
export type TreeHead = Schemas['TreeHeadResponse'];

/** Where anyone fetches a county's signed tree heads and keys, without logging in (docs/transparency.md). */
export function treeHeadsPath(countyId: number): string {
  return `/api/v1/public/tree-heads/${countyId}`;
}
