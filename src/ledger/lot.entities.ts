import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import { Program } from '../programs/program.entity.js';
import { Account, LedgerTransaction } from './ledger.entities.js';

/**
 * An earning lot: the redeemable points one entry added to a holder, with what is left of them and
 * the day of the deed. Its expiry day follows from the program's policy: the SQL function
 * lot_expires_on(occurred_on, expiry_policy, expiry_months, expiry_date), non-decreasing in the deed
 * day, so spends that take the oldest deed first take the soonest expiry first. lot_moves record
 * what each transaction took or gave back; per holder the open lots sum to the redeemable balance.
 */
@Entity('lots')
@Check('CHK_lots_amounts', `"points" > 0 AND "remaining" BETWEEN 0 AND "points"`)
@Index('IDX_lots_open', ['accountId', 'occurredOn', 'id'], { where: `"remaining" > 0` })
@Index('IDX_lots_due', ['programId', 'occurredOn'], { where: `"remaining" > 0` })
export class Lot {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_lots' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_lots_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => Account, { name: 'FK_lots_account', onDelete: 'RESTRICT' })
  @Column({ name: 'account_id', type: 'bigint' })
  accountId: string;

  @Column({ name: 'holder_id', type: 'int' })
  holderId: number;

  /** The holder's village. */
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;

  /** The entry that made the lot (null for balances that predate lots). */
  @Index('IDX_lots_transaction')
  @ForeignKey(() => LedgerTransaction, { name: 'FK_lots_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint', nullable: true })
  transactionId: string | null;

  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @Column({ type: 'bigint', transformer: bigintColumn })
  remaining: number;

  /** The day of the deed, from which the expiry day is reckoned (a carried-over lot: the clearing day). */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What one transaction took from a lot (negative) or gave back to it (positive). */
@Entity('lot_moves')
@Check('CHK_lot_moves_amount', `"amount" <> 0`)
export class LotMove {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_lot_moves' })
  id: string;

  @ForeignKey(() => Lot, { name: 'FK_lot_moves_lot', onDelete: 'RESTRICT' })
  @Column({ name: 'lot_id', type: 'bigint' })
  lotId: string;

  @Index('IDX_lot_moves_transaction')
  @ForeignKey(() => LedgerTransaction, { name: 'FK_lot_moves_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint' })
  transactionId: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  amount: number;

  /** For a give-back (a refund or a reversal): the transaction whose take it returns. */
  @Index('IDX_lot_moves_returns', { where: `"returns_id" IS NOT NULL` })
  @Column({ name: 'returns_id', type: 'bigint', nullable: true })
  returnsId: string | null;
}

/** A sanction a deduction carried (清零, 取消兑换资格) on one holder, until its deduction is reversed. */
@Entity('sanctions')
@Index('IDX_sanctions_holder', ['programId', 'holderId'], { where: `"lifted_at" IS NULL` })
export class Sanction {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_sanctions' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_sanctions_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ name: 'holder_id', type: 'int' })
  holderId: number;

  /** The deduction that carried it. */
  @Index('UQ_sanctions_transaction', { unique: true })
  @ForeignKey(() => LedgerTransaction, { name: 'FK_sanctions_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint' })
  transactionId: string;

  /** Whether the deduction cleared the redeemable balance (清零). */
  @Column({ type: 'boolean' })
  clears: boolean;

  /** Redeemable points the clearing took beyond the rule's own points. */
  @Column({ name: 'cleared_points', type: 'bigint', default: 0, transformer: bigintColumn })
  clearedPoints: number;

  /** Last day redemption is suspended (取消兑换资格); null: no suspension. */
  @Column({ name: 'suspended_until', type: 'date', nullable: true })
  suspendedUntil: string | null;

  /** The reversal that lifted it. */
  @ForeignKey(() => LedgerTransaction, { name: 'FK_sanctions_lifted_by', onDelete: 'RESTRICT' })
  @Column({ name: 'lifted_by', type: 'bigint', nullable: true })
  liftedBy: string | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
