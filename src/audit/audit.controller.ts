import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsNumberString, IsOptional, Max, Min } from 'class-validator';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { OVERSEERS } from '../common/auth/roles.js';
import { AuditService } from './audit.service.js';

class AuditQuery {
  @ApiPropertyOptional({ description: 'From this time (inclusive), ISO 8601' })
  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this time (exclusive), ISO 8601' })
  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;

  @ApiPropertyOptional({ description: 'Only this staff user' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  actorId?: number;

  @ApiPropertyOptional({ description: 'Page size', default: 100, maximum: 1000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  limit = 100;

  @ApiPropertyOptional({ description: 'Cursor: entries older than this id (the last id of the previous page)' })
  @IsOptional() @IsNumberString()
  before?: string;
}

class AuditEntryView {
  @ApiProperty({ description: 'Entry id (a string: 64-bit)' }) id: string;
  @ApiProperty({ description: 'When' }) at: Date;
  @ApiProperty({ description: 'user, device or anonymous' }) actorType: string;
  @ApiProperty({ description: 'User or device id', type: Number, nullable: true }) actorId: number | null;
  @ApiProperty({ description: 'Username, device name, or the username tried at login', type: String, nullable: true }) actorName: string | null;
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
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: 'The audit trail of changes made by staff and kiosks of your subtree, newest first' })
  list(@CurrentUser() actor: UserActor, @Query() q: AuditQuery): Promise<AuditEntryView[]> {
    return this.audit.list(actor, q);
  }
}
