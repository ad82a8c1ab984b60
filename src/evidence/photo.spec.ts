import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { DomainError } from '../common/errors/domain-error.js';
import { MAX_PIXELS, processPhoto, sniffFormat } from './photo.js';

const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({
    create: { width, height, channels, background: channels === 4 ? { r: 0, g: 0, b: 255, alpha: 0.5 } : { r: 30, g: 160, b: 90 } },
  });

/** The DomainError `promise` rejects with. */
async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise)).code;

describe('evidence photos', () => {
  it('knows JPEG, PNG and WebP by their bytes and nothing else', async () => {
    expect(sniffFormat(await solid(4, 4).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffFormat(await solid(4, 4).png().toBuffer())).toBe('png');
    expect(sniffFormat(await solid(4, 4).webp().toBuffer())).toBe('webp');
    expect(sniffFormat(await solid(4, 4).gif().toBuffer())).toBeNull();
    expect(sniffFormat(await solid(4, 4).tiff().toBuffer())).toBeNull();
    expect(sniffFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
  });

  it('turns a photo upright by its EXIF orientation, shrinks it to 2048 px, and keeps no metadata', async () => {
    const upload = await solid(3000, 2000)
      .jpeg()
      .withExif({
        IFD0: { Make: 'Huawei', Model: 'P60' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 59/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 16/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { image, thumbnail, source } = await processPhoto(upload);
    expect(source).toBe('jpeg');
    expect({ width: image.width, height: image.height, mediaType: image.mediaType }).toEqual({
      width: 1365,
      height: 2048,
      mediaType: 'image/jpeg',
    });
    expect({ width: thumbnail.width, height: thumbnail.height }).toEqual({ width: 213, height: 320 });
    for (const out of [image, thumbnail]) {
      const meta = await sharp(out.bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: 'jpeg',
        width: out.width,
        height: out.height,
      });
      expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
      expect(out.bytes.includes('Huawei')).toBe(false);
    }
  });

  it('flattens a transparent PNG on white and never enlarges a small one', async () => {
    const { image } = await processPhoto(await solid(100, 50, 4).png().toBuffer());
    expect([image.width, image.height]).toEqual([100, 50]);
    const { channels, hasAlpha } = await sharp(image.bytes).metadata();
    expect({ channels, hasAlpha }).toEqual({ channels: 3, hasAlpha: false });
  });

  it('refuses other formats (415), damaged images and decompression bombs (422)', async () => {
    expect(await codeOf(processPhoto(Buffer.from('not a photo at all')))).toBe('EVIDENCE_NOT_AN_IMAGE');
    expect(await codeOf(processPhoto(await solid(8, 8).gif().toBuffer()))).toBe('EVIDENCE_NOT_AN_IMAGE');
    const jpeg = await solid(400, 300).jpeg().toBuffer();
    expect(await codeOf(processPhoto(jpeg.subarray(0, jpeg.length >> 1)))).toBe('EVIDENCE_UNREADABLE');
    expect(await codeOf(processPhoto(jpeg.subarray(0, 10)))).toBe('EVIDENCE_UNREADABLE');
    // A PNG whose header claims more pixels than allowed is refused before it is decoded.
    const side = Math.ceil(Math.sqrt(MAX_PIXELS)) + 1;
    const bomb = await errorOf(processPhoto(await pngClaiming(side, side)));
    expect({ code: bomb.code, details: bomb.details }).toEqual({
      code: 'EVIDENCE_UNREADABLE',
      details: { reason: 'too many pixels', width: side, height: side, maxPixels: MAX_PIXELS },
    });
  });
});

/** A 1×1 PNG whose IHDR chunk is rewritten to claim `width` × `height` (with a valid CRC). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solid(1, 1).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
