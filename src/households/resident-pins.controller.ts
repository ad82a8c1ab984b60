import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { VILLAGE_STAFF } from '../common/auth/roles.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { IsId } from '../common/http/fields.js';
import { HouseholdPinView } from './households.dto.js';
import { HouseholdsService } from './households.service.js';

export class ResidentPinDto {
  @ApiProperty({ description: 'The household that gets a new PIN' })
  @IsId()
  householdId: number;
}

/** PINs for resident log-in (card code + PIN), given by the household's village staff. */
@ApiTags('households')
@ApiBearerAuth()
@Controller('resident-pins')
export class ResidentPinsController {
  constructor(private readonly households: HouseholdsService) {}

  @Post()
  @Roles(...VILLAGE_STAFF)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({
    summary: 'Give a household a new PIN for resident log-in (card code + PIN); answered once, to print',
    description: 'Resets any earlier PIN and ends the sessions made with it. Only the hash is stored; the PIN cannot be read back.',
  })
  @ApiCreatedResponse({ description: 'The new PIN, shown this once', type: HouseholdPinView })
  create(@CurrentUser() actor: UserActor, @Body() dto: ResidentPinDto): Promise<HouseholdPinView> {
    return this.households.setPin(actor, dto.householdId);
  }
}
