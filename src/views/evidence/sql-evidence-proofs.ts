import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvidenceProofs } from '../../evidence/evidence-proofs.js';

/**
 * The evidence module's access check, answered from the tables of the claims, publicity and ledger
 * modules. It decides who may see a photo, so it reads the primary.
 */
@Injectable()
export class SqlEvidenceProofs implements EvidenceProofs {
  constructor(private readonly db: DataSource) {}

  async provesClaimOf(evidenceId: number, householdId: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM claim_evidence ce JOIN claims c ON c.id = ce.claim_id WHERE ce.evidence_id = $1 AND c.household_id = $2 LIMIT 1`,
      [evidenceId, householdId],
    )) as unknown[];
    return rows.length > 0;
  }

  async provesEntryFor(evidenceId: number, householdId: number, villageId: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM notices n WHERE n.village_id = $3 AND n.evidence_ids @> ARRAY[$1]::int[]
       UNION ALL
       SELECT 1 FROM accounts a JOIN programs pr ON pr.id = a.program_id AND pr.holder_type = 'household'
         JOIN postings p ON p.account_id = a.id JOIN transactions t ON t.id = p.transaction_id
        WHERE a.kind = 'holder' AND a.holder_id = $2 AND t.evidence_ids @> ARRAY[$1]::int[]
       LIMIT 1`,
      [evidenceId, householdId, villageId],
    )) as unknown[];
    return rows.length > 0;
  }
}
