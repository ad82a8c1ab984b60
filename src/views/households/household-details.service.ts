import { Injectable } from '@nestjs/common';
import type { Actor, UserActor } from '../../common/auth/actor.js';
import { maskName } from '../../common/pii.js';
import type { Household } from '../../households/household.entity.js';
import type { CreateHouseholdDto, UpdateHouseholdDto } from '../../households/households.dto.js';
import type { HouseholdWithPath } from '../../households/households.repository.js';
import { HouseholdsService } from '../../households/households.service.js';
import { HouseholdDetailsRepository, type BalanceLine, type MemberLine } from './household-details.repository.js';

export type HouseholdDetail = Household & {
  members: MemberLine[];
  balances: (BalanceLine & { redeemable: number })[];
};

/** What a counter shows of a household: no members, no balances, the head's name masked. */
export interface CounterHousehold {
  id: number;
  cardCode: string;
  householdNo: string;
  villageId: number;
  headNameMasked: string;
}

/**
 * One household as staff see it: the record, its members and its balances per program. The
 * households module registers, changes and finds it (and checks the caller's scope); this answers
 * it with what the ledger holds.
 */
@Injectable()
export class HouseholdDetails {
  constructor(
    private readonly households: HouseholdsService,
    private readonly details: HouseholdDetailsRepository,
  ) {}

  async create(actor: UserActor, dto: CreateHouseholdDto): Promise<HouseholdDetail> {
    return this.detail(await this.households.create(actor, dto));
  }

  async update(actor: UserActor, id: number, dto: UpdateHouseholdDto): Promise<HouseholdDetail> {
    return this.detail(await this.households.update(actor, id, dto));
  }

  async get(actor: Actor, id: number): Promise<HouseholdDetail> {
    return this.detail(await this.households.getInScope(actor, id));
  }

  /** Staff see the full record; a kiosk gets only what the counter needs, the name masked. */
  async byCard(actor: Actor, rawCode: string): Promise<HouseholdDetail | CounterHousehold> {
    const household = await this.households.byCard(actor, rawCode);
    // A counter (a kiosk, or a store operator at it) gets what it needs to serve the household: no members, the name masked.
    if (actor.kind === 'device' || (actor.kind === 'user' && actor.role === 'store_operator')) {
      return {
        id: household.id,
        cardCode: household.cardCode,
        householdNo: household.householdNo,
        villageId: household.villageId,
        headNameMasked: maskName(household.headName),
      };
    }
    return this.detail(household);
  }

  private async detail(h: HouseholdWithPath): Promise<HouseholdDetail> {
    const { villagePath: _, ...household } = h;
    const members = await this.details.members(h.id);
    const balances = (await this.details.balances(h.id)).map((b) => ({ ...b, redeemable: Math.max(0, b.balance - b.basePoints) }));
    return { ...household, members, balances };
  }
}
