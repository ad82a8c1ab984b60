import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { BalancesService } from './balances.service.js';
import { CapUsageService } from './cap-usage.service.js';
import { HoldersRepository } from './holders.repository.js';
import { LedgerCheckRepository } from './ledger-check.repository.js';
import { LedgerEngine } from './ledger-engine.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerRepository } from './ledger.repository.js';
import { LotKeeper } from './lot-keeper.js';
import { LotsRepository } from './lots.repository.js';
import { ExpiryPolicyService } from './expiry-policy.service.js';
import { LotExpiryJob } from './lot-expiry.job.js';
import { SanctionsRepository } from './sanctions.repository.js';
import { StatementsRepository } from './statements.repository.js';

@Module({
  imports: [ProgramsModule],
  controllers: [LedgerController],
  providers: [LedgerRepository, LotsRepository, LotKeeper, SanctionsRepository, LedgerEngine, HoldersRepository, StatementsRepository, LedgerCheckRepository, BalancesService, CapUsageService, ExpiryPolicyService, LotExpiryJob],
  exports: [LedgerEngine, HoldersRepository, BalancesService],
})
export class LedgerModule {}
