import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CounterStore } from './counter-store.js';

/** One client address may fail this many times the per-name limit: a township office often logs in from one NAT address. */
export const ADDRESS_LIMIT_FACTOR = 5;
const WINDOW_SECONDS = 60;

/**
 * Login attempts counted per account name and per client address, in a fixed window of a minute.
 * An attempt is counted before its password is checked (one atomic increment per counter), so
 * concurrent attempts cannot all pass; counters are shared through Redis when there is one.
 */
@Injectable()
export class LoginLimiter {
  private readonly byName: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(store: CounterStore, @Inject(APP_CONFIG) config: AppConfig) {
    this.byName = store.limiter('login-name', config.loginRateLimit, WINDOW_SECONDS);
    this.byAddress = store.limiter('login-address', config.loginRateLimit * ADDRESS_LIMIT_FACTOR, WINDOW_SECONDS);
  }

  /**
   * Counts one attempt against the account name (namespaced by the caller, e.g. `user:zhang`) and
   * the client address, before any password is checked. Throws RATE_LIMITED, with the seconds
   * to wait, when either has used up its minute.
   */
  async consume(nameKey: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([this.byName.consume(nameKey), this.byAddress.consume(ip || 'unknown')]);
    const [byName, byAddress] = results.map((r) => (r.status === 'rejected' ? (r.reason as unknown) : undefined));
    const refused = [byName, byAddress].filter((r) => r !== undefined);
    if (refused.length === 0) return;
    // With the memory insurance a store error never gets here; anything else is a bug to surface.
    const failure = refused.find((r) => !(r instanceof RateLimiterRes));
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error('login counter failed', { cause: failure });
    const waitMs = Math.max(...(refused as RateLimiterRes[]).map((r) => r.msBeforeNext));
    throw new DomainError('RATE_LIMITED', {
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
      until: new Date(Date.now() + waitMs).toISOString(),
      // Which count ran out: the name's (that account or card is locked) or the address's.
      limited: byName !== undefined ? 'name' : 'address',
    });
  }

  /** Counts one attempt against the client address alone (a resident's card has its own count, kept with its PIN). */
  async consumeAddress(ip: string): Promise<void> {
    try {
      await this.byAddress.consume(ip || 'unknown');
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes))
        throw refused instanceof Error ? refused : new Error('login counter failed', { cause: refused });
      throw new DomainError('RATE_LIMITED', {
        retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
        until: new Date(Date.now() + refused.msBeforeNext).toISOString(),
        limited: 'address',
      });
    }
  }

  /** The address gets its attempt back after a successful log-in. */
  async addressSucceeded(ip: string): Promise<void> {
    await this.byAddress.reward(ip || 'unknown', 1);
  }

  /** After a successful login: the name's failures are forgotten and the address gets its attempt back. */
  async succeeded(nameKey: string, ip: string): Promise<void> {
    await Promise.all([this.byName.delete(nameKey), this.byAddress.reward(ip || 'unknown', 1)]);
  }
}
