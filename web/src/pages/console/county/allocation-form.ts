import type { PlanInput, Tier } from './county-api';
import { parseYuanToFen } from './money';

export type Method = PlanInput['method'];
export const METHODS: Method[] = ['equal', 'proportional', 'tiered'];

/** The wizard's first step as typed: amounts as the yuan strings people enter. */
export interface AllocationForm {
  budget: string;
  topN: number;
  method: Method;
  tiers: Tier[];
  min: string;
  max: string;
  bottomN: number;
}

/** Three tiers over the top N, weighted 3, 2, 1 (the county changes them as it decided). */
export function defaultTiers(topN: number): Tier[] {
  const a = Math.max(1, Math.ceil(topN / 3));
  const b = Math.max(a + 1, Math.ceil((2 * topN) / 3));
  const tiers = [
    { uptoRank: a, weight: 3 },
    { uptoRank: b, weight: 2 },
    { uptoRank: Math.max(b + 1, topN), weight: 1 },
  ];
  return topN <= 2 ? [{ uptoRank: topN, weight: 1 }] : tiers;
}

export type Problem =
  | { key: 'budgetMissing' | 'budgetInvalid' | 'budgetNotWhole' | 'boundInvalid' | 'boundNotWhole' | 'minAboveMax' | 'tiersEmpty' }
  | { key: 'tierOrder' | 'tierWeight'; row: number };

/** Fen of an optional bound: null when empty, NaN when it is no amount. */
function bound(s: string): number | null {
  if (!s.trim()) return null;
  return parseYuanToFen(s) ?? Number.NaN;
}

/**
 * What keeps the form from being sent (problems) and the body it sends (null until it can be):
 * amounts in fen from integer parsing, whole yuan (the service splits whole yuan).
 */
export function planBody(runId: string, f: AllocationForm): { body: PlanInput | null; problems: Problem[]; budgetFen: number | null } {
  const problems: Problem[] = [];
  const budgetFen = f.budget.trim() ? parseYuanToFen(f.budget) : null;
  if (!f.budget.trim()) problems.push({ key: 'budgetMissing' });
  else if (budgetFen === null || budgetFen < 100) problems.push({ key: 'budgetInvalid' });
  else if (budgetFen % 100 !== 0) problems.push({ key: 'budgetNotWhole' });
  const minFen = bound(f.min);
  const maxFen = bound(f.max);
  for (const b of [minFen, maxFen]) {
    if (b !== null && Number.isNaN(b)) problems.push({ key: 'boundInvalid' });
    else if (b !== null && b % 100 !== 0) problems.push({ key: 'boundNotWhole' });
  }
  if (minFen !== null && maxFen !== null && !Number.isNaN(minFen) && !Number.isNaN(maxFen) && minFen > maxFen)
    problems.push({ key: 'minAboveMax' });
  if (f.method === 'tiered') {
    if (f.tiers.length === 0) problems.push({ key: 'tiersEmpty' });
    f.tiers.forEach((tier, i) => {
      if (i > 0 && tier.uptoRank <= f.tiers[i - 1].uptoRank) problems.push({ key: 'tierOrder', row: i + 1 });
      if (!Number.isInteger(tier.weight) || tier.weight < 0) problems.push({ key: 'tierWeight', row: i + 1 });
    });
  }
  const body: PlanInput | null =
    problems.length === 0 && budgetFen !== null
      ? {
          runId,
          budgetFen,
          topN: f.topN,
          method: f.method,
          ...(f.method === 'tiered' ? { tiers: f.tiers.map((x) => ({ uptoRank: x.uptoRank, weight: x.weight })) } : {}),
          ...(minFen !== null ? { minFen } : {}),
          ...(maxFen !== null ? { maxFen } : {}),
          bottomN: f.bottomN,
        }
      : null;
  return { body, problems, budgetFen };
}

/** A warning, not a refusal: villages of the top N ranked below the last tier get nothing. */
export function tierGap(f: AllocationForm): number | null {
  if (f.method !== 'tiered' || f.tiers.length === 0) return null;
  const last = f.tiers[f.tiers.length - 1].uptoRank;
  return last < f.topN ? last : null;
}
