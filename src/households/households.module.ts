import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RegionsModule } from '../regions/regions.module.js';
import { UsersModule } from '../users/users.module.js';
import { HouseholdImportsRepository } from './household-imports.repository.js';
import { HouseholdImportsService } from './household-imports.service.js';
import { HouseholdsController } from './households.controller.js';
import { ResidentPinsController } from './resident-pins.controller.js';
import { StaffDeclarationsController } from './staff-declarations.controller.js';
import { StaffDeclarationsRepository } from './staff-declarations.repository.js';
import { StaffDeclarations } from './staff-declarations.service.js';
import { StaffHouseholdsController } from './staff-households.controller.js';
import { HouseholdPinsRepository } from './household-pins.repository.js';
import { HouseholdLookupsRepository } from './household-lookups.repository.js';
import { HouseholdsRepository } from './households.repository.js';
import { HouseholdsService } from './households.service.js';

@Module({
  imports: [
    RegionsModule,
    UsersModule,
    // Uploads stay in memory (the job reads the file from Postgres); cap them before they are read whole.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.importMaxBytes, files: 1 } }),
    }),
  ],
  controllers: [HouseholdsController, ResidentPinsController, StaffHouseholdsController, StaffDeclarationsController],
  providers: [
    HouseholdsRepository,
    HouseholdPinsRepository,
    HouseholdLookupsRepository,
    HouseholdsService,
    HouseholdImportsRepository,
    HouseholdImportsService,
    StaffDeclarationsRepository,
    StaffDeclarations,
  ],
  exports: [HouseholdsService, HouseholdImportsService, HouseholdLookupsRepository, HouseholdPinsRepository, StaffDeclarations],
})
export class HouseholdsModule {}
