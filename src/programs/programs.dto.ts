import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsId, IsIntIn, NestedObject, NestedObjects, Nullable, Optional, QueryId, RequiresAChange } from '../common/http/fields.js';
import { LEVEL_PERIODS, MAX_LEVELS, type LevelPeriod } from './levels.js';
import { CODE_PATTERN } from '../regions/regions.dto.js';
import { AdoptionView } from './adoptions/adoptions.dto.js';
import { HOLDER_TYPES, type HolderType, EXPIRY_POLICIES, type ExpiryPolicy } from './program.entity.js';

export class CreateProgramDto {
  @ApiProperty({ description: 'Unique program code', example: 'household-conduct' })
  @Matches(CODE_PATTERN, { message: 'code must be 1-32 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ description: 'Name', example: '道德积分' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({
    description: 'Who holds points: households, villages (积分换项目 assessment) or staff (grid workers)',
    enum: HOLDER_TYPES,
  })
  @IsIn(HOLDER_TYPES)
  holderType: HolderType;

  @ApiProperty({ description: 'The county the program belongs to' })
  @IsId()
  regionId: number;

  @ApiProperty({ description: 'Points every holder starts with (opening entry); never redeemable', example: 100, minimum: 0 })
  @IsIntIn(0, 1_000_000)
  basePoints: number;

  @ApiProperty({ description: 'Value of one point in fen (100 = 1 yuan)', example: 100, minimum: 0 })
  @IsIntIn(0, 1_000_000)
  pointValueFen: number;

  @ApiPropertyOptional({ description: 'IANA timezone in which deeds are dated', default: 'Asia/Shanghai' })
  @Optional()
  @IsString()
  @Length(1, 64)
  timezone?: string;

  @ApiPropertyOptional({ description: 'Ranking and closing period', enum: ['quarter', 'month'], default: 'quarter' })
  @Optional()
  @IsIn(['quarter', 'month'])
  periodKind?: 'quarter' | 'month';

  @ApiPropertyOptional({ description: 'Whether deductions may take a balance below zero; otherwise they stop at zero', default: false })
  @Optional()
  @IsBoolean()
  allowNegative?: boolean;
}

export class LevelDto {
  @ApiProperty({ description: 'Name of the level', example: '一星', minLength: 1, maxLength: 20 })
  @IsString()
  @Length(1, 20)
  name: string;

  @ApiProperty({ description: 'Points earned in the level period needed to reach it', example: 20 })
  @IsIntIn(1, 1_000_000)
  minPoints: number;
}

/** Settings that may change after creation: rankings, boards, honours and schedules. */
export class UpdateProgramDto {
  @ApiPropertyOptional({ description: 'New name' })
  @Optional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({
    description: 'Village programs: the household program whose awards count as participation (null: none)',
    nullable: true,
  })
  @Nullable()
  @IsId()
  participationProgramId?: number | null;

  @ApiPropertyOptional({
    description: 'Village programs: points added when every household of the village had an award in the period (pro rata)',
  })
  @Optional()
  @IsIntIn(0, 1_000_000)
  participationWeight?: number;

  @ApiPropertyOptional({ description: 'Household names on public boards: masked (张*) or full', enum: ['masked', 'full'] })
  @Optional()
  @IsIn(['masked', 'full'])
  publicNames?: 'masked' | 'full';

  @ApiPropertyOptional({ description: 'Households on each village honour list' })
  @Optional()
  @IsIntIn(1, 1000)
  honourTopN?: number;

  @ApiPropertyOptional({ description: 'Whether public boards list households with deductions in the period' })
  @Optional()
  @IsBoolean()
  publishDeductions?: boolean;

