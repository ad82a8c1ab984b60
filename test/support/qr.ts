import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import sharp from 'sharp';

/**
 * Ways of reading a screenshot of a QR code. A code drawn smaller than its source image is
 * resampled by the browser, and whether the binarizer finds its grid depends on where the module
 * edges fall, so on the text itself (a different port moves them): each way misses a few codes
 * in a hundred, no two the same ones. A phone's camera also tries again from another angle.
 */
const WAYS: { scale?: number; kernel?: 'nearest' | 'lanczos3'; pad?: number; hard?: boolean }[] = [
  { hard: true },
  { scale: 3, kernel: 'nearest' },
  { scale: 2, kernel: 'lanczos3', pad: 20, hard: true },
];

async function read(png: Buffer, way: (typeof WAYS)[number]): Promise<string> {
  const meta = await sharp(png).metadata();
  let image = sharp(png).flatten({ background: '#ffffff' });
  if (way.scale) image = image.resize((meta.width ?? 0) * way.scale, (meta.height ?? 0) * way.scale, { kernel: way.kernel });
  if (way.pad) image = image.extend({ top: way.pad, bottom: way.pad, left: way.pad, right: way.pad, background: '#ffffff' });
  const { data, info } = await image.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const source = new RGBLuminanceSource(new Uint8ClampedArray(data), info.width, info.height);
  const hints = new Map<DecodeHintType, unknown>(way.hard ? [[DecodeHintType.TRY_HARDER, true]] : []);
  return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
}

/** The text of a QR code in a PNG image (a screenshot), read by ZXing, not by the page that drew it. */
export async function decodeQr(png: Buffer): Promise<string> {
  let last: unknown;
  for (const way of WAYS) {
    try {
      return await read(png, way);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}
