import { Global, Module } from '@nestjs/common';
import { ClaimReader } from '../claims/claim-reader.js';
import { PublicityReader } from '../publicity/publicity-reader.js';
import { SqlClaimReader } from './claims/sql-claim-reader.js';
import { SqlPublicityReader } from './publicity/sql-publicity-reader.js';
import { EvidenceProofs } from '../evidence/evidence-proofs.js';
import { RankingSource } from '../rankings/ranking-source.js';
import { SqlEvidenceProofs } from './evidence/sql-evidence-proofs.js';
import { SqlRankingSource } from './rankings/sql-ranking-source.js';

/**
 * The read side's answers to the ports that write-side modules declare (a read across modules
 * that a write-side rule needs). Global, so a lower module injects its port without importing
 * the read side; imported once, by the application module.
 */
@Global()
@Module({
  providers: [
    { provide: EvidenceProofs, useClass: SqlEvidenceProofs },
    { provide: RankingSource, useClass: SqlRankingSource },
    { provide: PublicityReader, useClass: SqlPublicityReader },
    { provide: ClaimReader, useClass: SqlClaimReader },
  ],
  exports: [PublicityReader, ClaimReader, EvidenceProofs, RankingSource],
})
export class ViewPortsModule {}
