import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Actor, ResidentActor } from '../../common/auth/actor.js';
import { AllowDevice, AllowResident, CurrentActor, CurrentReader, Roles } from '../../common/auth/decorators.js';
import { READERS, RESIDENT_DATA_READERS } from '../../common/auth/roles.js';
import { countyIdOf } from '../../common/auth/scope.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import {
  BalanceResponse,
  CapUsageQuery,
  CapUsageView,
  LedgerCheckQuery,
  LedgerCheckResponse,
  StatementQuery,
  StatementResponse,
} from '../../ledger/ledger.dto.js';
import { StatementProofsService } from '../transparency/statement-proofs.service.js';
import { StatementProofsQuery, StatementProofsResponse } from '../transparency/transparency-views.dto.js';
import { BalancesService } from './balances.service.js';
import { CapUsageService } from './cap-usage.service.js';
import { LedgerCheckRepository } from './ledger-check.repository.js';

/** What the ledger shows: a holder's balance, statement and cap usage, and the county's ledger check. */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller()
export class LedgerViewsController {
  constructor(
    private readonly balances: BalancesService,
    private readonly checks: LedgerCheckRepository,
    private readonly caps: CapUsageService,
    private readonly proofs: StatementProofsService,
  ) {}

  @Get('programs/:id/holders/:holderId/balance')
  @Roles(...READERS)
  @AllowDevice()
  @AllowResident()
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Balance, base points, redeemable points and points earned this period (a resident: its own household)' })
  @ApiOkResponse({ description: 'The balance', type: BalanceResponse })
  balance(
    @CurrentReader() actor: Actor | ResidentActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('holderId', ParseIdPipe) holderId: number,
  ): Promise<BalanceResponse> {
    return this.balances.balance(actor, id, holderId);
  }

  @Get('programs/:id/holders/:holderId/caps/:ruleId')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiErrors('RULE_NOT_EFFECTIVE')
  @ApiOperation({
    summary:
      "What is left of a rule's cap for a holder in the period of a day (a resident: its own household): what a claim or an entry would be granted before it is filed",
  })
  @ApiOkResponse({ description: 'The cap, what is used and what is left', type: CapUsageView })
  capUsage(
    @CurrentReader() actor: Actor | ResidentActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('holderId', ParseIdPipe) holderId: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Query() q: CapUsageQuery,
  ): Promise<CapUsageView> {
    return this.caps.usage(actor, id, holderId, ruleId, q.occurredOn);
  }

  @Get('programs/:id/holders/:holderId/statement')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOperation({
    summary: 'Statement of a holder, newest first, with rule, memo, operator and balance after each line (a resident: its own household)',
  })
  @ApiOkResponse({ description: 'A page of the statement', type: StatementResponse })
  statement(
    @CurrentReader() actor: Actor | ResidentActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('holderId', ParseIdPipe) holderId: number,
    @Query() q: StatementQuery,
  ): Promise<StatementResponse> {
    return this.balances.statement(actor, id, holderId, q);
  }

  @Get('programs/:id/holders/:holderId/statement/proofs')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOperation({
    summary:
      "Proofs that statement lines are in the county's latest signed tree head: each line's leaf text and audit path, for the door page to check in the browser",
  })
  @ApiOkResponse({ description: 'The head, its key and a proof per line', type: StatementProofsResponse })
  statementProofs(
    @CurrentReader() actor: Actor | ResidentActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('holderId', ParseIdPipe) holderId: number,
    @Query() q: StatementProofsQuery,
  ): Promise<StatementProofsResponse> {
    return this.proofs.proofs(actor, id, holderId, [...new Set(q.transactionIds.split(','))]);
  }

  @Get('ledger/check')
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @Roles('county_admin', 'auditor')
  @ApiOperation({
    summary:
      'Proves the ledger invariants for the programs of your county: global sum zero, each transaction balanced, each balance equal to its postings',
  })
  @ApiOkResponse({ description: 'The result of the check (ok false lists what is wrong)', type: LedgerCheckResponse })
  check(@CurrentActor() actor: Actor, @Query() q: LedgerCheckQuery): Promise<LedgerCheckResponse> {
    return this.checks.check(countyIdOf(actor), q.programId);
  }
}
