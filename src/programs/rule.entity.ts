import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import type { CapPer } from '../common/calendar/calendar.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';
import { Program } from './program.entity.js';

/** A rule (积分标准 item) of a program; its content lives in immutable versions. */
@Entity('rules')
@Index('UQ_rules_program_code', ['programId', 'code'], { unique: true })
export class Rule {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Program, { name: 'FK_rules_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  /** Null for the whole county; a region for a rule that only applies in its subtree (a village's own rule). */
  @ForeignKey(() => Region, { name: 'FK_rules_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int', nullable: true })
  regionId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One version of a rule. Never edited: a change is a new version effective from a date. */
@Entity('rule_versions')
@Index('UQ_rule_versions_rule_version', ['ruleId', 'version'], { unique: true })
@Check('CHK_rule_versions_points', `"points" <> 0`)
@Check(
  'CHK_rule_versions_sanction',
  `("sanction_clears" = false AND "sanction_suspend_months" IS NULL AND "sanction_suspend_years" IS NULL) OR ("points" < 0 AND ("sanction_suspend_months" IS NULL OR "sanction_suspend_years" IS NULL) AND ("sanction_suspend_months" IS NULL OR "sanction_suspend_months" BETWEEN 1 AND 120) AND ("sanction_suspend_years" IS NULL OR "sanction_suspend_years" BETWEEN 0 AND 5))`,
)
@Check(
  'CHK_rule_versions_cap',
  `("cap_points" IS NULL AND "cap_per" IS NULL) OR ("cap_points" > 0 AND "cap_per" IN ('month', 'quarter', 'year'))`,
)
export class RuleVersion {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Rule, { name: 'FK_rule_versions_rule', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_id', type: 'int' })
  ruleId: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  category: string;

  /** Signed: positive for awards, negative for deductions. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  points: number;

  @Column({ name: 'cap_points', type: 'bigint', nullable: true, transformer: bigintColumn })
  capPoints: number | null;

  @Column({ name: 'cap_per', type: 'varchar', length: 8, nullable: true })
  capPer: CapPer | null;

  /** Sanction (deductions only): the deduction also clears the redeemable balance (清零). */
  @Column({ name: 'sanction_clears', type: 'boolean', default: false })
  sanctionClears: boolean;

  /** Sanction: redemption suspended for this many months from the deed. */
  @Column({ name: 'sanction_suspend_months', type: 'int', nullable: true })
  sanctionSuspendMonths: number | null;

  /** Sanction: redemption suspended through the end of the deed's year (0) or of a later year (1: 取消当年和次年). */
  @Column({ name: 'sanction_suspend_years', type: 'int', nullable: true })
  sanctionSuspendYears: number | null;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** Last day the version applies; null while it is the current one. */
  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @ForeignKey(() => User, { name: 'FK_rule_versions_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The sanction columns of a version that carries none. */
export const NO_SANCTION = { sanctionClears: false, sanctionSuspendMonths: null, sanctionSuspendYears: null } as const;

/** A county rule switched off for one region's subtree (a village narrowing the county's set). */
@Entity('rule_exclusions')
export class RuleExclusion {
  @ForeignKey(() => Rule, { name: 'FK_rule_exclusions_rule', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_id', type: 'int', primary: true })
  ruleId: number;

  @ForeignKey(() => Region, { name: 'FK_rule_exclusions_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int', primary: true })
  regionId: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
