import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Evidence } from './evidence.entity.js';

/** An evidence row with the path of its village, for scope checks. */
export type EvidenceWithPath = Evidence & { villagePath: string };

export type NewEvidence = Omit<Evidence, 'id' | 'createdAt'>;

/** What an earlier upload of the same bytes stored: reused instead of encoding them again. */
export type StoredBlobs = Pick<Evidence, 'mediaType' | 'width' | 'height' | 'bytes' | 'sha256' | 'imageKey' | 'thumbnailKey'>;

const COLUMNS = [
  'e.id', 'e.village_id AS "villageId"', 'e.uploaded_by_user AS "uploadedByUser"', 'e.uploaded_by_household AS "uploadedByHousehold"',
  'e.media_type AS "mediaType"', 'e.width', 'e.height', 'e.bytes', 'e.sha256', 'e.image_key AS "imageKey"', 'e.thumbnail_key AS "thumbnailKey"',
  'e.source_sha256 AS "sourceSha256"', 'e.created_at AS "createdAt"',
].join(', ');

@Injectable()
export class EvidenceRepository {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Evidence);
  }

  async insert(data: NewEvidence): Promise<Evidence> {
    return this.repo.save(this.repo.create(data));
  }

  async findWithPath(id: number): Promise<EvidenceWithPath | null> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS}, r.path AS "villagePath" FROM evidence e JOIN regions r ON r.id = e.village_id WHERE e.id = $1`,
      [id],
    )) as EvidenceWithPath[];
    return rows[0] ?? null;
  }

  /** Whether the photo is proof of a claim of the household (the claims module's tables; read here for the access check). */
  async provesClaimOf(id: number, householdId: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM claim_evidence ce JOIN claims c ON c.id = ce.claim_id WHERE ce.evidence_id = $1 AND c.household_id = $2 LIMIT 1`,
      [id, householdId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Whether the photo goes with a staff entry a resident may see: on a notice of its village (公示),
   * or on a transaction of its household (the ledger's and the publicity module's tables; read here
   * for the access check).
   */
  async provesEntryFor(id: number, householdId: number, villageId: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM notices n WHERE n.village_id = $3 AND n.evidence_ids @> ARRAY[$1]::int[]
       UNION ALL
       SELECT 1 FROM accounts a JOIN programs pr ON pr.id = a.program_id AND pr.holder_type = 'household'
         JOIN postings p ON p.account_id = a.id JOIN transactions t ON t.id = p.transaction_id
        WHERE a.kind = 'holder' AND a.holder_id = $2 AND t.evidence_ids @> ARRAY[$1]::int[]
       LIMIT 1`,
      [id, householdId, villageId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The blobs of the latest upload with these source bytes, if any. */
  async blobsOfSource(sourceSha256: string): Promise<StoredBlobs | null> {
    const rows = (await this.db.query(
      `SELECT media_type AS "mediaType", width, height, bytes, sha256, image_key AS "imageKey", thumbnail_key AS "thumbnailKey"
         FROM evidence WHERE source_sha256 = $1 ORDER BY id DESC LIMIT 1`,
      [sourceSha256],
    )) as StoredBlobs[];
    return rows[0] ?? null;
  }
}
