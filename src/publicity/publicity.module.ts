import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { TransparencyModule } from '../transparency/transparency.module.js';
import { ClosePeriod } from './close-period.use-case.js';
import { ConfirmNotices } from './confirm-notices.job.js';
import { NoticePosting } from './notice-posting.js';
import { NoticesRepository } from './notices.repository.js';
import { ObjectionsRepository } from './objections.repository.js';
import { PeriodsController } from './periods.controller.js';
import { ProcedureEvents } from './procedure-events.js';
import { PublicityController } from './publicity.controller.js';
import { Publicity } from './publicity.service.js';

/** Public notice (公示) and confirmation (确认): notices, objections, the history, the confirmation job, and closing a period (which waits for its notices). */
@Module({
  imports: [RegionsModule, HouseholdsModule, ProgramsModule, LedgerModule, TransparencyModule],
  controllers: [PublicityController, PeriodsController],
  providers: [NoticesRepository, ObjectionsRepository, ProcedureEvents, NoticePosting, Publicity, ConfirmNotices, ClosePeriod],
  exports: [Publicity, ProcedureEvents, ConfirmNotices, ClosePeriod],
})
export class PublicityModule {}
