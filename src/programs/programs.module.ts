import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { RegionsModule } from '../regions/regions.module.js';
import { AdoptionsController } from './adoptions/adoptions.controller.js';
import { MINUTES_MAX_BYTES } from './adoptions/adoptions.dto.js';
import { AdoptionsRepository } from './adoptions/adoptions.repository.js';
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { PeriodSchedules } from './periods/period-schedules.js';
import { PeriodsRepository } from './periods/periods.repository.js';
import { PeriodsService } from './periods/periods.service.js';
import { ProgramsController } from './programs.controller.js';
import { ProgramsRepository } from './programs.repository.js';
import { ProgramsService } from './programs.service.js';

@Module({
  imports: [
    RegionsModule,
    // The minutes of an adoption: one file in memory, capped before it is read whole (413), and five short fields;
    // file names in UTF-8 (a Chinese name arrives as written).
    MulterModule.register({
      limits: { fileSize: MINUTES_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
      defParamCharset: 'utf8',
    }),
  ],
  controllers: [ProgramsController, AdoptionsController],
  providers: [
    ProgramsRepository,
    ProgramsService,
    PeriodsRepository,
    PeriodsService,
    PeriodSchedules,
    AdoptionsRepository,
    AdoptionsService,
  ],
  exports: [ProgramsRepository, ProgramsService, PeriodsRepository, PeriodsService],
})
export class ProgramsModule {}
