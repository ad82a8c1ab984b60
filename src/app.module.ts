import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from './audit/audit.module.js';
import { AwardsModule } from './awards/awards.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { ClockModule } from './common/clock.js';
import { ChangeFeedModule } from './common/db/change-feed.js';
import { SecurityEventsModule } from './common/security-events.js';
import { StorageModule } from './common/storage/blob-store.js';
import { PublicityModule } from './publicity/publicity.module.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import { AuthModule } from './auth/auth.module.js';
import { GlobalErrorFilter } from './common/errors/error.filter.js';
import { RouteNotFoundFallback } from './common/http/route-not-found.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { HouseholdsModule } from './households/households.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MaintenanceJobsModule } from './jobs/maintenance.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { ProgramsModule } from './programs/programs.module.js';
import { RankingsModule } from './rankings/rankings.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { ViewPortsModule } from './views/view-ports.module.js';
import { ViewsModule } from './views/views.module.js';
import { StoresModule } from './stores/stores.module.js';
import { TransparencyModule } from './transparency/transparency.module.js';
import { UsersModule } from './users/users.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { AnnouncementsModule } from './announcements/announcements.module.js';
import { IntegrationModule } from './integration/integration.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        SecurityEventsModule,
        StorageModule.forRoot(config.dataDir),
        DatabaseModule.forRoot(config),
        ChangeFeedModule,
        JobsModule.forRoot(config),
        AuditModule,
        AuthModule,
        TransparencyModule,
        RegionsModule,
        UsersModule,
        HouseholdsModule,
        EvidenceModule,
        StoresModule,
        IdempotencyModule.forRoot({ retentionDays: config.idempotencyRetentionDays }),
        MaintenanceJobsModule,
        ProgramsModule,
        LedgerModule,
        PublicityModule,
        AwardsModule,
        ClaimsModule,
        NotificationsModule,
        AnnouncementsModule,
        IntegrationModule,
        RankingsModule,
        ViewsModule,
        ViewPortsModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GlobalErrorFilter }, RouteNotFoundFallback],
    };
  }
}
