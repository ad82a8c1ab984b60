import { addMonths, monthCount, monthsFrom, previousPeriodKey, reportPeriod } from './months.js';

describe('report months and periods', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthCount('2025-11', '2026-02')).toBe(4);
    expect(monthCount('2026-02', '2026-01')).toBe(0);
    expect(monthsFrom('2026-12', 2)).toEqual(['2026-12', '2027-01']);
  });

  it('reads a period of the program kind or a year, and finds the one before', () => {
    expect(reportPeriod('2026-Q3', 'quarter')).toEqual({ key: '2026-Q3', periods: ['2026-Q3'], first: '2026-07-01', last: '2026-09-30' });
    expect(reportPeriod('2026', 'quarter')?.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(reportPeriod('2026', 'month')?.periods).toHaveLength(12);
    expect(reportPeriod('2026-07', 'quarter')).toBeNull();
    expect(reportPeriod('2026-Q5', 'quarter')).toBeNull();
    expect(previousPeriodKey('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriodKey('2026-01')).toBe('2025-12');
    expect(previousPeriodKey('2026')).toBe('2025');
  });
});
