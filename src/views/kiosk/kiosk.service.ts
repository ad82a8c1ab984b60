import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { maskName } from '../../common/pii.js';
import { normalizeCardCode } from '../../households/card-code.js';
import { HouseholdLookupsRepository } from '../../households/household-lookups.repository.js';
import { dayIn, periodKey } from '../../common/calendar/calendar.js';
import { BalancesService } from '../ledger/balances.service.js';
import { spendable, type RedeemBlock } from '../../ledger/spendable.js';
import { assertServedBy } from '../../stores/redemptions/eligibility.js';
import { ItemsRepository } from '../../stores/items.repository.js';
import { StoresService } from '../../stores/stores.service.js';

export interface KioskLookup {
  household: { id: number; cardCode: string; householdNo: string; headNameMasked: string };
  balance: number;
  basePoints: number;
  redeemable: number;
  /** Signed points under public notice: shown, not spendable until they post. */
  pending: number;
  period: string;
  earnedThisPeriod: number;
  blocks: RedeemBlock[];
  suspendedUntil: string | null;
  expiring: { points: number; on: string } | null;
  items: {
    sku: string;
    name: string;
    pointsPrice: number;
    stock: number | null;
    limit: { quantity: number; per: string } | null;
    remaining: number | null;
  }[];
}

/** What the counter needs after scanning a card: who, what they can spend, what is left to take. */
@Injectable()
export class KioskService {
  constructor(
    private readonly stores: StoresService,
    private readonly households: HouseholdLookupsRepository,
    private readonly items: ItemsRepository,
    private readonly balances: BalancesService,
  ) {}

  async lookup(actor: Actor, storeId: number, rawCode: string): Promise<KioskLookup> {
    const { store, program } = await this.stores.getWithProgram(actor, storeId);
    if (!program) throw new DomainError('STORE_HAS_NO_PROGRAM', { storeId });
    const household = await this.households.householdForKiosk(normalizeCardCode(rawCode), program.countyPath);
    if (!household) {
      // Known elsewhere (another county) is not eligible here; unknown is not found.
      const elsewhere = await this.households.householdByCard(normalizeCardCode(rawCode));
      if (elsewhere === null) throw notFound('household', rawCode);
      throw new DomainError('NOT_ELIGIBLE', { householdId: elsewhere, storeId });
    }
    const householdId = household.holderId;
    assertServedBy(store, household);
    // Balance, points under notice and this period's earnings in one query (no account yet: the base points).
    const { balance, pending, period, earnedThisPeriod, suspendedUntil, expiring } = await this.balances.balanceOf(program, householdId);
    // The rule a redemption enforces, so the counter shows what it will be told.
    const { redeemable, blocks } = spendable({ balance, basePoints: program.basePoints, suspendedUntil });
    const today = dayIn(program.timezone);
    const offered = await this.items.shelfFor(storeId, householdId, {
      month: periodKey(today, 'month'),
      quarter: periodKey(today, 'quarter'),
      year: periodKey(today, 'year'),
    });
    return {
      household: {
        id: householdId,
        cardCode: household.cardCode,
        householdNo: household.householdNo,
        headNameMasked: maskName(household.headName),
      },
      balance,
      basePoints: program.basePoints,
      redeemable,
      pending,
      period,
      earnedThisPeriod,
      blocks,
      suspendedUntil,
      expiring,
      items: offered.map((i) => ({
        sku: i.sku,
        name: i.name,
        pointsPrice: i.pointsPrice,
        stock: i.tracksStock ? i.stock : null,
        limit: i.limitQuantity !== null && i.limitPer !== null ? { quantity: i.limitQuantity, per: i.limitPer } : null,
        remaining: i.limitQuantity !== null ? Math.max(0, i.limitQuantity - i.used) : null,
      })),
    };
  }
}
