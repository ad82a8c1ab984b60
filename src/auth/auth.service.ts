import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { toPublicUser, type PublicUser } from '../users/users.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { verifyPassword } from '../common/auth/passwords.js';
import type { ResidentActor } from '../common/auth/actor.js';
import { maskName } from '../common/pii.js';
import { normalizeCardCode } from '../households/card-code.js';
import { HouseholdPinsRepository, type CardLogin } from '../households/household-pins.repository.js';
import type { ResidentHouseholdView, ResidentLoginResult } from './auth.dto.js';
import { RESIDENT, type TokenPayload } from './auth.guard.js';
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
    private readonly pins: HouseholdPinsRepository,
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

  /**
   * A resident's log-in with the household's card code and PIN, limited like staff log-ins: per
   * card (a locked card says until when) and per address. The token acts for that household only.
   */
  async residentLogin(rawCardCode: string, pin: string, ip: string): Promise<ResidentLoginResult> {
    const cardCode = normalizeCardCode(rawCardCode);
    const nameKey = `card:${cardCode}`;
    try {
      await this.limiter.consume(nameKey, ip);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'RATE_LIMITED' && e.details?.limited === 'name') {
        const until = new Date(e.details.until as string);
        throw new DomainError('CARD_LOCKED', { ...e.details, untilLocal: localMinute(until) });
      }
      throw e;
    }
    const card = await this.pins.byCard(cardCode);
    const ok = await verifyPassword(card?.pinHash ?? null, pin);
    if (!card || !ok) throw new DomainError('INVALID_PIN');
    await this.limiter.succeeded(nameKey, ip);
    const payload: TokenPayload = { sub: card.householdId, role: RESIDENT, pv: card.version };
    return { accessToken: await this.jwt.signAsync(payload), expiresIn: ttlSeconds(this.config.jwtTtl), household: residentHousehold(card) };
  }

  /** The household of a logged-in resident. */
  async resident(resident: ResidentActor): Promise<ResidentHouseholdView> {
    const card = await this.pins.byHousehold(resident.householdId);
    if (!card) throw new DomainError('UNAUTHENTICATED', { reason: 'household removed' });
    return residentHousehold(card);
  }
}

function residentHousehold(card: CardLogin): ResidentHouseholdView {
  return {
    id: card.householdId,
    cardCode: card.cardCode,
    householdNo: card.householdNo,
    headNameMasked: maskName(card.headName),
    villageId: card.villageId,
    villageName: card.villageName,
  };
}

/** A moment as people in China read it: 2026-12-01 18:42. */
function localMinute(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(at);
}
