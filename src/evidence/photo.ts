import sharp from 'sharp';
import { DomainError } from '../common/errors/domain-error.js';
import type { EvidenceMediaType } from './evidence.entity.js';

/**
 * Evidence photos are judged by their bytes, never by a file name or a declared type, and are
 * re-encoded before anything is stored: no EXIF, GPS position, device or other metadata survives.
 */

/** The pixel limit of an upload (8192 × 6144, a "50 megapixel" phone sensor's full frame): larger is refused as a decompression bomb. */
export const MAX_PIXELS = 8192 * 6144;
/** The long side of the stored image. */
export const MAX_SIDE = 2048;
/** The long side of the thumbnail. */
export const THUMBNAIL_SIDE = 320;

export type SourceFormat = 'jpeg' | 'png' | 'webp';

/** The format of an upload by its signature (magic bytes), or null for anything else (GIF, TIFF, HEIC, SVG, text, …). */
export function sniffFormat(buf: Buffer): SourceFormat | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface Encoded {
  bytes: Buffer;
  mediaType: EvidenceMediaType;
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  image: Encoded;
  thumbnail: Encoded;
  source: SourceFormat;
}

const unreadable = (reason: string, extra: Record<string, unknown> = {}) => new DomainError('EVIDENCE_UNREADABLE', { reason, ...extra });

/** Why sharp gave up, short enough for an error's details. */
const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Checks and re-encodes an uploaded photo: 415 EVIDENCE_NOT_AN_IMAGE unless it is a JPEG, PNG or
 * WebP; 422 EVIDENCE_UNREADABLE when it cannot be decoded whole or has more than MAX_PIXELS. The
 * image is turned upright by its EXIF orientation, shrunk to MAX_SIDE at most, flattened on white
 * and written as JPEG without metadata; the thumbnail likewise at THUMBNAIL_SIDE.
 */
export async function processPhoto(upload: Buffer): Promise<ProcessedPhoto> {
  const source = sniffFormat(upload);
  if (!source) throw new DomainError('EVIDENCE_NOT_AN_IMAGE', { expected: ['image/jpeg', 'image/png', 'image/webp'] });
  const options: sharp.SharpOptions = { limitInputPixels: MAX_PIXELS, failOn: 'error' };
  let meta: sharp.Metadata;
  try {
    // Only the header is read here, so no pixel limit yet: the check below names the dimensions.
    meta = await sharp(upload, { ...options, limitInputPixels: false }).metadata();
  } catch (e) {
    throw unreadable(reasonOf(e));
  }
  // libvips picks its loader by the same signatures; a mismatch would mean a loader we did not mean to run.
  if (meta.format !== source) throw new DomainError('EVIDENCE_NOT_AN_IMAGE', { expected: ['image/jpeg', 'image/png', 'image/webp'] });
  if (!meta.width || !meta.height) throw unreadable('no dimensions');
  if (meta.width * meta.height > MAX_PIXELS)
    throw unreadable('too many pixels', { width: meta.width, height: meta.height, maxPixels: MAX_PIXELS });
  try {
    const image = await jpeg(sharp(upload, options).rotate(), MAX_SIDE, 85);
    const thumbnail = await jpeg(sharp(image.bytes, options), THUMBNAIL_SIDE, 80);
    return { image, thumbnail, source };
  } catch (e) {
    throw unreadable(reasonOf(e));
  }
}

/** Shrinks to `side` on the long side (never enlarges), flattens any alpha on white, writes JPEG; sharp keeps no metadata unless told to. */
async function jpeg(pipeline: sharp.Sharp, side: number, quality: number): Promise<Encoded> {
  const { data, info } = await pipeline
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, mediaType: 'image/jpeg', width: info.width, height: info.height };
}
