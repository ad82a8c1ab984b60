import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { AllowResident, CurrentCaller, CurrentUser, Roles } from '../common/auth/decorators.js';
import { RESIDENT_DATA_READERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { languageOf } from '../common/errors/error.filter.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  ChannelView,
  ContactDto,
  ContactView,
  CountyMessagesQuery,
  CreateChannelDto,
  MessagesPage,
  MessagesQuery,
  UpdateChannelDto,
} from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';

/** Messages to households (the outbox), the county's channels, and phone numbers for SMS (docs/notifications.md). */
@ApiTags('messages')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('household-messages/:householdId')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOperation({
    summary:
      "A household's messages, newest first (a resident: its own; its door page's inbox): decisions on its claims, entries on notice, objections decided, sanctions, redemptions, points about to be cleared",
  })
  @ApiOkResponse({ description: 'A page of messages; staff also see what each channel did', type: MessagesPage })
  householdMessages(
    @CurrentCaller() caller: UserActor | ResidentActor,
    @Param('householdId', ParseIdPipe) id: number,
    @Query() q: MessagesQuery,
    @Req() req: Request,
  ): Promise<MessagesPage> {
    return this.notifications.householdMessages(caller, id, q, languageOf(req));
  }

  @Get('messages')
  @Roles('county_admin', 'auditor')
  @ApiOperation({ summary: "The county's messages with the status of each delivery (queued, sent, failed with the reason), newest first" })
  @ApiOkResponse({ description: 'A page of messages', type: MessagesPage })
  countyMessages(@CurrentUser() actor: UserActor, @Query() q: CountyMessagesQuery, @Req() req: Request): Promise<MessagesPage> {
    return this.notifications.countyMessages(actor, q, languageOf(req));
  }

  @Get('notification-channels')
  @Roles('county_admin')
  @ApiOperation({ summary: "The county's channels (secrets are never shown)" })
  @ApiOkResponse({ description: 'The channels', type: [ChannelView] })
  channels(@CurrentUser() actor: UserActor): Promise<ChannelView[]> {
    return this.notifications.listChannels(actor);
  }

  @Post('notification-channels')
  @Roles('county_admin')
  @ApiOperation({
    summary:
      'Connect a channel: a webhook signed the Standard Webhooks way (your SMS gateway or WeChat service account), or Tencent Cloud SMS. Messages written from now on go through it',
  })
  @ApiCreatedResponse({ description: "The channel; a webhook's signing secret is in `secret`, this once", type: ChannelView })
  createChannel(@CurrentUser() actor: UserActor, @Body() dto: CreateChannelDto): Promise<ChannelView> {
    return this.notifications.createChannel(actor, dto);
  }

  @Patch('notification-channels/:id')
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND')
  @ApiOperation({ summary: "Change a channel's name, quiet hours, daily limit, SMS templates, or switch it off and on" })
  @ApiOkResponse({ description: 'The channel', type: ChannelView })
  updateChannel(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateChannelDto,
  ): Promise<ChannelView> {
    return this.notifications.updateChannel(actor, id, dto);
  }

  @Put('notification-phones/:householdId')
  @Roles(...VILLAGE_STAFF)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({ summary: 'Record the mobile number a household agreed to be texted at (sealed; shown masked)' })
  @ApiOkResponse({ description: 'The number, masked', type: ContactView })
  setContact(
    @CurrentUser() actor: UserActor,
    @Param('householdId', ParseIdPipe) id: number,
    @Body() dto: ContactDto,
  ): Promise<ContactView> {
    return this.notifications.setContact(actor, id, dto.phone);
  }

  @Get('notification-phones/:householdId')
  @Roles(...VILLAGE_STAFF)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({ summary: "The household's number for SMS, masked" })
  @ApiOkResponse({ description: 'The number, masked', type: ContactView })
  contact(@CurrentUser() actor: UserActor, @Param('householdId', ParseIdPipe) id: number): Promise<ContactView> {
    return this.notifications.contact(actor, id);
  }

  @Delete('notification-phones/:householdId')
  @Roles(...VILLAGE_STAFF)
  @HttpCode(204)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({ summary: 'Forget the number (the household withdrew its consent): no more SMS; the inbox stays' })
  @ApiNoContentResponse({ description: 'Forgotten' })
  removeContact(@CurrentUser() actor: UserActor, @Param('householdId', ParseIdPipe) id: number): Promise<void> {
    return this.notifications.removeContact(actor, id);
  }
}
