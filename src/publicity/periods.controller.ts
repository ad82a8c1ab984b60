import { Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { PeriodClosureView } from '../programs/programs.dto.js';
import { ClosePeriod } from './close-period.use-case.js';

/** Closing a program's period: refused while any of its entries is still on public notice. */
@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
export class PeriodsController {
  constructor(private readonly closePeriod: ClosePeriod) {}

  @Post(':id/periods/:period/close')
  @ApiErrors('PERIOD_ALREADY_CLOSED', 'PERIOD_NOT_ENDED', 'PERIOD_HAS_PENDING')
  @Roles('county_admin')
  @ApiOperation({ summary: 'Close an ended period (e.g. 2026-Q3): it accepts no new entries, so its rankings never change' })
  @ApiCreatedResponse({ description: 'The closure', type: PeriodClosureView })
  close(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('period') period: string,
  ): Promise<PeriodClosureView> {
    return this.closePeriod.execute(actor, id, period);
  }
}
