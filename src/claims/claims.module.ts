import { Module } from '@nestjs/common';
import { AwardsModule } from '../awards/awards.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { ReviewClaim } from './review-claim.use-case.js';

/** Claims (申报) and their review (审核). */
@Module({
  imports: [RegionsModule, HouseholdsModule, EvidenceModule, ProgramsModule, LedgerModule, PublicityModule, AwardsModule],
  controllers: [ClaimsController],
  providers: [ClaimsRepository, ClaimsService, ReviewClaim],
  exports: [ClaimsService, ReviewClaim],
})
export class ClaimsModule {}
