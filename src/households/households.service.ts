import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { PIN_DIGITS } from './pin-lockout.js';
import { DataSource } from 'typeorm';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { hashPassword } from '../common/auth/passwords.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isUniqueViolation, pgConstraint } from '../common/db/pg-errors.js';
import { RegionsService } from '../regions/regions.service.js';
import { normalizeCardCode } from './card-code.js';
import { householdFields, memberFields, type StoredMemberFields } from './household-fields.js';
import type { CreateHouseholdDto, UpdateHouseholdDto } from './households.dto.js';
import { HouseholdPinsRepository } from './household-pins.repository.js';
import { HouseholdsRepository, type HouseholdFilter, type HouseholdWithPath } from './households.repository.js';

/** PIN_DIGITS random digits, never a PIN a neighbour would guess first (one digit repeated, a straight run). */
export function newPin(): string {
  for (;;) {
    const pin = String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, '0');
    const steps = new Set([...pin].slice(1).map((d, i) => (Number(d) - Number(pin[i]) + 10) % 10));
    if (steps.size > 1 || (!steps.has(0) && !steps.has(1) && !steps.has(9))) return pin;
  }
}

function invalid(field: string): DomainError {
  return invalidField(field, `${field} is not valid`);
}

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdsRepository,
    private readonly pins: HouseholdPinsRepository,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers the household with its members; answers it as stored. */
  async create(actor: UserActor, dto: CreateHouseholdDto): Promise<HouseholdWithPath> {
    const village = await this.regions.getInScope(actor, dto.villageId, { villageId: dto.villageId });
    if (village.level !== 'village') throw new DomainError('NOT_A_VILLAGE', { regionId: village.id, level: village.level });
    const fields = householdFields(this.config.piiHashKey, dto);
    if (!fields.ok) throw invalid(fields.field);
    const members: StoredMemberFields[] = [];
    for (const [i, m] of (dto.members ?? []).entries()) {
      const mf = memberFields(this.config.piiHashKey, m);
      if (!mf.ok) throw invalid(`members.${i}.${mf.field}`);
      members.push(mf.value);
    }
    if (new Set(members.map((m) => m.name)).size !== members.length) throw invalid('members.name');
    if (dto.gridId !== undefined) await this.assertGridOf(dto.gridId, village.id);
    try {
      const id = await this.db.transaction(async (m) => {
        const householdId = await this.households.insert(village.id, dto.householdNo, fields.value, m, dto.gridId ?? null);
        await this.households.insertMembers(householdId, members, m);
        return householdId;
      });
      return (await this.households.findWithPath({ id }))!;
    } catch (e) {
      if (isUniqueViolation(e) && pgConstraint(e) === 'UQ_households_village_no') {
        throw new DomainError('DUPLICATE_HOUSEHOLD_NO', { householdNo: dto.householdNo, villageId: village.id });
      }
      throw e;
    }
  }

  /** Changes the household; answers it as stored now. */
  async update(actor: UserActor, id: number, dto: UpdateHouseholdDto): Promise<HouseholdWithPath> {
    const current = await this.getInScope(actor, id);
    const fields = householdFields(this.config.piiHashKey, {
      headName: dto.headName ?? current.headName,
      address: dto.address,
      phone: dto.phone,
    });
    if (!fields.ok) throw invalid(fields.field);
    const { headName, address, phoneMasked, phoneHash } = fields.value;
    if (dto.gridId !== undefined && dto.gridId !== null) await this.assertGridOf(dto.gridId, current.villageId);
    await this.households.update(id, {
      ...(dto.gridId !== undefined ? { gridId: dto.gridId } : {}),
      ...(dto.headName !== undefined ? { headName } : {}),
      ...(dto.address !== undefined ? { address } : {}),
      ...(dto.phone !== undefined ? { phoneMasked, phoneHash } : {}),
    });
    return (await this.households.findWithPath({ id }))!;
  }

  /**
   * Gives the household a new PIN for resident log-in (card code + PIN), returned this once to
   * print on or with the card; only its hash is kept. A reset ends the sessions of the old PIN.
   */
  async setPin(
    actor: UserActor,
    id: number,
  ): Promise<{ householdId: number; cardCode: string; pin: string; version: number; setAt: Date }> {
    const household = await this.getInScope(actor, id);
    const pin = newPin();
    const { version, setAt } = await this.pins.set(household.id, await hashPassword(pin), actor.id);
    return { householdId: household.id, cardCode: household.cardCode, pin, version, setAt };
  }

  /** A household's grid must be a grid (网格) of its own village. */
  private async assertGridOf(gridId: number, villageId: number): Promise<void> {
    const grid = await this.regions.get(gridId).catch(() => null);
    if (!grid || grid.level !== 'grid' || grid.parentId !== villageId)
      throw invalidField('gridId', "gridId must be a grid (网格) of the household's village", 'isGridOfVillage');
  }

  /** The household if the caller's subtree holds it, else 404 NOT_FOUND or 403 OUT_OF_SCOPE. */
  async getInScope(actor: Actor, id: number): Promise<HouseholdWithPath> {
    const household = await this.households.findWithPath({ id });
    if (!household) throw notFound('household', id);
    assertInScope(actor, household.villagePath, { householdId: id });
    return household;
  }

  /** The household with this card code (however it was typed or scanned) if the caller's subtree holds it. */
  async byCard(actor: Actor, rawCode: string): Promise<HouseholdWithPath> {
    const household = await this.households.findWithPath({ cardCode: normalizeCardCode(rawCode) });
    if (!household) throw notFound('household', rawCode);
    assertInScope(actor, household.villagePath, { cardCode: household.cardCode });
    return household;
  }

  /** A page of the households in the actor's reach that match the filter, and how many match in all. */
  async list(actor: Actor, filter: HouseholdFilter, limit: number, offset: number) {
    return this.households.list(await this.pathOf(actor, filter), { ...filter, q: filter.q?.trim() || undefined }, limit, offset);
  }

  /**
   * The ids of the households in the actor's reach that match the filter (at most `max`): what an
   * award "to all that match" touches, counted the way the list counts them.
   */
  async matching(actor: Actor, filter: HouseholdFilter, max: number): Promise<number[]> {
    return this.households.idsMatching(await this.pathOf(actor, filter), { ...filter, q: filter.q?.trim() || undefined }, max);
  }

  /** Where the filter looks: the village named, else the actor's region; a grid named must be in reach too. */
  private async pathOf(actor: Actor, filter: HouseholdFilter): Promise<string> {
    if (filter.gridId !== undefined) await this.regions.getInScope(actor, filter.gridId, { gridId: filter.gridId });
    if (filter.villageId === undefined) return actor.regionPath;
    return (await this.regions.getInScope(actor, filter.villageId, { villageId: filter.villageId })).path;
  }
}
