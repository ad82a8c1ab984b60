import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { MANAGERS, OVERSEERS } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CreateUserDto, ListUsersQuery, UpdateUserDto, UserPage, UserView } from './users.dto.js';
import { UsersService } from './users.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@ClearsCaches()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiErrors('DUPLICATE_USERNAME', 'ROLE_NOT_ASSIGNABLE', 'ROLE_REGION_MISMATCH', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Create a staff user with one role in a region of your subtree' })
  @ApiCreatedResponse({ description: 'The user', type: UserView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Get()
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: 'Staff users of your subtree, searched by username or display name and filtered by role and region' })
  @ApiOkResponse({ description: 'A page of users', type: UserPage })
  list(@CurrentActor() actor: Actor, @Query() q: ListUsersQuery): Promise<UserPage> {
    return this.users.list(actor, { regionId: q.regionId, role: q.role, q: q.q }, q.limit, q.offset);
  }

  @Get(':id')
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: 'One staff user of your subtree' })
  @ApiOkResponse({ description: 'The user', type: UserView })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiErrors('ROLE_NOT_ASSIGNABLE', 'ROLE_REGION_MISMATCH')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Rename, reset the password of, or disable a user of your subtree' })
  @ApiOkResponse({ description: 'The user, changed', type: UserView })
  update(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
