import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../../common/idempotency/idempotency.service.js';
import { actorRefOf, type Provenance } from '../../common/auth/provenance.js';
import { LedgerEngine } from '../../ledger/ledger-engine.js';
import { todayOf } from '../../programs/periods/periods.service.js';
import { dayIn, periodKey } from '../../common/calendar/calendar.js';
import { ProgramsRepository } from '../../programs/programs.repository.js';
import { ItemsRepository } from '../items.repository.js';
import { StoresService } from '../stores.service.js';
import type { RefundDto, RefundResult } from './redemptions.dto.js';
import { RedemptionsRepository } from './redemptions.repository.js';
import { toRefundView } from './views.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * RefundRedemption: goods come back, whole or by line, within the store's refund window. Each
 * unit is refunded at most once (a conditional update on the line); stock, the household's
 * limit for that period and the points come back, the points through the ledger engine.
 */
@Injectable()
export class RefundRedemption {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoresService,
    private readonly programs: ProgramsRepository,
    private readonly items: ItemsRepository,
    private readonly redemptions: RedemptionsRepository,
    private readonly engine: LedgerEngine,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(
    actor: Actor,
    redemptionId: string,
    dto: RefundDto,
    idem: IdempotencyRequest | null,
    by: Provenance,
  ): Promise<Outcome<RefundResult>> {
    const redemption = await this.redemptions.find(redemptionId);
    if (!redemption) throw notFound('redemption', redemptionId);
    const store = await this.stores.get(actor, redemption.storeId);
    const program = (await this.programs.findProgram(redemption.programId))!;
    const redeemedOn = dayIn(program.timezone, redemption.createdAt);
    const today = todayOf(program);
    // A counter may undo today's sales of its own store (stores.get refused other stores); older
    // receipts are a manager's decision.
    if (actor.kind === 'device' && redeemedOn !== today.day)
      throw new DomainError('REFUND_NOT_TODAY', { receiptNo: redemption.receiptNo, redeemedOn });
    if (actor.kind === 'device' && !idem) throw new DomainError('IDEMPOTENCY_KEY_REQUIRED');

    return this.db.transaction((m) =>
      this.idempotency.run(m, idem, 201, async () => {
        // Checked under the key: a retry replays the first response instead of being refused.
        if (Date.now() - redemption.createdAt.getTime() > store.refundWindowDays * DAY_MS) {
          throw new DomainError('REFUND_WINDOW_PASSED', { days: store.refundWindowDays, redeemedAt: redemption.createdAt });
        }
        const byId = new Map(redemption.lines.map((l) => [l.id, l]));
        const wanted = dto.lines
          ? dto.lines.map((l) => {
              const line = byId.get(l.lineId);
              if (!line) throw new DomainError('NOT_FOUND', { resource: 'item', lineId: l.lineId });
              return { line, quantity: l.quantity ?? line.quantity - line.refundedQuantity };
            })
          : redemption.lines.map((line) => ({ line, quantity: line.quantity - line.refundedQuantity })).filter((w) => w.quantity > 0);
        if (new Set(wanted.map((w) => w.line.id)).size !== wanted.length) {
          throw invalidField('lines', 'each line may appear once', 'uniqueLine');
        }
        const done = wanted.find((w) => w.quantity <= 0 || w.quantity > w.line.quantity - w.line.refundedQuantity);
        if (wanted.length === 0 || done) throw new DomainError('ALREADY_REFUNDED', { lineId: done?.line.id ?? null });

        const items = new Map(
          (
            await this.items.findByIds(
              wanted.map((w) => w.line.itemId),
              m,
            )
          ).map((i) => [i.id, i]),
        );
        const sorted = [...wanted].sort((a, b) => a.line.itemId - b.line.itemId);
        for (const { line, quantity } of sorted) {
          if (!(await this.redemptions.refundLine(m, line.id, quantity))) throw new DomainError('ALREADY_REFUNDED', { lineId: line.id });
          const item = items.get(line.itemId)!;
          // Limit rows, the household's account, then stock rows, as RedeemPoints takes them: a crossed order deadlocks.
          if (item.limitPer)
            await this.items.releaseLimit(m, item.id, redemption.householdId, periodKey(redeemedOn, item.limitPer), quantity);
        }
        const points = sorted.reduce((sum, w) => sum + w.line.unitPoints * w.quantity, 0);
        const credited = await this.engine.refund(
          m,
          program,
          redemption.householdId,
          store.id,
          points,
          by,
          {
            occurredOn: today.day,
            period: today.period,
            memo: redemption.receiptNo,
            reason: dto.reason,
          },
          redemption.transactionId,
        );
        const movements = [];
        for (const { line, quantity } of sorted) {
          const item = items.get(line.itemId)!;
          if (!item.tracksStock) continue;
          const stockAfter = (await this.items.moveStock(m, item.id, quantity))!;
          movements.push({
            storeId: store.id,
            itemId: item.id,
            quantity,
            stockAfter,
            kind: 'refund' as const,
            reason: dto.reason,
            fundingSource: null,
            redemptionId,
            ...actorRefOf(by),
          });
        }
        await this.items.insertMovements(m, movements);
        const refund = await this.redemptions.insertRefund(m, {
          redemptionId,
          storeId: store.id,
          transactionId: credited.transactionId,
          points,
          reason: dto.reason,
          lines: sorted.map((w) => ({ lineId: w.line.id, sku: w.line.sku, quantity: w.quantity, points: w.line.unitPoints * w.quantity })),
          actorType: actor.kind,
          actorId: actor.id,
        });
        return { refund: toRefundView(refund), balanceAfter: credited.balanceAfter };
      }),
    );
  }
}