  @ApiPropertyOptional({
    description: `Levels (星级文明户) by points earned in the level period, by strictly increasing minPoints, names unique; at most ${MAX_LEVELS}; [] removes them`,
    type: [LevelDto],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_LEVELS)
  @NestedObjects(() => LevelDto)
  levels?: LevelDto[];

  @ApiPropertyOptional({
    description:
      'What levels count: points earned in the program period (quarter or month) or in the calendar year, in the program timezone',
    enum: LEVEL_PERIODS,
    default: 'year',
  })
  @Optional()
  @IsIn(LEVEL_PERIODS)
  levelPeriod?: LevelPeriod;

  @ApiPropertyOptional({
    description: "Whether public boards show each village's red list (红榜: the households that earned most in the period)",
    default: false,
  })
  @Optional()
  @IsBoolean()
  redList?: boolean;

  @ApiPropertyOptional({
    description: "Whether public boards show each village's black list (黑榜: the households with most points deducted in the period)",
    default: false,
  })
  @Optional()
  @IsBoolean()
  blackList?: boolean;

  @ApiPropertyOptional({ description: 'Households on each red and black list (ties at the cut-off all shown)', default: 10 })
  @Optional()
  @IsIntIn(1, 100)
  listSize?: number;

  @ApiPropertyOptional({
    description: 'Day of the month after a period ends to close it and run rankings (1-28); null removes the schedule',
    nullable: true,
  })
  @Nullable()
  @IsIntIn(1, 28)
  scheduleDay?: number | null;

  @ApiPropertyOptional({ description: 'Hour of that day, in the program timezone', default: 2 })
  @Optional()
  @IsIntIn(0, 23)
  scheduleHour?: number;

  @ApiPropertyOptional({
    description:
      'Days an approved claim or a staff award or deduction stays on the public notice board (公示), open to objections, before it posts (0-30; 0 posts at once)',
    default: 0,
  })
  @Optional()
  @IsIntIn(0, 30)
  publicityDays?: number;

  @ApiPropertyOptional({ description: 'Days after the deed within which it may be claimed (1-365); null: no limit', nullable: true })
  @Nullable()
  @IsIntIn(1, 365)
  claimWindowDays?: number | null;

  @ApiPropertyOptional({ description: 'Whether village clerks may review claims, besides reviewers and managers', default: false })
  @Optional()
  @IsBoolean()
  clerksReview?: boolean;

  @ApiPropertyOptional({
    description: 'Claims for more points than this need a second, different reviewer; null: one reviewer suffices',
    nullable: true,
  })
  @Nullable()
  @IsIntIn(1, 1_000_000)
  secondReviewAbove?: number | null;

  @ApiPropertyOptional({
    description:
      'Whether staff must declare the household they live in and their related households (利益冲突申报, `PUT /users/me/declaration`) before they award, deduct, review claims or decide objections here (403 `COI_UNDECLARED`); declared households are refused either way',
    default: true,
  })
  @Optional()
  @IsBoolean()
  requireCoiDeclaration?: boolean;

  @ApiPropertyOptional({
    description:
      'Whether a rule version takes effect only once its adoption by the villagers’ assembly or representatives’ meeting is recorded (`POST …/rules/:ruleId/versions/:version/adoption`); awards, deductions and claims with a version without one are refused (422 `RULE_NOT_ADOPTED`)',
    default: false,
  })
  @Optional()
  @IsBoolean()
  requireRuleAdoption?: boolean;
}

export class ProgramView {
  @ApiProperty({ description: 'Program id' }) id: number;
  @ApiProperty({ description: 'Unique code' }) code: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'County id' }) countyId: number;
  @ApiProperty({ description: 'Holder type', enum: HOLDER_TYPES }) holderType: HolderType;
  @ApiProperty({ description: 'Base points of every holder' }) basePoints: number;
  @ApiProperty({ description: 'Fen per point' }) pointValueFen: number;
  @ApiProperty({ description: 'Timezone of deed dates' }) timezone: string;
  @ApiProperty({ description: 'Period length', enum: ['quarter', 'month'] }) periodKind: string;
  @ApiProperty({ description: 'Whether deductions may go below zero' }) allowNegative: boolean;
  @ApiProperty({ description: 'Household program counted as participation', type: Number, nullable: true }) participationProgramId:
    number | null;
  @ApiProperty({ description: 'Points for full participation' }) participationWeight: number;
  @ApiProperty({ description: 'Household names on public boards', enum: ['masked', 'full'] }) publicNames: string;
  @ApiProperty({ description: 'Households on each village honour list' }) honourTopN: number;
  @ApiProperty({ description: 'Whether boards list households with deductions' }) publishDeductions: boolean;
  @ApiProperty({ description: 'Schedule: day after period end', type: Number, nullable: true }) scheduleDay: number | null;
  @ApiProperty({ description: 'Schedule: hour in the program timezone' }) scheduleHour: number;
  @ApiProperty({ description: 'Days of public notice (公示) before an entry posts; 0 posts at once' }) publicityDays: number;
  @ApiProperty({ description: 'Days after the deed within which it may be claimed; null: no limit', type: Number, nullable: true })
  claimWindowDays: number | null;
  @ApiProperty({ description: 'Whether village clerks may review claims' }) clerksReview: boolean;
  @ApiProperty({ description: 'Claims above this many points need a second reviewer; null: one suffices', type: Number, nullable: true })
  secondReviewAbove: number | null;
  @ApiProperty({ description: 'Whether staff must declare their own and related households before entering or reviewing points' })
  requireCoiDeclaration: boolean;
  @ApiProperty({ description: 'Whether a rule version is used only once its adoption (村民大会 / 村民代表会议) is recorded' })
  requireRuleAdoption: boolean;
  @ApiProperty({ description: 'Levels (星级文明户), ascending by minPoints; empty: no levels', type: [LevelDto] }) levels: LevelDto[];
  @ApiProperty({ description: 'What levels count: the program period or the calendar year', enum: LEVEL_PERIODS }) levelPeriod: LevelPeriod;
  @ApiProperty({ description: 'Whether boards show red lists (红榜)' }) redList: boolean;
  @ApiProperty({ description: 'Whether boards show black lists (黑榜)' }) blackList: boolean;
  @ApiProperty({ description: 'Households on each red and black list' }) listSize: number;
  @ApiProperty({ description: 'When earned points expire (PUT /programs/{id}/expiry sets it)', enum: EXPIRY_POLICIES })
  expiryPolicy: ExpiryPolicy;
  @ApiProperty({ description: 'rolling: months after the deed', type: Number, nullable: true }) expiryMonths: number | null;
  @ApiProperty({ description: 'yearly: the clearing day, MM-DD', type: String, nullable: true }) expiryDate: string | null;
  @ApiProperty({ description: 'yearly: points kept across a clearing' }) expiryCarryOver: number;
  @ApiProperty({ description: 'When it was created' }) createdAt: Date;
}

