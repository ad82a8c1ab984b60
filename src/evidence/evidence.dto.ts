import { ApiProperty } from '@nestjs/swagger';
import { INT4_MAX, Optional, QueryId } from '../common/http/fields.js';
import { EVIDENCE_MEDIA_TYPES } from './evidence.entity.js';

/** The text fields of the multipart upload (the file comes as field `file`). */
export class UploadEvidenceFields {
  @ApiProperty({
    description:
      "Village the photo belongs to: required for staff (a village of their subtree); a resident may leave it out (its household's village)",
    required: false,
  })
  @Optional()
  @QueryId()
  villageId?: number;
}

/** The multipart body as the OpenAPI document shows it. */
export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'One photo: JPEG, PNG or WebP, judged by its content (not its name or declared type)',
    },
    villageId: {
      type: 'integer',
      minimum: 1,
      maximum: INT4_MAX,
      description: "Village the photo belongs to: required for staff, optional for a resident (its household's village)",
    },
  },
};

export class EvidenceViewDto {
  @ApiProperty({ description: 'Evidence id: name it in a claim' }) id: number;
  @ApiProperty({ description: 'Media type of the stored image (uploads are re-encoded, today always as JPEG)', enum: EVIDENCE_MEDIA_TYPES })
  mediaType: string;
  @ApiProperty({ description: 'Width of the stored image in pixels, upright (after the EXIF orientation)' }) width: number;
  @ApiProperty({ description: 'Height of the stored image in pixels, upright' }) height: number;
  @ApiProperty({ description: 'Size of the stored image in bytes' }) bytes: number;
  @ApiProperty({ description: 'SHA-256 (hex) of the stored image' }) sha256: string;
  @ApiProperty({ description: 'The village it belongs to' }) villageId: number;
  @ApiProperty({ description: 'When it was uploaded' }) createdAt: Date;
  @ApiProperty({ description: 'Path of the image (same origin, needs the same login)', example: '/api/v1/evidence/1/image' })
  imageUrl: string;
  @ApiProperty({ description: 'Path of the thumbnail (JPEG, 320 px on the long side at most)', example: '/api/v1/evidence/1/thumbnail' })
  thumbnailUrl: string;
}
