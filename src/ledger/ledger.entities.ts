import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import { Program } from '../programs/program.entity.js';
import { RuleVersion } from '../programs/rule.entity.js';
import { Region } from '../regions/region.entity.js';

export const ACCOUNT_KINDS = ['holder', 'issuance', 'penalties', 'store', 'settled', 'expired'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * One account per (program, holder) with its balance kept in the row; system accounts (issuance
 * and penalties per village, stores, settled, expired) keep no balance: theirs is the sum of postings.
 */
@Entity('accounts')
@Check('CHK_accounts_kind', `"kind" IN ('holder', 'issuance', 'penalties', 'store', 'settled', 'expired')`)
@Check('CHK_accounts_balance', `("kind" = 'holder') = ("balance" IS NOT NULL) AND ("kind" = 'holder') = ("holder_id" IS NOT NULL)`)
@Index('UQ_accounts_holder', ['programId', 'holderId'], { unique: true, where: `"kind" = 'holder'` })
@Index('UQ_accounts_region', ['programId', 'kind', 'regionId'], { unique: true, where: `"kind" IN ('issuance', 'penalties')` })
@Index('UQ_accounts_store', ['programId', 'storeId'], { unique: true, where: `"kind" = 'store'` })
@Index('UQ_accounts_program', ['programId', 'kind'], { unique: true, where: `"kind" IN ('settled', 'expired')` })
export class Account {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_accounts_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: AccountKind;

  /** Household, village (region) or staff user id, by the program's holder type. */
  @Column({ name: 'holder_id', type: 'int', nullable: true })
  holderId: number | null;

  /** The holder's village (for a holder) or the village of an issuance / penalties account. */
  @ForeignKey(() => Region, { name: 'FK_accounts_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int', nullable: true })
  regionId: number | null;

  @Column({ name: 'store_id', type: 'int', nullable: true })
  storeId: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintColumn })
  balance: number | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}

export const TRANSACTION_TYPES = ['opening', 'award', 'deduction', 'reversal', 'redemption', 'refund', 'settlement', 'expiry'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** One business event; its postings sum to zero. Never updated or deleted (a trigger refuses it). */
@Entity('transactions')
@Check('CHK_transactions_type', `"type" IN ('opening', 'award', 'deduction', 'reversal', 'redemption', 'refund', 'settlement', 'expiry')`)
@Index('UQ_transactions_reverses', ['reversesId'], { unique: true, where: `"reverses_id" IS NOT NULL` })
@Index('UQ_transactions_notice', ['noticeId'], { unique: true, where: `"notice_id" IS NOT NULL` })
export class LedgerTransaction {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_transactions_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ type: 'varchar', length: 16 })
  type: TransactionType;

  /** Indexed with period for the earning entries (awards, deductions, reversals): what a holder earned in a period, whatever its history (in the migrations). */
  @Index('IDX_transactions_earned', { synchronize: false })
  @Column({ name: 'holder_id', type: 'int', nullable: true })
  holderId: number | null;

  @ForeignKey(() => RuleVersion, { name: 'FK_transactions_rule_version', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_version_id', type: 'int', nullable: true })
  ruleVersionId: number | null;

  /** The household member who did the deed (for 最美居民). */
  @Column({ name: 'member_id', type: 'int', nullable: true })
  memberId: number | null;

  /** The day of the deed in the program timezone. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  /** Indexed with program_id, covering holder, type, points, reversed transaction, actor and rule version: rankings, participation and staff-activity reports read it alone (in the migrations). */
  @Index('IDX_transactions_ranking', { synchronize: false })
  @Column({ type: 'varchar', length: 8 })
  period: string;

  /** A correction of a closed period, booked into the open one. */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @ForeignKey(() => LedgerTransaction, { name: 'FK_transactions_reverses', onDelete: 'RESTRICT' })
  @Column({ name: 'reverses_id', type: 'bigint', nullable: true })
  reversesId: string | null;

  /** Points the rule asked for, before caps or the zero floor. */
  @Column({ name: 'requested_points', type: 'bigint', nullable: true, transformer: bigintColumn })
  requestedPoints: number | null;

  /** Net effect on the holder's balance. */
  @Column({ type: 'bigint', default: 0, transformer: bigintColumn })
  points: number;

  @Column({ type: 'boolean', default: false })
  capped: boolean;

  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence: string[];

  /** Photos uploaded with a staff entry (evidence ids). */
  @Column({ name: 'evidence_ids', type: 'int', array: true, default: () => `'{}'` })
  evidenceIds: number[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'user' | 'device' | 'system';

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 16, default: 'api' })
  source: 'api' | 'import' | 'job' | 'system';

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The public notice (公示) this entry was confirmed from: at most one transaction each. */
  @Column({ name: 'notice_id', type: 'bigint', nullable: true })
  noticeId: string | null;

  /** The claim (申报) the entry was approved from, if any. */
  @Column({ name: 'claim_id', type: 'bigint', nullable: true })
  claimId: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A signed amount on one account. For a holder account it records the balance after it. */
@Entity('postings')
@Check('CHK_postings_amount', `"amount" <> 0`)
@Index('IDX_postings_account', ['accountId', 'id'])
@Index('IDX_postings_transaction', ['transactionId'])
export class Posting {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => LedgerTransaction, { name: 'FK_postings_transaction', onDelete: 'RESTRICT' })
  @Column({ name: 'transaction_id', type: 'bigint' })
  transactionId: string;

  @ForeignKey(() => Account, { name: 'FK_postings_account', onDelete: 'RESTRICT' })
  @Column({ name: 'account_id', type: 'bigint' })
  accountId: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  amount: number;

  @Column({ name: 'balance_after', type: 'bigint', nullable: true, transformer: bigintColumn })
  balanceAfter: number | null;
}

/** Points granted per rule, holder and cap period (达到最高分值后不再累加), updated atomically. */
@Entity('cap_usage')
export class CapUsage {
  @ForeignKey(() => Program, { name: 'FK_cap_usage_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ name: 'rule_id', type: 'int', primary: true })
  ruleId: number;

  @Column({ name: 'holder_id', type: 'int', primary: true })
  holderId: number;

  @Column({ name: 'period_key', type: 'varchar', length: 8, primary: true })
  periodKey: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  used: number;

  /** What the last upsert granted (read back by RETURNING). */
  @Column({ name: 'last_granted', type: 'bigint', transformer: bigintColumn })
  lastGranted: number;
}
