import { grantUnderCap, releaseFromCap } from './caps.js';

describe('cap arithmetic', () => {
  it('grants in full while the cap has room', () => {
    expect(grantUnderCap(0, 5, 20)).toEqual({ granted: 5, usedAfter: 5 });
    expect(grantUnderCap(15, 5, 20)).toEqual({ granted: 5, usedAfter: 20 });
  });

  it('cuts the award to what fits, then grants nothing', () => {
    expect(grantUnderCap(18, 5, 20)).toEqual({ granted: 2, usedAfter: 20 });
    expect(grantUnderCap(20, 5, 20)).toEqual({ granted: 0, usedAfter: 20 });
  });

  it('grants nothing when a lowered cap is already exceeded', () => {
    expect(grantUnderCap(25, 5, 20)).toEqual({ granted: 0, usedAfter: 25 });
  });

  it('six awards of 5 under a cap of 20 give 5, 5, 5, 5, 0, 0', () => {
    let used = 0;
    const granted = Array.from({ length: 6 }, () => {
      const g = grantUnderCap(used, 5, 20);
      used = g.usedAfter;
      return g.granted;
    });
    expect(granted).toEqual([5, 5, 5, 5, 0, 0]);
  });

  it('gives points back on reversal, never below zero', () => {
    expect(releaseFromCap(20, 5)).toBe(15);
    expect(releaseFromCap(3, 5)).toBe(0);
  });
});
