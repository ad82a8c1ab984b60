import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import { AllowOperator, CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import { OVERSEERS } from '../common/auth/roles.js';
import { IsBigId, IsInstant, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { AuditService } from './audit.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

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
      'The audit trail of your subtree (changes by staff and kiosks, logins to your staff), newest first; a platform operator sees the entries of no county',
  })
  @ApiOkResponse({ description: 'A page of entries, newest first', type: [AuditEntryView] })
  list(@CurrentPrincipal() principal: UserActor | OperatorActor, @Query() q: AuditQuery): Promise<AuditEntryView[]> {
    return this.audit.list(principal, q);
  }
}
