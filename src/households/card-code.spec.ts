import { newCardCode, normalizeCardCode } from './card-code.js';

describe('card codes', () => {
  it('are 12 unambiguous characters', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCardCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
  });

  it('normalise what people type', () => {
    expect(normalizeCardCode('ab12-cd34 efgo')).toBe('AB12CD34EFG0');
    expect(normalizeCardCode('il')).toBe('11');
  });
});
