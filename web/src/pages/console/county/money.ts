/**
 * Money on the county's screens: the service counts in fen (integers), people type and read yuan.
 * Parsing and formatting use integer arithmetic only (BigInt), so no float ever touches an amount:
 * "1,000,000.50" is 100000050 fen, "1000万" is 1000000000 fen, "0.005" is refused (less than a fen).
 */

const UNITS: Record<string, bigint> = { '': 100n, 元: 100n, 万: 1_000_000n, 万元: 1_000_000n, 亿: 10_000_000_000n, 亿元: 10_000_000_000n };
const AMOUNT = /^([0-9][0-9,，\s]*)(?:[.．]([0-9]*))?\s*(万元|亿元|元|万|亿)?$/;

/**
 * Fen from what someone typed as yuan: digits with thousands separators, an optional decimal part,
 * an optional unit (元, 万, 亿) and a leading ¥. Null when it is no amount, is below a fen, or
 * does not fit a safe integer.
 */
export function parseYuanToFen(input: string): number | null {
  const s = input.trim().replace(/^[¥￥]\s*/, '');
  const m = AMOUNT.exec(s);
  if (!m) return null;
  const whole = m[1].replace(/[,，\s]/g, '');
  const frac = m[2] ?? '';
  if (!/^\d+$/.test(whole)) return null;
  const scale = 10n ** BigInt(frac.length);
  const scaled = BigInt(whole) * scale + (frac ? BigInt(frac) : 0n);
  const fenTimesScale = scaled * UNITS[m[3] ?? ''];
  if (fenTimesScale % scale !== 0n) return null;
  const fen = fenTimesScale / scale;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(fen);
}

export { formatYuan } from '@/common/format';

/** Fen as yuan in a chart (a plotted height only, never an amount that is added up or stored). */
export const fenForChart = (fen: number): number => fen / 100;
