import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { assertInScope, canRead, type Scoped } from '../common/auth/scope.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import type { CreateRegionDto } from './regions.dto.js';
import { PARENT_LEVEL, type Region, type RegionLevel } from './region.entity.js';
import { RegionsRepository } from './regions.repository.js';

/** Which levels each role may create below its own region. */
const CREATABLE: Partial<Record<UserActor['role'], RegionLevel[]>> = {
  county_admin: ['township', 'village', 'grid'],
  township_officer: ['village', 'grid'],
  village_clerk: ['grid'],
};

@Injectable()
export class RegionsService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionsRepository,
  ) {}

  /** Names of regions by id, in one query (for lists that show many). */
  async namesOf(ids: number[]): Promise<Map<number, string>> {
    return new Map((await this.regions.findByIds([...new Set(ids)])).map((r) => [r.id, r.name]));
  }

  async create(actor: UserActor, dto: CreateRegionDto): Promise<Region> {
    if (!CREATABLE[actor.role]?.includes(dto.level)) {
      throw new DomainError('FORBIDDEN', {
        reason: dto.level === 'county' ? 'counties are created with the command line' : `a ${actor.role} may not create a ${dto.level}`,
      });
    }
    const parent = await this.get(dto.parentId);
    assertInScope(actor, parent.path, { regionId: parent.id });
    const expected = PARENT_LEVEL[dto.level];
    if (parent.level !== expected)
      throw new DomainError('INVALID_REGION_PARENT', { level: dto.level, expected, parentLevel: parent.level });
    try {
      return await this.db.transaction((m) =>
        this.regions.insert({ code: dto.code, name: dto.name, level: dto.level, parentId: parent.id, parentPath: parent.path }, m),
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_CODE', { code: dto.code });
      throw e;
    }
  }

  /** A region by id, 404 if missing; no scope check. */
  async get(id: number): Promise<Region> {
    const region = await this.regions.findById(id);
    if (!region) throw notFound('region', id);
    return region;
  }

  /** A region in the actor's subtree (where it may act), 404 or 403 OUT_OF_SCOPE with `details` otherwise. */
  async getInScope(actor: Actor, id: number, details: Record<string, unknown> = { regionId: id }): Promise<Region> {
    const region = await this.get(id);
    assertInScope(actor, region.path, details);
    return region;
  }

  async getForActor(actor: Scoped, id: number): Promise<Region> {
    const region = await this.get(id);
    if (!canRead(actor, region.path)) throw new DomainError('OUT_OF_SCOPE', { regionId: id });
    return region;
  }

  async list(
    actor: Actor,
    parentId: number | undefined,
    limit: number,
    offset: number,
    q?: string,
  ): Promise<{ items: Region[]; total: number }> {
    if (parentId === undefined) {
      const own = await this.get(actor.regionId);
      return { items: [own], total: 1 };
    }
    const parent = await this.getForActor(actor, parentId);
    // Children of an ancestor are only visible along the actor's own branch.
    const [items, total] = await this.regions.children(parent.id, limit, offset, q);
    const visible = items.filter((r) => canRead(actor, r.path));
    return { items: visible, total: visible.length === items.length ? total : visible.length };
  }
}
