import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { READERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { CreateRegionDto, ListRegionsQuery, RegionPage, RegionView } from './regions.dto.js';
import { RegionsService } from './regions.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('regions')
@ClearsCaches()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Post()
  @ApiErrors('DUPLICATE_CODE', 'INVALID_REGION_PARENT', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...VILLAGE_STAFF)
  @ApiOperation({ summary: 'Create a township, village or grid under a region of your subtree' })
  @ApiCreatedResponse({ description: 'The region', type: RegionView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateRegionDto): Promise<RegionView> {
    return this.regions.create(actor, dto);
  }

  @Get()
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Children of a region (or your own region without parentId)' })
  @ApiOkResponse({ description: 'A page of regions', type: RegionPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListRegionsQuery): Promise<RegionPage> {
    return this.regions.list(actor, query.parentId, query.limit, query.offset, query.q);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One region of your subtree or one of its ancestors' })
  @ApiOkResponse({ description: 'The region', type: RegionView })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<RegionView> {
    return this.regions.getForActor(actor, id);
  }
}
