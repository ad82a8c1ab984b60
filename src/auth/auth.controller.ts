import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { OperatorActor, ResidentActor, UserActor } from '../common/auth/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AllowOperator, AllowResident, CurrentCaller, CurrentPrincipal, Public, Roles } from '../common/auth/decorators.js';
import { UsersService } from '../users/users.service.js';
import { LoginDto, LoginResult, MeView, ResidentHouseholdView, ResidentLoginDto, ResidentLoginResult } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @ApiErrors('INVALID_CREDENTIALS')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with username and password; failed attempts are limited per address and username' })
  @ApiOkResponse({ description: 'A token and the user', type: LoginResult })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResult> {
    return this.auth.login(dto.username, dto.password, ip);
  }

  @Post('resident-login')
  @ApiErrors('INVALID_PIN', 'PIN_NOT_SET', 'CARD_LOCKED', 'CARD_LOCKED_UNTIL_RESET')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A resident logs in with the household card code and PIN; the token acts for that household only',
    description:
      'Every wrong PIN counts against the PIN until a clerk resets it: each 5 lock the card, for 1 minute, 5 minutes, 1 hour, a day, then until a new PIN ' +
      '(429 CARD_LOCKED saying until when, then 429 CARD_LOCKED_UNTIL_RESET); at most 10 wrong PINs in 24 hours. A wrong PIN answers 401 INVALID_PIN with ' +
      '`details.triesBeforeLock` (or `details.locked: true` when it locked the card); an unknown card code answers 401 INVALID_PIN too, a known card whose ' +
      'household has no PIN yet 401 PIN_NOT_SET (the village committee gives one). Client addresses are limited like staff log-ins. Wrong PINs on 20 ' +
      'cards of a county within an hour raise a security alarm (audit log, staff-activity report).',
  })
  @ApiOkResponse({ description: 'A token and the household', type: ResidentLoginResult })
  residentLogin(@Body() dto: ResidentLoginDto, @Ip() ip: string): Promise<ResidentLoginResult> {
    return this.auth.residentLogin(dto.cardCode, dto.pin, ip);
  }

  @Get('resident')
  @ApiBearerAuth()
  // No staff role: residents only.
  @Roles()
  @AllowResident()
  @ApiErrors('FORBIDDEN')
  @ApiOperation({ summary: 'The household of the logged-in resident (residents only)' })
  @ApiOkResponse({ description: 'The household', type: ResidentHouseholdView })
  resident(@CurrentCaller() caller: UserActor | ResidentActor): Promise<ResidentHouseholdView> {
    if (caller.kind !== 'resident') throw new DomainError('FORBIDDEN', { reason: 'residents only' });
    return this.auth.resident(caller);
  }

  @Get('me')
  @ApiBearerAuth()
  @AllowOperator()
  @ApiOperation({ summary: 'The current user with role and region' })
  @ApiOkResponse({ description: 'The caller', type: MeView })
  me(@CurrentPrincipal() principal: UserActor | OperatorActor): Promise<MeView> {
    return this.users.me(principal);
  }
}
