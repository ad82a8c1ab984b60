import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * Where request counters (login and public-route limits) live: a Redis connection of their own on the queues'
 * Redis, so every instance sees the same counts; none without Redis (counters stay in memory).
 */
@Injectable()
export class CounterStore implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('CounterStore');
  /** The connection, or null when the service has no Redis. */
  readonly redis: Redis | null;
  /** Prefix of every counter key, under the queue prefix: deployments sharing a Redis keep their own counts. */
  readonly keyPrefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keyPrefix = `${config.queue.prefix}:limits`;
    this.redis =
      config.queue.kind === 'redis' && config.queue.url
        ? new Redis(config.queue.url, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 1000 })
        : null;
    // Without a listener ioredis prints every failed reconnect to stderr; the limiter falls back to memory meanwhile.
    let warned = false;
    this.redis?.on('error', (err: unknown) => {
      if (!warned) this.logger.warn({ err }, 'Redis for login counters not reachable; counting in memory meanwhile');
      warned = true;
    });
    this.redis?.on('ready', () => {
      warned = false;
    });
  }

  /** Connects at start, so the first logins are counted in Redis; without it they are counted in memory until it answers. */
  async onModuleInit(): Promise<void> {
    await this.redis
      ?.connect()
      .catch((err: unknown) => this.logger.warn({ err }, 'Redis for login counters not reachable; counting in memory meanwhile'));
  }

  /**
   * A fixed-window limiter of `points` per `windowSeconds`, shared through Redis when there is one.
   * With Redis away it counts in this instance's memory rather than let requests through uncounted
   * or fail them.
   */
  limiter(name: string, points: number, windowSeconds: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ points, duration: windowSeconds, keyPrefix: name });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.keyPrefix}:${name}`,
      points,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}
