import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../../common/db/bigint.transformer.js';
import { LedgerTransaction } from '../../ledger/ledger.entities.js';
import { Program } from '../../programs/program.entity.js';
import { StoreItem } from '../store-item.entity.js';
import { Store } from '../store.entity.js';

/** Settles what a store handed out: points and their value in fen, to be reimbursed to it. */
@Entity('settlements')
@Index('IDX_settlements_store', ['storeId', 'id'])
export class Settlement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Store, { name: 'FK_settlements_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @ForeignKey(() => Program, { name: 'FK_settlements_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => LedgerTransaction, { name: 'FK_settlements_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint', nullable: true })
  transactionId: string | null;

  /** Redeemed points minus refunded points covered. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @Column({ name: 'point_value_fen', type: 'bigint', transformer: bigintColumn })
  pointValueFen: number;

  @Column({ name: 'value_fen', type: 'bigint', transformer: bigintColumn })
  valueFen: number;

  @Column({ name: 'redemption_count', type: 'int' })
  redemptionCount: number;

  @Column({ name: 'refund_count', type: 'int' })
  refundCount: number;

  /** Covers redemptions and refunds made up to this instant. */
  @Column({ name: 'up_to', type: 'timestamptz' })
  upTo: Date;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A household's purchase at a store, paid in points through the ledger. */
@Entity('redemptions')
@Index('IDX_redemptions_store_created', ['storeId', 'createdAt'])
@Index('IDX_redemptions_unsettled', ['storeId'], { where: `"settlement_id" IS NULL` })
export class Redemption {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Store, { name: 'FK_redemptions_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @ForeignKey(() => Program, { name: 'FK_redemptions_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  @ForeignKey(() => LedgerTransaction, { name: 'FK_redemptions_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint' })
  transactionId: string;

  @Index('UQ_redemptions_receipt', { unique: true })
  @Column({ name: 'receipt_no', type: 'varchar', length: 64 })
  receiptNo: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @ForeignKey(() => Settlement, { name: 'FK_redemptions_settlement', onDelete: 'RESTRICT' })
  @Column({ name: 'settlement_id', type: 'bigint', nullable: true })
  settlementId: string | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'user' | 'device';

  @Column({ name: 'actor_id', type: 'int' })
  actorId: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('redemption_lines')
@Index('IDX_redemption_lines_redemption', ['redemptionId'])
@Check('CHK_redemption_lines_quantity', `"quantity" > 0 AND "refunded_quantity" >= 0 AND "refunded_quantity" <= "quantity"`)
export class RedemptionLine {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Redemption, { name: 'FK_redemption_lines_redemption', onDelete: 'RESTRICT' })
  @Column({ name: 'redemption_id', type: 'bigint' })
  redemptionId: string;

  @ForeignKey(() => StoreItem, { name: 'FK_redemption_lines_item', onDelete: 'RESTRICT' })
  @Column({ name: 'item_id', type: 'int' })
  itemId: number;

  @Column({ type: 'varchar', length: 32 })
  sku: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Price at the time of the redemption. */
  @Column({ name: 'unit_points', type: 'bigint', transformer: bigintColumn })
  unitPoints: number;

  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @Column({ name: 'refunded_quantity', type: 'int', default: 0 })
  refundedQuantity: number;
}

/** Goods brought back: stock and points return through the ledger. */
@Entity('refunds')
@Index('IDX_refunds_unsettled', ['storeId'], { where: `"settlement_id" IS NULL` })
@Index('IDX_refunds_store_created', ['storeId', 'createdAt'])
export class Refund {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Redemption, { name: 'FK_refunds_redemption', onDelete: 'RESTRICT' })
  @Column({ name: 'redemption_id', type: 'bigint' })
  redemptionId: string;

  @ForeignKey(() => Store, { name: 'FK_refunds_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @ForeignKey(() => LedgerTransaction, { name: 'FK_refunds_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint' })
  transactionId: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** Lines and quantities brought back. */
  @Column({ type: 'jsonb' })
  lines: { lineId: string; sku: string; quantity: number; points: number }[];

  @ForeignKey(() => Settlement, { name: 'FK_refunds_settlement', onDelete: 'RESTRICT' })
  @Column({ name: 'settlement_id', type: 'bigint', nullable: true })
  settlementId: string | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'user' | 'device';

  @Column({ name: 'actor_id', type: 'int' })
  actorId: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Per store and day, the last receipt number handed out. */
@Entity('receipt_counters')
export class ReceiptCounter {
  @ForeignKey(() => Store, { name: 'FK_receipt_counters_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int', primary: true })
  storeId: number;

  @Column({ type: 'date', primary: true })
  day: string;

  @Column({ name: 'last_no', type: 'int' })
  lastNo: number;
}
