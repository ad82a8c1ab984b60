import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsBigId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';

export class BalanceResponse {
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Holder id (household, village or staff user by the program)' }) holderId: number;
  @ApiProperty({ description: 'Current balance in points' }) balance: number;
  @ApiProperty({ description: 'Base points of the program (never redeemable)' }) basePoints: number;
  @ApiProperty({ description: 'Points that may be redeemed: balance above base, never below 0' }) redeemable: number;
  @ApiProperty({ description: 'Awards minus deductions (reversals included) booked in the current period' }) earnedThisPeriod: number;
  @ApiProperty({ description: 'Signed points under public notice (公示): they post when the notice period ends without an upheld objection; not redeemable, not ranked' }) pending: number;
  @ApiProperty({ description: 'The current period, e.g. 2026-Q4' }) period: string;
  @ApiProperty({ description: 'Whether the account exists yet (it opens, at the base points, with the first entry)' }) opened: boolean;
}

export class StatementQuery {
  @ApiPropertyOptional({ description: 'Deeds on or after this day (YYYY-MM-DD)' })
  @Optional() @IsString()
  from?: string;

  @ApiPropertyOptional({ description: 'Deeds on or before this day (YYYY-MM-DD)' })
  @Optional() @IsString()
  to?: string;

  @ApiPropertyOptional({ description: 'Cursor from the previous page (nextCursor)' })
  @Optional() @IsBigId()
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional() @QueryIntIn(1, 500)
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
  @ApiProperty({ description: 'opening, award, deduction or reversal' }) type: string;
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'Period it counts in' }) period: string;
  @ApiProperty({ description: 'A correction of a closed period booked into this one' }) late: boolean;
  @ApiProperty({ description: 'When it was recorded' }) recordedAt: Date;
  @ApiProperty({ description: 'Signed points on the balance' }) points: number;
  @ApiProperty({ description: 'Balance after this line' }) balanceAfter: number;
  @ApiProperty({ description: 'Cut by a cap or by the zero floor' }) capped: boolean;
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
  @ApiProperty({ description: 'Photos of that claim (GET /api/v1/evidence/{id}/thumbnail)', type: [Number] }) evidenceIds: number[];
  @ApiProperty({ description: 'Who recorded it', type: OperatorView }) operator: OperatorView;
}

export class StatementResponse {
  @ApiProperty({ description: 'Lines, newest first', type: [StatementLineView] }) items: StatementLineView[];
  @ApiProperty({ description: 'Cursor for the next page; null at the end', type: String, nullable: true }) nextCursor: string | null;
}

export class LedgerCheckQuery {
  @ApiPropertyOptional({ description: 'Check one program only' })
  @Optional() @QueryId()
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
  @ApiProperty({ description: 'Sum of the account\'s postings' }) postingsSum: number;
}

export class LedgerCheckResponse {
  @ApiProperty({ description: 'True when every invariant holds' }) ok: boolean;
  @ApiProperty({ description: 'Transactions checked' }) transactions: number;
  @ApiProperty({ description: 'Postings checked' }) postings: number;
  @ApiProperty({ description: 'Sum of all postings (0 when balanced)' }) globalSum: number;
  @ApiProperty({ description: 'Transactions whose postings do not sum to zero (at most 100)', type: [ImbalanceView] }) imbalances: ImbalanceView[];
  @ApiProperty({ description: 'Holder accounts whose balance differs from their postings (at most 100)', type: [BalanceMismatchView] })
  balanceMismatches: BalanceMismatchView[];
}
