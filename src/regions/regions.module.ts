import { Module } from '@nestjs/common';
import { PublicRegionsController } from './public-regions.controller.js';
import { RegionsController } from './regions.controller.js';
import { RegionsRepository } from './regions.repository.js';
import { RegionsService } from './regions.service.js';
import { RegionPaths } from './region-paths.js';

@Module({
  controllers: [RegionsController, PublicRegionsController],
  providers: [RegionsRepository, RegionsService, RegionPaths],
  exports: [RegionsRepository, RegionsService, RegionPaths],
})
export class RegionsModule {}
