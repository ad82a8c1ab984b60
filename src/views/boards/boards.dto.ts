import { TreeHeadResponse } from '../../transparency/transparency.dto.js';
import { ADOPTION_MEETINGS, type AdoptionMeeting } from '../../programs/adoptions/rule-adoption.entity.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Optional, QueryId } from '../../common/http/fields.js';
import { HOLDER_TYPES, type HolderType } from '../../programs/program.entity.js';
import { LevelDto } from '../../programs/programs.dto.js';
import { RUN_SUBJECTS, type RunSubject } from '../../rankings/ranking.entities.js';
import { EntryComponentsView } from '../../rankings/rankings.dto.js';
import { REGION_LEVELS, type RegionLevel } from '../../regions/region.entity.js';

export class HonoursQuery {
  @ApiProperty({ description: 'Village whose honours to show' })
  @QueryId()
  villageId: number;
}

export class BoardQuery {
  @ApiPropertyOptional({ description: 'Period (default: the latest published)' })
  @Optional()
  @IsString()
  @Length(4, 8)
  period?: string;
}

export class PublicEntryView {
  @ApiProperty({
    description:
      "Rank, ties sharing it (1, 1, 3). In a board's entries: among the holders of the board's region (a village's households 1..n, a township's villages or households among themselves); a village's own result on its board keeps its rank in the run. In honours: within the village",
  })
  rank: number;
  @ApiProperty({ description: 'Holder name, masked (张*) for households when the program says so' }) name: string;
  @ApiProperty({ description: 'Holder code; empty for households' }) code: string;
  @ApiProperty({ description: 'Score' }) score: number;
  @ApiProperty({ description: 'What the score is made of', type: EntryComponentsView }) components: EntryComponentsView;
  @ApiProperty({
    description: "The level (星级) the score reaches by the run's levels; null without levels or below the first",
    type: String,
    nullable: true,
  })
  level: string | null;
}

export class LevelCountView {
  @ApiProperty({ description: 'Level name', example: '一星' }) name: string;
  @ApiProperty({ description: 'Points needed' }) minPoints: number;
  @ApiProperty({ description: 'Households of the village at this level (not higher)' }) households: number;
}

export class VillageHonoursView {
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Village name' }) villageName: string;
  @ApiProperty({ description: '道德冠军: the households ranked first in the village (ties share it)', type: [PublicEntryView] })
  champions: PublicEntryView[];
  @ApiProperty({ description: "The top N households of the village (the program's honourTopN)", type: [PublicEntryView] })
  honourList: PublicEntryView[];
  @ApiProperty({
    description: 'Households with deductions in the period; null when the program does not publish them',
    type: [PublicEntryView],
    nullable: true,
  })
  deductions: PublicEntryView[] | null;
  @ApiProperty({
    description:
      '红榜: the listSize households that earned most in the period (ties at the cut-off included); null when the program does not show it',
    type: [PublicEntryView],
    nullable: true,
  })
  redList: PublicEntryView[] | null;
  @ApiProperty({
    description:
      '黑榜: the listSize households with most points deducted in the period, most first, rank by points deducted (ties share it); null when the program does not show it',
    type: [PublicEntryView],
    nullable: true,
  })
  blackList: PublicEntryView[] | null;
  @ApiProperty({
    description: 'Households of the village at each level of the run, lowest level first; null when the run has no levels',
    type: [LevelCountView],
    nullable: true,
  })
  levelCounts: LevelCountView[] | null;
}

export const HONOUR_TITLES = ['champion', 'model_family', 'model_resident'] as const;
export type HonourTitle = (typeof HONOUR_TITLES)[number];

export class BoardRegionView {
  @ApiProperty({ description: 'Region id' }) id: number;
  @ApiProperty({ description: 'Code' }) code: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Level', enum: REGION_LEVELS }) level: RegionLevel;
}

