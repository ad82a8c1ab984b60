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
import { UsersRepository } from '../users/users.repository.js';
import { HouseholdLookupsRepository } from './household-lookups.repository.js';
import { StaffDeclarations } from './staff-declarations.service.js';

export class StaffHouseholdDto {
  @ApiProperty({ description: 'The household the staff user lives in; null when none', type: Number, nullable: true })
  // Required, and may be null.
  @ValidateIf((dto: StaffHouseholdDto) => dto.householdId !== null)
  @IsId()
  householdId: number | null;
}

export class StaffHouseholdView {
  @ApiProperty({
    description: 'The declaration that holds now (`GET /users/{id}/declaration`); null when nothing is recorded',
    type: Number,
    nullable: true,
  })
  id: number | null;
  @ApiProperty({ description: 'Staff user id' }) userId: number;
  @ApiProperty({ description: 'The household the user lives in', type: Number, nullable: true }) householdId: number | null;
}

/**
 * The household a staff user lives in, as a manager records it: it goes into the user's
 * conflict-of-interest declaration (their related households stay as declared), and the server
 * refuses that user approving, awarding or deducting for it (separation of duties). It does not
 * stand in for the user's own declaration (`PUT /users/me/declaration`).
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/:id/household')
export class StaffHouseholdsController {
  constructor(
    private readonly lookups: HouseholdLookupsRepository,
    private readonly users: UsersRepository,
    private readonly declarations: StaffDeclarations,
  ) {}

  @Put()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary:
      "Record the household a staff user lives in (or null: none) in the user's declaration: that user may then not approve, award or deduct for it; the user still declares themselves",
  })
  @ApiOkResponse({ description: 'What is recorded now', type: StaffHouseholdView })
  async set(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: StaffHouseholdDto,
  ): Promise<StaffHouseholdView> {
    await this.staffInScope(actor, id);
    const { householdId } = dto;
    if (householdId !== null) {
      const household = await this.lookups.householdPlace(householdId);
      if (!household) throw notFound('household', householdId);
      assertInScope(actor, household.path, { householdId });
    }
    return { id: await this.declarations.recordHousehold(actor, id, householdId), userId: id, householdId };
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The household a staff user lives in, if declared or recorded' })
  @ApiOkResponse({ description: 'What is recorded (householdId null: none)', type: StaffHouseholdView })
  async get(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<StaffHouseholdView> {
    await this.staffInScope(actor, id);
    const { id: declaration, householdId } = await this.declarations.state(id);
    return { id: declaration, userId: id, householdId };
  }

  private async staffInScope(actor: UserActor, id: number): Promise<void> {
    const user = await this.users.staffPlace(id);
    if (!user) throw notFound('user', id);
    assertInScope(actor, user.path, { userId: id });
  }
}
