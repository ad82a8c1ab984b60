import { Module } from '@nestjs/common';
import { IdempotencyCleanupJob } from './idempotency-cleanup.job.js';

/** Housekeeping jobs of the modules below the jobs layer (`common`): today the Idempotency-Key cleanup. */
@Module({ providers: [IdempotencyCleanupJob] })
export class MaintenanceJobsModule {}
