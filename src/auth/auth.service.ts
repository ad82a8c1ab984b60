import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { toPublicUser, type PublicUser } from '../users/users.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { verifyPassword } from '../common/auth/passwords.js';
import type { TokenPayload } from './auth.guard.js';

export function ttlSeconds(ttl: string): number {
  const n = Number(ttl.slice(0, -1));
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[ttl.slice(-1) as 's' | 'm' | 'h' | 'd'];
  return n * unit;
}

@Injectable()
export class AuthService {
  /** Failed logins per client address and username within a minute (per instance). */
  private readonly failures: RateLimiterMemory;

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.failures = new RateLimiterMemory({ points: config.loginRateLimit, duration: 60 });
  }

  async login(username: string, password: string, ip: string): Promise<{ accessToken: string; expiresIn: number; user: PublicUser }> {
    const key = `${ip}|${username.toLowerCase()}`;
    const state = await this.failures.get(key);
    if (state && state.consumedPoints >= this.config.loginRateLimit) {
      throw new DomainError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) });
    }
    const user = await this.users.findByUsername(username);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      await this.failures.penalty(key, 1);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.failures.delete(key);
    await this.users.touchLogin(user.id);
    const payload: TokenPayload = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, expiresIn: ttlSeconds(this.config.jwtTtl), user: toPublicUser(user) };
  }
}
