import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Actor, UserActor } from '../../common/auth/actor.js';
import { AllowDevice, CurrentActor, CurrentUser, Roles } from '../../common/auth/decorators.js';
import { READERS, RESIDENT_DATA_READERS, VILLAGE_STAFF } from '../../common/auth/roles.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { CreateHouseholdDto, HouseholdDetailView, KioskHouseholdView, UpdateHouseholdDto } from '../../households/households.dto.js';
import { HouseholdDetails } from './household-details.service.js';

/**
 * One household with its members and balances: looked up by id or card code, and as answered when
 * it is registered or changed (the households module does the writing).
 */
@ApiTags('households')
@ApiBearerAuth()
@ApiExtraModels(HouseholdDetailView, KioskHouseholdView)
@Controller('households')
export class HouseholdDetailsController {
  constructor(private readonly households: HouseholdDetails) {}

  @Post()
  @ApiErrors('DUPLICATE_HOUSEHOLD_NO', 'NOT_A_VILLAGE', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...VILLAGE_STAFF)
  @ApiOperation({ summary: 'Register a household with its members in a village of your subtree' })
  @ApiCreatedResponse({ description: 'The household with its members and balances', type: HouseholdDetailView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateHouseholdDto): Promise<HouseholdDetailView> {
    return this.households.create(actor, dto);
  }

  @Get('by-card/:cardCode')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Look a household up by its card code (kiosks and store operators get the head name masked)' })
  @ApiOkResponse({
    description:
      'Staff: the household with members and balances (`HouseholdDetailView`). A kiosk or a store operator (what a counter needs): its id, numbers and the head name masked (`KioskHouseholdView`)',
    schema: { oneOf: [{ $ref: getSchemaPath(HouseholdDetailView) }, { $ref: getSchemaPath(KioskHouseholdView) }] },
  })
  byCard(@CurrentActor() actor: Actor, @Param('cardCode') cardCode: string): Promise<HouseholdDetailView | KioskHouseholdView> {
    return this.households.byCard(actor, cardCode);
  }

  @Get(':id')
  @Roles(...RESIDENT_DATA_READERS)
  @ApiOperation({ summary: 'One household with members and balances' })
  @ApiOkResponse({ description: 'The household', type: HouseholdDetailView })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<HouseholdDetailView> {
    return this.households.get(actor, id);
  }

  @Patch(':id')
  @ApiErrors('DUPLICATE_HOUSEHOLD_NO')
  @Roles(...VILLAGE_STAFF)
  @ApiOperation({ summary: 'Change the head, address or phone of a household' })
  @ApiOkResponse({ description: 'The household, changed', type: HouseholdDetailView })
  update(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateHouseholdDto,
  ): Promise<HouseholdDetailView> {
    return this.households.update(actor, id, dto);
  }
}
