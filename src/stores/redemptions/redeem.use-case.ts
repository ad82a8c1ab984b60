import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../../common/idempotency/idempotency.service.js';
import { normalizeCardCode } from '../../households/card-code.js';
import { HouseholdLookupsRepository } from '../../households/household-lookups.repository.js';
import { HoldersRepository } from '../../ledger/holders.repository.js';
import { LedgerEngine } from '../../ledger/ledger-engine.js';
import { todayOf } from '../../programs/periods/periods.service.js';
import { actorRefOf, type Provenance } from '../../common/auth/provenance.js';
import { periodKey } from '../../common/calendar/calendar.js';
import { ItemsRepository, StockShort } from '../items.repository.js';
import type { StoreItem } from '../store-item.entity.js';
import { StoresService } from '../stores.service.js';
import type { RedeemDto, RedemptionView } from './redemptions.dto.js';
import { assertServedBy } from './eligibility.js';
import { RedemptionsRepository } from './redemptions.repository.js';

/**
 * RedeemPoints: a household takes goods at a love supermarket. In one database transaction the
 * per-household limits are taken with conditional updates (items in ascending id order), the
 * points are spent through the ledger engine without touching the base, and its booking statement
 * takes the stock (conditional updates, ascending id order) and the receipt number and writes the
 * redemption. Any refusal rolls everything back.
 */
@Injectable()
export class RedeemPoints {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoresService,
    private readonly holders: HoldersRepository,
    private readonly households: HouseholdLookupsRepository,
    private readonly items: ItemsRepository,
    private readonly redemptions: RedemptionsRepository,
    private readonly engine: LedgerEngine,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(
    actor: Actor,
    storeId: number,
    dto: RedeemDto,
    idem: IdempotencyRequest | null,
    by: Provenance,
  ): Promise<Outcome<RedemptionView>> {
    if (actor.kind === 'device' && !idem) throw new DomainError('IDEMPOTENCY_KEY_REQUIRED');
    const { store, program } = await this.stores.getWithProgram(actor, storeId);
    if (!program) throw new DomainError('STORE_HAS_NO_PROGRAM', { storeId });
    if (program.holderType !== 'household') throw new DomainError('PROGRAM_NOT_REDEEMABLE', { programId: program.id });
    const householdId = await this.householdOf(dto);
    const [holder] = await this.holders.resolve('household', program.countyPath, [householdId]);
    if (!holder) throw notFound('household', householdId);
    assertServedBy(store, holder);

    const skus = dto.lines.map((l) => l.sku);
    if (new Set(skus).size !== skus.length) {
      throw invalidField('lines', 'each sku may appear on one line only', 'uniqueSku');
    }
    const { day: today, period } = todayOf(program);

    const outcome = this.db.transaction((m) =>
      this.idempotency.runBooked(m, idem, 201, async (complete) => {
        // Checked under the key: a late retry replays even if an item has left the shelf since.
        const items = new Map((await this.items.findBySkus(storeId, skus, m)).map((i) => [i.sku, i]));
        for (const line of dto.lines) {
          const item = items.get(line.sku);
          if (!item) throw new DomainError('NOT_FOUND', { resource: 'item', sku: line.sku });
          if (!item.active) throw new DomainError('ITEM_INACTIVE', { sku: line.sku });
        }
        const lines = dto.lines.map((l) => ({ item: items.get(l.sku)!, quantity: l.quantity })).sort((a, b) => a.item.id - b.item.id);
        const total = lines.reduce((sum, l) => sum + l.item.pointsPrice * l.quantity, 0);
        // Limits first (the household's own rows). A household whose account is not open yet has
        // nothing to spend: the engine refuses it (INSUFFICIENT_POINTS), so no account is opened here.
        for (const { item, quantity } of lines) await this.takeLimit(m, item, householdId, today, quantity);
        // The goods, the receipt number and the redemption ride in the booking statement: the item
        // rows and the store's counter of the day, which other redemptions wait for, are held from
        // that statement to the commit only.
        const stocked = lines.filter((l) => l.item.tracksStock);
        let redemption: RedemptionView | undefined;
        const parts = ({ balanceAfter }: { balanceAfter: number }) => [
          this.items.takeStockInBooking(stocked.map(({ item, quantity }) => ({ itemId: item.id, quantity }))),
          this.redemptions.insertInBooking(
            { storeId, programId: program.id, householdId, points: total, actorType: actor.kind, actorId: actor.id },
            balanceAfter,
            lines.map(({ item, quantity }) => ({
              itemId: item.id,
              sku: item.sku,
              name: item.name,
              quantity,
              unitPoints: item.pointsPrice,
              points: item.pointsPrice * quantity,
            })),
            stocked.map(({ item, quantity }) => ({ itemId: item.id, quantity: -quantity, ...actorRefOf(by) })),
            (view) => (redemption = view),
          ),
          // The response is stored by the same statement: it is the transaction's last.
          ...(complete ? [complete] : []),
        ];
        await this.engine.redeem(
          m,
          program,
          holder,
          storeId,
          total,
          by,
          { occurredOn: today, period },
          {
            memo: this.redemptions.receiptInBooking(storeId, store.code, today),
            parts,
            last: true,
          },
        );
        return redemption!;
      }),
    );
    // Explained once the transaction has given its connection back (waiting for a second one while
    // holding the first could exhaust the pool under a rush of refusals).
    return outcome.catch(async (err: unknown) => {
      throw err instanceof StockShort ? await this.outOfStock(err.takes) : err;
    });
  }

  /** Why a booking found too little in stock: the first line whose goods are short now. */
  private async outOfStock(takes: { itemId: number; quantity: number }[]): Promise<DomainError> {
    const now = new Map((await this.items.findByIds(takes.map((t) => t.itemId))).map((i) => [i.id, i]));
    const short = takes.find((t) => (now.get(t.itemId)?.stock ?? 0) < t.quantity) ?? takes[0];
    const item = now.get(short.itemId)!;
    return new DomainError('OUT_OF_STOCK', { sku: item.sku, requested: short.quantity, available: item.stock });
  }

  private async takeLimit(
    m: Parameters<ItemsRepository['takeLimit']>[0],
    item: StoreItem,
    householdId: number,
    today: string,
    quantity: number,
  ): Promise<void> {
    if (item.limitQuantity === null || item.limitPer === null) return;
    const key = periodKey(today, item.limitPer);
    if (!(await this.items.takeLimit(m, item.id, householdId, key, quantity, item.limitQuantity))) {
      const used = (await this.items.usage(householdId, [{ itemId: item.id, periodKey: key }], m)).get(item.id) ?? 0;
      throw new DomainError('ITEM_LIMIT_REACHED', {
        sku: item.sku,
        limit: item.limitQuantity,
        per: item.limitPer,
        remaining: Math.max(0, item.limitQuantity - used),
      });
    }
  }

  private async householdOf(dto: RedeemDto): Promise<number> {
    if ((dto.householdId === undefined) === (dto.cardCode === undefined)) {
      throw invalidField('householdId', 'give exactly one of householdId and cardCode', 'exactlyOne');
    }
    if (dto.householdId !== undefined) return dto.householdId;
    const id = await this.households.householdByCard(normalizeCardCode(dto.cardCode!));
    if (id === null) throw notFound('household', dto.cardCode);
    return id;
  }
}
