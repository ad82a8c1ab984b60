import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../common/idempotency/idempotency.service.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import { HoldersRepository } from '../ledger/holders.repository.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import type { Provenance } from '../common/auth/provenance.js';
import { periodKey } from '../common/calendar/calendar.js';
import { PeriodsService, todayOf } from '../programs/periods/periods.service.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import type { ReversalView } from './awards.dto.js';
import { TransactionsRepository } from '../ledger/transactions.repository.js';

/**
 * ReverseTransaction: corrects a mistake with a new transaction that negates every posting of the
 * original, once. The correction counts in the original period while it is open; after it was
 * closed, in the current period, marked late, so published rankings never change.
 */
@Injectable()
export class ReverseTransaction {
  constructor(
    private readonly db: DataSource,
    private readonly transactions: TransactionsRepository,
    private readonly programs: ProgramsRepository,
    private readonly periods: PeriodsService,
    private readonly holders: HoldersRepository,
    private readonly engine: LedgerEngine,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(
    actor: UserActor,
    transactionId: string,
    reason: string,
    idem: IdempotencyRequest | null,
    by: Provenance,
  ): Promise<Outcome<ReversalView>> {
    const original = await this.transactions.find(transactionId);
    if (!original) throw notFound('transaction', transactionId);
    const program = (await this.programs.findProgram(original.programId))!;
    if (original.holderId !== null) {
      const [holder] = await this.holders.resolve(program.holderType, program.countyPath, [original.holderId]);
      assertInScope(actor, holder?.path ?? program.countyPath, { transactionId });
    } else {
      assertInScope(actor, program.countyPath, { transactionId });
    }
    if (original.type !== 'award' && original.type !== 'deduction') throw new DomainError('NOT_REVERSIBLE', { type: original.type });
    const version = original.ruleVersionId !== null ? await this.programs.findVersion(original.ruleVersionId) : null;

    try {
      return await this.db.transaction((m) =>
        this.idempotency.run(m, idem, 201, async () => {
          const originalClosed = await this.periods.isClosedForEntry(m, program.id, original.period);
          if (await this.transactions.reversalOf(m, transactionId)) throw new DomainError('ALREADY_REVERSED', { transactionId });
          const today = todayOf(program);
          const occurredOn = originalClosed ? today.day : original.occurredOn;
          const period = originalClosed ? today.period : original.period;
          const reversal = await this.engine.reverse(
            m,
            program,
            { id: original.id, type: original.type, holderId: original.holderId, points: original.points },
            by,
            { ruleVersionId: original.ruleVersionId, memberId: original.memberId, occurredOn, period, late: originalClosed, reason },
            version?.capPer && original.type === 'award'
              ? { ruleId: version.ruleId, periodKey: periodKey(original.occurredOn, version.capPer) }
              : null,
          );
          return {
            id: reversal.transactionId,
            reversesId: original.id,
            holderId: original.holderId,
            points: reversal.points,
            balanceAfter: reversal.balanceAfter,
            period,
            late: originalClosed,
          };
        }),
      );
    } catch (e) {
      // Two reversals racing: the unique index on reverses_id lets one through.
      if (isUniqueViolation(e)) throw new DomainError('ALREADY_REVERSED', { transactionId });
      throw e;
    }
  }
}
