import type { ReceiptHouseholdView, RedemptionView, RefundView } from './redemptions.dto.js';
import type { Refund } from './redemption.entities.js';
import type { RedemptionWithLines } from './redemptions.repository.js';

export function toRedemptionView(r: RedemptionWithLines, balanceAfter: number | null, household?: ReceiptHouseholdView): RedemptionView {
  return {
    id: r.id,
    receiptNo: r.receiptNo,
    storeId: r.storeId,
    householdId: r.householdId,
    ...(household ? { household } : {}),
    pointsSpent: r.points,
    balanceAfter,
    transactionId: r.transactionId,
    settlementId: r.settlementId,
    lines: r.lines.map((l) => ({
      id: l.id,
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPoints: l.unitPoints,
      points: l.points,
      refundedQuantity: l.refundedQuantity,
    })),
    refunds: r.refunds.map(toRefundView),
    createdAt: r.createdAt,
  };
}

/** A refund as the API shows it. */
export function toRefundView(f: Refund): RefundView {
  const { id, redemptionId, storeId, transactionId, points, actorType, actorId, reason, lines, settlementId, createdAt } = f;
  return { id, redemptionId, storeId, transactionId, points, actorType, actorId, reason, lines, settlementId, createdAt };
}
