import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyCleanup } from './idempotency-cleanup.js';
import { IdempotencyKeysRepository } from './idempotency-keys.repository.js';
import { IDEMPOTENCY_RETENTION_DAYS, IdempotencyService } from './idempotency.service.js';
import { OutcomeInterceptor } from './outcome.interceptor.js';

/** The Idempotency-Key store, its cleanup and the Outcome interceptor; keys are kept `retentionDays`. */
@Global()
@Module({})
export class IdempotencyModule {
  static forRoot(options: { retentionDays: number }): DynamicModule {
    return {
      module: IdempotencyModule,
      providers: [
        { provide: IDEMPOTENCY_RETENTION_DAYS, useValue: options.retentionDays },
        IdempotencyService,
        IdempotencyKeysRepository,
        IdempotencyCleanup,
        { provide: APP_INTERCEPTOR, useClass: OutcomeInterceptor },
      ],
      exports: [IdempotencyService, IdempotencyCleanup],
    };
  }
}
