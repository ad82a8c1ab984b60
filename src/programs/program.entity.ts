import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import type { PeriodKind } from '../common/calendar/calendar.js';
import { Region } from '../regions/region.entity.js';
import type { Level, LevelPeriod } from './levels.js';

export const HOLDER_TYPES = ['household', 'village', 'staff'] as const;
export type HolderType = (typeof HOLDER_TYPES)[number];

export const EXPIRY_POLICIES = ['none', 'rolling', 'yearly'] as const;
export type ExpiryPolicy = (typeof EXPIRY_POLICIES)[number];

/** A points scheme (积分方案) of one county: who holds points, what a point is worth, how periods run. */
@Entity('programs')
@Check('CHK_programs_holder_type', `"holder_type" IN ('household', 'village', 'staff')`)
@Check('CHK_programs_period_kind', `"period_kind" IN ('month', 'quarter')`)
@Check('CHK_programs_amounts', `"base_points" >= 0 AND "point_value_fen" >= 0`)
@Check(
  'CHK_programs_expiry',
  `("expiry_policy" = 'none' AND "expiry_months" IS NULL AND "expiry_date" IS NULL AND "expiry_carry_over" = 0) OR ("expiry_policy" = 'rolling' AND "expiry_months" BETWEEN 1 AND 120 AND "expiry_date" IS NULL AND "expiry_carry_over" = 0) OR ("expiry_policy" = 'yearly' AND "expiry_months" IS NULL AND "expiry_date" ~ '^[0-9]{2}-[0-9]{2}$' AND "expiry_carry_over" >= 0)`,
)
@Check(
  'CHK_programs_levels',
  `jsonb_typeof("levels") = 'array' AND jsonb_array_length("levels") <= 10 AND "level_period" IN ('period', 'year') AND "list_size" BETWEEN 1 AND 100`,
)
@Check(
  'CHK_programs_procedure',
  `"publicity_days" BETWEEN 0 AND 30 AND ("claim_window_days" IS NULL OR "claim_window_days" >= 1) AND ("second_review_above" IS NULL OR "second_review_above" >= 1)`,
)
export class Program {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('UQ_programs_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('IDX_programs_county')
  @ForeignKey(() => Region, { name: 'FK_programs_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ name: 'holder_type', type: 'varchar', length: 16 })
  holderType: HolderType;

  /** Granted by the opening entry of every holder account; never redeemable. */
  @Column({ name: 'base_points', type: 'bigint', default: 0, transformer: bigintColumn })
  basePoints: number;

  @Column({ name: 'point_value_fen', type: 'bigint', default: 100, transformer: bigintColumn })
  pointValueFen: number;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timezone: string;

  /** Length of the ranking and closing period. */
  @Column({ name: 'period_kind', type: 'varchar', length: 8, default: 'quarter' })
  periodKind: PeriodKind;

  /** Whether deductions may take a balance below zero; otherwise they stop at zero (扣完为止). */
  @Column({ name: 'allow_negative', type: 'boolean', default: false })
  allowNegative: boolean;

  /** Village programs: the household program whose awards measure participation, and its weight. */
  @ForeignKey(() => Program, { name: 'FK_programs_participation', onDelete: 'RESTRICT' })
  @Column({ name: 'participation_program_id', type: 'int', nullable: true })
  participationProgramId: number | null;

  /** Points a village gets when every household had an award in the period (pro rata below). */
  @Column({ name: 'participation_weight', type: 'int', default: 0 })
  participationWeight: number;

  /** How household names appear on public boards: masked (张*) or in full. */
  @Column({ name: 'public_names', type: 'varchar', length: 8, default: 'masked' })
  publicNames: 'masked' | 'full';

  /** Households on each village's honour list. */
  @Column({ name: 'honour_top_n', type: 'int', default: 10 })
  honourTopN: number;

  /** Whether boards list households with deductions in the period. */
  @Column({ name: 'publish_deductions', type: 'boolean', default: false })
  publishDeductions: boolean;

  /** Close the ended period and run rankings on this day of the next period's first month (null: no schedule). */
  @Column({ name: 'schedule_day', type: 'int', nullable: true })
  scheduleDay: number | null;

  @Column({ name: 'schedule_hour', type: 'int', default: 2 })
  scheduleHour: number;

  /** Days an approved claim or a staff entry stays on the public notice board (公示) before it posts; 0 posts at once. */
  @Column({ name: 'publicity_days', type: 'int', default: 0 })
  publicityDays: number;

  /** Days after the deed within which a claim may be filed (null: no limit). */
  @Column({ name: 'claim_window_days', type: 'int', nullable: true })
  claimWindowDays: number | null;

  /** Whether village clerks may review claims (besides reviewers and managers). */
  @Column({ name: 'clerks_review', type: 'boolean', default: false })
  clerksReview: boolean;

  /** Claims for more points than this need a second, different reviewer (null: one suffices). */
  @Column({ name: 'second_review_above', type: 'int', nullable: true })
  secondReviewAbove: number | null;

  /**
   * Whether staff must have declared their own and related households (利益冲突申报) before they
   * award, deduct, review claims or decide objections on this program. Declared households are
   * refused either way.
   */
  @Column({ name: 'require_coi_declaration', type: 'boolean', default: true })
  requireCoiDeclaration: boolean;

  /**
   * Whether a rule version takes effect only once its adoption (村民大会 or 村民代表会议) is
   * recorded: awards, deductions and claims with a version that has none are refused.
   */
  @Column({ name: 'require_rule_adoption', type: 'boolean', default: false })
  requireRuleAdoption: boolean;

  /** When earned points expire: never, N months after the deed (rolling), or on a day each year (年度清零). Base points never expire. */
  @Column({ name: 'expiry_policy', type: 'varchar', length: 8, default: 'none' })
  expiryPolicy: ExpiryPolicy;

  /** Rolling expiry: months after the deed. */
  @Column({ name: 'expiry_months', type: 'int', nullable: true })
  expiryMonths: number | null;

  /** Yearly expiry: the day of the year points earned before it expire, as MM-DD. */
  @Column({ name: 'expiry_date', type: 'varchar', length: 5, nullable: true })
  expiryDate: string | null;

  /** Yearly expiry: points a holder keeps across the clearing (结转), expiring at the next one. */
  @Column({ name: 'expiry_carry_over', type: 'bigint', default: 0, transformer: bigintColumn })
  expiryCarryOver: number;

  /** Levels (星级文明户) by points earned in the level period, ascending by minPoints; empty: no levels. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  levels: Level[];

  /** What levels count: points earned in the program's period or in the calendar year (program timezone). */
  @Column({ name: 'level_period', type: 'varchar', length: 8, default: 'year' })
  levelPeriod: LevelPeriod;

  /** Whether boards show each village's red list (红榜: most points earned in the period). */
  @Column({ name: 'red_list', type: 'boolean', default: false })
  redList: boolean;

  /** Whether boards show each village's black list (黑榜: most points deducted in the period). */
  @Column({ name: 'black_list', type: 'boolean', default: false })
  blackList: boolean;

  /** Households on each red and black list. */
  @Column({ name: 'list_size', type: 'int', default: 10 })
  listSize: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What a new program starts with when its creator leaves a setting out. */
export const PROGRAM_DEFAULTS = {
  timezone: 'Asia/Shanghai',
  periodKind: 'quarter',
  allowNegative: false,
  participationProgramId: null,
  participationWeight: 0,
  publicNames: 'masked',
  honourTopN: 10,
  publishDeductions: false,
  scheduleDay: null,
  scheduleHour: 2,
  publicityDays: 0,
  claimWindowDays: null,
  clerksReview: false,
  secondReviewAbove: null,
  requireCoiDeclaration: true,
  requireRuleAdoption: false,
  expiryPolicy: 'none',
  expiryMonths: null,
  expiryDate: null,
  expiryCarryOver: 0,
  levels: [],
  levelPeriod: 'year',
  redList: false,
  blackList: false,
  listSize: 10,
} as const satisfies Partial<Program>;
