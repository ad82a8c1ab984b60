import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { EXPIRY_POLICIES, type ExpiryPolicy } from '../programs/program.entity.js';
import { TRANSACTION_TYPES } from './ledger.entities.js';
import { IsBigId, IsIntIn, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';

export class LevelStepView {
  @ApiProperty({ description: 'Name of the level', example: '二星' }) name: string;
  @ApiProperty({ description: 'Points earned in the level period needed for it' }) minPoints: number;
}

export class HolderLevelView {
  @ApiProperty({ description: 'Name of the level reached (星级文明户)', example: '一星' }) name: string;
  @ApiProperty({ description: 'Points earned in the level period needed for it' }) minPoints: number;
  @ApiProperty({ description: 'Points earned in the level period (awards minus deductions, reversals included)' }) earned: number;
  @ApiProperty({ description: 'The level period: the program period (2026-Q4) or the year (2026)', example: '2026' }) period: string;
  @ApiProperty({ description: 'The next level up; null at the top', type: LevelStepView, nullable: true }) next: LevelStepView | null;
}

export class ExpiringView {
  @ApiProperty({ description: 'Points that expire on that day unless spent first' }) points: number;
  @ApiProperty({ description: 'The first day they are expired (YYYY-MM-DD)', example: '2027-01-01' }) on: string;
}

export class BalanceResponse {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Holder id (household, village or staff user by the program)' }) holderId: number;
  @ApiProperty({ description: 'Current balance in points' }) balance: number;
  @ApiProperty({ description: 'Base points of the program (never redeemable)' }) basePoints: number;
  @ApiProperty({ description: 'Points that may be redeemed: balance above base, never below 0' }) redeemable: number;
  @ApiProperty({ description: 'Awards minus deductions (reversals included) booked in the current period' }) earnedThisPeriod: number;
  @ApiProperty({
    description:
      'Signed points under public notice (公示): they post when the notice period ends without an upheld objection; not redeemable, not ranked',
  })
  pending: number;
  @ApiProperty({
    description:
      'The soonest expiry of earned points within the next 90 days (spends take the soonest-expiring points first); null when none expire that soon',
    type: ExpiringView,
    nullable: true,
  })
  expiring: ExpiringView | null;
  @ApiProperty({
    description: 'Last day redemption is suspended by a sanction (取消兑换资格); null when it is not',
    type: String,
    nullable: true,
    example: '2027-12-31',
  })
  suspendedUntil: string | null;
  @ApiProperty({ description: 'The current period, e.g. 2026-Q4' }) period: string;
  @ApiProperty({ description: 'Whether the account exists yet (it opens, at the base points, with the first entry)' }) opened: boolean;
  @ApiProperty({
    description:
      "The level (星级) reached by points earned in the program's level period; null when the program has no levels or the holder is below the first",
    type: HolderLevelView,
    nullable: true,
  })
  level: HolderLevelView | null;
}

export class StatementQuery {
  @ApiPropertyOptional({ description: 'Deeds on or after this day (YYYY-MM-DD)' })
  @Optional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({ description: 'Deeds on or before this day (YYYY-MM-DD)' })
  @Optional()
  @IsString()
  to?: string;

  @ApiPropertyOptional({ description: 'Cursor from the previous page (nextCursor)' })
  @Optional()
  @IsBigId()
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 50;
}

export class StatementRuleView {
  @ApiProperty({ description: 'Rule id' }) id: number;
  @ApiProperty({ description: 'Rule code' }) code: string;
  @ApiProperty({ description: 'Rule name of the version applied' }) name: string;
  @ApiProperty({ description: 'Category' }) category: string;
  @ApiProperty({ description: 'Rule version id applied' }) versionId: number;
  @ApiProperty({ description: 'Rule version number applied' }) version: number;
}

export class OperatorView {
  @ApiProperty({ description: 'user, device or system' }) type: string;
  @ApiProperty({ description: 'User or device id', type: Number, nullable: true }) id: number | null;
  @ApiProperty({ description: 'Display name of the user or device', type: String, nullable: true }) name: string | null;
}

export class StatementLineView {
  @ApiProperty({ description: 'Posting id (the cursor)' }) postingId: string;
  @ApiProperty({ description: 'Transaction id' }) transactionId: string;
  @ApiProperty({ description: 'The transaction type', enum: TRANSACTION_TYPES }) type: string;
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'Period it counts in' }) period: string;
  @ApiProperty({ description: 'A correction of a closed period booked into this one' }) late: boolean;
  @ApiProperty({ description: 'When it was booked' }) recordedAt: Date;
  @ApiProperty({
    description:
      "The day it was booked (YYYY-MM-DD, the program's timezone): lines come newest booked first; a deed's day (occurredOn) may be earlier",
  })
  recordedOn: string;
  @ApiProperty({ description: 'Signed points on the balance' }) points: number;
  @ApiProperty({ description: 'Balance after this line' }) balanceAfter: number;
  @ApiProperty({ description: 'Cut by a cap or by the zero floor' }) capped: boolean;
  @ApiProperty({
    description: "The applied rule's cap per holder and period, if any (why a capped line got less than requestedPoints)",
    type: Number,
    nullable: true,
  })
  capPoints: number | null;
  @ApiProperty({ description: 'Its period: month, quarter or year', type: String, nullable: true }) capPer: string | null;
  @ApiProperty({ description: 'Points the rule asked for', type: Number, nullable: true }) requestedPoints: number | null;
  @ApiProperty({ description: 'Rule applied', type: StatementRuleView, nullable: true }) rule: StatementRuleView | null;
  @ApiProperty({ description: 'Member who did the deed', type: Number, nullable: true }) memberId: number | null;
  @ApiProperty({ description: 'Name of that member', type: String, nullable: true }) memberName: string | null;
  @ApiProperty({ description: 'Memo', type: String, nullable: true }) memo: string | null;
  @ApiProperty({ description: 'Reason (deductions, reversals)', type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'Evidence links', type: [String] }) evidence: string[];
  @ApiProperty({ description: 'The transaction this one reverses', type: String, nullable: true }) reversesId: string | null;
  @ApiProperty({ description: 'The reversal of this transaction, if any', type: String, nullable: true }) reversedById: string | null;
  @ApiProperty({ description: 'The public notice (公示) it was confirmed from', type: String, nullable: true }) noticeId: string | null;
  @ApiProperty({ description: 'The claim (申报) it was approved from', type: String, nullable: true }) claimId: string | null;
  @ApiProperty({
    description: 'Photos: of the claim it came from, or uploaded with the staff entry (GET /api/v1/evidence/{id}/thumbnail)',
    type: [Number],
  })
  evidenceIds: number[];
  @ApiProperty({ description: 'Who recorded it', type: OperatorView }) operator: OperatorView;
}

