import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsObject, IsString, IsUrl, Length, Matches } from 'class-validator';
import { IsId, NestedObject, NestedObjects, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { EVENT_PATHS, EVENT_STATUSES, type EventPath, type EventStatus } from './integration.entities.js';

/** Events one request may carry. */
export const MAX_EVENTS_PER_REQUEST = 100;
const EVENT_TYPE = /^[a-z][a-z0-9_.-]{0,63}$/;

export class CreateClientDto {
  @ApiProperty({ description: 'The outside system, for people', example: '太原市网格化管理平台' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'The region whose households it may send events about (its subtree)' })
  @IsId()
  regionId: number;

  @ApiProperty({
    description: 'Event types it may send (lower case, digits, . _ -)',
    example: ['patrol.completed', 'sanitation.inspected'],
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(EVENT_TYPE, { each: true, message: 'each event type: lower-case letters, digits, . _ -, starting with a letter' })
  eventTypes: string[];
}

export class ClientSecretView {
  @ApiProperty({ description: 'Secret id' }) id: number;
  @ApiProperty({ description: 'When it was issued' }) createdAt: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'When it was revoked; null: it signs' }) revokedAt: Date | null;
}

export class ClientView {
  @ApiProperty({ description: 'Client id' }) id: number;
  @ApiProperty({ description: 'Sent with every request as `X-Client-Id`' }) keyId: string;
  @ApiProperty({ description: 'The outside system' }) name: string;
  @ApiProperty({ description: 'The region whose households it may send events about' }) regionId: number;
  @ApiProperty({ type: [String], description: 'Event types it may send' }) eventTypes: string[];
  @ApiProperty({ description: 'Its staff account: entries and claims it makes are recorded under it' }) userId: number;
  @ApiProperty({ type: [ClientSecretView], description: 'Its secrets (never the secrets themselves)' }) secrets: ClientSecretView[];
  @ApiProperty({ description: 'When it was made' }) createdAt: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'When it was revoked; null: active' }) revokedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Its last accepted request' }) lastUsedAt: Date | null;
}

export class IssuedSecretView {
  @ApiProperty({ type: ClientView }) client: ClientView;
  @ApiProperty({ description: 'Id of the new secret (to revoke it later)' }) secretId: number;
  @ApiProperty({ description: 'The signing secret (whsec_…), shown this once: the client signs each request with it (Standard Webhooks)' })
  secret: string;
}

export class MappingDto {
  @ApiProperty({ description: 'The event type', example: 'patrol.completed' })
  @Matches(EVENT_TYPE, { message: 'eventType: lower-case letters, digits, . _ -, starting with a letter' })
  eventType: string;

  @ApiProperty({ description: 'A household program of the county' })
  @IsId()
  programId: number;

  @ApiProperty({ description: 'The rule an event of the type applies' })
  @IsId()
  ruleId: number;

  @ApiProperty({
    enum: EVENT_PATHS,
    description:
      'claim: a claim waiting for review; entry: an award or deduction entered as by a clerk (on notice when the program has one)',
  })
  @IsIn(EVENT_PATHS)
  path: EventPath;
}

export class MappingView {
  @ApiProperty({ description: 'Mapping id' }) id: number;
  @ApiProperty({ description: 'The event type' }) eventType: string;
  @ApiProperty({ description: 'The household program' }) programId: number;
  @ApiProperty({ description: 'The rule an event applies' }) ruleId: number;
  @ApiProperty({ enum: EVENT_PATHS, description: 'claim or entry' }) path: EventPath;
  @ApiProperty({ description: 'Who set it' }) setBy: number;
  @ApiProperty({ description: 'When' }) setAt: Date;
}

export class EventHouseholdDto {
  @ApiPropertyOptional({ description: "The household's card code", example: 'K7M2Q9X4' })
  @Optional()
  @Matches(/^[A-Za-z0-9]{4,16}$/, { message: 'cardCode must be a card code' })
  cardCode?: string;

  @ApiPropertyOptional({ description: 'The village code (with householdNo)', example: '140105001' })
  @Optional()
  @IsString()
  @Length(1, 32)
  villageCode?: string;

  @ApiPropertyOptional({ description: 'The household number in the village (with villageCode)', example: '0012' })
  @Optional()
  @IsString()
  @Length(1, 32)
  householdNo?: string;

  @ApiPropertyOptional({
    description: "A member's resident ID number: matched by its keyed hash, never stored",
    example: '11010519491231002X',
  })
  @Optional()
  @Matches(/^\d{17}[\dXx]$/, { message: 'idNumber must be an 18-character ID number' })
  idNumber?: string;
}

export class IntegrationEventDto {
  @ApiProperty({
    description: 'Your own id of the event: each is accepted once; sending it again answers `duplicate`',
    example: 'evt-2026-000123',
  })
  @Matches(/^[\x21-\x7e]{1,100}$/, { message: 'id: 1 to 100 printable ASCII characters' })
  id: string;

  @ApiProperty({ description: 'The event type (one your client may send, mapped by the county)', example: 'patrol.completed' })
  @Matches(EVENT_TYPE, { message: 'type: lower-case letters, digits, . _ -, starting with a letter' })
  type: string;

