import { dayStart, nextDayStart, parseClock, quietUntil } from './quiet-hours.js';

const at = (iso: string) => new Date(iso);

describe('quiet hours in China time', () => {
  const from = parseClock('22:00');
  const until = parseClock('07:00');

  it('holds a message sent at 23:30 until 07:00 the next morning', () => {
    expect(quietUntil(at('2026-12-06T15:30:00Z'), from, until)?.toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });

  it('holds one at 06:59 for a minute, and lets one at 07:00 and one at 21:59 go', () => {
    expect(quietUntil(at('2026-12-06T22:59:30Z'), from, until)?.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(quietUntil(at('2026-12-06T23:00:00Z'), from, until)).toBeNull();
    expect(quietUntil(at('2026-12-06T13:59:00Z'), from, until)).toBeNull();
  });

  it('handles hours within one day (12:00 to 14:00) and none', () => {
    expect(quietUntil(at('2026-12-06T04:30:00Z'), parseClock('12:00'), parseClock('14:00'))?.toISOString()).toBe(
      '2026-12-06T06:00:00.000Z',
    );
    expect(quietUntil(at('2026-12-06T07:00:00Z'), parseClock('12:00'), parseClock('14:00'))).toBeNull();
    expect(quietUntil(at('2026-12-06T15:30:00Z'), null, null)).toBeNull();
  });

  it("counts the daily limit's day from midnight China time", () => {
    expect(dayStart(at('2026-12-06T15:59:00Z')).toISOString()).toBe('2026-12-05T16:00:00.000Z');
    expect(dayStart(at('2026-12-06T16:00:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(nextDayStart(at('2026-12-06T03:00:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('refuses a time that is not one', () => {
    expect(() => parseClock('24:00')).toThrow();
    expect(() => parseClock('7:00')).toThrow();
  });
});