export class StatementResponse {
  @ApiProperty({ description: 'Lines, newest first', type: [StatementLineView] }) items: StatementLineView[];
  @ApiProperty({ description: 'Cursor for the next page; null at the end', type: String, nullable: true }) nextCursor: string | null;
}

export class LedgerCheckQuery {
  @ApiPropertyOptional({ description: 'Check one program only' })
  @Optional()
  @QueryId()
  programId?: number;
}

export class ImbalanceView {
  @ApiProperty({ description: 'Transaction id' }) transactionId: string;
  @ApiProperty({ description: 'Sum of its postings (should be 0)' }) sum: number;
}

export class BalanceMismatchView {
  @ApiProperty({ description: 'Account id' }) accountId: string;
  @ApiProperty({ description: 'Holder id' }) holderId: number;
  @ApiProperty({ description: 'Balance kept in the account row' }) balance: number;
  @ApiProperty({ description: "Sum of the account's postings" }) postingsSum: number;
}

export class LotMismatchView {
  @ApiProperty({ description: 'Account id' }) accountId: string;
  @ApiProperty({ description: 'Holder id' }) holderId: number;
  @ApiProperty({ description: 'Redeemable balance: balance above the base points, never below 0' }) redeemable: number;
  @ApiProperty({ description: "Sum of what is left of the holder's earning lots (should equal redeemable)" }) lotsSum: number;
}

