import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Evidence } from './evidence.entity.js';

/** An evidence row with the path of its village, for scope checks. */
export type EvidenceWithPath = Evidence & { villagePath: string };

export type NewEvidence = Omit<Evidence, 'id' | 'createdAt'>;

/** What an earlier upload of the same bytes stored: reused instead of encoding them again. */
export type StoredBlobs = Pick<Evidence, 'mediaType' | 'width' | 'height' | 'bytes' | 'sha256' | 'imageKey' | 'thumbnailKey'>;

const COLUMNS = [
  'e.id',
  'e.village_id AS "villageId"',
  'e.uploaded_by_user AS "uploadedByUser"',
  'e.uploaded_by_household AS "uploadedByHousehold"',
  'e.media_type AS "mediaType"',
  'e.width',
  'e.height',
  'e.bytes',
  'e.sha256',
  'e.image_key AS "imageKey"',
  'e.thumbnail_key AS "thumbnailKey"',
  'e.source_sha256 AS "sourceSha256"',
  'e.created_at AS "createdAt"',
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
