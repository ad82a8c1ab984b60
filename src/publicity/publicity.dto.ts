import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { INT4_MAX, IsId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { NOTICE_STATUSES, type NoticeStatus } from './notice.entity.js';

export class PublicNoticeRuleView {
  @ApiProperty({ description: 'Rule code' }) code: string;
  @ApiProperty({ description: 'Rule name' }) name: string;
  @ApiProperty({ description: 'Category' }) category: string;
}

export class NoticeCapView {
  @ApiProperty({ description: 'Most points per holder and period' }) points: number;
  @ApiProperty({ description: 'The period the cap counts in', enum: ['month', 'quarter', 'year'] }) per: string;
}

export class PublicNoticeView {
  @ApiProperty({ description: 'Notice id (to object to it)' }) id: string;
  @ApiProperty({ description: 'Program name' }) programName: string;
  @ApiProperty({ description: 'Village name' }) villageName: string;
  @ApiProperty({
    description: "Holder: head of household masked as the program's boards mask names (张*), a village or a staff user",
    type: String,
    nullable: true,
  })
  holderName: string | null;
  @ApiProperty({ description: 'Household number', type: String, nullable: true }) householdNo: string | null;
  @ApiProperty({ description: 'The member who did the deed, masked', type: String, nullable: true }) memberName: string | null;
  @ApiProperty({ description: 'The rule', type: PublicNoticeRuleView }) rule: PublicNoticeRuleView;
  @ApiProperty({ description: 'award or deduction', enum: ['award', 'deduction'] }) kind: 'award' | 'deduction';
  @ApiProperty({ description: 'Signed points it will post' }) points: number;
  @ApiProperty({
    description:
      "Points the rule asked for: more than `points` when the rule's cap cut the entry (an entry cut to 0 is never put on notice)",
  })
  requestedPoints: number;
  @ApiProperty({ description: "The rule's cap per holder and period, when it has one", type: NoticeCapView, nullable: true })
  cap: NoticeCapView | null;
  @ApiProperty({
    description: 'Photos uploaded with a staff entry (their images only for residents of the village: GET /api/v1/evidence/{id}/thumbnail)',
    type: [Number],
  })
  evidenceIds: number[];
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'End of the notice period' }) deadline: Date;
  @ApiProperty({ description: 'Whole days left until the deadline (0 on its last day)' }) daysLeft: number;
  @ApiProperty({ description: '`noticed`: open to objections; `held`: an objection waits for a reviewer', enum: ['noticed', 'held'] })
  status: NoticeStatus;
}

export class NoticeView {
  @ApiProperty({ description: 'Notice id' }) id: string;
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Program name' }) programName: string;
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: 'Rule version applied' }) ruleVersionId: number;
  @ApiProperty({ description: 'Rule name' }) ruleName: string;
  @ApiProperty({ description: 'award or deduction', enum: ['award', 'deduction'] }) kind: 'award' | 'deduction';
  @ApiProperty({ description: 'Holder id' }) holderId: number;
  @ApiProperty({ description: 'Holder name (head of household, village or staff user)', type: String, nullable: true }) holderName:
    string | null;
  @ApiProperty({ description: 'Household number', type: String, nullable: true }) householdNo: string | null;
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Village name' }) villageName: string;
  @ApiProperty({ description: 'Member who did the deed', type: Number, nullable: true }) memberId: number | null;
  @ApiProperty({ description: 'Member name', type: String, nullable: true }) memberName: string | null;
  @ApiProperty({ description: 'Day of the deed' }) occurredOn: string;
  @ApiProperty({ description: 'Period it counts in' }) period: string;
  @ApiProperty({ description: 'Signed points it posts (a cap may have cut them)' }) points: number;
  @ApiProperty({ description: 'Points the rule asked for' }) requestedPoints: number;
  @ApiProperty({ description: 'Memo', type: String, nullable: true }) memo: string | null;
  @ApiProperty({ description: 'Reason of a deduction', type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'The claim it came from', type: String, nullable: true }) claimId: string | null;
  @ApiProperty({ description: "Photos uploaded with the staff entry (a claim's photos are the claim's)", type: [Number] })
  evidenceIds: number[];
  @ApiProperty({ description: "The applied rule version's cap per holder and period", type: Number, nullable: true }) capPoints:
    number | null;
  @ApiProperty({ description: 'Its period: month, quarter or year', type: String, nullable: true }) capPer: string | null;
  @ApiProperty({ description: 'Who entered or approved it (user id)' }) enteredBy: number;
  @ApiProperty({ description: 'noticed, held (objection open), posted or voided', enum: NOTICE_STATUSES }) status: NoticeStatus;
  @ApiProperty({ description: 'End of the notice period' }) deadline: Date;
  @ApiProperty({ description: 'Objections waiting for a decision' }) openObjections: number;
  @ApiProperty({ description: 'The transaction it posted', type: String, nullable: true }) transactionId: string | null;
  @ApiProperty({ description: 'When it posted or was voided', type: Date, nullable: true }) settledAt: Date | null;
  @ApiProperty({ description: 'When it went on notice' }) createdAt: Date;
}