export class CapDto {
  @ApiProperty({ description: 'Most points one holder may earn from the rule per period', example: 20 })
  @IsIntIn(1, 1_000_000)
  points: number;

  @ApiProperty({ description: 'Cap period', enum: ['month', 'quarter', 'year'] })
  @IsIn(['month', 'quarter', 'year'])
  per: 'month' | 'quarter' | 'year';
}

/** What a deduction does besides its points: 清零 and/or 取消兑换资格. */
export class SanctionDto {
  @ApiPropertyOptional({
    description: 'The deduction also clears the redeemable balance (清零): everything above the base points goes with it',
    default: false,
  })
  @Optional()
  @IsBoolean()
  clearRedeemable?: boolean;

  @ApiPropertyOptional({ description: 'Redemption is suspended for this many months from the deed (1-120)', example: 6 })
  @Optional()
  @IsIntIn(1, 120)
  suspendMonths?: number;

  @ApiPropertyOptional({
    description: "Redemption is suspended through the end of the deed's year (0) or of a later year (1: 取消当年和次年积分兑换资格), 0-5",
    example: 1,
  })
  @Optional()
  @IsIntIn(0, 5)
  suspendYears?: number;
}

export class CreateRuleDto {
  @ApiProperty({ description: 'Code, unique in the program', example: 'WRK-01' })
  @Matches(CODE_PATTERN, { message: 'code must be 1-32 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ description: 'What the rule rewards or punishes', example: '义务投工投劳（每次）' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ description: 'Category', example: '勤劳致富' })
  @IsString()
  @Length(1, 50)
  category: string;

  @ApiProperty({ description: 'Signed points: positive for awards, negative for deductions', example: 5 })
  @IsIntIn(-1_000_000, 1_000_000)
  points: number;

  @ApiPropertyOptional({ description: 'Cap per holder per period (达到最高分值后不再累加)', type: CapDto })
  @Optional()
  @NestedObject(() => CapDto)
  cap?: CapDto;

  @ApiPropertyOptional({ description: 'Deduction rules only: a sanction the deduction carries until it is reversed', type: SanctionDto })
  @Optional()
  @NestedObject(() => SanctionDto)
  sanction?: SanctionDto;

  @ApiPropertyOptional({ description: 'First day the rule applies (default: today in the program timezone)', example: '2026-01-01' })
  @Optional()
  @IsString()
  effectiveFrom?: string;

  @ApiPropertyOptional({ description: "Only for holders in this region's subtree (a village's own rule); default the whole county" })
  @Optional()
  @IsId()
  regionId?: number;
}

/** A new version of a rule: at least one field, or there is nothing to version. */
@RequiresAChange()
export class UpdateRuleDto {
  @ApiPropertyOptional({ description: 'New name' })
  @Optional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'New category' })
  @Optional()
  @IsString()
  @Length(1, 50)
  category?: string;

