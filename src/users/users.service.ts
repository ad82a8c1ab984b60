import { Injectable } from '@nestjs/common';
import { type Actor, type OperatorActor, type UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import { hashPassword } from '../common/auth/passwords.js';
import type { RegionLevel } from '../regions/region.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import type { CreateUserDto, UpdateUserDto } from './users.dto.js';
import { PLATFORM_OPERATOR, type Role } from '../common/auth/roles.js';
import type { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

/** Region levels each role may be assigned to. */
export const ROLE_LEVELS: Record<Role, RegionLevel[]> = {
  county_admin: ['county'],
  township_officer: ['township'],
  village_clerk: ['village'],
  reviewer: ['county', 'township', 'village'],
  store_operator: ['county', 'township', 'village'],
  auditor: ['county', 'township', 'village'],
};

/** Roles each role may hand out (always inside its own subtree). */
const ASSIGNABLE: Partial<Record<Role, Role[]>> = {
  county_admin: ['county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor'],
  township_officer: ['village_clerk', 'reviewer', 'store_operator', 'auditor'],
};

export type PublicUser = Omit<User, 'passwordHash'>;

/** A user as the staff list shows it: with its region's name. */
export type UserListItem = PublicUser & { regionName: string | null };

/** What the staff list is narrowed by. */
export interface UserListQuery {
  regionId?: number;
  role?: Role;
  q?: string;
}

export function toPublicUser(user: User): PublicUser {
  const { passwordHash: _, ...rest } = user;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly regions: RegionsService,
  ) {}

  async create(actor: UserActor | null, dto: CreateUserDto): Promise<PublicUser> {
    const region = await this.regions.get(dto.regionId);
    if (actor) {
      if (!ASSIGNABLE[actor.role]?.includes(dto.role)) throw new DomainError('ROLE_NOT_ASSIGNABLE', { role: dto.role });
      assertInScope(actor, region.path, { regionId: region.id });
    }
    if (!ROLE_LEVELS[dto.role].includes(region.level))
      throw new DomainError('ROLE_REGION_MISMATCH', { role: dto.role, level: region.level });
    try {
      const user = await this.users.insert({
        username: dto.username,
        passwordHash: await hashPassword(dto.password),
        displayName: dto.displayName,
        role: dto.role,
        regionId: region.id,
      });
      return toPublicUser(user);
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_USERNAME', { username: dto.username });
      throw e;
    }
  }

  async get(actor: Actor, id: number): Promise<PublicUser> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('user', id);
    const self = actor.kind === 'user' && actor.id === id;
    // A platform operator (no region) is in no county's scope.
    if (!self && user.regionId === null) throw new DomainError('OUT_OF_SCOPE', { userId: id });
    if (!self) assertInScope(actor, (await this.regions.get(user.regionId!)).path, { userId: id });
    return toPublicUser(user);
  }

  /** The caller itself: a staff user with its region's path, or a platform operator (no region). */
  async me(principal: UserActor | OperatorActor): Promise<PublicUser & { regionPath: string | null }> {
    const user = (await this.users.findById(principal.id))!;
    return { ...toPublicUser(user), regionPath: principal.kind === 'user' ? principal.regionPath : null };
  }

  /** A page of the users of the actor's subtree (or of a region in it), by role and search, with their regions' names. */
  async list(actor: Actor, q: UserListQuery, limit: number, offset: number): Promise<{ items: UserListItem[]; total: number }> {
    let regionPath: string | undefined;
    if (q.regionId !== undefined) {
      const region = await this.regions.getInScope(actor, q.regionId);
      regionPath = region.path;
    }
    const [users, total] = await this.users.list(
      actor.regionPath,
      { regionPath, role: q.role, q: q.q?.trim() || undefined },
      limit,
      offset,
    );
    const names = await this.regions.namesOf(users.flatMap((u) => (u.regionId === null ? [] : [u.regionId])));
    const items = users.map((u) => ({ ...toPublicUser(u), regionName: u.regionId === null ? null : (names.get(u.regionId) ?? null) }));
    return { items, total };
  }

  async update(actor: UserActor, id: number, dto: UpdateUserDto): Promise<PublicUser> {
    const target = await this.users.findById(id);
    if (!target) throw notFound('user', id);
    const self = target.id === actor.id;
    if (!self) {
      if (target.role === PLATFORM_OPERATOR || target.regionId === null) throw new DomainError('OUT_OF_SCOPE', { userId: id });
      if (!ASSIGNABLE[actor.role]?.includes(target.role)) throw new DomainError('ROLE_NOT_ASSIGNABLE', { role: target.role });
      await this.regions.getInScope(actor, target.regionId, { userId: id });
    } else if (dto.active === false) {
      throw new DomainError('FORBIDDEN', { reason: 'you cannot disable yourself' });
    }
    await this.users.update(id, {
      ...(dto.displayName !== undefined ? { displayName: dto.displayName } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
      ...(dto.password !== undefined ? { passwordHash: await hashPassword(dto.password) } : {}),
    });
    return toPublicUser((await this.users.findById(id))!);
  }
}
