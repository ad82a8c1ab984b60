import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, ValidateIf } from 'class-validator';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { OVERSEERS, POINTS_STAFF } from '../common/auth/roles.js';
import { assertInScope } from '../common/auth/scope.js';
import { notFound } from '../common/errors/domain-error.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { IsId } from '../common/http/fields.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { UsersRepository } from '../users/users.repository.js';
import { StaffDeclarations, type DeclarationState } from './staff-declarations.service.js';

/** Related households one declaration may name. */
export const MAX_RELATED_HOUSEHOLDS = 50;

export class DeclarationDto {
  @ApiProperty({ description: "The household you live in; null: none of the county's households", type: Number, nullable: true })
  // Required, and may be null.
  @ValidateIf((dto: DeclarationDto) => dto.householdId !== null)
  @IsId()
  householdId: number | null;

  @ApiProperty({
    description: `Households of your relatives (亲属户) in the county, no repeats, at most ${MAX_RELATED_HOUSEHOLDS}; [] when none`,
    type: [Number],
  })
  @IsArray()
  @ArrayMaxSize(MAX_RELATED_HOUSEHOLDS)
  @ArrayUnique()
  @IsId({ each: true })
  relatedHouseholdIds: number[];
}

export class DeclarationView {
  @ApiProperty({
    description:
      'The declaration that holds now (a new one with every change; earlier ones are kept); null when nothing is declared or recorded',
    type: Number,
    nullable: true,
  })
  id: number | null;
  @ApiProperty({ description: 'Staff user id' }) userId: number;
  @ApiProperty({ description: "The household the user lives in; null: none of the county's (or not known)", type: Number, nullable: true })
  householdId: number | null;
  @ApiProperty({ description: "Households of the user's relatives (亲属户), ascending", type: [Number] }) relatedHouseholdIds: number[];
  @ApiProperty({
    description:
      'When the user last declared themselves; null: not yet, and then entries and reviews on programs that require it answer 403 `COI_UNDECLARED`',
    type: Date,
    nullable: true,
  })
  declaredAt: Date | null;
  @ApiProperty({
    description: 'Who made the declaration that holds: the user, or a manager recording where the user lives (`PUT /users/{id}/household`)',
    type: Number,
    nullable: true,
  })
  recordedBy: number | null;
  @ApiProperty({ description: 'When the declaration that holds was made', type: Date, nullable: true }) recordedAt: Date | null;
}

/**
 * Conflict-of-interest declarations (利益冲突申报): each staff user who enters or reviews points
 * declares the household they live in and their related households; nobody then awards,
 * deducts, reviews or decides an objection touching those households.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@ClearsCaches()
export class StaffDeclarationsController {
  constructor(
    private readonly declarations: StaffDeclarations,
    private readonly users: UsersRepository,
  ) {}

  @Put('me/declaration')
  @Roles(...POINTS_STAFF)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({
    summary:
      "Declare the household you live in (or none of the county's) and your related households (亲属户), before your first entry or review; a new declaration replaces the last (both are kept)",
  })
  @ApiOkResponse({ description: 'Your declaration, now', type: DeclarationView })
  declare(@CurrentUser() actor: UserActor, @Body() dto: DeclarationDto): Promise<DeclarationState> {
    return this.declarations.declare(actor, dto);
  }

  @Get('me/declaration')
  @Roles(...POINTS_STAFF)
  @ApiOperation({ summary: 'Your conflict-of-interest declaration' })
  @ApiOkResponse({ description: 'Your declaration (declaredAt null: not declared yet)', type: DeclarationView })
  mine(@CurrentUser() actor: UserActor): Promise<DeclarationState> {
    return this.declarations.state(actor.id);
  }

  @Get(':id/declaration')
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: 'The conflict-of-interest declaration of a staff user of your subtree' })
  @ApiOkResponse({ description: 'The declaration (declaredAt null: not declared yet)', type: DeclarationView })
  async get(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number): Promise<DeclarationState> {
    const user = await this.users.staffPlace(id);
    if (!user) throw notFound('user', id);
    assertInScope(actor, user.path, { userId: id });
    return this.declarations.state(id);
  }
}
