import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ConfirmNotices } from './confirm-notices.job.js';
import { NoticePosting } from './notice-posting.js';
import { NoticesRepository } from './notices.repository.js';
import { ObjectionsRepository } from './objections.repository.js';
import { ProcedureEvents } from './procedure-events.js';
import { PublicityController } from './publicity.controller.js';
import { Publicity } from './publicity.service.js';

/** Public notice (公示) and confirmation (确认): notices, objections, the history, the confirmation job. */
@Module({
  imports: [RegionsModule, HouseholdsModule, ProgramsModule, LedgerModule],
  controllers: [PublicityController],
  providers: [NoticesRepository, ObjectionsRepository, ProcedureEvents, NoticePosting, Publicity, ConfirmNotices],
  exports: [Publicity, ProcedureEvents, ConfirmNotices],
})
export class PublicityModule {}
