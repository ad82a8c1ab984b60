import {
  Global,
  Injectable,
  Logger,
  Module,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
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
    if (value !== null && value !== undefined && generation === this.generation && this.feed.listening) {
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
      this.entries.set(key, { value: deepFreeze(value), until: now + MAX_AGE_MS });
    }
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
    const keep = generation === this.generation && this.feed.listening;
    for (const [key, value] of loaded) {
      found.set(key, value);
      if (keep && value !== null && value !== undefined) {
        if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
        this.entries.set(key, { value: deepFreeze(value), until: now + MAX_AGE_MS });
      }
    }
    return found;
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
  private readonly fences = new Map<string, () => void>();

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

  /**
   * Waits until every change committed before this call has reached this instance's feed: a
   * marker sent through the same channel arrives after them (notifications come in commit order).
   */
  async fence(timeoutMs = 2_000): Promise<void> {
    if (!this.listening) return;
    const id = randomUUID();
    const arrived = new Promise<void>((done) => this.fences.set(id, done));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((done) => (timer = setTimeout(done, timeoutMs)));
    await this.dataSource.query(`SELECT pg_notify($1, $2)`, [CHANGES_CHANNEL, `fence:${id}`]);
    await Promise.race([arrived, late]);
    clearTimeout(timer);
    if (this.fences.delete(id)) this.clearAll(); // not seen in time: trust nothing held
  }

  private changed(payload: string): void {
    if (payload.startsWith('fence:')) {
      const done = this.fences.get(payload.slice(6));
      this.fences.delete(payload.slice(6));
      done?.();
      return;
    }
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
    for (const done of this.fences.values()) done();
    this.fences.clear();
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

const CLEARS_CACHES = 'clearsCaches';

/**
 * On a controller whose writes change watched tables (stores, devices, programs, rules, users,
 * regions): after each of its writes, this instance empties its caches before it answers, so the
 * caller's next request reads the change whatever instance serves it here; the database's
 * announcement tells the other instances at the commit.
 */
export const ClearsCaches = (): ClassDecorator & MethodDecorator => SetMetadata(CLEARS_CACHES, true);

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class CacheClearingInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly feed: ChangeFeed,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { method } = context.switchToHttp().getRequest<{ method: string }>();
    if (READS.has(method) || !this.reflector.getAllAndOverride<boolean>(CLEARS_CACHES, [context.getHandler(), context.getClass()]))
      return next.handle();
    const clear = () => this.feed.clearAll();
    return next.handle().pipe(tap({ next: clear, error: clear, complete: clear }));
  }
}

@Global()
@Module({ providers: [ChangeFeed, { provide: APP_INTERCEPTOR, useClass: CacheClearingInterceptor }], exports: [ChangeFeed] })
export class ChangeFeedModule {}
