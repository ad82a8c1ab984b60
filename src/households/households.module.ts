import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { HouseholdImportsRepository } from './household-imports.repository.js';
import { HouseholdImportsService } from './household-imports.service.js';
import { HouseholdsController } from './households.controller.js';
import { HouseholdsRepository } from './households.repository.js';
import { HouseholdsService } from './households.service.js';

@Module({
  imports: [RegionsModule],
  controllers: [HouseholdsController],
  providers: [HouseholdsRepository, HouseholdsService, HouseholdImportsRepository, HouseholdImportsService],
  exports: [HouseholdsService, HouseholdImportsService],
})
export class HouseholdsModule {}
