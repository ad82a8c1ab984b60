import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** A statement of a hot request path: its name (one prepared statement per connection), text and values. */
export interface HotStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** The pg pool under the DataSource (TypeORM's postgres driver keeps it as `master`). */
function poolOf(ds: DataSource): pg.Pool {
  return (ds.driver as unknown as { master: pg.Pool }).master;
}

/**
 * Runs a hot path's read straight on the pool as a named prepared statement: each connection
 * parses and plans it once instead of on every request, and the ORM's per-query work is skipped.
 * Only for reads outside a transaction; writes go through the caller's EntityManager.
 */
export async function hotQuery<T>(ds: DataSource, s: HotStatement): Promise<T[]> {
  return (await poolOf(ds).query({ name: s.name, text: s.text, values: s.values })).rows as T[];
}

/** Texts of the statements every award, redemption or lookup sends, by the name they are prepared under. */
const preparedNames = new Map<string, string>();

/**
 * Marks a statement's text (a constant: the same text on every call) as prepared: the database
 * client sends it as a named prepared statement, parsed and planned once per connection instead
 * of on every request. For the statements of the hot paths only: each holds a little memory on
 * every connection of the pool.
 */
export function prepared(text: string): string {
  if (!preparedNames.has(text)) preparedNames.set(text, `p${preparedNames.size + 1}`);
  return text;
}

/** The name `text` is prepared under, if it was marked with `prepared`. */
export function preparedName(text: string): string | undefined {
  return preparedNames.get(text);
}
