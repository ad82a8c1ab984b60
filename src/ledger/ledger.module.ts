import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { UsersModule } from '../users/users.module.js';
import { HoldersRepository } from './holders.repository.js';
import { LedgerEngine } from './ledger-engine.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerRepository } from './ledger.repository.js';
import { LotKeeper } from './lot-keeper.js';
import { LotsRepository } from './lots.repository.js';
import { ExpiryPolicyService } from './expiry-policy.service.js';
import { LotExpiryJob } from './lot-expiry.job.js';
import { SanctionsRepository } from './sanctions.repository.js';
import { TransactionsRepository } from './transactions.repository.js';

@Module({
  imports: [ProgramsModule, HouseholdsModule, UsersModule],
  controllers: [LedgerController],
  providers: [
    LedgerRepository,
    LotsRepository,
    LotKeeper,
    SanctionsRepository,
    LedgerEngine,
    HoldersRepository,
    TransactionsRepository,
    ExpiryPolicyService,
    LotExpiryJob,
  ],
  exports: [LedgerEngine, HoldersRepository, TransactionsRepository, LotsRepository, SanctionsRepository],
})
export class LedgerModule {}
