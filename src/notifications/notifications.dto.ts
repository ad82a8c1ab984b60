import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsString, IsUrl, Length, Matches, ValidateIf } from 'class-validator';
import { IsIntIn, NestedObject, Nullable, Optional, QueryIntIn, RequiresAChange } from '../common/http/fields.js';
import {
  CHANNEL_KINDS,
  DELIVERY_STATUSES,
  MESSAGE_SUBJECTS,
  type ChannelKind,
  type DeliveryStatus,
  type MessageSubject,
} from './message.entities.js';
import { MESSAGE_TEMPLATES } from './templates.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export class MessagesQuery {
  @ApiPropertyOptional({ description: 'Page size (default 20)', minimum: 1, maximum: 100 })
  @Optional()
  @QueryIntIn(1, 100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Messages older than this id (the `nextBefore` of the page before)', example: '1042' })
  @Optional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be a message id' })
  before?: string;
}

export class CountyMessagesQuery extends MessagesQuery {
  @ApiPropertyOptional({ description: 'Only messages with a delivery in this state', enum: DELIVERY_STATUSES })
  @Optional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ description: 'Only the messages of this household' })
  @Optional()
  @QueryIntIn(1, 2_147_483_647)
  householdId?: number;
}

export class MessageSubjectView {
  @ApiProperty({ enum: MESSAGE_SUBJECTS, description: 'What kind of record it is' }) type: MessageSubject;
  @ApiProperty({ description: 'The claim, notice, ledger transaction or redemption id' }) id: string;
}

export class DeliveryView {
  @ApiProperty({ description: 'The channel' }) channelId: number;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description: 'queued (perhaps held for quiet hours, the daily limit or a retry), sent, or failed',
  })
  status: DeliveryStatus;
  @ApiProperty({ description: 'Tries so far' }) attempts: number;
  @ApiProperty({ description: 'When it is tried next (queued)' }) nextAttemptAt: Date;
  @ApiProperty({
    description: 'Why it waits or failed: a code (QUIET_HOURS, DAILY_LIMIT, NO_PHONE, HTTP_503, …) and a short text',
    type: String,
    nullable: true,
  })
  lastError: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When the receiver took it' }) sentAt: Date | null;
  @ApiProperty({ description: "The receiver's id for it (Tencent's SerialNo)", type: String, nullable: true }) providerRef: string | null;
}

export class MessageView {
  @ApiProperty({ description: 'Message id (a string: 64-bit)' }) id: string;
  @ApiProperty({ description: 'The household told' }) householdId: number;
  @ApiProperty({ enum: MESSAGE_TEMPLATES, description: 'Template code' }) template: string;
  @ApiProperty({
    description: "The template's values (rule names, points, dates, receipt numbers; no personal data)",
    type: 'object',
    additionalProperties: true,
  })
  values: Record<string, string | number>;
  @ApiProperty({ description: 'The message as text, in the language asked for (Accept-Language)' }) text: string;
  @ApiProperty({ type: MessageSubjectView, nullable: true, description: 'What it is about, for a link' })
  subject: MessageSubjectView | null;
  @ApiProperty({ description: 'When it was written (with the decision)' }) createdAt: Date;
  @ApiPropertyOptional({ type: [DeliveryView], description: "What the county's channels did with it (staff only)" })
  deliveries?: DeliveryView[];
}

export class MessagesPage {
  @ApiProperty({ type: [MessageView], description: 'Newest first' }) items: MessageView[];
  @ApiProperty({ description: 'Pass as `before` for the next page; null: no more', type: String, nullable: true }) nextBefore:
    string | null;
}

export class QuietHoursDto {
  @ApiProperty({ description: 'From, China time', example: '21:30' })
  @Matches(CLOCK, { message: 'from must be a time like 21:30' })
  from: string;
  @ApiProperty({ description: 'Until, China time (before from: over midnight)', example: '07:30' })
  @Matches(CLOCK, { message: 'until must be a time like 07:30' })
  until: string;
}

