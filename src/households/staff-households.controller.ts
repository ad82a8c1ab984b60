import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { MANAGERS, READERS } from '../common/auth/roles.js';
import { assertInScope } from '../common/auth/scope.js';
import { notFound } from '../common/errors/domain-error.js';
import { ValidateIf } from 'class-validator';
import { IsId } from '../common/http/fields.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { HouseholdLookupsRepository } from './household-lookups.repository.js';

export class StaffHouseholdDto {
  @ApiProperty({ description: 'The household the staff user lives in; null when none (or to forget it)', type: Number, nullable: true })
  // Required, and may be null.
  @ValidateIf((dto: StaffHouseholdDto) => dto.householdId !== null) @IsId()
  householdId: number | null;
}

export class StaffHouseholdView {
  @ApiProperty({ description: 'Staff user id' }) userId: number;
  @ApiProperty({ description: 'The household the user lives in', type: Number, nullable: true }) householdId: number | null;
}

/**
 * The household a staff user lives in. The server refuses that user approving, awarding or
 * deducting for it (separation of duties), so managers record it.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/:id/household')
export class StaffHouseholdsController {
  constructor(private readonly lookups: HouseholdLookupsRepository) {}

  @Put()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Record the household a staff user lives in (or null): that user may then not approve, award or deduct for it' })
  @ApiOkResponse({ description: 'What is recorded now', type: StaffHouseholdView })
  async set(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: StaffHouseholdDto): Promise<StaffHouseholdView> {
    await this.staffInScope(actor, id);
    const { householdId } = dto;
    if (householdId !== null) {
      const household = await this.lookups.householdPlace(householdId);
      if (!household) throw notFound('household', householdId);
      assertInScope(actor, household.path, { householdId });
    }
    await this.lookups.setHouseholdOfStaff(id, householdId);
    return { userId: id, householdId };
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The household a staff user lives in, if recorded' })
  @ApiOkResponse({ description: 'What is recorded (householdId null: none)', type: StaffHouseholdView })
  async get(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<StaffHouseholdView> {
    await this.staffInScope(actor, id);
    return { userId: id, householdId: await this.lookups.householdOfStaff(id) };
  }

  private async staffInScope(actor: UserActor, id: number): Promise<void> {
    const user = await this.lookups.staffPlace(id);
    if (!user) throw notFound('user', id);
    assertInScope(actor, user.path, { userId: id });
  }
}