  @ApiPropertyOptional({ description: 'New signed points (same sign as before)' })
  @Optional()
  @IsIntIn(-1_000_000, 1_000_000)
  points?: number;

  @ApiPropertyOptional({ description: 'New cap; null removes it', type: CapDto, nullable: true })
  @Nullable()
  @NestedObject(() => CapDto)
  cap?: CapDto | null;

  @ApiPropertyOptional({ description: 'New sanction (deduction rules only); null removes it', type: SanctionDto, nullable: true })
  @Nullable()
  @NestedObject(() => SanctionDto)
  sanction?: SanctionDto | null;

  @ApiPropertyOptional({ description: 'First day the new version applies (default: today); earlier entries keep the old version' })
  @Optional()
  @IsString()
  effectiveFrom?: string;
}

export class ExclusionDto {
  @ApiProperty({ description: 'Region (e.g. a village) in whose subtree the county rule no longer applies' })
  @IsId()
  regionId: number;
}

export class ListRulesQuery {
  @ApiPropertyOptional({ description: 'Only rules that apply in this region (county rules not excluded there, plus its own)' })
  @Optional()
  @QueryId()
  regionId?: number;
}

export class RuleVersionView {
  @ApiProperty({ description: 'Version id (what entries point at)' }) id: number;
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: 'Version number, from 1' }) version: number;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Category' }) category: string;
  @ApiProperty({ description: 'Signed points' }) points: number;
  @ApiProperty({ description: 'Cap points per holder per period', type: Number, nullable: true }) capPoints: number | null;
  @ApiProperty({ description: 'Cap period', enum: ['month', 'quarter', 'year'], nullable: true }) capPer:
    'month' | 'quarter' | 'year' | null;
  @ApiProperty({ description: 'Sanction: the deduction clears the redeemable balance (清零)' }) sanctionClears: boolean;
  @ApiProperty({ description: 'Sanction: months of suspended redemption from the deed', type: Number, nullable: true })
  sanctionSuspendMonths: number | null;
  @ApiProperty({
    description: "Sanction: redemption suspended through the end of the deed's year plus this many years",
    type: Number,
    nullable: true,
  })
  sanctionSuspendYears: number | null;
  @ApiProperty({ description: 'First day in force' }) effectiveFrom: string;
  @ApiProperty({ description: 'Last day in force; null while current', type: String, nullable: true }) effectiveTo: string | null;
  @ApiProperty({ description: 'Who made this version (user id)', type: Number, nullable: true }) createdBy: number | null;
  @ApiProperty({ description: 'When this version was made' }) createdAt: Date;
  @ApiProperty({
    description:
      'Its adoption by the villagers’ assembly (村民大会) or representatives’ meeting (村民代表会议); null until recorded. Where the program requires one, a version without it is not used',
    type: AdoptionView,
    nullable: true,
  })
  adoption: AdoptionView | null;
}

export class RuleView {
  @ApiProperty({ description: 'Rule id (used in awards and deductions)' }) id: number;
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Code' }) code: string;
  @ApiProperty({ description: 'Region the rule is limited to; null for the whole county', type: Number, nullable: true }) regionId:
    number | null;
  @ApiProperty({ description: 'Current version (the latest)', type: RuleVersionView }) current: RuleVersionView;
  @ApiProperty({ description: 'Regions where the county rule is switched off', type: [Number] }) excludedRegionIds: number[];
  @ApiProperty({ description: 'When the rule was created' }) createdAt: Date;
}

export class RuleDetailView extends RuleView {
  @ApiProperty({ description: 'Every version, oldest first', type: [RuleVersionView] }) versions: RuleVersionView[];
}

export class PeriodClosureView {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Period, e.g. 2026-Q3' }) period: string;
  @ApiProperty({ description: 'When it was closed' }) closedAt: Date;
  @ApiProperty({ description: 'Who closed it', type: Number, nullable: true }) closedBy: number | null;
}
