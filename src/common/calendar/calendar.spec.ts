import { addDays, dayIn, isIsoDate, latestPeriod, periodBounds, periodKey, periodKindOf } from './calendar.js';

describe('periods', () => {
  it('takes the calendar day in the program timezone around midnight UTC+8', () => {
    expect(dayIn('Asia/Shanghai', new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
    expect(dayIn('Asia/Shanghai', new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
    expect(dayIn('UTC', new Date('2026-06-30T16:00:00Z'))).toBe('2026-06-30');
    expect(dayIn('Asia/Shanghai', new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('maps a day to its month, quarter and year', () => {
    expect(periodKey('2026-06-30', 'quarter')).toBe('2026-Q2');
    expect(periodKey('2026-07-01', 'quarter')).toBe('2026-Q3');
    expect(periodKey('2026-12-31', 'quarter')).toBe('2026-Q4');
    expect(periodKey('2026-01-01', 'quarter')).toBe('2026-Q1');
    expect(periodKey('2026-07-31', 'month')).toBe('2026-07');
    expect(periodKey('2026-07-31', 'year')).toBe('2026');
  });

  it('gives the bounds of a period and refuses keys of another kind', () => {
    expect(periodBounds('2026-Q3', 'quarter')).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(periodBounds('2026-Q1', 'quarter')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(periodBounds('2028-02', 'month')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(periodBounds('2026', 'year')).toEqual({ first: '2026-01-01', last: '2026-12-31' });
    expect(periodBounds('2026-Q3', 'month')).toBeNull();
    expect(periodBounds('2026-Q5', 'quarter')).toBeNull();
    expect(periodBounds('2026-13', 'month')).toBeNull();
  });

  it('tells the kind of a period key', () => {
    expect(['2026', '2026-Q3', '2026-07', '2026-Q5', '2026-7', 'x'].map(periodKindOf)).toEqual([
      'year',
      'quarter',
      'month',
      null,
      null,
      null,
    ]);
  });

  it('takes as latest the period that ends last, whatever its kind, then the one that began last', () => {
    expect(latestPeriod(['2026-Q3', '2026-11'])).toBe('2026-11');
    expect(latestPeriod(['2026-11', '2026-Q3', '2026-10'])).toBe('2026-11');
    expect(latestPeriod(['2026-09', '2026-Q3'])).toBe('2026-09');
    expect(latestPeriod(['2026', '2026-Q4', '2026-12'])).toBe('2026-12');
    expect(latestPeriod(['2026', '2026-Q4'])).toBe('2026-Q4');
    expect(latestPeriod(['2027-01', '2026'])).toBe('2027-01');
    expect(latestPeriod(['nonsense', '2025-Q1'])).toBe('2025-Q1');
    expect(latestPeriod([])).toBeUndefined();
  });

  it('validates calendar days', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-7-1')).toBe(false);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
