import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { PeriodSchedules } from './periods/period-schedules.js';
import { PeriodsRepository } from './periods/periods.repository.js';
import { PeriodsService } from './periods/periods.service.js';
import { ProgramsController } from './programs.controller.js';
import { ProgramsRepository } from './programs.repository.js';
import { ProgramsService } from './programs.service.js';

@Module({
  imports: [RegionsModule],
  controllers: [ProgramsController],
  providers: [ProgramsRepository, ProgramsService, PeriodsRepository, PeriodsService, PeriodSchedules],
  exports: [ProgramsRepository, ProgramsService, PeriodsRepository, PeriodsService],
})
export class ProgramsModule {}
