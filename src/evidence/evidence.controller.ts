import { Body, Controller, Get, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowResident, CurrentCaller, Roles } from '../common/auth/decorators.js';
import { RESIDENT_DATA_READERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { invalidField } from '../common/errors/domain-error.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { EvidenceViewDto, UPLOAD_BODY_SCHEMA, UploadEvidenceFields } from './evidence.dto.js';
import { EvidenceService, evidenceView, type EvidenceBlob, type EvidenceCaller } from './evidence.service.js';
import { MultipartOnly } from '../common/http/multipart-only.interceptor.js';

/** How long a browser may keep an image: the bytes of an id never change, but access may. */
const CACHE_CONTROL = 'private, max-age=3600';

const IMAGE_CONTENT = { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } };

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The bytes as an inline download that the browser may keep privately and must not sniff. */
function sendBlob(res: Response, blob: EvidenceBlob, name: string): StreamableFile {
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const disposition = `inline; filename="${name}.${EXTENSIONS[blob.mediaType] ?? 'bin'}"`;
  return new StreamableFile(blob.bytes, { type: blob.mediaType, length: blob.bytes.length, disposition });
}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @ApiErrors(
    'EVIDENCE_NOT_AN_IMAGE',
    'EVIDENCE_UNREADABLE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'NOT_A_VILLAGE',
    'OUT_OF_SCOPE',
    'NOT_FOUND',
  )
  @Roles(...VILLAGE_STAFF, 'reviewer')
  @AllowResident()
  @UseInterceptors(MultipartOnly, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ description: 'Multipart form: the photo as field `file`, and `villageId` for staff', schema: UPLOAD_BODY_SCHEMA })
  @ApiCreatedResponse({ description: 'The stored evidence', type: EvidenceViewDto })
  @ApiOperation({
    summary: 'Upload an evidence photo (JPEG, PNG or WebP): re-encoded as JPEG without EXIF or GPS data, with a thumbnail',
    description:
      "Staff name a village of their subtree; a resident uploads for its own household's village. The same photo uploaded again is stored once.",
  })
  async upload(
    @CurrentCaller() caller: EvidenceCaller,
    @Body() fields: UploadEvidenceFields,
    @UploadedFile() file?: { buffer: Buffer },
  ): Promise<EvidenceViewDto> {
    if (!file) throw invalidField('file', 'a photo is required as multipart field "file"', 'isDefined');
    return evidenceView(await this.evidence.upload(caller, file.buffer, fields.villageId));
  }

  @Get(':id')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiOkResponse({ description: 'The evidence', type: EvidenceViewDto })
  @ApiOperation({ summary: 'One evidence photo: dimensions, size, checksum and where to fetch image and thumbnail' })
  async get(@CurrentCaller() caller: EvidenceCaller, @Param('id', ParseIdPipe) id: number): Promise<EvidenceViewDto> {
    return evidenceView(await this.evidence.readable(caller, id));
  }

  @Get(':id/image')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ description: 'The stored image, without metadata', content: IMAGE_CONTENT })
  @ApiOperation({ summary: 'The image of an evidence photo (at most 2048 px on the long side)' })
  async image(
    @CurrentCaller() caller: EvidenceCaller,
    @Param('id', ParseIdPipe) id: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendBlob(res, await this.evidence.image(caller, id), `evidence-${id}`);
  }

  @Get(':id/thumbnail')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...RESIDENT_DATA_READERS)
  @AllowResident()
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ description: 'The thumbnail, without metadata', content: IMAGE_CONTENT })
  @ApiOperation({ summary: 'The thumbnail of an evidence photo (JPEG, at most 320 px on the long side)' })
  async thumbnail(
    @CurrentCaller() caller: EvidenceCaller,
    @Param('id', ParseIdPipe) id: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendBlob(res, await this.evidence.thumbnail(caller, id), `evidence-${id}-thumbnail`);
  }
}
