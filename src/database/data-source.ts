import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { preparedName } from '../common/db/hot-query.js';
import { inlineParams } from './inline-params.js';

const logger = new Logger('Database');

/**
 * A connection that never takes the process down when the server drops it between two queries
 * (a restart, a failover, an administrator's pg_terminate_backend, while a transaction waits on
 * other work): pg reports that as an 'error' event, which with no listener would be thrown. It is
 * logged; the pool replaces the connection, and the next query on it fails like any query.
 */
export class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (err: Error) => {
      // A connection being closed (the pool ends it without waiting) may still hear the server
      // stop under it: nothing is lost then, and nothing to report.
      if ((this as unknown as { _ending?: boolean })._ending) return;
      logger.warn({ err: err.message }, 'database connection dropped');
    });
  }

  /** TypeORM's START TRANSACTION, not sent yet: it goes with the transaction's first statement. */
  private beginPending = false;

  /**
   * A statement marked \`prepared\` (the hot paths') goes as a named prepared statement: parsed and
   * planned once per connection. A transaction's BEGIN rides with its first statement, one round
   * trip instead of two (see \`withBegin\`).
   */
  override query(...args: unknown[]): never {
    const call = super.query.bind(this) as (...a: unknown[]) => never;
    const [text, values, callback] = args;
    const promised = typeof text === 'string' && callback === undefined && (values === undefined || Array.isArray(values));
    if (promised && text === 'START TRANSACTION' && !this.beginPending && !(values as unknown[] | undefined)?.length) {
      this.beginPending = true;
      return Promise.resolve(EMPTY('BEGIN')) as never;
    }
    if (this.beginPending) {
      this.beginPending = false;
      // A transaction that sent nothing ends without a word to the server.
      if (promised && (text === 'COMMIT' || text === 'ROLLBACK')) return Promise.resolve(EMPTY(text)) as never;
      const merged = promised ? withBegin(text, (values as unknown[] | undefined) ?? []) : null;
      if (merged !== null) return (call(merged) as Promise<pg.QueryResult | pg.QueryResult[]>).then(lastOf) as never;
      // Queued: pg sends it, then the statement, in order; a failure shows on the statement too.
      (call('BEGIN') as Promise<unknown>).catch(() => undefined);
    }
    const name = typeof text === 'string' && Array.isArray(values) ? preparedName(text) : undefined;
    return name ? call({ name, text, values }, callback) : call(...args);
  }
}

/** An answer to a statement the server was not sent. */
const EMPTY = (command: string) => ({ command, rowCount: null, rows: [], fields: [] });

/** The answer to the last statement of a simple query (pg answers a list for several). */
function lastOf(results: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(results) ? results[results.length - 1] : results;
}

/**
 * BEGIN and a transaction's first statement as one simple query (two statements, one round trip),
 * the parameters written in (inlineParams); null when they cannot be.
 */
function withBegin(text: string, values: unknown[]): string | null {
  const inlined = values.length === 0 ? text : inlineParams(text, values);
  return inlined === null ? null : `BEGIN;\n${inlined}`;
}

/** Options for the one DataSource of the app, the CLI and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const extra = (overrides as { extra?: Record<string, unknown> }).extra ?? { max: 20, application_name: 'moral-bank' };
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    ...overrides,
    extra: { ...extra, Client: GuardedClient },
  } as DataSourceOptions;
}

export function createDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}
