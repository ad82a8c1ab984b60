import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import { Store } from './store.entity.js';

export type LimitPer = 'month' | 'quarter' | 'year';

/** Goods (or a fee offset) a store hands out for points. */
@Entity('store_items')
@Index('UQ_store_items_sku', ['storeId', 'sku'], { unique: true })
@Check('CHK_store_items_stock', `"stock" >= 0`)
@Check('CHK_store_items_price', `"points_price" > 0`)
@Check(
  'CHK_store_items_limit',
  `("limit_quantity" IS NULL AND "limit_per" IS NULL) OR ("limit_quantity" > 0 AND "limit_per" IN ('month', 'quarter', 'year'))`,
)
export class StoreItem {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Store, { name: 'FK_store_items_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @Column({ type: 'varchar', length: 32 })
  sku: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'points_price', type: 'bigint', transformer: bigintColumn })
  pointsPrice: number;

  @Column({ type: 'int', default: 0 })
  stock: number;

  /** False for a service such as a water-fee offset: nothing is counted on a shelf. */
  @Column({ name: 'tracks_stock', type: 'boolean', default: true })
  tracksStock: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** At most this many per household per period (e.g. two bottles of oil a month). */
  @Column({ name: 'limit_quantity', type: 'int', nullable: true })
  limitQuantity: number | null;

  @Column({ name: 'limit_per', type: 'varchar', length: 8, nullable: true })
  limitPer: LimitPer | null;

  /** Stock at or below this shows as low in the stock report. */
  @Column({ name: 'low_stock_at', type: 'int', default: 5 })
  lowStockAt: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const FUNDING_SOURCES = ['donation', 'village_fund', 'township_fund', 'county_fund', 'enterprise', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const MOVEMENT_KINDS = ['initial', 'restock', 'adjustment', 'redemption', 'refund'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Every change of an item's stock, with why; the stock column is their running sum. */
@Entity('stock_movements')
@Index('IDX_stock_movements_item', ['itemId', 'id'])
@Check('CHK_stock_movements_quantity', `"quantity" <> 0`)
@Check('CHK_stock_movements_kind', `"kind" IN ('initial', 'restock', 'adjustment', 'redemption', 'refund')`)
export class StockMovement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Store, { name: 'FK_stock_movements_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @ForeignKey(() => StoreItem, { name: 'FK_stock_movements_item', onDelete: 'RESTRICT' })
  @Column({ name: 'item_id', type: 'int' })
  itemId: number;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'stock_after', type: 'int' })
  stockAfter: number;

  /** Receipts (initial, restock) by item with quantity and funding source, for the liability report (in the migration). */
  @Index('IDX_stock_movements_receipts', { synchronize: false })
  @Column({ type: 'varchar', length: 16 })
  kind: MovementKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'funding_source', type: 'varchar', length: 16, nullable: true })
  fundingSource: FundingSource | null;

  @Column({ name: 'redemption_id', type: 'bigint', nullable: true })
  redemptionId: string | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'user' | 'device' | 'system';

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Quantity of a limited item a household took per period, upserted with the limit in its WHERE. */
@Entity('item_limit_usage')
export class ItemLimitUsage {
  @ForeignKey(() => StoreItem, { name: 'FK_item_limit_usage_item', onDelete: 'RESTRICT' })
  @Column({ name: 'item_id', type: 'int', primary: true })
  itemId: number;

  @Column({ name: 'household_id', type: 'int', primary: true })
  householdId: number;

  @Column({ name: 'period_key', type: 'varchar', length: 8, primary: true })
  periodKey: string;

  @Column({ type: 'int' })
  quantity: number;
}
