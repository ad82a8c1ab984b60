import { Injectable } from '@nestjs/common';
import { prepared } from '../common/db/hot-query.js';
import { DataSource, type EntityManager } from 'typeorm';
import { containing, type ListPage } from '../common/http/listing.js';
import type { BookingPart } from '../ledger/ledger.repository.js';
import { ItemLimitUsage, StockMovement, StoreItem, type FundingSource, type MovementKind } from './store-item.entity.js';

/** Thrown by a booking that took goods when one of them had not enough in stock (nothing is taken). */
export class StockShort extends Error {
  constructor(readonly takes: { itemId: number; quantity: number }[]) {
    super('not enough in stock');
  }
}

export interface MovementInput {
  storeId: number;
  itemId: number;
  quantity: number;
  stockAfter: number;
  kind: MovementKind;
  reason: string | null;
  fundingSource: FundingSource | null;
  redemptionId: string | null;
  actorType: 'user' | 'device' | 'system';
  actorId: number | null;
}

@Injectable()
export class ItemsRepository {
  constructor(private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  insert(m: EntityManager, data: Omit<StoreItem, 'id' | 'createdAt' | 'updatedAt'>): Promise<StoreItem> {
    return m.getRepository(StoreItem).save(m.getRepository(StoreItem).create(data));
  }

  async update(id: number, patch: Partial<StoreItem>): Promise<void> {
    // An empty PATCH changes nothing (TypeORM refuses an UPDATE without values, or stamps updated_at alone).
    if (Object.keys(patch).length === 0) return;
    await this.db.getRepository(StoreItem).update({ id }, patch);
  }

  findBySku(storeId: number, sku: string, manager?: EntityManager): Promise<StoreItem | null> {
    return this.m(manager).getRepository(StoreItem).findOneBy({ storeId, sku });
  }

  async findBySkus(storeId: number, skus: string[], manager?: EntityManager): Promise<StoreItem[]> {
    if (skus.length === 0) return [];
    return this.m(manager)
      .getRepository(StoreItem)
      .createQueryBuilder('i')
      .where('i.store_id = :storeId AND i.sku IN (:...skus)', { storeId, skus })
      .getMany();
  }

  async findByIds(ids: number[], manager?: EntityManager): Promise<StoreItem[]> {
    if (ids.length === 0) return [];
    return this.m(manager).getRepository(StoreItem).createQueryBuilder('i').where('i.id IN (:...ids)', { ids }).getMany();
  }

  list(storeId: number): Promise<StoreItem[]> {
    return this.db.getRepository(StoreItem).find({ where: { storeId }, order: { sku: 'ASC' } });
  }

  /** A page of a store's goods by sku (sku or name containing `q`, if given), and how many match. */
  async page(storeId: number, page: ListPage): Promise<{ items: StoreItem[]; total: number }> {
    const qb = this.db.getRepository(StoreItem).createQueryBuilder('i').where('i.store_id = :storeId', { storeId });
    if (page.q) qb.andWhere('(i.sku ILIKE :q OR i.name ILIKE :q)', { q: containing(page.q) });
    qb.orderBy('i.sku', 'ASC').skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Moves stock by a signed quantity unless it would go below zero; returns the stock after, or null. */
  async moveStock(m: EntityManager, itemId: number, quantity: number): Promise<number | null> {
    const [rows] = (await m.query(
      prepared(`UPDATE store_items SET stock = stock + $2, updated_at = now() WHERE id = $1 AND stock + $2 >= 0 RETURNING stock`),
      [itemId, quantity],
    )) as [{ stock: number }[], number];
    return rows[0]?.stock ?? null;
  }

  /**
   * \`moveStock\` of goods taken, in the booking statement that spends their points: the item rows,
   * which every redemption of the same goods waits for, are then held from that statement to the
   * commit only. Rows are locked in ascending id order (as refunds and adjustments take them one
   * by one). CTE \`stock_taken\` (item_id, stock_after) has a row for each item taken; the booking
   * throws StockShort unless every item had enough.
   */
  takeStockInBooking(takes: { itemId: number; quantity: number }[]): BookingPart {
    return (_numbered, first) => {
      const $ = (i: number) => `$${first + i}`;
      return {
        sql: `stock_locked AS (SELECT id FROM store_items WHERE id = ANY(${$(0)}::int[]) ORDER BY id FOR UPDATE),
         stock_taken AS (
           UPDATE store_items i SET stock = i.stock - u.quantity, updated_at = now()
             FROM unnest(${$(0)}::int[], ${$(1)}::int[]) AS u(id, quantity)
            WHERE i.id = u.id AND i.id IN (SELECT id FROM stock_locked) AND i.stock - u.quantity >= 0
           RETURNING i.id AS item_id, i.stock AS stock_after)`,
        params: [takes.map((t) => t.itemId), takes.map((t) => t.quantity)],
        check: { sql: `(SELECT count(*) FROM stock_taken) = cardinality(${$(0)}::int[])`, error: () => new StockShort(takes) },
      };
    };
  }

  async insertMovements(m: EntityManager, movements: MovementInput[]): Promise<void> {
    if (movements.length === 0) return;
    await m.getRepository(StockMovement).insert(movements);
  }

  insertMovement(m: EntityManager, movement: MovementInput): Promise<StockMovement> {
    return m.getRepository(StockMovement).save(m.getRepository(StockMovement).create(movement));
  }

  movements(itemId: number, limit: number, offset = 0): Promise<StockMovement[]> {
    return this.db.getRepository(StockMovement).find({ where: { itemId }, order: { id: 'DESC' }, take: limit, skip: offset });
  }

  /**
   * Takes `quantity` of a limited item for a household in a period, only while the total stays
   * within `limit`: one upsert with the limit in its WHERE. Returns false when it would not fit.
   */
  async takeLimit(
    m: EntityManager,
    itemId: number,
    householdId: number,
    periodKey: string,
    quantity: number,
    limit: number,
  ): Promise<boolean> {
    if (quantity > limit) return false;
    const rows = (await m.query(
      prepared(`INSERT INTO item_limit_usage AS u (item_id, household_id, period_key, quantity) VALUES ($1, $2, $3, $4)
       ON CONFLICT (item_id, household_id, period_key) DO UPDATE SET quantity = u.quantity + EXCLUDED.quantity
        WHERE u.quantity + EXCLUDED.quantity <= $5
       RETURNING quantity`),
      [itemId, householdId, periodKey, quantity, limit],
    )) as unknown[];
    return rows.length > 0;
  }

  async releaseLimit(m: EntityManager, itemId: number, householdId: number, periodKey: string, quantity: number): Promise<void> {
    await m.query(
      `UPDATE item_limit_usage SET quantity = GREATEST(0, quantity - $4) WHERE item_id = $1 AND household_id = $2 AND period_key = $3`,
      [itemId, householdId, periodKey, quantity],
    );
  }

  /** Pass the caller's manager inside a transaction: a second pool connection there can starve the pool. */
  async usage(householdId: number, keys: { itemId: number; periodKey: string }[], manager?: EntityManager): Promise<Map<number, number>> {
    if (keys.length === 0) return new Map();
    const rows = await this.m(manager)
      .getRepository(ItemLimitUsage)
      .createQueryBuilder('u')
      .where('u.household_id = :householdId', { householdId })
      .andWhere('(u.item_id, u.period_key) IN (SELECT * FROM unnest(:itemIds::int[], :periods::varchar[]))', {
        itemIds: keys.map((k) => k.itemId),
        periods: keys.map((k) => k.periodKey),
      })
      .getMany();
    return new Map(rows.map((r) => [r.itemId, r.quantity]));
  }
}
