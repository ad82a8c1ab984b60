import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { maskName } from '../../common/pii.js';
import { normalizeCardCode } from '../../households/card-code.js';
import { addDays, dayIn, periodKey } from '../../common/calendar/calendar.js';
import { EXPIRY_NOTICE_DAYS } from '../ledger/balances.service.js';
import { spendable, type RedeemBlock } from '../../ledger/spendable.js';
import { assertServedBy } from '../../stores/redemptions/eligibility.js';
import { StoresService } from '../../stores/stores.service.js';
import { KioskRepository } from './kiosk.repository.js';

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
    private readonly kiosk: KioskRepository,
  ) {}

  /** The store and program come from the cache; the household, its points and the shelf from one statement. */
  async lookup(actor: Actor, storeId: number, rawCode: string): Promise<KioskLookup> {
    const { store, program } = await this.stores.getWithProgram(actor, storeId);
    if (!program) throw new DomainError('STORE_HAS_NO_PROGRAM', { storeId });
    const today = dayIn(program.timezone);
    const period = periodKey(today, program.periodKind);
    const cardCode = normalizeCardCode(rawCode);
    const row = await this.kiosk.lookup({
      cardCode,
      program,
      storeId,
      period,
      today,
      expiryUntil: addDays(today, EXPIRY_NOTICE_DAYS),
      periodKeys: { month: periodKey(today, 'month'), quarter: periodKey(today, 'quarter'), year: periodKey(today, 'year') },
    });
    if (!row) throw notFound('household', rawCode);
    // Known in another county is not eligible here.
    if (!row.path.startsWith(program.countyPath)) throw new DomainError('NOT_ELIGIBLE', { householdId: row.holderId, storeId });
    assertServedBy(store, row);
    // A household without an account yet would open at the base points.
    const balance = row.balance ?? program.basePoints;
    const suspendedUntil = row.suspendedUntil;
    // The rule a redemption enforces, so the counter shows what it will be told.
    const { redeemable, blocks } = spendable({ balance, basePoints: program.basePoints, suspendedUntil });
    return {
      household: {
        id: row.holderId,
        cardCode: row.cardCode,
        householdNo: row.householdNo,
        headNameMasked: maskName(row.headName),
      },
      balance,
      basePoints: program.basePoints,
      redeemable,
      pending: row.pending,
      period,
      earnedThisPeriod: row.earned,
      blocks,
      suspendedUntil,
      expiring: row.expiring,
      items: row.items.map((i) => ({
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
