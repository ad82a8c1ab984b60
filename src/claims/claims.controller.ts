import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { AllowResident, CurrentCaller, CurrentUser, Roles } from '../common/auth/decorators.js';
import { type Provenance, RequestProvenance } from '../common/auth/provenance.js';
import { RESIDENT_DATA_READERS, REVIEWERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseBigIdPipe } from '../common/http/parse-id.pipe.js';
import { ClaimDetailView, ClaimView, FileClaimDto, ListClaimsQuery, RejectDto, ReviewNoteDto } from './claims.dto.js';
import { ClaimsService } from './claims.service.js';
import { ReviewClaim } from './review-claim.use-case.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly review: ReviewClaim,
  ) {}

  @Post()
  @Roles(...VILLAGE_STAFF)
  @AllowResident()
  @ApiErrors(
    'NOT_CLAIMABLE',
    'RULE_NOT_EFFECTIVE',
    'RULE_NOT_ADOPTED',
    'RULE_NOT_APPLICABLE',
    'OCCURRED_ON_IN_FUTURE',
    'CLAIM_WINDOW_PASSED',
    'MEMBER_NOT_IN_HOUSEHOLD',
    'EVIDENCE_NOT_USABLE',
    'PERIOD_CLOSED',
    'OUT_OF_SCOPE',
    'NOT_FOUND',
  )
  @ApiOperation({
    summary: "File a claim (申报): a resident for its household, or village staff on a household's behalf; it waits for review",
  })
  @ApiCreatedResponse({ description: 'The claim, submitted', type: ClaimView })
  file(@CurrentCaller() caller: UserActor | ResidentActor, @Body() dto: FileClaimDto): Promise<ClaimView> {
    return this.claims.file(caller, dto);
  }

  @Get()
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @ApiOperation({
    summary:
      "Staff: the review queue of your villages, oldest first (the open claims unless a status is asked). A resident: its household's claims, newest first",
  })
  @ApiOkResponse({ description: 'A page of claims', type: [ClaimView] })
  list(@CurrentCaller() caller: UserActor | ResidentActor, @Query() q: ListClaimsQuery): Promise<ClaimView[]> {
    return caller.kind === 'resident' ? this.claims.mine(caller, q.limit, q.offset) : this.claims.queue(caller, q);
  }

  @Get(':id')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOperation({ summary: 'One claim with its history (staff who may read its village, or the resident of its household)' })
  @ApiOkResponse({ description: 'The claim and its history', type: ClaimDetailView })
  get(@CurrentCaller() caller: UserActor | ResidentActor, @Param('id', ParseBigIdPipe) id: string): Promise<ClaimDetailView> {
    return this.claims.get(caller, id);
  }

  @Post(':id/approve')
  @Roles(...REVIEWERS, 'village_clerk')
  @ApiErrors('CLAIM_DECIDED', 'SELF_REVIEW', 'OWN_HOUSEHOLD', 'COI_UNDECLARED', 'SAME_REVIEWER', 'PERIOD_CLOSED')
  @ApiOperation({
    summary:
      "Approve a claim (审核通过): it goes on public notice (公示), or posts at once on a program without one; above the program's threshold a second, different reviewer must approve too",
  })
  @ApiCreatedResponse({ description: 'The claim, approved (or seconding: waiting for a second reviewer)', type: ClaimView })
  approve(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseBigIdPipe) id: string,
    @Body() dto: ReviewNoteDto,
    @RequestProvenance() by: Provenance,
  ): Promise<ClaimView> {
    return this.review.approve(actor, id, dto.note ?? null, by.requestId);
  }

  @Post(':id/reject')
  @Roles(...REVIEWERS, 'village_clerk')
  @ApiErrors('CLAIM_DECIDED', 'SELF_REVIEW', 'OWN_HOUSEHOLD', 'COI_UNDECLARED')
  @ApiOperation({ summary: 'Reject a claim with a reason (shown to the household)' })
  @ApiCreatedResponse({ description: 'The claim, rejected', type: ClaimView })
  reject(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string, @Body() dto: RejectDto): Promise<ClaimView> {
    return this.review.reject(actor, id, dto.reason);
  }
}
