import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators.js';
import { PublicRegionsQuery, PublicRegionView } from './regions.dto.js';
import { RegionsRepository } from './regions.repository.js';

/** Finding a village's notice board (公示栏) from the landing page, without logging in. */
@ApiTags('public')
@Controller()
export class PublicRegionsController {
  constructor(private readonly regions: RegionsRepository) {}

  @Get('public/regions')
  @Public()
  @ApiOperation({ summary: 'Villages and townships by name (no login): where a resident finds their board; at most 20, villages first' })
  @ApiOkResponse({ description: 'The regions found', type: [PublicRegionView] })
  search(@Query() q: PublicRegionsQuery): Promise<PublicRegionView[]> {
    return this.regions.search(q.q.trim(), 20);
  }
}
