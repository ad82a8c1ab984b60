import { hashPii, maskIdNumber, maskName, maskPhone, normalizeIdNumber, normalizePhone } from './pii.js';

describe('personal data', () => {
  it('normalises and masks mobile numbers', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('23812345678')).toBeNull();
  });

  it('accepts landlines with an area code', () => {
    expect(normalizePhone('0836-2812345')).toBe('08362812345');
  });

  it('checks the ID number check character', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeIdNumber('110105194912310021')).toBeNull();
    expect(normalizeIdNumber('1101051949123100')).toBeNull();
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks names for public boards', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('李');
  });

  it('hashes with the key', () => {
    expect(hashPii('k1', '13812345678')).toHaveLength(64);
    expect(hashPii('k1', '13812345678')).not.toBe(hashPii('k2', '13812345678'));
  });
});
