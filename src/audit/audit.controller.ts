import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import { AllowOperator, CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { ACCOUNT_ROLES, OVERSEERS, type AccountRole } from '../common/auth/roles.js';
import { INT4_MAX, IsBigId, IsInstant, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { AUDIT_OUTCOMES, AuditService, type AuditOutcome } from './audit.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

/** An action as entries name it: `POST /api/v1/households`, `PATCH /api/v1/users/:id`, `ALARM pin_guessing`. */
const ACTION = /^(POST|PUT|PATCH|DELETE|ALARM) [\x21-\x7e]{1,92}$/;
/** The first part of a route after /api/v1/. */
const ENTITY = /^[a-z][a-z-]{0,39}$/;

class AuditQuery {
  @ApiPropertyOptional({ description: 'From this time (inclusive), ISO 8601' })
  @Optional()
  @IsInstant()
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this time (exclusive), ISO 8601' })
  @Optional()
  @IsInstant()
  to?: Date;

  @ApiPropertyOptional({ description: 'Only this staff user' })
  @Optional()
  @QueryId()
  actorId?: number;

  @ApiPropertyOptional({ description: 'Page size', default: 100, maximum: 1000 })
  @Optional()
  @QueryIntIn(1, 1000)
  limit = 100;

  @ApiPropertyOptional({ description: 'Cursor: entries older than this id (the last id of the previous page)' })
  @Optional()
  @IsBigId()
  before?: string;

  @ApiPropertyOptional({ description: 'Entries to skip, newest first (after the cursor, if one is given)', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;

  @ApiPropertyOptional({
    description:
      'Only this action, as entries name it: the method and route, e.g. `POST /api/v1/programs/:id/awards`, or `ALARM pin_guessing`',
    maxLength: 100,
    example: 'POST /api/v1/programs/:id/awards',
  })
  @Optional()
  @Matches(ACTION, { message: 'action must be a method and a route, e.g. POST /api/v1/households' })
  action?: string;

  @ApiPropertyOptional({
    description:
      'Only changes to this kind of resource: the first part of the route after /api/v1/, e.g. `households`, `users`, `auth` (log-ins)',
    pattern: ENTITY.source,
    example: 'households',
  })
  @Optional()
  @Matches(ENTITY, { message: 'entity must be the first part of a route, e.g. households' })
  entity?: string;

  @ApiPropertyOptional({ description: 'Only successes, or only failures (refused or failed requests)', enum: AUDIT_OUTCOMES })
  @Optional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({
    description:
      'Free text, case-insensitive: part of the actor name (username, device name or card code), the requested URL, the request id, the resource id or the error code',
    minLength: 1,
    maxLength: 100,
  })
  @Optional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

class AuditEntryView {
  @ApiProperty({ description: 'Entry id (a string: 64-bit)' }) id: string;
  @ApiProperty({ description: 'When' }) at: Date;
  @ApiProperty({ description: 'user, device, resident, anonymous, or system (a security alarm: action `ALARM pin_guessing`)' })
  actorType: string;
  @ApiProperty({ description: 'User or device id', type: Number, nullable: true }) actorId: number | null;
  @ApiProperty({ description: 'Username, device name, or the username tried at login', type: String, nullable: true }) actorName:
    string | null;
  @ApiProperty({ description: 'Region of the actor', type: Number, nullable: true }) actorRegionId: number | null;
  @ApiProperty({ description: 'Display name of a staff user actor (as it is now); null for others', type: String, nullable: true })
  actorDisplayName: string | null;
  @ApiProperty({
    description: 'Role of a staff user actor; null for devices, residents, anonymous callers and alarms',
    enum: ACCOUNT_ROLES,
    nullable: true,
  })
  actorRole: AccountRole | null;
  @ApiProperty({ description: 'Method and route, e.g. POST /api/v1/households' }) action: string;
  @ApiProperty({ description: 'The requested URL' }) path: string;
  @ApiProperty({ description: 'Id of the created or changed resource', type: String, nullable: true }) resourceId: string | null;
  @ApiProperty({ description: 'success or failure' }) outcome: string;
  @ApiProperty({ description: 'HTTP status' }) status: number;
  @ApiProperty({ description: 'Error code of a failure', type: String, nullable: true }) errorCode: string | null;
  @ApiProperty({ description: 'Request id (also in the logs)', type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ description: 'Client address', type: String, nullable: true }) ip: string | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiErrors('OUT_OF_SCOPE')
  @Roles(...OVERSEERS)
  @AllowOperator()
  @ApiOperation({
    summary:
      'The audit trail of your subtree (changes by staff and kiosks, logins to your staff), newest first, by time, actor, action, kind of resource, outcome and free text, a page at a time; a platform operator sees the entries of no county',
  })
  @ApiOkResponse({ description: 'A page of entries, newest first', type: [AuditEntryView] })
  list(@CurrentPrincipal() principal: UserActor | OperatorActor, @Query() q: AuditQuery): Promise<AuditEntryView[]> {
    return this.audit.list(principal, q);
  }
}
