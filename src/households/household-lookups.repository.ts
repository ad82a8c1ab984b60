import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';

/** A household as a kiosk sees it: the holder fields the ledger needs, and what the counter shows. */
export interface KioskHousehold {
  holderId: number;
  regionId: number;
  path: string;
  cardCode: string;
  householdNo: string;
  headName: string;
  /** Balance in the store's program; null before its account is opened. */
  balance: number | null;
}

/** Households found by card code or member, for kiosks and entries of other modules. */
@Injectable()
export class HouseholdLookupsRepository {
  constructor(private readonly db: DataSource) {}

  async householdByCard(cardCode: string): Promise<number | null> {
    const rows = (await this.db.query(`SELECT id FROM households WHERE card_code = $1`, [cardCode])) as { id: number }[];
    return rows[0]?.id ?? null;
  }

  /**
   * A household by card code with what a kiosk needs, limited to a county, with its balance in
   * the program (null before its account is opened), in one query.
   */
  async householdForKiosk(
    cardCode: string,
    countyPath: string,
    programId: number,
  ): Promise<KioskHousehold | null> {
    const rows = (await this.db.query(
      `SELECT h.id AS "holderId", h.village_id AS "regionId", r.path, h.card_code AS "cardCode", h.household_no AS "householdNo", h.head_name AS "headName", a.balance
         FROM households h JOIN regions r ON r.id = h.village_id
         LEFT JOIN accounts a ON a.program_id = $3 AND a.kind = 'holder' AND a.holder_id = h.id
        WHERE h.card_code = $1 AND r.path LIKE $2`,
      [cardCode, `${countyPath}%`, programId],
    )) as (Omit<KioskHousehold, 'balance'> & { balance: string | null })[];
    const row = rows[0];
    return row ? { ...row, balance: row.balance === null ? null : toSafeInteger(row.balance) } : null;
  }

  async memberOf(memberId: number, householdId: number): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM household_members WHERE id = $1 AND household_id = $2`, [memberId, householdId])) as unknown[];
    return rows.length > 0;
  }
}
