import { DomainError } from '../../common/errors/domain-error.js';

/**
 * Whether a household may shop at a store: it lives within the store's region (a store serves the
 * villages under it). The counter's lookup and a redemption both ask here.
 */
export function assertServedBy(store: { id: number; regionPath: string }, household: { holderId: number; path: string }): void {
  if (!household.path.startsWith(store.regionPath))
    throw new DomainError('NOT_ELIGIBLE', { householdId: household.holderId, storeId: store.id });
}
