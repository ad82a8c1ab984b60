import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserActor } from '../../common/auth/actor.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../../common/idempotency/idempotency.service.js';
import { LedgerEngine } from '../../ledger/ledger-engine.js';
import { todayOf } from '../../programs/periods/periods.service.js';
import type { Provenance } from '../../common/auth/provenance.js';
import { ProgramsRepository } from '../../programs/programs.repository.js';
import { StoresService } from '../stores.service.js';
import type { SettlementView } from './redemptions.dto.js';
import { RedemptionsRepository } from './redemptions.repository.js';

/**
 * SettleStore: everything redeemed at a store and not yet settled (net of refunds), valued at the
 * program's point value, moves from the store's account to the settled account. Each redemption
 * and refund is claimed by one settlement only.
 */
@Injectable()
export class SettleStore {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoresService,
    private readonly programs: ProgramsRepository,
    private readonly redemptions: RedemptionsRepository,
    private readonly engine: LedgerEngine,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(
    actor: UserActor,
    storeId: number,
    upTo: Date | undefined,
    idem: IdempotencyRequest | null,
    by: Provenance,
  ): Promise<Outcome<SettlementView>> {
    const store = await this.stores.get(actor, storeId);
    if (store.programId === null) throw new DomainError('STORE_HAS_NO_PROGRAM', { storeId });
    const program = (await this.programs.findProgram(store.programId))!;
    const now = new Date();
    const until = upTo && upTo < now ? upTo : now;
    const today = todayOf(program);

    return this.db.transaction((m) =>
      this.idempotency.run(m, idem, 201, async () => {
        const settlement = await this.redemptions.insertSettlement(m, {
          storeId,
          programId: program.id,
          transactionId: null,
          points: 0,
          pointValueFen: program.pointValueFen,
          valueFen: 0,
          redemptionCount: 0,
          refundCount: 0,
          upTo: until,
          createdBy: actor.id,
        });
        const claimed = await this.redemptions.claimForSettlement(m, storeId, program.id, settlement.id, until);
        const transactionId = await this.engine.settle(m, program, storeId, claimed.points, by, {
          occurredOn: today.day,
          period: today.period,
          memo: `settlement ${settlement.id}`,
        });
        const patch = {
          points: claimed.points,
          valueFen: claimed.points * program.pointValueFen,
          redemptionCount: claimed.redemptions,
          refundCount: claimed.refunds,
          transactionId,
        };
        await this.redemptions.finishSettlement(m, settlement.id, patch);
        const { createdBy: _, ...view } = { ...settlement, ...patch };
        return view;
      }),
    );
  }
}
