/**
 * Cap arithmetic (达到最高分值后不再累加): what an award may add when `used` points of the cap are
 * already taken this period. LedgerRepository.consumeCaps performs exactly this inside one
 * atomic upsert on the counter row; this function is its specification.
 */
export function grantUnderCap(used: number, requested: number, cap: number): { granted: number; usedAfter: number } {
  const granted = Math.max(0, Math.min(requested, cap - used));
  return { granted, usedAfter: used + granted };
}

/** What a reversal gives back to the counter: never below zero. */
export function releaseFromCap(used: number, points: number): number {
  return Math.max(0, used - points);
}