export class LedgerCheckResponse {
  @ApiProperty({ description: 'True when every invariant holds' }) ok: boolean;
  @ApiProperty({ description: 'Transactions checked' }) transactions: number;
  @ApiProperty({ description: 'Postings checked' }) postings: number;
  @ApiProperty({ description: 'Sum of all postings (0 when balanced)' }) globalSum: number;
  @ApiProperty({ description: 'Transactions whose postings do not sum to zero (at most 100)', type: [ImbalanceView] })
  imbalances: ImbalanceView[];
  @ApiProperty({ description: 'Holder accounts whose balance differs from their postings (at most 100)', type: [BalanceMismatchView] })
  balanceMismatches: BalanceMismatchView[];
  @ApiProperty({
    description: 'Holder accounts whose open earning lots do not sum to their redeemable balance (at most 100)',
    type: [LotMismatchView],
  })
  lotMismatches: LotMismatchView[];
}

export class ExpiryPolicyDto {
  @ApiProperty({
    description:
      'none: points never expire; rolling: N months after the deed; yearly: on a day each year (年度清零). Base points never expire',
    enum: EXPIRY_POLICIES,
  })
  @IsIn(EXPIRY_POLICIES)
  policy: ExpiryPolicy;

  @ApiPropertyOptional({ description: 'rolling: months after the deed (1-120)', example: 12 })
  @Optional()
  @IsIntIn(1, 120)
  months?: number;

  @ApiPropertyOptional({
    description: 'yearly: the clearing day as MM-DD, in the program timezone; points earned before it expire on it',
    example: '01-01',
  })
  @Optional()
  @IsString()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/)
  date?: string;

  @ApiPropertyOptional({ description: 'yearly: points a holder keeps across a clearing (结转), expiring at the next one', default: 0 })
  @Optional()
  @IsIntIn(0, 1_000_000)
  carryOver?: number;
}

export class ExpiryPolicyView {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Expiry policy', enum: EXPIRY_POLICIES }) policy: ExpiryPolicy;
  @ApiProperty({ description: 'rolling: months after the deed', type: Number, nullable: true }) months: number | null;
  @ApiProperty({ description: 'yearly: clearing day MM-DD', type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'yearly: points kept across a clearing' }) carryOver: number;
}

export class CapUsageQuery {
  @ApiPropertyOptional({
    description: "Day of the deed (default: today in the program's timezone): the cap's period is that day's",
    example: '2026-07-15',
  })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date like 2026-07-15' })
  occurredOn?: string;
}

export class CapUsageView {
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: "The rule's points (what an entry asks for)" }) points: number;
  @ApiProperty({ description: "The rule's cap per holder and period (null: no cap)", type: Number, nullable: true }) capPoints:
    number | null;
  @ApiProperty({ description: 'Its period: month, quarter or year', type: String, nullable: true }) capPer: string | null;
  @ApiProperty({ description: "The cap's period of that day, e.g. 2026-Q4", type: String, nullable: true }) periodKey: string | null;
  @ApiProperty({ description: 'Points already granted, or reserved by entries under notice, in that period' }) used: number;
  @ApiProperty({ description: 'What is left of the cap (null without a cap)', type: Number, nullable: true }) remaining: number | null;
  @ApiProperty({
    description: 'What an entry of the rule would be granted now: 0 when the cap is used up (then it would not be posted or put on notice)',
  })
  wouldGrant: number;
}
