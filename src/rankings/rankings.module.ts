import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { AllocationService } from './allocation.service.js';
import { BoardsService } from './boards.service.js';
import { RankingsController } from './rankings.controller.js';
import { RankingsRepository } from './rankings.repository.js';
import { RunsService } from './runs.service.js';
import { PeriodEndJob } from './period-end.job.js';

@Module({
  imports: [ProgramsModule, RegionsModule],
  controllers: [RankingsController],
  providers: [RankingsRepository, RunsService, AllocationService, BoardsService, PeriodEndJob],
  exports: [RunsService],
})
export class RankingsModule {}