export class TencentSettingsDto {
  @ApiPropertyOptional({
    description: 'API endpoint (default https://sms.tencentcloudapi.com)',
    example: 'https://sms.tencentcloudapi.com',
  })
  @Optional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  endpoint?: string;
  @ApiPropertyOptional({ description: 'Region (default ap-guangzhou)', example: 'ap-guangzhou' })
  @Optional()
  @Matches(/^[a-z]{2}-[a-z-]{2,30}$/, { message: 'region must be a Tencent Cloud region like ap-guangzhou' })
  region?: string;
  @ApiProperty({ description: 'SmsSdkAppId', example: '1400000000' })
  @Matches(/^\d{5,20}$/, { message: 'sdkAppId must be the SMS application id (digits)' })
  sdkAppId: string;
  @ApiProperty({ description: 'The approved SMS signature (签名)', example: '某某县道德银行' })
  @IsString()
  @Length(2, 20)
  signName: string;
  @ApiProperty({ description: 'SecretId of a CAM key with SMS rights' })
  @IsString()
  @Length(8, 100)
  secretId: string;
  @ApiProperty({ description: 'SecretKey of that key: sealed, never shown again' })
  @IsString()
  @Length(8, 100)
  secretKey: string;
  @ApiProperty({
    description: `Approved template id per message template (${MESSAGE_TEMPLATES.join(', ')}); a message without one is not sent by SMS`,
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'entry.noticed': '1234567' },
  })
  @IsObject()
  templates: Record<string, string>;
}

export class CreateChannelDto {
  @ApiProperty({ enum: CHANNEL_KINDS, description: 'webhook: a signed POST to your gateway; tencent_sms: Tencent Cloud SMS' })
  @IsIn(CHANNEL_KINDS)
  kind: ChannelKind;

  @ApiProperty({ description: 'A name for people', example: '县短信网关' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({
    description: 'webhook: where to POST (https in production)',
    example: 'https://gateway.example.gov.cn/moral-bank',
  })
  @ValidateIf((d: CreateChannelDto) => d.kind === 'webhook' || d.url !== undefined)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  url?: string;

  @ApiPropertyOptional({ type: TencentSettingsDto, description: 'tencent_sms: the account and templates' })
  @ValidateIf((d: CreateChannelDto) => d.kind === 'tencent_sms' || d.tencent !== undefined)
  @NestedObject(() => TencentSettingsDto)
  tencent?: TencentSettingsDto;

  @ApiPropertyOptional({
    type: QuietHoursDto,
    nullable: true,
    description: 'No messages go out between these times (default 21:30 to 07:30); null: none',
  })
  @Nullable()
  @NestedObject(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional({
    description: 'At most this many messages to one household a day (default 5); the rest wait for the next day',
    minimum: 1,
    maximum: 100,
  })
  @Optional()
  @IsIntIn(1, 100)
  dailyLimit?: number;
}

@RequiresAChange()
export class UpdateChannelDto {
  @ApiPropertyOptional({ description: 'Name for people' }) @Optional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'New quiet hours; null: none' })
  @Nullable()
  @NestedObject(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'New limit per household a day' })
  @Optional()
  @IsIntIn(1, 100)
  dailyLimit?: number;
  @ApiPropertyOptional({ description: 'false: deliver nothing more (queued messages fail as CHANNEL_DISABLED)' })
  @Optional()
  @IsBoolean()
  enabled?: boolean;
  @ApiPropertyOptional({
    description: 'tencent_sms: the template ids, replacing them all',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @Optional()
  @IsObject()
  templates?: Record<string, string>;
}

export class ChannelView {
  @ApiProperty({ description: 'Channel id' }) id: number;
  @ApiProperty({ enum: CHANNEL_KINDS, description: 'webhook or tencent_sms' }) kind: ChannelKind;
  @ApiProperty({ description: 'Name for people' }) name: string;
  @ApiProperty({
    description: 'Where and how (no secrets): url; or endpoint, region, sdkAppId, signName, secretId, templates',
    type: 'object',
    additionalProperties: true,
  })
  settings: Record<string, unknown>;
  @ApiProperty({ type: QuietHoursDto, nullable: true, description: 'No messages go out between these times (China time); null: none' })
  quietHours: QuietHoursDto | null;
  @ApiProperty({ description: 'At most this many messages to one household a day' }) dailyLimit: number;
  @ApiProperty({ description: 'False: it delivers nothing more' }) enabled: boolean;
  @ApiProperty({ description: 'When it was connected (messages written since go through it)' }) createdAt: Date;
  @ApiPropertyOptional({
    description: 'webhook, on creation only: the signing secret (whsec_…), shown once; verify our signatures with it',
  })
  secret?: string;
}

export class ContactDto {
  @ApiProperty({ description: 'Mainland mobile number the household agreed to be texted at', example: '13812345678' })
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone: string;
}

export class ContactView {
  @ApiProperty({ description: 'The household' }) householdId: number;
  @ApiProperty({ description: 'e.g. 138****5678' }) phoneMasked: string;
  @ApiProperty({ description: 'When the number was recorded' }) setAt: Date;
}
