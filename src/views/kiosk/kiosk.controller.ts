import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { AllowDevice, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { READERS } from '../../common/auth/roles.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { KioskLookupView } from '../../stores/redemptions/redemptions.dto.js';
import { KioskService } from './kiosk.service.js';

/** The counter's lookup after a card is scanned (爱心超市): who, what they may spend, and the shelf for them. */
@ApiTags('redemptions')
@ApiBearerAuth()
@Controller()
export class KioskController {
  constructor(private readonly kiosk: KioskService) {}

  @Get('stores/:id/households/by-card/:cardCode')
  @ApiErrors('NOT_ELIGIBLE', 'STORE_HAS_NO_PROGRAM')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOkResponse({ description: 'Who, what they can spend, and the shelf for them', type: KioskLookupView })
  @ApiOperation({ summary: 'Kiosk lookup: masked head name, redeemable points and what is left of each limited item' })
  lookup(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('cardCode') cardCode: string,
  ): Promise<KioskLookupView> {
    return this.kiosk.lookup(actor, id, cardCode);
  }
}
