import type { ValueTransformer } from 'typeorm';

/**
 * The one transformer for `bigint` columns (points, fen): PostgreSQL sends them as strings; the
 * application works with exact integers as JS numbers and refuses any value a number cannot hold.
 */
export const bigintColumn: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : String(toSafeInteger(value))),
  from: (value: string | null) => (value === null ? null : toSafeInteger(value)),
};

export function toSafeInteger(value: string | number | bigint): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer out of the safe range: ${String(value)}`);
  return n;
}
