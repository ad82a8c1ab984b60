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
import { Clock } from '../common/clock.js';
import { countyIdOf } from '../common/auth/scope.js';
import { SecurityEvents } from '../common/security-events.js';
import { PIN_ALARM_CARDS, PIN_ALARM_WINDOW, PIN_TRIES_PER_LOCK } from '../households/pin-lockout.js';
import { SecurityAlarmsRepository } from './security-alarms.repository.js';

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
    private readonly alarms: SecurityAlarmsRepository,
    private readonly events: SecurityEvents,
    private readonly clock: Clock,
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
   * A resident's log-in with the household's card code and PIN. The client address is limited like
   * a staff log-in; the card by its PIN's own count of wrong PINs (households/pin-lockout.ts):
   * locks that grow, a daily cap, locked until reset after PIN_MAX_WRONG. The attempt is counted
   * before the PIN is checked. Wrong PINs over many cards of a county raise an alarm.
   */
  async residentLogin(rawCardCode: string, pin: string, ip: string): Promise<ResidentLoginResult> {
    const cardCode = normalizeCardCode(rawCardCode);
    await this.limiter.consumeAddress(ip);
    const card = await this.pins.byCard(cardCode);
    if (!card?.pinHash) {
      await verifyPassword(null, pin); // the same work as a wrong PIN: no card tells itself apart by timing
      // A card code is printed on the door plate: saying that a known card has no PIN yet tells nothing.
      throw new DomainError(card ? 'PIN_NOT_SET' : 'INVALID_PIN');
    }
    const now = this.clock.now();
    const counted = await this.pins.countAttempt(card.householdId, now);
    if (!counted) throw lockedError(await this.pins.lockedUntil(card.householdId, now), now);
    if (!(await verifyPassword(card.pinHash, pin))) {
      await this.pins.attemptFailed(card.householdId, now);
      await this.watchForGuessing(card, now, ip);
      const left = PIN_TRIES_PER_LOCK - (counted.attempts % PIN_TRIES_PER_LOCK);
      throw new DomainError(
        'INVALID_PIN',
        counted.lockedUntil ? { locked: true } : { triesBeforeLock: left === PIN_TRIES_PER_LOCK ? 0 : left },
      );
    }
    await this.pins.attemptSucceeded(card.householdId);
    await this.limiter.addressSucceeded(ip);
    const payload: TokenPayload = { sub: card.householdId, role: RESIDENT, pv: card.version };
    return {
      accessToken: await this.jwt.signAsync(payload),
      expiresIn: ttlSeconds(this.config.jwtTtl),
      household: residentHousehold(card),
    };
  }

  /** Wrong PINs on PIN_ALARM_CARDS cards of the county within the window: an alarm (once an hour). */
  private async watchForGuessing(card: CardLogin, now: Date, ip: string): Promise<void> {
    const countyId = countyIdOf(card);
    const cards = await this.pins.cardsGuessedAt(`/${countyId}/`, now);
    if (cards < PIN_ALARM_CARDS) return;
    const details = { cards, threshold: PIN_ALARM_CARDS, window: PIN_ALARM_WINDOW };
    const id = await this.alarms.raise(countyId, 'pin_guessing', now, details);
    if (id !== null) this.events.alarm({ id, kind: 'pin_guessing', countyId, raisedAt: now, details, ip: ip || null });
  }

  /** The household of a logged-in resident. */
  async resident(resident: ResidentActor): Promise<ResidentHouseholdView> {
    const card = await this.pins.byHousehold(resident.householdId);
    if (!card) throw new DomainError('UNAUTHENTICATED', { reason: 'household removed' });
    return residentHousehold(card);
  }
}

/** A locked card: until when, or until a clerk resets the PIN. */
function lockedError(until: Date | null, now: Date): DomainError {
  const at = until instanceof Date ? until.getTime() : Infinity;
  if (!Number.isFinite(at)) return new DomainError('CARD_LOCKED_UNTIL_RESET');
  const waitMs = Math.max(1000, at - now.getTime());
  return new DomainError('CARD_LOCKED', {
    until: new Date(at).toISOString(),
    untilLocal: localMinute(new Date(at)),
    retryAfterSeconds: Math.ceil(waitMs / 1000),
  });
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
