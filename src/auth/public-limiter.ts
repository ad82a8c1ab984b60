import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CounterStore } from './counter-store.js';

const WINDOW_SECONDS = 60;

/**
 * Requests to routes that need no login (health, log-in, public boards), counted per client
 * address in a fixed minute: nobody can walk through card codes or flood a public page.
 */
@Injectable()
export class PublicLimiter {
  private readonly byAddress: RateLimiterAbstract;

  constructor(store: CounterStore, @Inject(APP_CONFIG) config: AppConfig) {
    this.byAddress = store.limiter('public-address', config.publicRateLimit, WINDOW_SECONDS);
  }

  /** Counts one request; throws RATE_LIMITED, with the seconds to wait, when the address has used up its minute. */
  async consume(ip: string): Promise<void> {
    try {
      await this.byAddress.consume(ip || 'unknown');
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      throw new DomainError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)) });
    }
  }
}
