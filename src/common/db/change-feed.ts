import {
  Global,
  Injectable,
  Logger,
  Module,
  UseInterceptors,
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import pg from 'pg';
import { tap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';

/** The channel the database announces changes of cached tables on (migration 1798000000000-ChangeFeed). */
export const CHANGES_CHANNEL = 'moral_bank_changes';

/** The tables whose changes the database announces: what any read cache may hold. */
export type WatchedTable =
  | 'devices'
  | 'stores'
  | 'programs'
  | 'rules'
  | 'rule_versions'
  | 'rule_exclusions'
  | 'rule_adoptions'
  | 'users'
  | 'regions'
  | 'staff_declarations';

/** How long an entry is trusted at most, even with the feed connected (a bound, not the mechanism). */
const MAX_AGE_MS = 60_000;
const RECONNECT_MS = 1_000;

/** Shared between requests, a cached value must not be changed by one of them: frozen, a change throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * A read-through cache of rows that change rarely (a kiosk's key, a program's settings, a staff
 * user), emptied whenever the database announces a change of one of its tables. It holds nothing
 * while the feed is not listening (at start, after a lost connection), so it is never staler than
 * the announcement's delivery: every instance is told at the change's commit. Missing rows (null)
 * are not kept.
 */
export class ReadCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  /** Bumped by every clear: a load that began before a change does not store what it read. */
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    readonly tables: readonly WatchedTable[],
    private readonly max: number,
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    if (!this.feed.listening) return load();
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && hit.until > now) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation) this.keep(key, value, now);
    return value;
  }

  /** Several keys at once: those not held are loaded together (`load` gets the missing keys). */
  async getMany(keys: K[], load: (missing: K[]) => Promise<Map<K, V>>): Promise<Map<K, V>> {
    const found = new Map<K, V>();
    const missing: K[] = [];
    const listening = this.feed.listening;
    const now = Date.now();
    for (const key of new Set(keys)) {
      const hit = listening ? this.entries.get(key) : undefined;
      if (hit && hit.until > now) found.set(key, hit.value);
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const loaded = await load(missing);
    const current = generation === this.generation;
    for (const [key, value] of loaded) {
      found.set(key, value);
      if (current) this.keep(key, value, now);
    }
    return found;
  }

  /** Holds a value just read (not a missing row), while the feed listens, evicting the oldest when full. */
  private keep(key: K, value: V, readAt: number): void {
    if (value === null || value === undefined || !this.feed.listening) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value: deepFreeze(value), until: readAt + MAX_AGE_MS });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

/**
 * The database's announcements of changed tables (LISTEN on one connection of its own), and the
 * read caches they empty. A statement-level trigger on each watched table sends the table's name
 * at commit (`pg_notify` is transactional), to every instance of the service. The instance that
 * made a change also empties its caches itself before answering (see `ClearsCaches`), so its
 * next request never reads the old row.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly caches: ReadCache<unknown, unknown>[] = [];
  private client: pg.Client | null = null;
  private closing = false;
  private retry: NodeJS.Timeout | undefined;
  /** Caches serve only while this holds: the feed is connected and listening. */
  listening = false;
  /** Changes announced since start (for tests and the health of the feed). */
  received = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** A feed that never listens: caches made with it always read through (scripts, the CLI, specs). */
  static off(): ChangeFeed {
    return new ChangeFeed(undefined as unknown as DataSource);
  }

  /** A cache emptied by changes of `tables`, holding at most `max` entries. */
  cache<K, V>(tables: readonly WatchedTable[], max = 10_000): ReadCache<K, V> {
    const cache = new ReadCache<K, V>(this, tables, max);
    this.caches.push(cache as ReadCache<unknown, unknown>);
    return cache;
  }

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retry);
    this.lost();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Empties every cache (what a change by this instance does before its answer). */
  clearAll(): void {
    for (const c of this.caches) c.clear();
  }

  private changed(payload: string): void {
    this.received++;
    for (const c of this.caches) if (c.tables.includes(payload as WatchedTable)) c.clear();
  }

  private async connect(): Promise<void> {
    if (this.closing) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url, application_name: 'moral-bank-changes' });
    client.on('notification', (m) => this.changed(m.payload ?? ''));
    client.on('error', (err: Error) => {
      this.logger.warn({ err: err.message }, 'change feed connection lost; caches off until it is back');
      this.lost();
    });
    client.on('end', () => {
      if (this.client === client) this.lost();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      this.client = client;
      // Whatever changed while not listening is unknown: start empty.
      this.clearAll();
      this.listening = true;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'change feed not listening; caches off');
      await client.end().catch(() => undefined);
      this.schedule();
    }
  }

  private lost(): void {
    this.listening = false;
    this.clearAll();
    if (this.client) {
      const old = this.client;
      this.client = null;
      void old.end().catch(() => undefined);
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.closing) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.retry.unref();
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** After a write, empties this instance's caches before the answer goes out. */
@Injectable()
export class CacheClearingInterceptor implements NestInterceptor {
  constructor(private readonly feed: ChangeFeed) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (READS.has(context.switchToHttp().getRequest<{ method: string }>().method)) return next.handle();
    const clear = () => this.feed.clearAll();
    return next.handle().pipe(tap({ next: clear, error: clear, complete: clear }));
  }
}

/**
 * On a controller whose writes change watched tables (stores, devices, programs, rules, users,
 * regions, declarations): after each of its writes, this instance empties its caches before it
 * answers, so the caller's next request reads the change whatever instance serves it here; the
 * database's announcement tells the other instances at the commit. Only these controllers carry
 * the interceptor: the hot paths, which write no watched table, do not pay for it.
 */
export const ClearsCaches = (): ClassDecorator & MethodDecorator => applyDecorators(UseInterceptors(CacheClearingInterceptor));

@Global()
@Module({ providers: [ChangeFeed], exports: [ChangeFeed] })
export class ChangeFeedModule {}
