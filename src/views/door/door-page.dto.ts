import { ApiProperty } from '@nestjs/swagger';
import { ExpiringView, HolderLevelView } from '../../ledger/ledger.dto.js';
import { PublicNoticeView } from '../../publicity/publicity.dto.js';

export class DoorHouseholdView {
  @ApiProperty({ description: 'Card code (from the door plate)' }) cardCode: string;
  @ApiProperty({ description: 'Household number' }) householdNo: string;
  @ApiProperty({ description: 'Head of household, masked (张*三)' }) headNameMasked: string;
  @ApiProperty({ description: 'Village id (its board is /board/<id>)' }) villageId: number;
  @ApiProperty({ description: 'Village name' }) villageName: string;
}

export class DoorProgramView {
  @ApiProperty({ description: 'Program id' }) id: number;
  @ApiProperty({ description: 'Program name' }) name: string;
  @ApiProperty({ description: 'Balance' }) balance: number;
  @ApiProperty({ description: 'Base points (not redeemable)' }) basePoints: number;
  @ApiProperty({ description: 'Points that may be spent at the love supermarket' }) redeemable: number;
  @ApiProperty({ description: 'Signed points under public notice, not posted yet' }) pending: number;
  @ApiProperty({ description: 'The period now', example: '2026-Q4' }) period: string;
  @ApiProperty({ description: 'Awards minus deductions this period' }) earnedThisPeriod: number;
  @ApiProperty({
    description: 'The soonest expiry of its points within 90 days (积分清零); null when none expire that soon',
    type: ExpiringView,
    nullable: true,
  })
  expiring: ExpiringView | null;
  @ApiProperty({
    description: 'Place in the village by points earned this period (ties share it); null before any points this period',
    type: Number,
    nullable: true,
  })
  rank: number | null;
  @ApiProperty({ description: 'Households of the village' }) rankedHouseholds: number;
  @ApiProperty({
    description: "The level (星级文明户) reached by points earned in the program's level period; null without levels or below the first",
    type: HolderLevelView,
    nullable: true,
  })
  level: HolderLevelView | null;
}

export class DoorHonourView {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Program name' }) programName: string;
  @ApiProperty({ description: 'Period of the published ranking', example: '2026-Q3' }) period: string;
  @ApiProperty({ description: '`champion` (道德冠军: first in the village) or `honour_list` (荣誉榜)', enum: ['champion', 'honour_list'] })
  kind: 'champion' | 'honour_list';
  @ApiProperty({
    description:
      'What the honour is called: 道德冠军 (champion, a period), 最美家庭 (model_family, a year), 最美居民 (model_resident, a member)',
    enum: ['champion', 'model_family', 'model_resident'],
  })
  title: 'champion' | 'model_family' | 'model_resident';
  @ApiProperty({ description: 'Place in the village' }) rank: number;
  @ApiProperty({
    description: "The member honoured (最美居民), masked; null for the household's own honours",
    type: String,
    nullable: true,
  })
  memberName: string | null;
}

export class DoorPageView {
  @ApiProperty({ description: 'The household (nothing personal beyond a masked name)', type: DoorHouseholdView })
  household: DoorHouseholdView;
  @ApiProperty({ description: 'Its points in each household program of the county', type: [DoorProgramView] }) programs: DoorProgramView[];
  @ApiProperty({ description: 'Honours from published rankings, newest period first', type: [DoorHonourView] }) honours: DoorHonourView[];
  @ApiProperty({ description: 'Its entries under public notice (公示)', type: [PublicNoticeView] }) notices: PublicNoticeView[];
}
