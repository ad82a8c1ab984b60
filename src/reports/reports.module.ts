import { Module } from '@nestjs/common';
import { ExpiringRepository } from './expiring.repository.js';
import { ExpiringService } from './expiring.service.js';
import { LedgerBookController } from './ledger-book.controller.js';
import { LedgerBookRepository } from './ledger-book.repository.js';
import { LedgerBookService } from './ledger-book.service.js';
import { LiabilityRepository } from './liability.repository.js';
import { LiabilityService } from './liability.service.js';
import { ParticipationRepository } from './participation.repository.js';
import { ParticipationService } from './participation.service.js';
import { RedemptionsReportRepository } from './redemptions-report.repository.js';
import { RedemptionsReportService } from './redemptions-report.service.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import { ReportsController } from './reports.controller.js';
import { ScopeRepository } from './scope.repository.js';
import { StaffActivityRepository } from './staff-activity.repository.js';
import { StaffActivityService } from './staff-activity.service.js';

/** The county's reports (issue #15): read-only, scoped to the caller's region, JSON, CSV and xlsx. */
@Module({
  controllers: [ReportsController, LedgerBookController],
  providers: [
    ReportReader,
    ReportScope,
    ScopeRepository,
    RedemptionsReportRepository,
    RedemptionsReportService,
    ParticipationRepository,
    ParticipationService,
    LiabilityRepository,
    LiabilityService,
    ExpiringRepository,
    ExpiringService,
    StaffActivityRepository,
    StaffActivityService,
    LedgerBookRepository,
    LedgerBookService,
  ],
})
export class ReportsModule {}
