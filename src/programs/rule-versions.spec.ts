import { versionInForce } from './rule-versions.js';

const v = (version: number, effectiveFrom: string, effectiveTo: string | null = null) => ({ version, effectiveFrom, effectiveTo });

describe('rule versions', () => {
  const history = [v(1, '2026-01-01'), v(2, '2026-07-01'), v(3, '2026-10-01')];

  it('picks the version whose window holds the day of the deed', () => {
    expect(versionInForce(history, '2026-06-30')?.version).toBe(1);
    expect(versionInForce(history, '2026-07-01')?.version).toBe(2);
    expect(versionInForce(history, '2026-09-30')?.version).toBe(2);
    expect(versionInForce(history, '2026-11-22')?.version).toBe(3);
  });

  it('finds none before the first version', () => {
    expect(versionInForce(history, '2025-12-31')).toBeNull();
  });

  it('prefers the later version when two start the same day', () => {
    expect(versionInForce([v(1, '2026-01-01'), v(2, '2026-01-01')], '2026-03-01')?.version).toBe(2);
  });

  it('respects an end date', () => {
    expect(versionInForce([v(1, '2026-01-01', '2026-03-31')], '2026-03-31')?.version).toBe(1);
    expect(versionInForce([v(1, '2026-01-01', '2026-03-31')], '2026-04-01')).toBeNull();
  });

  it('does not depend on the order versions are given in', () => {
    expect(versionInForce([...history].reverse(), '2026-08-15')?.version).toBe(2);
  });
});