export class BoardProgramView {
  @ApiProperty({ description: 'Program id' }) id: number;
  @ApiProperty({ description: 'Program code' }) code: string;
  @ApiProperty({ description: 'Program name' }) name: string;
  @ApiProperty({ description: 'Who holds points', enum: HOLDER_TYPES }) holderType: HolderType;
}

export class BoardRankingView {
  @ApiProperty({ description: 'Published run' }) runId: string;
  @ApiProperty({ description: 'Its program', type: BoardProgramView }) program: BoardProgramView;
  @ApiProperty({ description: "`household`: the program's holders; `member`: household members", enum: RUN_SUBJECTS }) subject: RunSubject;
  @ApiProperty({
    description:
      'What its honours are called: `champion` (道德冠军, households by period), `model_family` (最美家庭, households by year), `model_resident` (最美居民, members); null for village and staff programs',
    enum: HONOUR_TITLES,
    nullable: true,
  })
  title: HonourTitle | null;
  @ApiProperty({ description: 'The levels the run is read with; null when it has none', type: [LevelDto], nullable: true }) levels:
    LevelDto[] | null;
  @ApiProperty({ description: 'Period' }) period: string;
  @ApiProperty({ description: 'Version of the published result' }) version: number;
  @ApiProperty({ description: 'When it was published', type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({
    description: "The first 100 holders in the region, in list order, ranked among the region's holders",
    type: [PublicEntryView],
  })
  entries: PublicEntryView[];
  @ApiProperty({ description: 'Household runs: honours of up to 50 villages of the region; empty otherwise', type: [VillageHonoursView] })
  honours: VillageHonoursView[];
}

export class AdoptedRuleView {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Program name' }) programName: string;
  @ApiProperty({ description: 'Rule code' }) code: string;
  @ApiProperty({ description: 'Name (the version in force)' }) name: string;
  @ApiProperty({ description: 'Category' }) category: string;
  @ApiProperty({ description: 'Signed points' }) points: number;
  @ApiProperty({ description: 'Cap per household and period', type: Number, nullable: true }) capPoints: number | null;
  @ApiProperty({ description: 'Cap period', enum: ['month', 'quarter', 'year'], nullable: true }) capPer:
    'month' | 'quarter' | 'year' | null;
  @ApiProperty({ description: 'Version in force' }) version: number;
  @ApiProperty({ description: '`assembly` (村民大会) or `representatives` (村民代表会议)', enum: ADOPTION_MEETINGS })
  meeting: AdoptionMeeting;
  @ApiProperty({ description: 'Day of the meeting that adopted it' }) meetingOn: string;
  @ApiProperty({ description: 'Those present' }) attended: number;
  @ApiProperty({ description: 'Those entitled to attend' }) entitled: number;
  @ApiProperty({ description: 'Resolution number (决议编号)' }) resolutionNo: string;
}

export class BoardView {
  @ApiProperty({ description: 'The region asked for', type: BoardRegionView }) region: BoardRegionView;
  @ApiProperty({
    description: 'The period shown (the asked one, or the latest published); null when nothing is published',
    type: String,
    nullable: true,
  })
  period: string | null;
  @ApiProperty({
    description: 'Every period with a published ranking covering the region, the latest first (for a period picker)',
    type: [String],
    example: ['2026-11', '2026-Q3', '2026-10'],
  })
  periods: string[];
  @ApiProperty({ description: 'Published runs of that period covering the region', type: [BoardRankingView] }) rankings: BoardRankingView[];
  @ApiProperty({
    description:
      'The household rules in force in the region whose version in force was adopted by the villagers’ assembly or representatives’ meeting (at most 200): awards first, then deductions, by category',
    type: [AdoptedRuleView],
  })
  rules: AdoptedRuleView[];
  @ApiProperty({
    description:
      "The county log's latest signed tree head (docs/transparency.md): the board shows its fingerprint and a QR code of where to fetch it; null before the first",
    type: TreeHeadResponse,
    nullable: true,
  })
  treeHead: TreeHeadResponse | null;
}
