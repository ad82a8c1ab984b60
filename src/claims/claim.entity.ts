import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { HouseholdMember } from '../households/household-member.entity.js';
import { Household } from '../households/household.entity.js';
import { Program } from '../programs/program.entity.js';
import { Rule, RuleVersion } from '../programs/rule.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

export const CLAIM_STATUSES = ['submitted', 'seconding', 'approved', 'rejected'] as const;
/** `submitted`: waits for review; `seconding`: approved once, waits for a second reviewer; then `approved` or `rejected`. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A declared deed (申报) of a household, with proof, waiting for review (审核). */
@Entity('claims')
@Index('IDX_claims_same_deed', ['householdId', 'ruleId', 'occurredOn'])
@Check('CHK_claims_status', `"status" IN ('submitted', 'seconding', 'approved', 'rejected')`)
@Check('CHK_claims_filer', `"filed_by_type" IN ('resident', 'user')`)
@Index('IDX_claims_queue', ['villageId', 'status', 'id'])
@Index('IDX_claims_household', ['householdId', 'id'])
export class Claim {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_claims_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => Rule, { name: 'FK_claims_rule', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_id', type: 'int' })
  ruleId: number;

  /** The rule's version in force on the day of the deed. */
  @ForeignKey(() => RuleVersion, { name: 'FK_claims_rule_version', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_version_id', type: 'int' })
  ruleVersionId: number;

  @ForeignKey(() => Household, { name: 'FK_claims_household', onDelete: 'RESTRICT' })
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  @ForeignKey(() => Region, { name: 'FK_claims_village', onDelete: 'RESTRICT' })
  @Column({ name: 'village_id', type: 'int' })
  villageId: number;

  @ForeignKey(() => HouseholdMember, { name: 'FK_claims_member', onDelete: 'RESTRICT' })
  @Column({ name: 'member_id', type: 'int', nullable: true })
  memberId: number | null;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @Column({ name: 'filed_by_type', type: 'varchar', length: 16 })
  filedByType: 'resident' | 'user';

  /** The household (a resident) or the staff user who filed it. */
  @Column({ name: 'filed_by_id', type: 'int' })
  filedById: number;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: ClaimStatus;

  /** The first approval, when the claim needs a second reviewer. */
  @ForeignKey(() => User, { name: 'FK_claims_first_reviewer', onDelete: 'RESTRICT' })
  @Column({ name: 'first_reviewer', type: 'int', nullable: true })
  firstReviewer: number | null;

  /** Who approved (finally) or rejected it. */
  @ForeignKey(() => User, { name: 'FK_claims_reviewer', onDelete: 'RESTRICT' })
  @Column({ type: 'int', nullable: true })
  reviewer: number | null;

  /** Why it was rejected, or the reviewer's note. */
  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The notice it became (a program with a notice period), or the transaction it posted (none). */
  @Column({ name: 'notice_id', type: 'bigint', nullable: true })
  noticeId: string | null;

  @Column({ name: 'transaction_id', type: 'bigint', nullable: true })
  transactionId: string | null;

  /** Points granted on approval, after the rule's cap (0: the cap was used up, nothing went on notice or posted). */
  @Column({ name: 'granted_points', type: 'bigint', nullable: true, transformer: bigintColumn })
  grantedPoints: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The photos of a claim, in the order given. */
@Entity('claim_evidence')
export class ClaimEvidence {
  @ForeignKey(() => Claim, { name: 'FK_claim_evidence_claim', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'claim_id', type: 'bigint' })
  claimId: string;

  @Index('IDX_claim_evidence_evidence')
  @ForeignKey(() => Evidence, { name: 'FK_claim_evidence_evidence', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'evidence_id', type: 'int' })
  evidenceId: number;

  @Column({ type: 'int' })
  position: number;
}
