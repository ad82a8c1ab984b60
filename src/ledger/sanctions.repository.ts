import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type { RuleSanction } from '../programs/programs.repository.js';

export interface NewSanction {
  programId: number;
  holderId: number;
  transactionId: string;
  clears: boolean;
  clearedPoints: number;
  suspendedUntil: string | null;
}

/** Sanctions carried by deductions: written and lifted by the ledger engine, read by the counter. */
@Injectable()
export class SanctionsRepository {
  async insert(m: EntityManager, rows: NewSanction[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO sanctions (program_id, holder_id, transaction_id, clears, cleared_points, suspended_until)
       SELECT $1, u.h, u.t, u.c, u.p, u.s FROM unnest($2::int[], $3::bigint[], $4::bool[], $5::bigint[], $6::date[]) AS u(h, t, c, p, s)`,
      [
        rows[0].programId,
        rows.map((r) => r.holderId),
        rows.map((r) => r.transactionId),
        rows.map((r) => r.clears),
        rows.map((r) => r.clearedPoints),
        rows.map((r) => r.suspendedUntil),
      ],
    );
  }

  /** Lifts the sanction the deduction carried (its reversal); false when it carried none. */
  async lift(m: EntityManager, deductionId: string, reversalId: string): Promise<boolean> {
    const [, count] = (await m.query(
      `UPDATE sanctions SET lifted_by = $2, lifted_at = now() WHERE transaction_id = $1 AND lifted_at IS NULL`,
      [deductionId, reversalId],
    )) as [unknown, number];
    return count > 0;
  }

  /** The last day of the holder's redemption suspension in force on `day`; null when none is. */
  async suspendedUntil(m: EntityManager, programId: number, holderId: number, day: string): Promise<string | null> {
    const [row] = (await m.query(
      `SELECT to_char(max(suspended_until), 'YYYY-MM-DD') AS until FROM sanctions
        WHERE program_id = $1 AND holder_id = $2 AND lifted_at IS NULL AND suspended_until >= $3`,
      [programId, holderId, day],
    )) as { until: string | null }[];
    return row?.until ?? null;
  }
}
