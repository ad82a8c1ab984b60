import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Public, Roles } from '../common/auth/decorators.js';
import { languageOf } from '../common/errors/error.filter.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { TOTAL_HEADER_DOC, withTotal } from '../common/http/listing.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { requestIdOf } from '../common/http/request-id.js';
import { ClientsService } from './clients.service.js';
import {
  ClientView,
  CreateClientDto,
  DismissEventDto,
  EventResultView,
  EventsQuery,
  EventView,
  IntegrationBatchDto,
  IntegrationBatchResponse,
  IssuedSecretView,
  MappingDto,
  MappingView,
} from './integration.dto.js';
import { IntakeService } from './intake.service.js';
import { SignedClientGuard, type SignedRequest } from './signed-client.guard.js';

/** Events in from outside systems (a grid-management platform), and the county's clients, mappings and dead-letter list (docs/integration.md). */
@ApiTags('integration')
@Controller()
export class IntegrationController {
  constructor(
    private readonly clients: ClientsService,
    private readonly intake: IntakeService,
  ) {}

  @Post('integration-events')
  @Public()
  @UseGuards(SignedClientGuard)
  @HttpCode(200)
  @ApiHeader({ name: 'X-Client-Id', required: true, description: "The client's key id (gp_…)" })
  @ApiHeader({ name: 'webhook-id', required: true, description: 'A unique id of this request; the same id again is refused as a replay' })
  @ApiHeader({ name: 'webhook-timestamp', required: true, description: 'Unix seconds; at most 5 minutes from the server clock' })
  @ApiHeader({
    name: 'webhook-signature',
    required: true,
    description: 'v1,<base64 HMAC-SHA256 of "id.timestamp.body">, Standard Webhooks; several separated by spaces',
  })
  @ApiErrors('SIGNATURE_INVALID', 'CLIENT_REVOKED', 'REQUEST_EXPIRED', 'REQUEST_REPLAYED')
  @ApiOperation({
    summary:
      'Send events (signed the Standard Webhooks way): each is accepted once per event id, as a claim or an entry under the county mapping of its type; the answer says per event accepted (with what it made), duplicate, or refused with a code',
  })
  @ApiOkResponse({ description: 'One result per event, in order', type: IntegrationBatchResponse })
  async receive(@Req() req: SignedRequest, @Body() dto: IntegrationBatchDto): Promise<IntegrationBatchResponse> {
    return { results: await this.intake.receive(req.apiClient!, dto.events, requestIdOf(req), languageOf(req)) };
  }

  @Post('api-clients')
  @ApiBearerAuth()
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({
    summary:
      'Make an API client for an outside system: the region it acts in and the event types it may send; its signing secret is shown once',
  })
  @ApiCreatedResponse({ description: 'The client and its secret', type: IssuedSecretView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateClientDto): Promise<IssuedSecretView> {
    return this.clients.create(actor, dto);
  }

  @Get('api-clients')
  @ApiBearerAuth()
  @Roles('county_admin')
  @ApiOperation({ summary: "The county's API clients (secrets are never shown again)" })
  @ApiOkResponse({ description: 'The clients', type: [ClientView] })
  list(@CurrentUser() actor: UserActor): Promise<ClientView[]> {
    return this.clients.list(actor);
  }

  @Post('api-clients/:id/secrets')
  @ApiBearerAuth()
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'TOO_MANY_SECRETS', 'ALREADY_REVOKED')
  @ApiOperation({ summary: 'A second secret, for rotation: both sign until the old one is revoked (two at most)' })
  @ApiCreatedResponse({ description: 'The client and the new secret, shown once', type: IssuedSecretView })
  addSecret(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<IssuedSecretView> {
    return this.clients.addSecret(actor, id);
  }

  @Post('api-clients/:id/secrets/:secretId/revoke')
  @ApiBearerAuth()
  @HttpCode(200)
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND')
  @ApiOperation({ summary: 'Revoke one secret: requests signed with it are refused from now on' })
  @ApiOkResponse({ description: 'The client', type: ClientView })
  revokeSecret(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('secretId', ParseIdPipe) secretId: number,
  ): Promise<ClientView> {
    return this.clients.revokeSecret(actor, id, secretId);
  }

  @Post('api-clients/:id/revoke')
  @ApiBearerAuth()
  @HttpCode(200)
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'ALREADY_REVOKED')
  @ApiOperation({ summary: 'Revoke a client: its next request is refused' })
  @ApiOkResponse({ description: 'The client', type: ClientView })
  revoke(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<ClientView> {
    return this.clients.revoke(actor, id);
  }

  @Get('event-mappings')
  @ApiBearerAuth()
  @Roles('county_admin')
  @ApiOperation({ summary: "How the county's event types count: rule, program and path (claim or entry)" })
  @ApiOkResponse({ description: 'The mappings', type: [MappingView] })
  mappings(@CurrentUser() actor: UserActor): Promise<MappingView[]> {
    return this.clients.mappings(actor);
  }

  @Put('event-mappings')
  @ApiBearerAuth()
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiOperation({
    summary: 'Map an event type to a rule of a household program, as a claim to review or an entry (replaces the mapping of the type)',
  })
  @ApiOkResponse({ description: 'The mapping', type: MappingView })
  setMapping(@CurrentUser() actor: UserActor, @Body() dto: MappingDto): Promise<MappingView> {
    return this.clients.setMapping(actor, dto);
  }

  @Delete('event-mappings/:id')
  @ApiBearerAuth()
  @HttpCode(204)
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND')
  @ApiOperation({ summary: 'Remove a mapping: events of the type wait in the dead-letter list' })
  @ApiNoContentResponse({ description: 'Removed' })
  removeMapping(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.clients.removeMapping(actor, id);
  }

  @Get('integration-events')
  @ApiBearerAuth()
  @Roles('county_admin', 'auditor')
  @ApiOperation({ summary: 'Events received in the county, newest first; status=dead is the dead-letter list' })
  @ApiOkResponse({ description: 'A page of events', type: [EventView], headers: TOTAL_HEADER_DOC })
  async events(@CurrentUser() actor: UserActor, @Query() q: EventsQuery, @Res({ passthrough: true }) res: Response): Promise<EventView[]> {
    return withTotal(res, await this.intake.list(actor, q));
  }

  @Post('integration-events/:id/replay')
  @ApiBearerAuth()
  @HttpCode(200)
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'EVENT_NOT_DEAD', 'EVENT_CLIENT_REVOKED')
  @ApiOperation({ summary: 'Process a dead event again (after mapping its type, say): accepted, or still refused with the reason' })
  @ApiOkResponse({ description: 'The result', type: EventResultView })
  replay(@CurrentUser() actor: UserActor, @Param('id') id: string, @Req() req: Request): Promise<EventResultView> {
    return this.intake.replay(actor, id, languageOf(req));
  }

  @Post('integration-events/:id/dismiss')
  @ApiBearerAuth()
  @HttpCode(200)
  @Roles('county_admin')
  @ApiErrors('NOT_FOUND', 'EVENT_NOT_DEAD')
  @ApiOperation({ summary: 'Take a dead event off the list: it will not count (sent again, it answers duplicate)' })
  @ApiOkResponse({ description: 'The event', type: EventView })
  dismiss(@CurrentUser() actor: UserActor, @Param('id') id: string, @Body() dto: DismissEventDto): Promise<EventView> {
    return this.intake.dismiss(actor, id, dto.reason);
  }
}
