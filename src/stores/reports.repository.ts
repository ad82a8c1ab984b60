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

/** A day of a store's month: its redemptions and refunds. */
export interface MonthDay {
  date: string;
  redemptions: number;
  redeemedPoints: number;
  refunds: number;
  refundedPoints: number;
  netPoints: number;
  valueFen: number;
}

export interface MonthReport {
  storeId: number;
  /** YYYY-MM in the program timezone. */
  month: string;
  pointValueFen: number;
  /** The days with a redemption or a refund, in order. */
  days: MonthDay[];
  totals: Omit<MonthDay, 'date'>;
  items: DayReport['items'];
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

  /** A store's month in the program timezone (`month` as YYYY-MM): each day with a redemption or a refund, the totals, the goods. */
  async month(storeId: number, month: string, timezone: string, pointValueFen: number): Promise<MonthReport> {
    const first = `${month}-01`;
    const range = `r.created_at >= ($2::date)::timestamp AT TIME ZONE $3 AND r.created_at < ($2::date + interval '1 month')::date::timestamp AT TIME ZONE $3`;
    const perDay = (table: 'redemptions' | 'refunds') =>
      `SELECT to_char(r.created_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day, count(*)::int AS n, sum(r.points) AS points
         FROM ${table} r WHERE r.store_id = $1 AND ${range} GROUP BY 1`;
    const rows = (await this.db.query(
      `WITH red AS (${perDay('redemptions')}), ref AS (${perDay('refunds')})
       SELECT COALESCE(red.day, ref.day) AS date, COALESCE(red.n, 0) AS redemptions, COALESCE(red.points, 0) AS "redeemedPoints",
              COALESCE(ref.n, 0) AS refunds, COALESCE(ref.points, 0) AS "refundedPoints"
         FROM red FULL JOIN ref ON ref.day = red.day
        ORDER BY 1`,
      [storeId, first, timezone],
    )) as { date: string; redemptions: number; redeemedPoints: string; refunds: number; refundedPoints: string }[];
    const items = (await this.db.query(
      `SELECT l.sku, min(l.name) AS name, sum(l.quantity)::int AS quantity, sum(l.refunded_quantity)::int AS "refundedQuantity", sum(l.points) AS points
         FROM redemption_lines l JOIN redemptions r ON r.id = l.redemption_id
        WHERE r.store_id = $1 AND ${range}
        GROUP BY l.sku ORDER BY l.sku`,
      [storeId, first, timezone],
    )) as { sku: string; name: string; quantity: number; refundedQuantity: number; points: string }[];
    const days = rows.map((r) => {
      const redeemedPoints = toSafeInteger(r.redeemedPoints);
      const refundedPoints = toSafeInteger(r.refundedPoints);
      const netPoints = redeemedPoints - refundedPoints;
      return { ...r, redeemedPoints, refundedPoints, netPoints, valueFen: netPoints * pointValueFen };
    });
    const sum = (key: 'redemptions' | 'redeemedPoints' | 'refunds' | 'refundedPoints') => days.reduce((n, d) => n + d[key], 0);
    const netPoints = sum('redeemedPoints') - sum('refundedPoints');
    return {
      storeId,
      month,
      pointValueFen,
      days,
      totals: {
        redemptions: sum('redemptions'),
        redeemedPoints: sum('redeemedPoints'),
        refunds: sum('refunds'),
        refundedPoints: sum('refundedPoints'),
        netPoints,
        valueFen: netPoints * pointValueFen,
      },
      items: items.map((i) => ({ ...i, points: toSafeInteger(i.points) })),
    };
  }
}
