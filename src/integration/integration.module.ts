import { Module } from '@nestjs/common';
import { AwardsModule } from '../awards/awards.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { UsersModule } from '../users/users.module.js';
import { ClientsService } from './clients.service.js';
import { IntakeService } from './intake.service.js';
import { IntegrationController } from './integration.controller.js';
import { IntegrationRepository } from './integration.repository.js';
import { SignedClientGuard } from './signed-client.guard.js';

/** Events in from outside systems: API clients, signed intake, mappings and the dead-letter list (docs/integration.md). */
@Module({
  imports: [RegionsModule, UsersModule, HouseholdsModule, ProgramsModule, ClaimsModule, AwardsModule],
  controllers: [IntegrationController],
  providers: [IntegrationRepository, ClientsService, IntakeService, SignedClientGuard],
})
export class IntegrationModule {}
