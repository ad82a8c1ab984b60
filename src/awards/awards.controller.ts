import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { VILLAGE_STAFF } from '../common/auth/roles.js';
import { ParseBigIdPipe, ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { RequestProvenance, type Provenance } from '../common/auth/provenance.js';
import { Idempotency } from '../common/idempotency/idempotency.decorator.js';
import type { IdempotencyRequest, Outcome } from '../common/idempotency/idempotency.service.js';
import { PostDeductionsDto, PostEntriesDto, PostEntriesResponse, ReversalDto, ReversalView } from './awards.dto.js';
import { PostEntries } from './post-entries.use-case.js';
import { ReverseTransaction } from './reverse-transaction.use-case.js';
import { ApiErrors } from '../common/http/api-errors.js';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Any unique string (e.g. a UUID). A retry with the same key and body returns the first response (Idempotent-Replayed: true); a different body gets 422.',
};

@ApiTags('awards')
@ApiBearerAuth()
@Controller()
export class AwardsController {
  constructor(
    private readonly postEntries: PostEntries,
    private readonly reverseTransaction: ReverseTransaction,
  ) {}

  @Post('programs/:id/awards')
  @ApiErrors(
    'RULE_NOT_EFFECTIVE',
    'RULE_NOT_ADOPTED',
    'WRONG_RULE_KIND',
    'RULE_NOT_APPLICABLE',
    'MEMBER_NOT_IN_HOUSEHOLD',
    'OCCURRED_ON_IN_FUTURE',
    'PERIOD_CLOSED',
    'OWN_HOUSEHOLD',
    'COI_UNDECLARED',
    'EVIDENCE_NOT_USABLE',
    'HOLDER_FILTER_EMPTY',
    'HOLDER_FILTER_TOO_BROAD',
    'FILTER_COUNT_CHANGED',
  )
  @Roles(...VILLAGE_STAFF)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({
    summary:
      'Award points by a positive rule to up to 1,000 holders (by id, or every household matching a filter): one transaction each, all or nothing; caps cut what exceeds them',
  })
  @ApiCreatedResponse({
    description: 'One result per holder (a replay answers the first response again, with `Idempotent-Replayed: true`)',
    type: PostEntriesResponse,
  })
  async award(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: PostEntriesDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<PostEntriesResponse>> {
    return this.postEntries.execute(actor, id, 'award', dto, idem, by);
  }

  @Post('programs/:id/deductions')
  @ApiErrors(
    'RULE_NOT_EFFECTIVE',
    'RULE_NOT_ADOPTED',
    'WRONG_RULE_KIND',
    'RULE_NOT_APPLICABLE',
    'MEMBER_NOT_IN_HOUSEHOLD',
    'OCCURRED_ON_IN_FUTURE',
    'PERIOD_CLOSED',
    'OWN_HOUSEHOLD',
    'COI_UNDECLARED',
    'EVIDENCE_NOT_USABLE',
    'HOLDER_FILTER_EMPTY',
    'HOLDER_FILTER_TOO_BROAD',
    'FILTER_COUNT_CHANGED',
  )
  @Roles(...VILLAGE_STAFF)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({
    summary:
      'Deduct points by a negative rule from up to 1,000 holders, with a reason; stops at zero unless the program allows negative balances',
  })
  @ApiCreatedResponse({
    description: 'One result per holder (a replay answers the first response again, with `Idempotent-Replayed: true`)',
    type: PostEntriesResponse,
  })
  async deduct(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: PostDeductionsDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<PostEntriesResponse>> {
    return this.postEntries.execute(actor, id, 'deduction', dto, idem, by);
  }

  @Post('transactions/:id/reversal')
  @ApiErrors('ALREADY_REVERSED', 'NOT_REVERSIBLE', 'PERIOD_CLOSED')
  @Roles(...VILLAGE_STAFF)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: 'Reverse an award or deduction, once; a closed period is corrected in the open one, marked late' })
  @ApiCreatedResponse({
    description: 'The reversal (a replay answers the first response again, with `Idempotent-Replayed: true`)',
    type: ReversalView,
  })
  async reverse(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseBigIdPipe) id: string,
    @Body() dto: ReversalDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<ReversalView>> {
    return this.reverseTransaction.execute(actor, id, dto.reason, idem, by);
  }
}
