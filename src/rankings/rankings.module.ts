import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { DoorPageRepository } from './door-page.repository.js';
import { DoorPageService } from './door-page.service.js';
import { DoorsController } from './doors.controller.js';
import { AllocationService } from './allocation.service.js';
import { BoardsService } from './boards.service.js';
import { RankingsController } from './rankings.controller.js';
import { RankingsRepository } from './rankings.repository.js';
import { RunsService } from './runs.service.js';
import { PeriodEndJob } from './period-end.job.js';

@Module({
  imports: [ProgramsModule, RegionsModule, LedgerModule, PublicityModule],
  controllers: [RankingsController, DoorsController],
  providers: [DoorPageRepository, DoorPageService, RankingsRepository, RunsService, AllocationService, BoardsService, PeriodEndJob],
  exports: [RunsService],
})
export class RankingsModule {}
