/** Why a holder cannot spend points now (the counter's page says it in words). */
export type RedeemBlock = 'NO_REDEEMABLE_POINTS' | 'BELOW_BASE' | 'REDEMPTION_SUSPENDED';

export interface SpendFacts {
  balance: number;
  basePoints: number;
  /** Last day of a sanction's suspension of redemption; null when there is none. */
  suspendedUntil: string | null;
}

/**
 * What a holder may spend (爱心超市) and what stops them: the one rule that the counter's lookup
 * shows and a redemption enforces (under the account's lock), so the two never disagree. Only the
 * points above the base are spendable, and a suspension stops spending altogether.
 */
export function spendable(f: SpendFacts): { redeemable: number; blocks: RedeemBlock[] } {
  const redeemable = Math.max(0, f.balance - f.basePoints);
  const blocks: RedeemBlock[] = [];
  if (f.suspendedUntil) blocks.push('REDEMPTION_SUSPENDED');
  if (f.balance < f.basePoints) blocks.push('BELOW_BASE');
  if (redeemable === 0) blocks.push('NO_REDEEMABLE_POINTS');
  return { redeemable, blocks };
}
