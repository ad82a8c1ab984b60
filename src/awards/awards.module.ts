import { EvidenceModule } from '../evidence/evidence.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { ApplyRule } from './apply-rule.use-case.js';
import { AwardsController } from './awards.controller.js';
import { PostEntries } from './post-entries.use-case.js';
import { ReverseTransaction } from './reverse-transaction.use-case.js';

@Module({
  imports: [EvidenceModule, HouseholdsModule, LedgerModule, ProgramsModule, PublicityModule],
  exports: [ApplyRule, PostEntries],
  controllers: [AwardsController],
  providers: [ApplyRule, PostEntries, ReverseTransaction],
})
export class AwardsModule {}
