import { Module } from '@nestjs/common';
import { ExpiringRepository } from './reports/expiring.repository.js';
import { ExpiringService } from './reports/expiring.service.js';
import { LedgerBookController } from './ledger-book/ledger-book.controller.js';
import { LedgerBookRepository } from './ledger-book/ledger-book.repository.js';
import { LedgerBookService } from './ledger-book/ledger-book.service.js';
import { LiabilityRepository } from './reports/liability.repository.js';
import { LiabilityService } from './reports/liability.service.js';
import { ParticipationRepository } from './reports/participation.repository.js';
import { ParticipationService } from './reports/participation.service.js';
import { RedemptionsReportRepository } from './reports/redemptions-report.repository.js';
import { RedemptionsReportService } from './reports/redemptions-report.service.js';
import { ReportReader } from './reports/report-reader.js';
import { ReportScope } from './reports/report-scope.js';
import { ReportsController } from './reports/reports.controller.js';
import { ScopeRepository } from './reports/scope.repository.js';
import { StaffActivityRepository } from './reports/staff-activity.repository.js';
import { StaffActivityService } from './reports/staff-activity.service.js';

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
export class ViewsModule {}
