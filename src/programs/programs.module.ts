import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { ProgramsController } from './programs.controller.js';
import { ProgramsRepository } from './programs.repository.js';
import { ProgramsService } from './programs.service.js';

@Module({
  imports: [RegionsModule],
  controllers: [ProgramsController],
  providers: [ProgramsRepository, ProgramsService],
  exports: [ProgramsRepository, ProgramsService],
})
export class ProgramsModule {}
