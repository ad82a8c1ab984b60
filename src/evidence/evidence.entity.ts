import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from '../households/household.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

/** The media types a stored evidence image may have (uploads are re-encoded; today always JPEG). */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/**
 * One uploaded photo, re-encoded without metadata, with its thumbnail. The bytes live in the blob
 * store under content-addressed keys; rows of the same photo share them. Uploaded either by a staff
 * user or by a household's resident, never both.
 */
@Entity('evidence')
@Check('CHK_evidence_uploader', `("uploaded_by_user" IS NULL) <> ("uploaded_by_household" IS NULL)`)
@Check('CHK_evidence_media_type', `"media_type" IN ('image/jpeg', 'image/png', 'image/webp')`)
@Check('CHK_evidence_size', `"width" > 0 AND "height" > 0 AND "bytes" > 0`)
export class Evidence {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  /** The village whose staff may read it. */
  @Index('IDX_evidence_village')
  @ForeignKey(() => Region, { name: 'FK_evidence_village', onDelete: 'RESTRICT' })
  @Column({ name: 'village_id', type: 'int' })
  villageId: number;

  @ForeignKey(() => User, { name: 'FK_evidence_uploaded_by_user', onDelete: 'RESTRICT' })
  @Column({ name: 'uploaded_by_user', type: 'int', nullable: true })
  uploadedByUser: number | null;

  @Index('IDX_evidence_uploaded_by_household')
  @ForeignKey(() => Household, { name: 'FK_evidence_uploaded_by_household', onDelete: 'RESTRICT' })
  @Column({ name: 'uploaded_by_household', type: 'int', nullable: true })
  uploadedByHousehold: number | null;

  /** Of the stored image. */
  @Column({ name: 'media_type', type: 'varchar', length: 32 })
  mediaType: EvidenceMediaType;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  /** Size of the stored image. */
  @Column({ type: 'int' })
  bytes: number;

  /** SHA-256 (hex) of the stored image. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Blob store key of the stored image. */
  @Column({ name: 'image_key', type: 'varchar', length: 200 })
  imageKey: string;

  /** Blob store key of the thumbnail (JPEG). */
  @Column({ name: 'thumbnail_key', type: 'varchar', length: 200 })
  thumbnailKey: string;

  /** SHA-256 (hex) of the bytes as uploaded: the same photo again reuses the stored blobs. */
  @Index('IDX_evidence_source_sha256')
  @Column({ name: 'source_sha256', type: 'varchar', length: 64 })
  sourceSha256: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
