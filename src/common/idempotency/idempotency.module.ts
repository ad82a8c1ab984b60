import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyService } from './idempotency.service.js';
import { OutcomeInterceptor } from './outcome.interceptor.js';

@Global()
@Module({ providers: [IdempotencyService, { provide: APP_INTERCEPTOR, useClass: OutcomeInterceptor }], exports: [IdempotencyService] })
export class IdempotencyModule {}
