import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';
import type { Level } from '../programs/levels.js';
import { Program } from '../programs/program.entity.js';
import { Region } from '../regions/region.entity.js';
import { JobDispatch } from '../jobs/job-dispatch.entity.js';

export const RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'superseded'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Who a run ranks: the program's holders, or (household programs) the members the entries name (最美居民). */
export const RUN_SUBJECTS = ['household', 'member'] as const;
export type RunSubject = (typeof RUN_SUBJECTS)[number];

/**
 * A frozen, reproducible ranking of a program's holders in one region subtree for one period.
 * Published runs are immutable and versioned; an unpublished run is a draft that a new run replaces.
 */
@Entity('ranking_runs')
@Check('CHK_ranking_runs_status', `"status" IN ('queued', 'running', 'completed', 'failed', 'superseded')`)
@Check('CHK_ranking_runs_subject', `"subject" IN ('household', 'member')`)
@Index('UQ_ranking_runs_draft', ['programId', 'regionId', 'period', 'subject'], {
  unique: true,
  where: `"published_at" IS NULL AND "status" <> 'superseded'`,
})
@Index('UQ_ranking_runs_version', ['programId', 'regionId', 'period', 'subject', 'version'], { unique: true })
@Index('IDX_ranking_runs_region', ['regionId', 'period'])
export class RankingRun {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Program, { name: 'FK_ranking_runs_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => Region, { name: 'FK_ranking_runs_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;

  /** A period of the program ('2026-Q3', '2026-07') or a year ('2026') for yearly honours. */
  @Column({ type: 'varchar', length: 8 })
  period: string;

  /** `household`: the program's holders (households, villages or staff, as the program says); `member`: household members by the entries naming them. */
  @Column({ type: 'varchar', length: 16, default: 'household' })
  subject: RunSubject;

  /** The program's levels when the run was queued, if they count this run's period (yearly levels: year runs); else null. */
  @Column({ type: 'jsonb', nullable: true })
  levels: Level[] | null;

  /** 1 for the first published result; a rerun after publishing is the next version. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: RunStatus;

  @Column({ type: 'int', default: 0 })
  progress: number;

  /** Why a published result is being recomputed. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'entry_count', type: 'int', default: 0 })
  entryCount: number;

  /** The queue's dispatches of the work (shared with household imports). */
  @Column(() => JobDispatch, { prefix: false })
  dispatch: JobDispatch;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'int', nullable: true })
  publishedBy: number | null;
}

export interface EntryComponents {
  /** Points earned in the period: awards minus deductions, reversals included. */
  points: number;
  /** Awards and deductions of the period, each net of its reversals (so points = awards + deductions). */
  awards: number;
  deductions: number;
  /** Points moved by reversals in the period (already within awards and deductions). */
  reversals: number;
  /** Villages: share of households with an award in the period, and the points it adds. */
  participation?: { households: number; awarded: number; weight: number; points: number };
}

/** One holder's place in a run. Written once per run and never changed. */
@Entity('ranking_entries')
@Index('IDX_ranking_entries_position', ['runId', 'position'])
@Index('IDX_ranking_entries_group', ['runId', 'groupId', 'groupRank'])
export class RankingEntry {
  @ForeignKey(() => RankingRun, { name: 'FK_ranking_entries_run', onDelete: 'RESTRICT' })
  @Column({ name: 'run_id', type: 'bigint', primary: true })
  runId: string;

  @Column({ name: 'holder_id', type: 'int', primary: true })
  holderId: number;

  /** Ties share a rank (1, 2, 2, 4). */
  @Column({ type: 'int' })
  rank: number;

  /** Deterministic order: score descending, then holder code, then holder id. */
  @Column({ type: 'int' })
  position: number;

  /** Rank among the holders of the same village (household honours). */
  @Column({ name: 'group_id', type: 'int' })
  groupId: number;

  @Column({ name: 'group_rank', type: 'int' })
  groupRank: number;

  @Column({ type: 'bigint', transformer: bigintColumn })
  score: number;

  @Column({ type: 'jsonb' })
  components: EntryComponents;

  @Column({ name: 'holder_code', type: 'varchar', length: 64 })
  holderCode: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 100 })
  holderName: string;

  /** Member runs: the member's household. */
  @Column({ name: 'household_id', type: 'int', nullable: true })
  householdId: number | null;
}

export const ALLOCATION_METHODS = ['equal', 'proportional', 'tiered'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** How a budget was split over a published village run; stored as computed, never changed. */
@Entity('allocation_plans')
export class AllocationPlan {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => RankingRun, { name: 'FK_allocation_plans_run', onDelete: 'RESTRICT' })
  @Column({ name: 'run_id', type: 'bigint' })
  runId: string;

  @Column({ name: 'budget_fen', type: 'bigint', transformer: bigintColumn })
  budgetFen: number;

  @Column({ name: 'top_n', type: 'int' })
  topN: number;

  @Column({ name: 'bottom_n', type: 'int' })
  bottomN: number;

  @Column({ type: 'varchar', length: 16 })
  method: AllocationMethod;

  @Column({ type: 'jsonb', nullable: true })
  tiers: { uptoRank: number; weight: number }[] | null;

  @Column({ name: 'min_fen', type: 'bigint', nullable: true, transformer: bigintColumn })
  minFen: number | null;

  @Column({ name: 'max_fen', type: 'bigint', nullable: true, transformer: bigintColumn })
  maxFen: number | null;

  @Column({ type: 'jsonb' })
  allocations: { holderId: number; holderCode: string; holderName: string; rank: number; score: number; amountFen: number }[];

  @Column({ type: 'jsonb' })
  warnings: { holderId: number; holderCode: string; holderName: string; rank: number; score: number }[];

  @Column({ type: 'jsonb' })
  escalations: { holderId: number; holderCode: string; holderName: string; rank: number; score: number; previousRunId: string }[];

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
