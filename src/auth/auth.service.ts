import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { toPublicUser, type PublicUser } from '../users/users.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { verifyPassword } from '../common/auth/passwords.js';
import type { TokenPayload } from './auth.guard.js';
import { LoginLimiter } from './login-limiter.js';

export function ttlSeconds(ttl: string): number {
  const n = Number(ttl.slice(0, -1));
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[ttl.slice(-1) as 's' | 'm' | 'h' | 'd'];
  return n * unit;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly limiter: LoginLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string, ip: string): Promise<{ accessToken: string; expiresIn: number; user: PublicUser }> {
    const nameKey = `user:${username.toLowerCase()}`;
    await this.limiter.consume(nameKey, ip);
    const user = await this.users.findByUsername(username);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.limiter.succeeded(nameKey, ip);
    await this.users.touchLogin(user.id);
    const payload: TokenPayload = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, expiresIn: ttlSeconds(this.config.jwtTtl), user: toPublicUser(user) };
  }
}
