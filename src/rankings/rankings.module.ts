import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { AllocationService } from './allocation.service.js';
import { RankingsController } from './rankings.controller.js';
import { RankingsRepository } from './rankings.repository.js';
import { RunsService } from './runs.service.js';
import { PeriodEndJob } from './period-end.job.js';

/**
 * Ranking runs, their publication and allocation plans. What a run ranks (holders and their
 * points) is read through RankingSource, which the read side provides (ViewPortsModule); the
 * door page and the public boards read published runs from the read side.
 */
@Module({
  imports: [ProgramsModule, RegionsModule, PublicityModule],
  controllers: [RankingsController],
  providers: [RankingsRepository, RunsService, AllocationService, PeriodEndJob],
  exports: [RunsService, RankingsRepository],
})
export class RankingsModule {}
