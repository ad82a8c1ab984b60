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
