import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { DeviceActor } from '../common/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ALLOW_DEVICE, ALLOW_OPERATOR, ALLOW_RESIDENT, IS_PUBLIC, ROLES, type AuthedRequest } from '../common/auth/decorators.js';
import { HouseholdPinsRepository } from '../households/household-pins.repository.js';
import { DomainError } from '../common/errors/domain-error.js';
import { DevicesRepository } from '../stores/devices.repository.js';
import { PLATFORM_OPERATOR, type AccountRole, type Role } from '../common/auth/roles.js';
import { UsersRepository } from '../users/users.repository.js';
import { parseApiKey, secretMatches } from '../common/auth/api-keys.js';
import { PublicLimiter } from './public-limiter.js';

/** The role a resident's token carries (its `sub` is the household id). */
export const RESIDENT = 'resident';

export interface TokenPayload {
  sub: number;
  role: AccountRole | typeof RESIDENT;
  /** A resident token: the PIN version it was made with (a reset ends it). */
  pv?: number;
}

/**
 * The one global guard: staff by `Authorization: Bearer <jwt>`, kiosks by `X-Api-Key`.
 * The user or device is re-read on every request, so disabling or revoking acts at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** The verification key, made once: given a string, jsonwebtoken rebuilds a key on every verify. */
  private readonly key: KeyObject;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly devices: DevicesRepository,
    private readonly publicLimiter: PublicLimiter,
    private readonly pins: HouseholdPinsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      await this.publicLimiter.consume(req.ip ?? '');
      return true;
    }

    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey.length > 0) {
      req.actor = await this.device(apiKey);
      if (!this.reflector.getAllAndOverride<boolean>(ALLOW_DEVICE, targets))
        throw new DomainError('FORBIDDEN', { reason: 'not open to kiosk devices' });
      return true;
    }

    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new DomainError('UNAUTHENTICATED');
    let payload: TokenPayload;
    try {
      // jsonwebtoken takes a KeyObject; @nestjs/jwt's option type only names strings and buffers.
      payload = await this.jwt.verifyAsync<TokenPayload>(token, { secret: this.key as unknown as Buffer, algorithms: ['HS256'] });
    } catch {
      throw new DomainError('UNAUTHENTICATED', { reason: 'invalid or expired token' });
    }
    if (payload.role === RESIDENT) {
      const card = await this.pins.byHousehold(payload.sub);
      if (!card || card.pinHash === null || card.version !== payload.pv)
        throw new DomainError('UNAUTHENTICATED', { reason: 'PIN reset or household removed' });
      req.resident = {
        kind: 'resident',
        householdId: card.householdId,
        cardCode: card.cardCode,
        villageId: card.villageId,
        regionPath: card.regionPath,
      };
      if (!this.reflector.getAllAndOverride<boolean>(ALLOW_RESIDENT, targets))
        throw new DomainError('FORBIDDEN', { reason: 'residents act only for their own household' });
      return true;
    }
    if (payload.role === PLATFORM_OPERATOR) {
      req.operator = (await this.users.findOperator(payload.sub)) ?? undefined;
      if (!req.operator) throw new DomainError('UNAUTHENTICATED', { reason: 'user disabled or removed' });
      if (!this.reflector.getAllAndOverride<boolean>(ALLOW_OPERATOR, targets))
        throw new DomainError('FORBIDDEN', { reason: 'platform operators do not act in counties' });
      return true;
    }
    const user = await this.users.findActor(payload.sub);
    if (!user) throw new DomainError('UNAUTHENTICATED', { reason: 'user disabled or removed' });
    req.actor = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new DomainError('FORBIDDEN', { role: user.role });
    return true;
  }

  private async device(apiKey: string): Promise<DeviceActor> {
    const parsed = parseApiKey(apiKey);
    const device = parsed ? await this.devices.findActive(parsed.deviceId) : null;
    if (!parsed || !device || !secretMatches(parsed.secret, device.keyHash)) throw new DomainError('INVALID_API_KEY');
    await this.devices.touch(device.id);
    return {
      kind: 'device',
      id: device.id,
      name: device.name,
      storeId: device.storeId,
      regionId: device.regionId,
      regionPath: device.regionPath,
    };
  }
}
