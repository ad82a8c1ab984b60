import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { BalancesService } from './balances.service.js';
import { HoldersRepository } from './holders.repository.js';
import { LedgerCheckRepository } from './ledger-check.repository.js';
import { LedgerEngine } from './ledger-engine.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerRepository } from './ledger.repository.js';
import { StatementsRepository } from './statements.repository.js';

@Module({
  imports: [ProgramsModule],
  controllers: [LedgerController],
  providers: [LedgerRepository, LedgerEngine, HoldersRepository, StatementsRepository, LedgerCheckRepository, BalancesService],
  exports: [LedgerEngine, HoldersRepository, BalancesService],
})
export class LedgerModule {}
