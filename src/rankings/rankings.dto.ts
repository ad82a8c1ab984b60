import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { INT4_MAX, IsBigId, IsId, IsIntIn, IsSafeIntIn, NestedObjects, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { LevelDto } from '../programs/programs.dto.js';
import {
  ALLOCATION_METHODS,
  RUN_STATUSES,
  RUN_SUBJECTS,
  type AllocationMethod,
  type RunStatus,
  type RunSubject,
} from './ranking.entities.js';

export class CreateRunDto {
  @ApiProperty({ description: 'Program ranked' })
  @IsId()
  programId: number;

  @ApiProperty({ description: 'Region whose subtree is ranked (e.g. the county for its villages)' })
  @IsId()
  regionId: number;

  @ApiProperty({ description: 'Period of the program (2026-Q3, 2026-07) or a year (2026) for yearly honours', example: '2026-Q3' })
  @IsString()
  @Length(4, 8)
  period: string;

  @ApiPropertyOptional({
    description:
      "`household` (default): the program's holders; `member`: household members by the entries naming them (最美居民), household programs only",
    enum: RUN_SUBJECTS,
    default: 'household',
  })
  @Optional()
  @IsIn(RUN_SUBJECTS)
  subject?: RunSubject;

  @ApiPropertyOptional({ description: 'Required when a run of this program, region and period is already published' })
  @Optional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class ListRunsQuery {
  @ApiPropertyOptional({ description: 'Program' })
  @Optional()
  @QueryId()
  programId?: number;

  @ApiPropertyOptional({ description: 'Region' })
  @Optional()
  @QueryId()
  regionId?: number;

  @ApiPropertyOptional({ description: 'Period' })
  @Optional()
  @IsString()
  @Length(4, 8)
  period?: string;

  @ApiPropertyOptional({ description: 'Subject ranked', enum: RUN_SUBJECTS })
  @Optional()
  @IsIn(RUN_SUBJECTS)
  subject?: RunSubject;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 50;

  @ApiPropertyOptional({ description: 'Runs to skip (newest first); the number that match is in X-Total-Count', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

export class EntriesQuery {
  @ApiPropertyOptional({ description: 'Page size', default: 100, maximum: 1000 })
  @Optional()
  @QueryIntIn(1, 1000)
  limit = 100;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;

  @ApiPropertyOptional({ description: 'Only holders of this group (a village for households, a township for villages)' })
  @Optional()
  @QueryId()
  groupId?: number;
}

export class TierDto {
  @ApiProperty({ description: 'Ranks up to this one (inclusive) get this weight' })
  @IsIntIn(1, INT4_MAX)
  uptoRank: number;

  @ApiProperty({ description: 'Relative weight of the tier' })
  @IsIntIn(0, 1_000_000)
  weight: number;
}

export class CreatePlanDto {
  @ApiProperty({ description: 'A published village ranking run' })
  @IsBigId()
  runId: string;

  @ApiProperty({ description: 'Budget in fen, a whole number of yuan (10,000,000 yuan = 1000000000)', example: 1000000000 })
  @IsSafeIntIn(100)
  budgetFen: number;

  @ApiProperty({ description: 'Villages ranked this high or better share the budget (ties at the cut-off all included)', example: 100 })
  @IsIntIn(1, 100000)
  topN: number;

  @ApiProperty({ description: 'equal, proportional (to score) or tiered (by rank)', enum: ALLOCATION_METHODS })
  @IsIn(ALLOCATION_METHODS)
  method: AllocationMethod;

  @ApiPropertyOptional({ description: 'Tiers for method tiered', type: [TierDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @NestedObjects(() => TierDto)
  tiers?: TierDto[];

  @ApiPropertyOptional({ description: 'Least a village gets, in fen' })
  @Optional()
  @IsSafeIntIn(0)
  minFen?: number;

  @ApiPropertyOptional({ description: 'Most a village gets, in fen' })
  @Optional()
  @IsSafeIntIn(0)
  maxFen?: number;

  @ApiProperty({ description: 'The bottom N villages are warned; bottom N twice in a row are escalated', example: 20 })
  @IsIntIn(0, 100000)
  bottomN: number;
}

export class RunView {
  @ApiProperty({ description: 'Run id' }) id: string;
  @ApiProperty({ description: 'Program' }) programId: number;
  @ApiProperty({ description: 'Region ranked' }) regionId: number;
  @ApiProperty({ description: 'Period' }) period: string;
  @ApiProperty({ description: "`household`: the program's holders; `member`: household members (最美居民)", enum: RUN_SUBJECTS })
  subject: RunSubject;
  @ApiProperty({
    description: "The program's levels when the run was queued, where they count its period (yearly levels: year runs); else null",
    type: [LevelDto],
    nullable: true,
  })
  levels: LevelDto[] | null;
  @ApiProperty({ description: 'Version (a rerun after publishing is the next)' }) version: number;
  @ApiProperty({ description: 'queued, running, completed, failed or superseded', enum: RUN_STATUSES }) status: RunStatus;
  @ApiProperty({ description: 'Per cent done' }) progress: number;
  @ApiProperty({ description: 'Why this version was run', type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'Entries written' }) entryCount: number;
  @ApiProperty({ description: 'Why it failed', type: String, nullable: true }) failureReason: string | null;
  @ApiProperty({ description: 'When it was queued' }) createdAt: Date;
  @ApiProperty({ description: 'When it started', type: Date, nullable: true }) startedAt: Date | null;
  @ApiProperty({ description: 'When it ended', type: Date, nullable: true }) finishedAt: Date | null;
  @ApiProperty({ description: 'When it was published (null: a draft)', type: Date, nullable: true }) publishedAt: Date | null;
}

export class ParticipationView {
  @ApiProperty({ description: 'Households of the village' }) households: number;
  @ApiProperty({ description: 'Households with an award in the period' }) awarded: number;
  @ApiProperty({ description: "Points for full participation (the program's participation weight)" }) weight: number;
  @ApiProperty({ description: 'Points added for participation (pro rata)' }) points: number;
}

export class EntryComponentsView {
  @ApiProperty({ description: 'Points earned in the period: awards plus deductions, reversals included' }) points: number;
  @ApiProperty({ description: 'Awards of the period, net of their reversals' }) awards: number;
  @ApiProperty({ description: 'Deductions of the period (negative), net of their reversals' }) deductions: number;
  @ApiProperty({ description: 'Points moved by reversals in the period (already within awards and deductions)' }) reversals: number;
  @ApiPropertyOptional({
    description: 'Villages: share of households with an award in the period, and the points it adds',
    type: ParticipationView,
  })
  participation?: ParticipationView;
}

export class EntryView {
  @ApiProperty({ description: 'Run id' }) runId: string;
  @ApiProperty({ description: 'Holder id' }) holderId: number;
  @ApiProperty({ description: 'Rank; ties share it' }) rank: number;
  @ApiProperty({ description: 'Order in the list: score, then holder code, then id' }) position: number;
  @ApiProperty({ description: 'Village (households) or township (villages)' }) groupId: number;
  @ApiProperty({ description: 'Rank within the group' }) groupRank: number;
  @ApiProperty({ description: 'Score: points earned in the period plus participation' }) score: number;
  @ApiProperty({ description: 'What the score is made of', type: EntryComponentsView }) components: EntryComponentsView;
  @ApiProperty({ description: "Holder code (village code, household number, username; members: their household's)" }) holderCode: string;
  @ApiProperty({ description: "Holder name (members: the member's name)" }) holderName: string;
  @ApiProperty({ description: "Member runs: the member's household; null otherwise", type: Number, nullable: true }) householdId:
    number | null;
}

export class PlannedVillageView {
  @ApiProperty({ description: 'Village id' }) holderId: number;
  @ApiProperty({ description: 'Village code' }) holderCode: string;
  @ApiProperty({ description: 'Village name' }) holderName: string;
  @ApiProperty({ description: 'Rank in the run' }) rank: number;
  @ApiProperty({ description: 'Score in the run' }) score: number;
}

export class AllocationView extends PlannedVillageView {
  @ApiProperty({ description: 'Amount in fen' }) amountFen: number;
}

export class EscalationView extends PlannedVillageView {
  @ApiProperty({ description: 'The previous published run in whose bottom N the village also was' }) previousRunId: string;
}

export class ListPlansQuery {
  @ApiProperty({ description: 'The run whose plans are listed' })
  @IsBigId()
  runId: string;
}

/** A plan as computed: what the preview answers and what is stored. */
export class PlanPreviewView {
  @ApiProperty({ description: 'Run allocated over' }) runId: string;
  @ApiProperty({ description: 'Budget in fen' }) budgetFen: number;
  @ApiProperty({ description: 'Top N' }) topN: number;
  @ApiProperty({ description: 'Bottom N' }) bottomN: number;
  @ApiProperty({ description: 'Method', enum: ALLOCATION_METHODS }) method: AllocationMethod;
  @ApiProperty({ description: 'Tiers', type: [TierDto], nullable: true }) tiers: TierDto[] | null;
  @ApiProperty({ description: 'Minimum per village in fen', type: Number, nullable: true }) minFen: number | null;
  @ApiProperty({ description: 'Maximum per village in fen', type: Number, nullable: true }) maxFen: number | null;
  @ApiProperty({ description: 'Amounts per village (sum = budget)', type: [AllocationView] }) allocations: AllocationView[];
  @ApiProperty({ description: 'Bottom N villages, warned', type: [PlannedVillageView] }) warnings: PlannedVillageView[];
  @ApiProperty({ description: 'Villages in the bottom N of this and the previous published ranking', type: [EscalationView] })
  escalations: EscalationView[];
}

export class PlanView extends PlanPreviewView {
  @ApiProperty({ description: 'Plan id' }) id: string;
  @ApiProperty({ description: 'Who made it (user id)', type: Number, nullable: true }) createdBy: number | null;
  @ApiProperty({ description: 'When it was made' }) createdAt: Date;
}
