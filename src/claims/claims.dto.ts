import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { HistoryEventView } from '../publicity/publicity.dto.js';
import { CLAIM_STATUSES, type ClaimStatus } from './claim.entity.js';

export class FileClaimDto {
  @ApiProperty({ description: 'The household program' })
  @IsId()
  programId: number;

  @ApiProperty({ description: 'The rule (积分标准) the deed falls under: one that awards points' })
  @IsId()
  ruleId: number;

  @ApiPropertyOptional({ description: 'Staff: the household the claim is for. A resident claims for its own household.' })
  @Optional()
  @IsId()
  householdId?: number;

  @ApiPropertyOptional({ description: 'The member of the household who did the deed' })
  @Optional()
  @IsId()
  memberId?: number;

  @ApiProperty({ description: 'Day of the deed in the program timezone', example: '2026-11-28' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date like 2026-07-15' })
  occurredOn: string;

  @ApiPropertyOptional({ description: 'What was done', example: '清扫村口道路积雪' })
  @Optional()
  @IsString()
  @Length(1, 500)
  memo?: string;

  @ApiPropertyOptional({ description: "Photos from POST /api/v1/evidence (of the household's village), at most 9", type: [Number] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsId({ each: true })
  evidenceIds?: number[];
}

export class ReviewNoteDto {
  @ApiPropertyOptional({ description: 'A note kept in the history' })
  @Optional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class RejectDto {
  @ApiProperty({ description: 'Why the claim is rejected (shown to the household)' })
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class ListClaimsQuery {
  @ApiPropertyOptional({ description: 'Staff: a region of your reach (default: your own)' })
  @Optional()
  @QueryId()
  regionId?: number;

  @ApiPropertyOptional({ description: 'Staff: status (default: submitted and seconding, the review queue)', enum: CLAIM_STATUSES })
  @Optional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 200 })
  @Optional()
  @QueryIntIn(1, 200)
  limit = 50;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, 1_000_000)
  offset = 0;
}

export class ClaimView {
  @ApiProperty({ description: 'Claim id' }) id: string;
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Program name' }) programName: string;
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: 'Rule version in force on the day of the deed' }) ruleVersionId: number;
  @ApiProperty({ description: 'Rule code' }) ruleCode: string;
  @ApiProperty({ description: 'Rule name' }) ruleName: string;
  @ApiProperty({ description: 'Rule category' }) ruleCategory: string;
  @ApiProperty({ description: 'Points the rule gives (what the claim asks for)' }) points: number;
  @ApiProperty({
    description:
      "Points granted on approval, after the rule's cap: less than `points` when the cap cut it, 0 when the cap was used up (then nothing goes on notice or posts); null until approved",
    type: Number,
    nullable: true,
  })
  grantedPoints: number | null;
  @ApiProperty({ description: "The rule's cap per household and period, if any", type: Number, nullable: true }) capPoints: number | null;
  @ApiProperty({ description: 'Its period: month, quarter or year', type: String, nullable: true }) capPer: string | null;
  @ApiProperty({ description: 'Household id' }) householdId: number;
  @ApiProperty({ description: 'Household number' }) householdNo: string;
  @ApiProperty({ description: 'Head of household' }) headName: string;
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Village name' }) villageName: string;
  @ApiProperty({ description: 'Member who did the deed', type: Number, nullable: true }) memberId: number | null;
  @ApiProperty({ description: 'Member name', type: String, nullable: true }) memberName: string | null;
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'What was done', type: String, nullable: true }) memo: string | null;
  @ApiProperty({ description: 'Photos (GET /api/v1/evidence/{id}/thumbnail)', type: [Number] }) evidenceIds: number[];
  @ApiProperty({ description: 'resident or user', enum: ['resident', 'user'] }) filedByType: 'resident' | 'user';
  @ApiProperty({ description: 'Household id (a resident) or user id' }) filedById: number;
  @ApiProperty({ description: 'submitted, seconding (needs a second reviewer), approved or rejected', enum: CLAIM_STATUSES })
  status: ClaimStatus;
  @ApiProperty({ description: 'First reviewer when a second one is needed', type: Number, nullable: true }) firstReviewer: number | null;
  @ApiProperty({ description: 'Who approved or rejected it', type: Number, nullable: true }) reviewer: number | null;
  @ApiProperty({ description: "Reason of a rejection, or the reviewer's note", type: String, nullable: true }) reviewReason: string | null;
  @ApiProperty({ description: 'When it was decided', type: Date, nullable: true }) decidedAt: Date | null;
  @ApiProperty({ description: 'The notice it went on (公示)', type: String, nullable: true }) noticeId: string | null;
  @ApiProperty({ description: 'State of that notice: noticed, held, posted or voided', type: String, nullable: true }) noticeStatus:
    string | null;
  @ApiProperty({ description: 'End of its notice period', type: Date, nullable: true }) noticeDeadline: Date | null;
  @ApiProperty({ description: 'The transaction it posted, on a program without a notice period', type: String, nullable: true })
  transactionId: string | null;
  @ApiProperty({
    description:
      'An earlier claim of the same deed (same household, rule, member and day), not rejected: the reviewer looks at both before approving; the resident is told on filing',
    type: String,
    nullable: true,
  })
  duplicateOf: string | null;
  @ApiProperty({ description: 'When it was filed' }) createdAt: Date;
}

export class ClaimDetailView {
  @ApiProperty({ description: 'The claim', type: ClaimView }) claim: ClaimView;
  @ApiProperty({ description: 'Every state change, oldest first', type: [HistoryEventView] }) history: HistoryEventView[];
}
