import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import { Household } from '../households/household.entity.js';
import { HouseholdMember } from '../households/household-member.entity.js';
import { Program } from '../programs/program.entity.js';
import { Rule, RuleVersion } from '../programs/rule.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

export const NOTICE_STATUSES = ['noticed', 'held', 'posted', 'voided'] as const;
/** `noticed`: on the board, open to objections; `held`: an objection waits for a decision; `posted` or `voided`: done. */
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/**
 * An entry under public notice (公示): an approved claim or a staff award or deduction of a
 * program with a notice period. It posts through the ledger engine when its deadline passes with
 * no objection open (确认), at most once (the transaction carries its id, unique: the notice's
 * transaction is found by it).
 */
@Entity('notices')
@Check('CHK_notices_status', `"status" IN ('noticed', 'held', 'posted', 'voided')`)
@Check('CHK_notices_kind', `"kind" IN ('award', 'deduction')`)
@Index('IDX_notices_due', ['status', 'deadline'])
@Index('IDX_notices_village', ['villageId', 'status'])
@Index('IDX_notices_period', ['programId', 'period', 'status'])
@Index('IDX_notices_holder', ['programId', 'holderId', 'status'])
export class Notice {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_notices_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => Rule, { name: 'FK_notices_rule', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_id', type: 'int' })
  ruleId: number;

  @ForeignKey(() => RuleVersion, { name: 'FK_notices_rule_version', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_version_id', type: 'int' })
  ruleVersionId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: 'award' | 'deduction';

  /** The holder: a household, a village or a staff user by the program. */
  @Column({ name: 'holder_id', type: 'int' })
  holderId: number;

  /** The holder's village (or region): whose board shows the notice. */
  @ForeignKey(() => Region, { name: 'FK_notices_village', onDelete: 'RESTRICT' })
  @Column({ name: 'village_id', type: 'int' })
  villageId: number;

  @ForeignKey(() => HouseholdMember, { name: 'FK_notices_member', onDelete: 'RESTRICT' })
  @Column({ name: 'member_id', type: 'int', nullable: true })
  memberId: number | null;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 8 })
  period: string;

  /** Signed points it will post: the rule's points cut to what its cap left when it was approved. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  /** Points the rule asked for. */
  @Column({ name: 'requested_points', type: 'bigint', transformer: bigintColumn })
  requestedPoints: number;

  /** The cap period the points were taken from (released when the notice is voided); null without a cap. */
  @Column({ name: 'cap_period_key', type: 'varchar', length: 8, nullable: true })
  capPeriodKey: string | null;

  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Links given with a staff entry; a claim's photos are its evidence. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence: string[];

  /** Photos uploaded with a staff entry (evidence ids; a claim's photos stay the claim's). */
  @Column({ name: 'evidence_ids', type: 'int', array: true, default: () => `'{}'` })
  evidenceIds: number[];

  /** The claim it came from (null for a staff entry). */
  @Index('IDX_notices_claim')
  @Column({ name: 'claim_id', type: 'bigint', nullable: true })
  claimId: string | null;

  /** Who entered or approved it. */
  @ForeignKey(() => User, { name: 'FK_notices_entered_by', onDelete: 'RESTRICT' })
  @Column({ name: 'entered_by', type: 'int' })
  enteredBy: number;

  @Column({ type: 'varchar', length: 16, default: 'noticed' })
  status: NoticeStatus;

  /** End of the notice period; it posts after this unless an objection is open or upheld. */
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An objection (异议) to a notice by a household of its village. */
@Entity('objections')
@Check('CHK_objections_status', `"status" IN ('open', 'upheld', 'dismissed')`)
@Check('CHK_objections_filer', `"filed_by_type" IN ('resident', 'user')`)
@Index('UQ_objections_household', ['noticeId', 'householdId'], { unique: true })
export class Objection {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Notice, { name: 'FK_objections_notice', onDelete: 'RESTRICT' })
  @Column({ name: 'notice_id', type: 'bigint' })
  noticeId: string;

  /** The household objecting (a resident's own, or the one staff filed it for). */
  @ForeignKey(() => Household, { name: 'FK_objections_household', onDelete: 'RESTRICT' })
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  @Column({ name: 'filed_by_type', type: 'varchar', length: 16 })
  filedByType: 'resident' | 'user';

  /** The household (a resident) or the staff user who filed it. */
  @Column({ name: 'filed_by_id', type: 'int' })
  filedById: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: 'open' | 'upheld' | 'dismissed';

  @ForeignKey(() => User, { name: 'FK_objections_decided_by', onDelete: 'RESTRICT' })
  @Column({ name: 'decided_by', type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One state change of a claim or a notice: who, when, why. Append-only (a trigger refuses changes). */
@Entity('procedure_events')
@Check('CHK_procedure_events_subject', `"subject_type" IN ('claim', 'notice')`)
@Index('IDX_procedure_events_subject', ['subjectType', 'subjectId', 'id'])
export class ProcedureEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 8 })
  subjectType: 'claim' | 'notice';

  @Column({ name: 'subject_id', type: 'bigint' })
  subjectId: string;

  /** filed, approved, seconded, rejected, noticed, objected, upheld, dismissed, posted, voided */
  @Column({ type: 'varchar', length: 16 })
  event: string;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'user' | 'resident' | 'system';

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
