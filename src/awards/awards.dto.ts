import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, IsUrl, Length, Matches, ValidateIf } from 'class-validator';
import { IsId, IsIntIn, NestedObject, Optional } from '../common/http/fields.js';

/** Households picked by a filter rather than one by one ("all that match", as GET /households lists them). */
export class HolderFilterDto {
  @ApiPropertyOptional({ description: 'Households of this village' })
  @Optional()
  @IsId()
  villageId?: number;

  @ApiPropertyOptional({ description: 'Households of this grid (网格 / 村民小组)' })
  @Optional()
  @IsId()
  gridId?: number;

  @ApiPropertyOptional({ description: 'Household number, card code or the head name (prefix), as the household search takes it' })
  @Optional()
  @IsString()
  @Length(1, 64)
  q?: string;
}

export class PostEntriesDto {
  @ApiProperty({ description: 'The rule applied (its version in force on occurredOn is recorded)' })
  @IsId()
  ruleId: number;

  @ApiPropertyOptional({
    description: 'Holders (households, villages or staff users by the program), 1 to 1,000, no repeats; or give `holderFilter` instead',
    type: [Number],
  })
  @ValidateIf((o: PostEntriesDto) => o.holderFilter === undefined || o.holderIds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsId({ each: true })
  holderIds?: number[];

  @ApiPropertyOptional({
    description:
      'Instead of `holderIds` (household programs): every household in your reach that matches, at most 1,000; `expectedCount` must then say how many the clerk confirmed (the `total` of GET /households with the same filter)',
    type: HolderFilterDto,
  })
  @Optional()
  @NestedObject(() => HolderFilterDto)
  holderFilter?: HolderFilterDto;

  @ApiPropertyOptional({
    description:
      'With `holderFilter`: how many households it matched when the clerk confirmed; refused with FILTER_COUNT_CHANGED if it now matches another number',
  })
  @Optional()
  @IsIntIn(0, 1000)
  expectedCount?: number;

  @ApiProperty({ description: 'Day of the deed in the program timezone', example: '2026-07-15' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date like 2026-07-15' })
  occurredOn: string;

  @ApiPropertyOptional({ description: 'The household member who did the deed (one household only)' })
  @Optional()
  @IsId()
  memberId?: number;

  @ApiPropertyOptional({ description: 'Memo' })
  @Optional()
  @IsString()
  @Length(1, 500)
  memo?: string;

  @ApiPropertyOptional({ description: 'Evidence links (documents elsewhere), at most 10', type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUrl({ require_protocol: true }, { each: true })
  evidence?: string[];

  @ApiPropertyOptional({
    description:
      "Photos uploaded with POST /api/v1/evidence (at most 10), of the holders' village, as claims take them: shown on the statement, the notice and the board",
    type: [Number],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsId({ each: true })
  evidenceIds?: number[];
}

export class PostDeductionsDto extends PostEntriesDto {
  @ApiProperty({ description: 'Why the points are deducted (shown to the household)' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class EntryResultView {
  @ApiProperty({ description: 'Holder id' }) holderId: number;
  @ApiProperty({
    description:
      "`posted`; `noticed` on a program with a notice period (公示): it posts when the period ends without an upheld objection; `capped`: the rule's cap for this holder and period is used up, so nothing is posted or put on notice (points 0)",
    enum: ['posted', 'noticed', 'capped'],
  })
  status: 'posted' | 'noticed' | 'capped';
  @ApiProperty({ description: 'Transaction id (a string: 64-bit); null while on notice, or when capped', type: String, nullable: true })
  transactionId: string | null;
  @ApiProperty({ description: 'The notice, while on notice', type: String, nullable: true }) noticeId: string | null;
  @ApiProperty({ description: 'End of the notice period', type: Date, nullable: true }) deadline: Date | null;
  @ApiProperty({ description: 'Points applied, or to be applied after the notice (signed)' }) points: number;
  @ApiProperty({ description: 'Points the rule asked for' }) requestedPoints: number;
  @ApiProperty({ description: 'True when a cap or the zero floor cut the entry' }) capped: boolean;
  @ApiProperty({ description: 'Balance after the entry; null while on notice', type: Number, nullable: true }) balanceAfter: number | null;
}

export class PostEntriesResponse {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: 'Rule version applied' }) ruleVersionId: number;
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'Period the entries count in' }) period: string;
  @ApiProperty({ description: 'One transaction per holder', type: [EntryResultView] }) results: EntryResultView[];
}

export class ReversalDto {
  @ApiProperty({ description: 'Why the transaction is reversed' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class ReversalView {
  @ApiProperty({ description: 'Id of the reversal transaction' }) id: string;
  @ApiProperty({ description: 'Id of the reversed transaction' }) reversesId: string;
  @ApiProperty({ description: 'Holder id', type: Number, nullable: true }) holderId: number | null;
  @ApiProperty({ description: 'Signed points moved back' }) points: number;
  @ApiProperty({ description: 'Balance after the reversal', type: Number, nullable: true }) balanceAfter: number | null;
  @ApiProperty({ description: 'Period the reversal counts in' }) period: string;
  @ApiProperty({ description: 'True when the original period was closed and the correction went into the open one' }) late: boolean;
}
