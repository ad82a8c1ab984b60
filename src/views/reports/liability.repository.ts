import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import { fen } from './report-output.js';
import type { ReportStatement } from './report-reader.js';

export interface LiabilityVillageRow {
  villageId: number;
  villageCode: string;
  villageName: string;
  households: number;
  outstandingPoints: number;
  outstandingValueFen: number;
}

export interface StockSourceRow {
  fundingSource: string;
  quantity: number;
  points: number;
}

export interface SettlementTotals {
  settlements: number;
  settledPoints: number;
  settledValueFen: number;
  unsettledPoints: number;
}

/**
 * What a program owes in a region subtree (redeemable points: balance above the base, never
 * below zero) per village, through the households of each village and their accounts by index;
 * the goods in stock of its stores by funding source; and what the stores were settled.
 * Households are counted as the participation report counts them: every household of the
 * village, with or without an account in the program (one without holds 0 points).
 */
@Injectable()
export class LiabilityRepository {
  constructor(private readonly db: DataSource) {}

  villages(regionPath: string, program: { id: number; basePoints: number; pointValueFen: number }): ReportStatement<LiabilityVillageRow> {
    const sql = `
      SELECT v.id AS "villageId", v.code AS "villageCode", v.name AS "villageName", count(h.id) AS households,
             COALESCE(sum(GREATEST(a.balance - $3::bigint, 0)), 0) AS points
        FROM regions v
        LEFT JOIN households h ON h.village_id = v.id
        LEFT JOIN accounts a ON a.program_id = $2 AND a.kind = 'holder' AND a.holder_id = h.id
       WHERE v.level = 'village' AND v.path LIKE $1
       GROUP BY v.id, v.code, v.name
       ORDER BY v.code, v.id`;
    return {
      sql,
      params: [`${regionPath}%`, program.id, program.basePoints],
      map: (r) => {
        const points = n(r.points as string);
        return {
          villageId: r.villageId as number,
          villageCode: r.villageCode as string,
          villageName: r.villageName as string,
          households: n(r.households as string),
          outstandingPoints: points,
          outstandingValueFen: fen(points, program.pointValueFen),
        };
      },
    };
  }

  /**
   * Stock on hand of the program's stores in the subtree, by funding source. Goods leave first in,
   * first out, so what is on the shelf is what came in last: an item's stock is attributed to its
   * latest receipts (initial stock and restocks, newest first) until it is covered; stock beyond
   * every receipt (an adjustment upwards) and receipts without a source are 'unspecified'.
   */
  async stockBySource(regionPath: string, programId: number): Promise<StockSourceRow[]> {
    const rows = (await this.db.query(
      `WITH items AS (
         SELECT i.id, i.stock, i.points_price
           FROM store_items i JOIN stores s ON s.id = i.store_id JOIN regions r ON r.id = s.region_id
          WHERE s.program_id = $2 AND r.path LIKE $1 AND i.tracks_stock AND i.stock > 0
       ),
       receipts AS (
         SELECT m.item_id, COALESCE(m.funding_source, 'unspecified') AS source, m.quantity,
                sum(m.quantity) OVER (PARTITION BY m.item_id ORDER BY m.id DESC) AS newest_through
           FROM items i JOIN stock_movements m ON m.item_id = i.id AND m.kind IN ('initial', 'restock')
       ),
       attributed AS (
         SELECT r.item_id, r.source, LEAST(r.quantity, GREATEST(0, i.stock - (r.newest_through - r.quantity))) AS quantity
           FROM receipts r JOIN items i ON i.id = r.item_id
         UNION ALL
         SELECT i.id, 'unspecified', GREATEST(0, i.stock - COALESCE((SELECT sum(r.quantity) FROM receipts r WHERE r.item_id = i.id), 0))
           FROM items i
       )
       SELECT a.source AS "fundingSource", sum(a.quantity) AS quantity, sum(a.quantity * i.points_price) AS points
         FROM attributed a JOIN items i ON i.id = a.item_id
        WHERE a.quantity > 0
        GROUP BY a.source ORDER BY a.source`,
      [`${regionPath}%`, programId],
    )) as { fundingSource: string; quantity: string; points: string }[];
    return rows.map((r) => ({ fundingSource: r.fundingSource, quantity: n(r.quantity), points: n(r.points) }));
  }

  /** Settlements of the program's stores in the subtree, and the net points redeemed there and not settled yet. */
  async settlements(regionPath: string, programId: number): Promise<SettlementTotals> {
    const [row] = (await this.db.query(
      `WITH st AS (
         SELECT s.id FROM stores s JOIN regions r ON r.id = s.region_id WHERE s.program_id = $2 AND r.path LIKE $1
       )
       SELECT (SELECT count(*) FROM st JOIN settlements x ON x.store_id = st.id) AS settlements,
              (SELECT COALESCE(sum(x.points), 0) FROM st JOIN settlements x ON x.store_id = st.id) AS "settledPoints",
              (SELECT COALESCE(sum(x.value_fen), 0) FROM st JOIN settlements x ON x.store_id = st.id) AS "settledValueFen",
              (SELECT COALESCE(sum(x.points), 0) FROM st JOIN redemptions x ON x.store_id = st.id AND x.settlement_id IS NULL)
            - (SELECT COALESCE(sum(x.points), 0) FROM st JOIN refunds x ON x.store_id = st.id AND x.settlement_id IS NULL) AS "unsettledPoints"`,
      [`${regionPath}%`, programId],
    )) as Record<keyof SettlementTotals, string>[];
    return {
      settlements: n(row.settlements),
      settledPoints: n(row.settledPoints),
      settledValueFen: n(row.settledValueFen),
      unsettledPoints: n(row.unsettledPoints),
    };
  }
}
