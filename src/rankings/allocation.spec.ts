import fc from 'fast-check';
import { allocate, AllocationError, bottomHolders, escalated, largestRemainder, topHolders, type RankedHolder } from './allocation.js';

/** Entries ranked from scores the way a run ranks them (ties share a rank). */
function ranked(scores: number[]): RankedHolder[] {
  const order = scores.map((score, i) => ({ holderId: i + 1, score })).sort((a, b) => b.score - a.score || a.holderId - b.holderId);
  return order.map((e, i) => ({ ...e, position: i + 1, rank: order.findIndex((o) => o.score === e.score) + 1 }));
}

describe('ranking with ties', () => {
  it('includes every holder tied at the cut-off', () => {
    const scores = [...Array.from({ length: 99 }, (_, i) => 1000 - i), 500, 500, 500, ...Array.from({ length: 18 }, (_, i) => 100 - i)];
    const entries = ranked(scores);
    expect(entries.filter((e) => e.rank === 100)).toHaveLength(3);
    expect(topHolders(entries, 100)).toHaveLength(102);
    expect(topHolders(entries, 99)).toHaveLength(99);
  });

  it('takes exactly the last N in ranking order, a tie at the cut-off split by that order', () => {
    const entries = ranked([50, 40, 30, 20, 10, 10, 5]);
    expect(bottomHolders(entries, 1).map((e) => e.score)).toEqual([5]);
    expect(bottomHolders(entries, 2).map((e) => [e.score, e.holderId])).toEqual([
      [5, 7],
      [10, 6],
    ]);
    expect(bottomHolders(entries, 3).map((e) => e.holderId)).toEqual([7, 6, 5]);
    expect(bottomHolders(entries, 0)).toEqual([]);
    expect(bottomHolders(entries, 100)).toHaveLength(7);
  });
});

describe('escalation', () => {
  it('escalates holders in the bottom N of this and the previous run only', () => {
    const previous = ranked([50, 40, 30, 20, 10]); // bottom 2: holders 5, 4
    const current = ranked([5, 40, 30, 20, 50]); // bottom 2: holders 1, 4
    expect(escalated(current, previous, 2).map((e) => e.holderId)).toEqual([4]);
    expect(escalated(current, null, 2)).toEqual([]);
    expect(escalated(current, previous, 0)).toEqual([]);
  });
});

describe('allocation', () => {
  it('splits 10,000,000 yuan equally over 102 villages to the fen', () => {
    const entries = ranked([
      ...Array.from({ length: 99 }, (_, i) => 1000 - i),
      500,
      500,
      500,
      ...Array.from({ length: 18 }, (_, i) => 100 - i),
    ]);
    const result = allocate({ entries, budgetFen: 1_000_000_000, topN: 100, method: 'equal' });
    expect(result).toHaveLength(102);
    expect(result.reduce((a, r) => a + r.amountFen, 0)).toBe(1_000_000_000);
    const amounts = new Set(result.map((r) => r.amountFen));
    expect([...amounts].sort()).toEqual([9_803_900, 9_804_000]);
    expect(result.every((r) => r.amountFen % 100 === 0)).toBe(true);
  });

  it('gives shares proportional to the score', () => {
    const result = allocate({ entries: ranked([300, 200, 100]), budgetFen: 60_000, topN: 3, method: 'proportional' });
    expect(result.map((r) => r.amountFen)).toEqual([30_000, 20_000, 10_000]);
  });

  it('weights tiers by rank', () => {
    const result = allocate({
      entries: ranked([9, 8, 7, 6]),
      budgetFen: 100_000,
      topN: 4,
      method: 'tiered',
      tiers: [
        { uptoRank: 1, weight: 4 },
        { uptoRank: 4, weight: 2 },
      ],
    });
    expect(result.map((r) => r.amountFen)).toEqual([40_000, 20_000, 20_000, 20_000]);
  });

  it('keeps every holder within the minimum and maximum', () => {
    const result = allocate({
      entries: ranked([1000, 10, 10, 10]),
      budgetFen: 100_000,
      topN: 4,
      method: 'proportional',
      minFen: 10_000,
      maxFen: 50_000,
    });
    expect(result.map((r) => r.amountFen)).toEqual([50_000, 16_700, 16_700, 16_600]);
  });

  it('fills holders without weight towards the maximum when the weighted ones are full', () => {
    const result = allocate({
      entries: ranked([1, 0, 0]),
      budgetFen: 100_000,
      topN: 3,
      method: 'proportional',
      minFen: 10_000,
      maxFen: 40_000,
    });
    expect(result.map((r) => r.amountFen)).toEqual([40_000, 30_000, 30_000]);
  });

  it('refuses a budget that is not whole yuan or bounds that cannot hold', () => {
    expect(() => allocate({ entries: ranked([1, 2]), budgetFen: 150, topN: 2, method: 'equal' })).toThrow(AllocationError);
    expect(() => allocate({ entries: ranked([1, 2]), budgetFen: 10_000, topN: 2, method: 'equal', minFen: 6_000 })).toThrow(
      'ALLOCATION_INFEASIBLE',
    );
  });

  it('always adds up to the budget exactly and stays within the bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 5000 }), { minLength: 1, maxLength: 150 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('equal', 'proportional', 'tiered') as fc.Arbitrary<'equal' | 'proportional' | 'tiered'>,
        (scores, topN, yuan, method) => {
          const entries = ranked(scores);
          const count = topHolders(entries, topN).length;
          // Bounds that can hold: a minimum below and a maximum above the equal share.
          const equal = Math.floor(yuan / count) * 100;
          const minFen = Math.floor(equal / 2 / 100) * 100;
          const maxFen = equal * 2 + 100;
          const result = allocate({
            entries,
            budgetFen: yuan * 100,
            topN,
            method,
            tiers: [
              { uptoRank: 10, weight: 3 },
              { uptoRank: 1000, weight: 1 },
            ],
            minFen,
            maxFen,
          });
          expect(result.reduce((a, r) => a + r.amountFen, 0)).toBe(yuan * 100);
          expect(result.every((r) => r.amountFen >= minFen && r.amountFen <= maxFen && r.amountFen % 100 === 0)).toBe(true);
          expect(result).toHaveLength(count);
        },
      ),
    );
  });

  it('largest remainder breaks ties by order', () => {
    expect(largestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(largestRemainder(0n, [1n, 2n])).toEqual([0n, 0n]);
  });
});
