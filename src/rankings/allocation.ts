/**
 * Splitting a budget over a ranking (积分换项目). Pure functions: the service feeds them the
 * entries of a published run and stores what they return.
 */
export interface RankedHolder {
  holderId: number;
  rank: number;
  position: number;
  score: number;
}

export type Method = 'equal' | 'proportional' | 'tiered';

export interface AllocationInput {
  entries: RankedHolder[];
  budgetFen: number;
  topN: number;
  method: Method;
  /** For `tiered`: weight by rank, e.g. [{uptoRank: 10, weight: 3}, {uptoRank: 50, weight: 2}, {uptoRank: 100, weight: 1}]. */
  tiers?: { uptoRank: number; weight: number }[];
  minFen?: number;
  maxFen?: number;
}

export class AllocationError extends Error {
  constructor(
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

/** Holders ranked within the top N; villages tied at the cut-off are all included. */
export function topHolders<T extends RankedHolder>(entries: T[], topN: number): T[] {
  return entries.filter((e) => e.rank <= topN).sort((a, b) => a.position - b.position);
}

/**
 * The bottom N: the last N holders in the run's order (score, then holder code, then id), so
 * exactly N are warned; a tie across the cut-off is split by that documented order.
 */
export function bottomHolders<T extends RankedHolder>(entries: T[], bottomN: number): T[] {
  if (bottomN <= 0) return [];
  return [...entries].sort((a, b) => b.position - a.position).slice(0, bottomN);
}

/** Holders in the bottom N of this run and of the previous one: escalated (repeat offenders). */
export function escalated<T extends RankedHolder>(current: T[], previous: RankedHolder[] | null, bottomN: number): T[] {
  if (!previous) return [];
  const before = new Set(bottomHolders(previous, bottomN).map((e) => e.holderId));
  return bottomHolders(current, bottomN).filter((e) => before.has(e.holderId));
}

function weightOf(e: RankedHolder, input: AllocationInput): bigint {
  switch (input.method) {
    case 'equal':
      return 1n;
    case 'proportional':
      return BigInt(Math.max(0, e.score));
    case 'tiered': {
      const tier = [...(input.tiers ?? [])].sort((a, b) => a.uptoRank - b.uptoRank).find((t) => e.rank <= t.uptoRank);
      return BigInt(tier?.weight ?? 0);
    }
  }
}

/**
 * Splits `units` whole units over weights with the largest-remainder method: each gets the
 * floor of its exact share, and the units left go one each to the largest remainders (ties by
 * the order given). The result sums to `units` exactly.
 */
export function largestRemainder(units: bigint, weights: bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new AllocationError('NO_WEIGHT');
  const floors = weights.map((w) => (units * w) / total);
  const remainders = weights.map((w, i) => ({ i, r: (units * w) % total }));
  let left = units - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors;
}

/**
 * The allocation: amounts in whole yuan (as fen) that add up to the budget exactly. Without
 * bounds, exact shares rounded by the largest-remainder method. With a minimum or maximum per
 * holder, each gets clamp(λ·weight) for the λ that spends the budget, rounded down to yuan, and
 * the yuan left go one each to the largest remainders among those still below the maximum.
 */
export function allocate(input: AllocationInput): { holderId: number; amountFen: number }[] {
  if (input.budgetFen % 100 !== 0) throw new AllocationError('BUDGET_NOT_WHOLE_YUAN');
  const chosen = topHolders(input.entries, input.topN);
  if (chosen.length === 0) throw new AllocationError('NOBODY_TO_ALLOCATE');
  const budget = input.budgetFen / 100;
  const min = input.minFen !== undefined ? Math.ceil(input.minFen / 100) : 0;
  const max = input.maxFen !== undefined ? Math.floor(input.maxFen / 100) : Infinity;
  const n = chosen.length;
  if (min * n > budget || max * n < budget || min > max) {
    throw new AllocationError('ALLOCATION_INFEASIBLE', {
      holders: n,
      budgetFen: input.budgetFen,
      minFen: input.minFen,
      maxFen: input.maxFen,
    });
  }
  let weights = chosen.map((e) => weightOf(e, input));
  if (weights.every((w) => w === 0n)) weights = weights.map(() => 1n);

  if (min === 0 && max === Infinity) {
    return largestRemainder(BigInt(budget), weights).map((units, i) => ({ holderId: chosen[i].holderId, amountFen: Number(units) * 100 }));
  }

  const w = weights.map(Number);
  const clamp = (x: number) => Math.min(max, Math.max(min, x));
  const spent = (lambda: number) => w.reduce((sum, wi) => sum + clamp(lambda * wi), 0);
  if (spent(Number.MAX_VALUE / 4) < budget) {
    // Even with every weighted holder at the maximum the budget is not spent (the others have no
    // weight): fill everyone up towards the maximum, equally, until it is.
    const amounts = w.map((wi) => (wi > 0 ? max : min));
    let left = budget - amounts.reduce((a, b) => a + b, 0);
    while (left > 0) {
      const open = amounts.map((a, i) => i).filter((i) => amounts[i] < max);
      const share = Math.max(1, Math.floor(left / open.length));
      for (const i of open) {
        const add = Math.min(share, max - amounts[i], left);
        amounts[i] += add;
        left -= add;
        if (left === 0) break;
      }
    }
    return chosen.map((e, i) => ({ holderId: e.holderId, amountFen: amounts[i] * 100 }));
  }
  let lo = 0;
  let hi = 1;
  while (spent(hi) < budget) hi *= 2;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (spent(mid) < budget) lo = mid;
    else hi = mid;
  }
  const exact = w.map((wi) => clamp(hi * wi));
  const amounts = exact.map((x) => Math.min(max, Math.max(min, Math.floor(x))));
  let left = budget - amounts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) }));
  if (left > 0) {
    order.sort((a, b) => b.frac - a.frac || a.i - b.i);
    while (left > 0) {
      const before = left;
      for (const { i } of order) {
        if (left === 0) break;
        if (amounts[i] < max) {
          amounts[i] += 1;
          left -= 1;
        }
      }
      if (left === before) throw new AllocationError('ALLOCATION_INFEASIBLE', { holders: n, budgetFen: input.budgetFen });
    }
  } else if (left < 0) {
    order.sort((a, b) => a.frac - b.frac || b.i - a.i);
    while (left < 0) {
      const before = left;
      for (const { i } of order) {
        if (left === 0) break;
        if (amounts[i] > min) {
          amounts[i] -= 1;
          left += 1;
        }
      }
      if (left === before) throw new AllocationError('ALLOCATION_INFEASIBLE', { holders: n, budgetFen: input.budgetFen });
    }
  }
  return chosen.map((e, i) => ({ holderId: e.holderId, amountFen: amounts[i] * 100 }));
}
