import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { preparedName } from '../common/db/hot-query.js';

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

  /** A statement marked \`prepared\` (the hot paths') goes as a named prepared statement: parsed and planned once per connection. */
  override query(...args: unknown[]): never {
    const [text, values, callback] = args;
    const name = typeof text === 'string' && Array.isArray(values) ? preparedName(text) : undefined;
    const call = super.query.bind(this) as (...a: unknown[]) => never;
    return name ? call({ name, text, values }, callback) : call(...args);
  }
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
