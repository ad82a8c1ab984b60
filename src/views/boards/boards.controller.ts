import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Public, Roles } from '../../common/auth/decorators.js';
import { READERS } from '../../common/auth/roles.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { ParseBigIdPipe, ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { BoardQuery, BoardView, HonoursQuery, VillageHonoursView } from './boards.dto.js';
import { BoardsService } from './boards.service.js';

/** What published rankings show: a village's honours in a run, and the public board of a region. */
@ApiTags('rankings')
@ApiBearerAuth()
@Controller()
export class BoardsController {
  constructor(private readonly boards: BoardsService) {}

  @Get('rankings/runs/:id/honours')
  @ApiErrors('RUN_NOT_COMPLETED')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Household honours of a village: 道德冠军, the honour list and, where published, deductions' })
  @ApiOkResponse({ description: 'The honours of the village', type: VillageHonoursView })
  honours(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string, @Query() q: HonoursQuery): Promise<VillageHonoursView> {
    return this.boards.villageHonours(actor, id, q.villageId);
  }

  @Get('public/boards/:regionId')
  @Public()
  @ApiOperation({ summary: 'Public board (no login): published rankings and honour lists of a region, names masked as the program says' })
  @ApiOkResponse({ description: 'The board of the region', type: BoardView })
  board(@Param('regionId', ParseIdPipe) regionId: number, @Query() q: BoardQuery): Promise<BoardView> {
    return this.boards.board(regionId, q.period);
  }
}
