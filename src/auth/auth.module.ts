import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HouseholdsModule } from '../households/households.module.js';
import { StoresModule } from '../stores/stores.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { ttlSeconds } from './auth.service.js';
import { CounterStore } from './counter-store.js';
import { LoginLimiter } from './login-limiter.js';
import { PublicLimiter } from './public-limiter.js';
import { SecurityAlarmsRepository } from './security-alarms.repository.js';

@Module({
  imports: [
    UsersModule,
    HouseholdsModule,
    StoresModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { expiresIn: ttlSeconds(config.jwtTtl) } }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    CounterStore,
    LoginLimiter,
    PublicLimiter,
    SecurityAlarmsRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
