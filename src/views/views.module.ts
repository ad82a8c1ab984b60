import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ExpiryReminders } from './notifications/expiry-reminders.js';
import { HouseholdsModule } from '../households/households.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { StoresModule } from '../stores/stores.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { RankingsModule } from '../rankings/rankings.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { BoardsController } from './boards/boards.controller.js';
import { AdoptedRulesRepository } from './boards/adopted-rules.repository.js';
import { BoardsService } from './boards/boards.service.js';
import { DoorPageRepository } from './door/door-page.repository.js';
import { DoorPageService } from './door/door-page.service.js';
import { DoorsController } from './door/doors.controller.js';
import { HouseholdDetailsController } from './households/household-details.controller.js';
import { HouseholdDetailsRepository } from './households/household-details.repository.js';
import { HouseholdDetails } from './households/household-details.service.js';
import { KioskController } from './kiosk/kiosk.controller.js';
import { KioskService } from './kiosk/kiosk.service.js';
import { KioskRepository } from './kiosk/kiosk.repository.js';
import { BalancesService } from './ledger/balances.service.js';
import { CapUsageService } from './ledger/cap-usage.service.js';
import { LedgerCheckRepository } from './ledger/ledger-check.repository.js';
import { LedgerViewsController } from './ledger/ledger-views.controller.js';
import { StatementsRepository } from './ledger/statements.repository.js';
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
import { TransparencyModule } from '../transparency/transparency.module.js';
import { LeafTexts } from './transparency/leaf-texts.js';
import { StatementProofsService } from './transparency/statement-proofs.service.js';

/**
 * The read side: every query that joins tables of several modules, and the routes that show them
 * (balances and statements, the counter's lookup, the 台账, the county's reports). It reads
 * through the write side's services where a rule decides what is shown, and through SQL otherwise.
 */
@Module({
  imports: [
    ProgramsModule,
    HouseholdsModule,
    LedgerModule,
    StoresModule,
    RegionsModule,
    PublicityModule,
    RankingsModule,
    TransparencyModule,
    NotificationsModule,
  ],
  controllers: [
    ReportsController,
    LedgerBookController,
    LedgerViewsController,
    KioskController,
    BoardsController,
    DoorsController,
    HouseholdDetailsController,
  ],
  providers: [
    HouseholdDetailsRepository,
    HouseholdDetails,
    LeafTexts,
    StatementProofsService,
    StatementsRepository,
    BalancesService,
    CapUsageService,
    LedgerCheckRepository,
    KioskService,
    KioskRepository,
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
    BoardsService,
    AdoptedRulesRepository,
    DoorPageRepository,
    DoorPageService,
    ExpiryReminders,
  ],
})
export class ViewsModule {}
