import { Module } from '@nestjs/common';
import { PublicRegionsController } from './public-regions.controller.js';
import { RegionsController } from './regions.controller.js';
import { RegionsRepository } from './regions.repository.js';
import { RegionsService } from './regions.service.js';

@Module({
  controllers: [RegionsController, PublicRegionsController],
  providers: [RegionsRepository, RegionsService],
  exports: [RegionsRepository, RegionsService],
})
export class RegionsModule {}
