import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import { AllowOperator, CurrentPrincipal, Public } from '../common/auth/decorators.js';
import { UsersService } from '../users/users.service.js';
import { LoginDto, LoginResult, MeView } from './auth.dto.js';
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
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResult> {
    return this.auth.login(dto.username, dto.password, ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @AllowOperator()
  @ApiOperation({ summary: 'The current user with role and region' })
  me(@CurrentPrincipal() principal: UserActor | OperatorActor): Promise<MeView> {
    return this.users.me(principal);
  }
}
