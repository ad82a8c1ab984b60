import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import type { HouseholdMember } from '../../households/household-member.entity.js';

export type MemberLine = Pick<HouseholdMember, 'id' | 'name' | 'relation' | 'idNumberMasked'>;

export interface BalanceLine {
  programId: number;
  balance: number;
  basePoints: number;
}

/** What a household's record shows besides the household: its members, and its balances from the ledger. */
@Injectable()
export class HouseholdDetailsRepository {
  constructor(private readonly db: DataSource) {}

  members(householdId: number): Promise<MemberLine[]> {
    return this.db.query(
      `SELECT id, name, relation, id_number_masked AS "idNumberMasked" FROM household_members WHERE household_id = $1 ORDER BY id`,
      [householdId],
    );
  }

  /** Balances of the household in every household program that has opened its account. */
  async balances(householdId: number): Promise<BalanceLine[]> {
    const rows = (await this.db.query(
      `SELECT a.program_id AS "programId", a.balance, p.base_points AS "basePoints"
         FROM accounts a JOIN programs p ON p.id = a.program_id
        WHERE a.kind = 'holder' AND p.holder_type = 'household' AND a.holder_id = $1 ORDER BY a.program_id`,
      [householdId],
    )) as { programId: number; balance: string; basePoints: string }[];
    return rows.map((r) => ({ programId: r.programId, balance: toSafeInteger(r.balance), basePoints: toSafeInteger(r.basePoints) }));
  }
}
