import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { preparedName } from '../common/db/hot-query.js';
import { inlineParams } from './inline-params.js';
import { COMMIT_AFTER_NEXT } from '../common/db/transaction-end.js';

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

  /** A BEGIN sent alone and the statement behind it, until that statement's answer is in. */
  private gate: Promise<void> | null = null;

  /** The COMMIT sent right behind a transaction's last statement (\`endsTransaction\`), until TypeORM's own. */
  private ended: Promise<unknown> | null = null;

  /**
   * A statement marked \`prepared\` (the hot paths') goes as a named prepared statement: parsed and
   * planned once per connection. A transaction's BEGIN rides with its first statement, one round
   * trip instead of two (see \`withBegin\`).
   */
  override query(...args: unknown[]): never {
    const call = super.query.bind(this) as (...a: unknown[]) => never;
    const [text, values, callback] = args;
    const promised = typeof text === 'string' && callback === undefined && (values === undefined || Array.isArray(values));
    if (this.gate && promised) return this.gate.then(() => this.query(...args)) as never;
    if (this.ended) return this.afterLast(call, promised ? (text as string) : '') as never;
    if (promised && (this as Record<symbol, unknown>)[COMMIT_AFTER_NEXT]) {
      (this as Record<symbol, unknown>)[COMMIT_AFTER_NEXT] = false;
      return this.sendLast(call, text as string, (values as unknown[] | undefined) ?? [], args) as never;
    }
    return this.send(call, args, promised);
  }

  /**
   * A transaction's last statement and its COMMIT. As one simple query when its parameters can be
   * written in: the server commits as soon as the statement is done (a failed statement stops the
   * query and leaves the transaction aborted, for TypeORM's ROLLBACK). Otherwise the COMMIT follows
   * the statement's answer, and a failed statement sends none (TypeORM's ROLLBACK ends it).
   */
  private sendLast(call: (...a: unknown[]) => never, text: string, values: unknown[], args: unknown[]): Promise<unknown> {
    const inlined = values.length === 0 ? text : inlineParams(text, values);
    if (inlined !== null) {
      const begin = this.beginPending;
      this.beginPending = false;
      const answer = (call(`${begin ? 'BEGIN;\n' : ''}${inlined};\nCOMMIT`) as Promise<pg.QueryResult[]>).then(
        (results) => results[begin ? 1 : 0],
      );
      this.ended = answer.then(() => EMPTY('COMMIT'));
      this.ended.catch(() => undefined);
      return answer;
    }
    const answer = this.send(call, args, true) as Promise<unknown>;
    // A failed statement sends no COMMIT: TypeORM's ROLLBACK ends the aborted transaction.
    this.ended = answer.then(() => call('COMMIT') as Promise<unknown>);
    this.ended.catch(() => undefined);
    return answer;
  }

  private send(call: (...a: unknown[]) => never, args: unknown[], promised: boolean): never {
    const [text, values, callback] = args;
    if (promised && text === 'START TRANSACTION' && !this.beginPending && !(values as unknown[] | undefined)?.length) {
      this.beginPending = true;
      return Promise.resolve(EMPTY('BEGIN')) as never;
    }
    if (this.beginPending) {
      this.beginPending = false;
      // A transaction that sent nothing ends without a word to the server.
      if (promised && (text === 'COMMIT' || text === 'ROLLBACK')) return Promise.resolve(EMPTY(text)) as never;
      if (promised) {
        const merged = withBegin(text as string, (values as unknown[] | undefined) ?? []);
        if (merged !== null) return (call(merged) as Promise<pg.QueryResult | pg.QueryResult[]>).then(lastOf) as never;
        // BEGIN, then the statement once it is in (a failed BEGIN fails the statement, unsent).
        // Statements asked for meanwhile wait for this one, so they reach the server in order.
        const answer = (call('BEGIN') as Promise<unknown>).then(() => this.send(call, args, true) as Promise<unknown>);
        const open = () => {
          if (this.gate === gate) this.gate = null;
        };
        const gate: Promise<void> = answer.then(open, open);
        this.gate = gate;
        return answer as never;
      }
      // A callback or a submittable (a cursor) is queued behind BEGIN: pg sends both in order.
      (call('BEGIN') as Promise<unknown>).catch(() => undefined);
    }
    const name = typeof text === 'string' && Array.isArray(values) ? preparedName(text) : undefined;
    return name ? call({ name, text, values }, callback) : call(...args);
  }

  /** TypeORM's COMMIT or ROLLBACK after a last statement: the transaction has ended already, unless it failed. */
  private afterLast(call: (...a: unknown[]) => never, text: string): Promise<unknown> {
    const ended = this.ended!;
    this.ended = null;
    if (text === 'COMMIT') return ended;
    if (text === 'ROLLBACK') {
      return ended.then(
        (r) => {
          // The statement failed and the COMMIT behind it rolled back; or the service failed after
          // the statement, and what it wrote stays committed.
          if ((r as pg.QueryResult).command === 'COMMIT')
            logger.error('a transaction failed after its last statement, which was committed');
          return EMPTY('ROLLBACK');
        },
        // The statement or the commit failed: the transaction is aborted or over, and a ROLLBACK ends either.
        () => call('ROLLBACK'),
      );
    }
    return Promise.reject(new Error(`a statement was sent after its transaction's last: ${text.slice(0, 80)}`));
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