  @ApiProperty({
    description: 'When it happened (ISO 8601 with offset); its day in the program timezone is the deed day',
    example: '2026-12-06T09:30:00+08:00',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'occurredAt must be an ISO 8601 time with offset',
  })
  occurredAt: string;

  @ApiProperty({ type: EventHouseholdDto, description: 'The household: by cardCode, by villageCode + householdNo, or by idNumber' })
  @NestedObject(() => EventHouseholdDto)
  household: EventHouseholdDto;

  @ApiPropertyOptional({ description: 'A link to evidence in your system', example: 'https://grid.example.gov.cn/events/123' })
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  evidenceUrl?: string;

  @ApiPropertyOptional({ description: 'A short note (shown with the claim or entry)', example: '夜间巡逻 2 小时' })
  @Optional()
  @IsString()
  @Length(1, 200)
  memo?: string;

  @ApiPropertyOptional({ description: 'Anything else of yours, kept with the event', type: 'object', additionalProperties: true })
  @Optional()
  @IsObject()
  payload?: Record<string, unknown>;
}

export class IntegrationBatchDto {
  @ApiProperty({ type: [IntegrationEventDto], description: `1 to ${MAX_EVENTS_PER_REQUEST} events, processed in order` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EVENTS_PER_REQUEST)
  @NestedObjects(() => IntegrationEventDto)
  events: IntegrationEventDto[];
}

export const EVENT_RESULTS = ['accepted', 'duplicate', 'refused'] as const;

export class EventResultView {
  @ApiProperty({ description: 'Your id of the event' }) eventId: string;
  @ApiProperty({
    enum: EVENT_RESULTS,
    description: 'accepted now; duplicate: accepted before (the same references); refused: see code (it waits in the dead-letter list)',
  })
  status: (typeof EVENT_RESULTS)[number];
  @ApiPropertyOptional({ description: 'The claim filed (path claim)', type: String, nullable: true }) claimId?: string | null;
  @ApiPropertyOptional({ description: 'The entry on notice (path entry, programs with a notice period)', type: String, nullable: true })
  noticeId?: string | null;
  @ApiPropertyOptional({ description: 'The entry posted (path entry, no notice period)', type: String, nullable: true })
  transactionId?: string | null;
  @ApiPropertyOptional({ description: 'Points granted after the cap (entries)', type: Number, nullable: true }) points?: number | null;
  @ApiPropertyOptional({ description: "True when the rule's cap cut the points" }) capped?: boolean;
  @ApiPropertyOptional({
    description: 'Why it was refused: an error code (UNMAPPED_EVENT_TYPE, HOUSEHOLD_NOT_FOUND, EVENT_TYPE_NOT_ALLOWED, …)',
  })
  code?: string;
  @ApiPropertyOptional({ description: 'A message for people' }) message?: string;
}

export class IntegrationBatchResponse {
  @ApiProperty({ type: [EventResultView], description: 'One per event, in order' }) results: EventResultView[];
}

export class EventsQuery {
  @ApiPropertyOptional({ enum: EVENT_STATUSES, description: 'dead: the dead-letter list' })
  @Optional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ description: 'Only the events of this client' })
  @Optional()
  @QueryId()
  clientId?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Page size (default 20)' })
  @Optional()
  @QueryIntIn(1, 100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Rows to skip' })
  @Optional()
  @QueryIntIn(0, 1_000_000)
  offset?: number;
}

export class EventView {
  @ApiProperty({ description: 'Event record id (a string: 64-bit)' }) id: string;
  @ApiProperty({ description: 'The client that sent it' }) clientId: number;
  @ApiProperty({ description: "The client's name" }) clientName: string;
  @ApiProperty({ description: "The client's id of the event" }) eventId: string;
  @ApiProperty({ description: 'Event type' }) type: string;
  @ApiProperty({ description: 'When it happened' }) occurredAt: Date;
  @ApiProperty({ enum: EVENT_STATUSES, description: 'accepted, dead (the dead-letter list) or dismissed' }) status: EventStatus;
  @ApiProperty({ description: 'The event as sent (an ID number masked)', type: 'object', additionalProperties: true }) event: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: Number, nullable: true, description: 'The household it was found to be about' }) householdId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The program of its mapping' }) programId: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The claim it made' }) claimId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The entry on notice it made' }) noticeId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The entry it posted' }) transactionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Points granted (a string: 64-bit)' }) points: string | null;
  @ApiProperty({ description: "True when the rule's cap cut it" }) capped: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it is dead' }) errorCode: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Details of the reason' }) errorDetails: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ description: 'Times processed' }) attempts: number;
  @ApiProperty({ description: 'When it first came' }) receivedAt: Date;
  @ApiProperty({ description: 'When it was last processed' }) decidedAt: Date;
  @ApiProperty({ type: Number, nullable: true, description: 'The staff user who replayed or dismissed it last' }) handledBy: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was dismissed' }) dismissReason: string | null;
}

export class DismissEventDto {
  @ApiProperty({ description: 'Why it will not count', example: '平台重复推送' })
  @IsString()
  @Length(1, 200)
  reason: string;
}
