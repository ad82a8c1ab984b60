import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { AllowDevice, CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { MANAGERS, READERS, STORE_STAFF } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  CreateDeviceDto,
  CreatedDeviceView,
  CreateStoreDto,
  DeviceView,
  ListDevicesQuery,
  ListStoresQuery,
  StorePage,
  StoreView,
  UpdateStoreDto,
} from './stores.dto.js';
import { StoresService } from './stores.service.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { TOTAL_HEADER_DOC, withTotal } from '../common/http/listing.js';

@ApiTags('stores')
@ApiBearerAuth()
@Controller('stores')
@ClearsCaches()
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  @Post()
  @ApiErrors('DUPLICATE_CODE', 'OUT_OF_SCOPE', 'NOT_FOUND', 'PROGRAM_NOT_REDEEMABLE')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Register a love supermarket in a region of your subtree' })
  @ApiCreatedResponse({ description: 'The store', type: StoreView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateStoreDto): Promise<StoreView> {
    return this.stores.create(actor, dto);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Stores of your subtree, by name or code if searched' })
  @ApiOkResponse({ description: 'A page of stores', type: StorePage })
  list(@CurrentActor() actor: Actor, @Query() q: ListStoresQuery): Promise<StorePage> {
    return this.stores.list(actor, q.q, q.limit, q.offset);
  }

  @Get(':id')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'One store (a kiosk may read its own)' })
  @ApiOkResponse({ description: 'The store', type: StoreView })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<StoreView> {
    const { regionPath: _, ...store } = await this.stores.get(actor, id);
    return store;
  }

  @Patch(':id')
  @ApiErrors('PROGRAM_NOT_REDEEMABLE', 'STORE_PROGRAM_LOCKED')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Rename a store, tie it to a program or change its refund window' })
  @ApiOkResponse({ description: 'The store, changed', type: StoreView })
  async update(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateStoreDto): Promise<StoreView> {
    const { regionPath: _, ...store } = await this.stores.update(actor, id, dto);
    return store;
  }

  @Post(':id/devices')
  @Roles(...STORE_STAFF)
  @ApiOperation({ summary: 'Register a kiosk; the response holds its API key, shown only once' })
  @ApiCreatedResponse({ description: 'The kiosk with its API key', type: CreatedDeviceView })
  createDevice(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CreateDeviceDto,
  ): Promise<CreatedDeviceView> {
    return this.stores.createDevice(actor, id, dto.name);
  }

  @Get(':id/devices')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiOperation({ summary: 'Kiosks of a store, oldest first, by name if searched, a page at a time (keys are never shown again)' })
  @ApiOkResponse({ description: 'The kiosks of the page', type: [DeviceView], headers: TOTAL_HEADER_DOC })
  async listDevices(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ListDevicesQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DeviceView[]> {
    return withTotal(res, await this.stores.listDevices(actor, id, { q: q.q, limit: q.limit, offset: q.offset }));
  }

  @Post(':id/devices/:deviceId/revoke')
  @ApiErrors('ALREADY_REVOKED')
  @HttpCode(200)
  @Roles(...STORE_STAFF)
  @ApiOperation({ summary: 'Revoke a kiosk key; it stops working at once' })
  @ApiOkResponse({ description: 'The kiosk, revoked', type: DeviceView })
  revoke(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('deviceId', ParseIdPipe) deviceId: number,
  ): Promise<DeviceView> {
    return this.stores.revokeDevice(actor, id, deviceId);
  }
}