export class ObjectionView {
  @ApiProperty({ description: 'Objection id' }) id: string;
  @ApiProperty({ description: 'Household number of the objecting household' }) householdNo: string;
  @ApiProperty({ description: 'Head of the objecting household (masked for residents)' }) headName: string;
  @ApiProperty({ description: 'Why' }) reason: string;
  @ApiProperty({ description: 'open, upheld or dismissed', enum: ['open', 'upheld', 'dismissed'] }) status: string;
  @ApiProperty({ description: 'Why the reviewer decided so', type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ description: 'When it was filed' }) createdAt: Date;
  @ApiProperty({ description: 'When it was decided', type: Date, nullable: true }) decidedAt: Date | null;
}

export class HistoryActorView {
  @ApiProperty({ description: 'user, resident or system' }) type: string;
  @ApiProperty({ description: 'User id, or household id of a resident', type: Number, nullable: true }) id: number | null;
  @ApiProperty({ description: 'User name, or card code of a resident', type: String, nullable: true }) name: string | null;
}

export class HistoryEventView {
  @ApiProperty({ description: 'filed, approved, seconded, rejected, noticed, objected, upheld, dismissed, posted or voided' })
  event: string;
  @ApiProperty({ description: 'When' }) at: Date;
  @ApiProperty({ description: 'Who', type: HistoryActorView }) actor: HistoryActorView;
  @ApiProperty({ description: 'Why, where given', type: String, nullable: true }) reason: string | null;
  @ApiProperty({
    description:
      "Details (deadline, objectionId; upheld: objectionIds, every objection the decision upheld, and on a claim's history the noticeId; …)",
    type: 'object',
    additionalProperties: true,
  })
  details: Record<string, unknown>;
}

export class NoticeDetailView {
  @ApiProperty({ description: 'The notice', type: NoticeView }) notice: NoticeView;
  @ApiProperty({ description: 'Its objections', type: [ObjectionView] }) objections: ObjectionView[];
  @ApiProperty({ description: 'Every state change, oldest first', type: [HistoryEventView] }) history: HistoryEventView[];
}

export class ListNoticesQuery {
  @ApiPropertyOptional({ description: 'A region of your reach (default: your own)' })
  @Optional()
  @QueryId()
  regionId?: number;

  @ApiPropertyOptional({ description: 'Status (default: noticed and held)', enum: NOTICE_STATUSES })
  @Optional()
  @IsIn(NOTICE_STATUSES)
  status?: NoticeStatus;

  @ApiPropertyOptional({ description: 'Page size', default: 500, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset?: number;
}

export class ObjectDto {
  @ApiPropertyOptional({ description: 'Staff: the household of the village that objects. A resident objects for its own household.' })
  @Optional()
  @IsId()
  householdId?: number;

  @ApiProperty({ description: 'Why the entry is wrong', example: '当天我在场，他没有参加清扫' })
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class ObjectionCreatedView {
  @ApiProperty({ description: 'Objection id' }) id: string;
  @ApiProperty({ description: 'Notice id' }) noticeId: string;
  @ApiProperty({ description: 'open', enum: ['open'] }) status: 'open';
}

export class DecisionDto {
  @ApiProperty({ description: 'true: the objection stands and the entry is void; false: dismissed, the entry posts at its deadline' })
  @IsBoolean()
  uphold: boolean;

  @ApiProperty({ description: 'Why (kept in the history, shown to the village)' })
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class DecidedNoticeView {
  @ApiProperty({ description: 'Notice id' }) id: string;
  @ApiProperty({ description: 'Its status now', enum: NOTICE_STATUSES }) status: NoticeStatus;
}

export class DecisionView {
  @ApiProperty({ description: 'Objection id' }) objectionId: string;
  @ApiProperty({ description: 'upheld or dismissed', enum: ['upheld', 'dismissed'] }) status: 'upheld' | 'dismissed';
  @ApiProperty({ description: 'The notice after the decision', type: DecidedNoticeView }) notice: DecidedNoticeView;
}
