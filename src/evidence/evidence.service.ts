import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, invalidField, notFound, outOfScope } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RegionsService } from '../regions/regions.service.js';
import { BLOB_STORE, type BlobStore } from '../common/storage/blob-store.js';
import { EvidenceProofs } from './evidence-proofs.js';
import type { Evidence } from './evidence.entity.js';
import { EvidenceRepository, type EvidenceWithPath, type StoredBlobs } from './evidence.repository.js';
import { processPhoto } from './photo.js';

/** Whoever may upload or read evidence: a staff user, or a household's resident. */
export type EvidenceCaller = UserActor | ResidentActor;

export interface EvidenceView {
  id: number;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  villageId: number;
  createdAt: Date;
  imageUrl: string;
  thumbnailUrl: string;
}

/** Bytes to send, with their media type. */
export interface EvidenceBlob {
  bytes: Buffer;
  mediaType: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Content-addressed key of a blob: `evidence/<first two hex digits>/<sha256>`. */
export const blobKey = (hash: string) => `evidence/${hash.slice(0, 2)}/${hash}`;

export function evidenceView(e: Evidence): EvidenceView {
  const base = `/api/v1/evidence/${e.id}`;
  return {
    id: e.id,
    mediaType: e.mediaType,
    width: e.width,
    height: e.height,
    bytes: e.bytes,
    sha256: e.sha256,
    villageId: e.villageId,
    createdAt: e.createdAt,
    imageUrl: `${base}/image`,
    thumbnailUrl: `${base}/thumbnail`,
  };
}

/**
 * Evidence photos: uploaded by staff for a village of their subtree or by a resident for its own
 * household's village; re-encoded without metadata; stored once per content. Every upload is a row
 * of its own (its uploader, village and time), and rows of the same photo share the blobs.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly proofs: EvidenceProofs,
    private readonly regions: RegionsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(caller: EvidenceCaller, file: Buffer, villageId: number | undefined): Promise<Evidence> {
    const village = await this.villageFor(caller, villageId);
    if (file.length > this.config.evidenceMaxBytes) throw new DomainError('PAYLOAD_TOO_LARGE', { maxBytes: this.config.evidenceMaxBytes });
    const sourceSha256 = sha256(file);
    const blobs = (await this.storedBlobs(sourceSha256)) ?? (await this.store(file));
    return this.evidence.insert({
      villageId: village,
      uploadedByUser: caller.kind === 'user' ? caller.id : null,
      uploadedByHousehold: caller.kind === 'resident' ? caller.householdId : null,
      sourceSha256,
      ...blobs,
    });
  }

  /**
   * The evidence if the caller may see it, else 404 NOT_FOUND or 403 OUT_OF_SCOPE: staff whose
   * subtree holds its village, the resident of the household that uploaded it, and the resident of
   * a household whose claim it proves. The one read check of evidence.
   */
  async readable(caller: EvidenceCaller, id: number): Promise<EvidenceWithPath> {
    const found = await this.evidence.findWithPath(id);
    if (!found) throw notFound('evidence', id);
    if (caller.kind === 'resident') {
      // Its own uploads, the photos of its household's claims (staff may file them on its behalf) and
      // of staff entries about it, and those of the entries on its village's notice board.
      const own =
        found.uploadedByHousehold === caller.householdId ||
        (await this.proofs.provesClaimOf(id, caller.householdId)) ||
        (found.villageId === caller.villageId && (await this.proofs.provesEntryFor(id, caller.householdId, caller.villageId)));
      if (!own) throw outOfScope({ evidenceId: id });
    } else {
      assertInScope(caller, found.villagePath, { evidenceId: id });
    }
    return found;
  }

  async image(caller: EvidenceCaller, id: number): Promise<EvidenceBlob> {
    const e = await this.readable(caller, id);
    return { bytes: await this.blob(e.imageKey), mediaType: e.mediaType };
  }

  async thumbnail(caller: EvidenceCaller, id: number): Promise<EvidenceBlob> {
    const e = await this.readable(caller, id);
    return { bytes: await this.blob(e.thumbnailKey), mediaType: 'image/jpeg' };
  }

  /**
   * A photo some module has published (an announcement's): its image or thumbnail for anyone. The
   * caller decides that it is public; 404 when the evidence is gone.
   */
  async published(id: number, variant: 'image' | 'thumbnail'): Promise<EvidenceBlob> {
    const e = await this.evidence.findWithPath(id);
    if (!e) throw notFound('evidence', id);
    return variant === 'image'
      ? { bytes: await this.blob(e.imageKey), mediaType: e.mediaType }
      : { bytes: await this.blob(e.thumbnailKey), mediaType: 'image/jpeg' };
  }

  /** Staff name a village of their subtree; a resident uploads for its household's village and may only name that one. */
  private async villageFor(caller: EvidenceCaller, villageId: number | undefined): Promise<number> {
    if (caller.kind === 'resident') {
      if (villageId !== undefined && villageId !== caller.villageId) throw outOfScope({ villageId });
      return caller.villageId;
    }
    if (villageId === undefined) throw invalidField('villageId', 'villageId is required when staff upload evidence', 'isDefined');
    const village = await this.regions.getInScope(caller, villageId, { villageId });
    if (village.level !== 'village') throw new DomainError('NOT_A_VILLAGE', { regionId: village.id, level: village.level });
    return village.id;
  }

  /** The blobs an earlier upload of the same bytes left, when both are still in the store. */
  private async storedBlobs(sourceSha256: string): Promise<StoredBlobs | null> {
    const earlier = await this.evidence.blobsOfSource(sourceSha256);
    if (!earlier || !(await this.blobs.has(earlier.imageKey)) || !(await this.blobs.has(earlier.thumbnailKey))) return null;
    return earlier;
  }

  /** Checks and re-encodes the upload, then writes image and thumbnail (before any row points at them). */
  private async store(file: Buffer): Promise<StoredBlobs> {
    const { image, thumbnail } = await processPhoto(file);
    const imageSha = sha256(image.bytes);
    const imageKey = blobKey(imageSha);
    const thumbnailKey = blobKey(sha256(thumbnail.bytes));
    await this.blobs.put(imageKey, image.bytes);
    await this.blobs.put(thumbnailKey, thumbnail.bytes);
    return {
      mediaType: image.mediaType,
      width: image.width,
      height: image.height,
      bytes: image.bytes.length,
      sha256: imageSha,
      imageKey,
      thumbnailKey,
    };
  }

  private async blob(key: string): Promise<Buffer> {
    const bytes = await this.blobs.get(key);
    // A row is written only after its blobs: a missing one is lost data, an internal error.
    if (!bytes) throw new Error(`evidence blob ${key} is missing from the store`);
    return bytes;
  }
}
