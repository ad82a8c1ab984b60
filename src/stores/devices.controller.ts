import { Controller, Get } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor.js';
import { AllowDevice, CurrentActor, Roles } from '../common/auth/decorators.js';
import { DeviceSessionView } from './stores.dto.js';
import { StoresService } from './stores.service.js';

@ApiTags('stores')
@Controller('devices')
@ClearsCaches()
export class DevicesController {
  constructor(private readonly stores: StoresService) {}

  @Get('me')
  @Roles()
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOkResponse({ description: 'The kiosk and its store', type: DeviceSessionView })
  @ApiOperation({ summary: 'The kiosk a key belongs to and its store: what a counter page binds to' })
  me(@CurrentActor() actor: Actor): Promise<DeviceSessionView> {
    return this.stores.deviceSession(actor);
  }
}
