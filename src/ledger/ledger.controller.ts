import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ExpiryPolicyService } from './expiry-policy.service.js';
import { ExpiryPolicyDto, ExpiryPolicyView } from './ledger.dto.js';

/** The ledger's own settings. What the ledger shows (balances, statements, caps, the check) is read in views/ledger. */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller()
export class LedgerController {
  constructor(private readonly expiry: ExpiryPolicyService) {}

  @Put('programs/:id/expiry')
  @Roles('county_admin')
  @ApiOperation({
    summary:
      'Set when earned points expire (积分清零): never, N months after the deed, or on a day each year with an optional carry-over; points already earned follow it at once',
  })
  @ApiOkResponse({ description: 'The policy now in force', type: ExpiryPolicyView })
  setExpiry(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ExpiryPolicyDto,
  ): Promise<ExpiryPolicyView> {
    return this.expiry.set(actor, id, dto);
  }
}
