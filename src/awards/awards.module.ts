import { EvidenceModule } from '../evidence/evidence.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { PublicityModule } from '../publicity/publicity.module.js';
import { AwardsController } from './awards.controller.js';
import { PostEntries } from './post-entries.use-case.js';
import { ReverseTransaction } from './reverse-transaction.use-case.js';
import { TransactionsRepository } from './transactions.repository.js';

@Module({
  imports: [EvidenceModule, HouseholdsModule, LedgerModule, ProgramsModule, PublicityModule],
  exports: [PostEntries],
  controllers: [AwardsController],
  providers: [PostEntries, ReverseTransaction, TransactionsRepository],
})
export class AwardsModule {}
