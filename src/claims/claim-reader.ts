import type { ClaimStatus } from './claim.entity.js';
import type { ClaimRow } from './claims.repository.js';

export interface ClaimFilter {
  id?: string;
  /** Claims of villages under this region path. */
  path?: string;
  householdId?: number;
  statuses?: ClaimStatus[];
}

/**
 * Claims as reviewers and residents see them, with the names and states other modules hold (rule,
 * household, member, notice). A read across modules: its SQL lives in the read side
 * (views/claims), which provides this port.
 */
export abstract class ClaimReader {
  /** By id, under a region (oldest first: the review queue) or of one household (newest first). */
  abstract rows(filter: ClaimFilter, limit: number, offset?: number): Promise<ClaimRow[]>;
}
