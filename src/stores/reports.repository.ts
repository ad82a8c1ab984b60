import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';

export interface DayReport {
  storeId: number;
  date: string;
  redemptions: number;
  redeemedPoints: number;
  refunds: number;
  refundedPoints: number;
  netPoints: number;
  pointValueFen: number;
  valueFen: number;
  items: { sku: string; name: string; quantity: number; refundedQuantity: number; points: number }[];
}

@Injectable()
export class ReportsRepository {
  constructor(private readonly db: DataSource) {}

  /** A store's day in the program's timezone: redemptions, refunds, points, value, items. */
  async day(storeId: number, date: string, timezone: string, pointValueFen: number): Promise<DayReport> {
    const range = `r.created_at >= ($2::date)::timestamp AT TIME ZONE $3 AND r.created_at < ($2::date + 1)::timestamp AT TIME ZONE $3`;
    const [totals] = (await this.db.query(
      `SELECT (SELECT count(*)::int FROM redemptions r WHERE r.store_id = $1 AND ${range}) AS redemptions,
              (SELECT COALESCE(sum(r.points), 0) FROM redemptions r WHERE r.store_id = $1 AND ${range}) AS "redeemedPoints",
              (SELECT count(*)::int FROM refunds r WHERE r.store_id = $1 AND ${range}) AS refunds,
              (SELECT COALESCE(sum(r.points), 0) FROM refunds r WHERE r.store_id = $1 AND ${range}) AS "refundedPoints"`,
      [storeId, date, timezone],
    )) as { redemptions: number; redeemedPoints: string; refunds: number; refundedPoints: string }[];
    const items = (await this.db.query(
      `SELECT l.sku, min(l.name) AS name, sum(l.quantity)::int AS quantity, sum(l.refunded_quantity)::int AS "refundedQuantity", sum(l.points) AS points
         FROM redemption_lines l JOIN redemptions r ON r.id = l.redemption_id
        WHERE r.store_id = $1 AND ${range}
        GROUP BY l.sku ORDER BY l.sku`,
      [storeId, date, timezone],
    )) as { sku: string; name: string; quantity: number; refundedQuantity: number; points: string }[];
    const redeemed = toSafeInteger(totals.redeemedPoints);
    const refunded = toSafeInteger(totals.refundedPoints);
    return {
      storeId,
      date,
      redemptions: totals.redemptions,
      redeemedPoints: redeemed,
      refunds: totals.refunds,
      refundedPoints: refunded,
      netPoints: redeemed - refunded,
      pointValueFen,
      valueFen: (redeemed - refunded) * pointValueFen,
      items: items.map((i) => ({ ...i, points: toSafeInteger(i.points) })),
    };
  }
}
