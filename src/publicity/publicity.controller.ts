import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { AllowResident, CurrentCaller, CurrentUser, Public, Roles } from '../common/auth/decorators.js';
import { RESIDENT_DATA_READERS, REVIEWERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseBigIdPipe, ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  DecisionDto,
  DecisionView,
  ListNoticesQuery,
  NoticeDetailView,
  NoticeView,
  ObjectDto,
  ObjectionCreatedView,
  PublicNoticeView,
} from './publicity.dto.js';
import { Publicity } from './publicity.service.js';

@ApiTags('publicity')
@Controller()
export class PublicityController {
  constructor(private readonly publicity: Publicity) {}

  @Get('public/notices/:regionId')
  @Public()
  @ApiOperation({
    summary:
      'The public notice board (公示栏) of a village (or of everything under a township): entries under notice, names masked; no login',
  })
  @ApiOkResponse({ description: 'The entries under notice', type: [PublicNoticeView] })
  board(@Param('regionId', ParseIdPipe) regionId: number): Promise<PublicNoticeView[]> {
    return this.publicity.board(regionId);
  }

  @Get('notices')
  @ApiBearerAuth()
  @Roles(...RESIDENT_DATA_READERS)
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @ApiOperation({
    summary: 'Entries under notice in your region (or one of its regions), deadline first, a page at a time (limit, offset)',
  })
  @ApiOkResponse({ description: 'The notices, deadline first', type: [NoticeView] })
  list(@CurrentUser() actor: UserActor, @Query() q: ListNoticesQuery): Promise<NoticeView[]> {
    return this.publicity.list(actor, q);
  }

  @Get('notices/:id')
  @ApiBearerAuth()
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOperation({ summary: 'One notice with its objections and its history (staff who may read its village, or a resident of it)' })
  @ApiOkResponse({ description: 'The notice, its objections and its history', type: NoticeDetailView })
  get(@CurrentCaller() caller: UserActor | ResidentActor, @Param('id', ParseBigIdPipe) id: string): Promise<NoticeDetailView> {
    return this.publicity.get(caller, id);
  }

  @Post('notices/:id/objections')
  @ApiBearerAuth()
  @Roles(...VILLAGE_STAFF)
  @AllowResident()
  @ApiErrors('NOTICE_CLOSED', 'OBJECTION_EXISTS')
  @ApiOperation({
    summary:
      "Object to an entry under notice (异议): a resident of its village for its household, or staff on a household's behalf; the entry is held until a reviewer decides",
  })
  @ApiCreatedResponse({ description: 'The objection, open', type: ObjectionCreatedView })
  object(
    @CurrentCaller() caller: UserActor | ResidentActor,
    @Param('id', ParseBigIdPipe) id: string,
    @Body() dto: ObjectDto,
  ): Promise<ObjectionCreatedView> {
    return this.publicity.object(caller, id, dto);
  }

  @Post('objections/:id/decision')
  @ApiBearerAuth()
  @Roles(...REVIEWERS)
  @ApiErrors('OBJECTION_DECIDED', 'SAME_REVIEWER', 'OWN_HOUSEHOLD', 'COI_UNDECLARED')
  @ApiOperation({
    summary:
      'Uphold an objection (the entry is void, its cap given back) or dismiss it (the entry posts at its deadline, or at once if that has passed); by a reviewer other than the approver',
  })
  @ApiCreatedResponse({ description: 'The decision and the notice after it', type: DecisionView })
  decide(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string, @Body() dto: DecisionDto): Promise<DecisionView> {
    return this.publicity.decide(actor, id, dto.uphold, dto.reason);
  }
}
