/**
 * The page screenshots of the README and docs/pages.md, taken from what the browser tests saved
 * in test-output/screenshots (run the web tests first): cropped, scaled and stored as palette PNGs
 * in docs/screenshots.
 *
 *   npm run build:web && npm run test:jest -- test/web- && npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const FROM = join(process.cwd(), 'test-output', 'screenshots');
const TO = join(process.cwd(), 'docs', 'screenshots');

/** Output name, test screenshot, the part kept (top left: rows of tall pages, columns of wide ones), the width scaled to. */
const SHOTS: { name: string; from: string; height?: number; cropWidth?: number; width?: number }[] = [
  { name: 'counter', from: 'kiosk-03-basket.png' },
  { name: 'counter-receipt', from: 'kiosk-04-receipt.png' },
  { name: 'counter-checking', from: 'kiosk-06-checking.png' },
  { name: 'counter-suspended', from: 'kiosk-19-suspended.png' },
  { name: 'door', from: 'door-public.png' },
  { name: 'door-statement', from: 'door-statement.png', height: 1750 },
  { name: 'door-large-text', from: 'door-large-claim.png', height: 2110 },
  { name: 'door-inbox', from: 'resident-inbox-screen.png' },
  { name: 'door-announcements', from: 'resident-door-announcements-screen.png' },
  { name: 'board', from: 'board-mobile.png', height: 1300 },
  { name: 'board-screen', from: 'board-screen-4-honours.png', width: 1280 },
  { name: 'board-screen-announcement', from: 'resident-screen-announcement.png', width: 1280 },
  { name: 'plates', from: 'board-plates-print.png', height: 1040, cropWidth: 730 },
  { name: 'ledger-book', from: 'ledger-book-screen.png', height: 640 },
  { name: 'console', from: 'console-participation-grid.png', height: 720 },
  { name: 'clerk-award', from: 'clerk-award-375.png', height: 1000 },
  { name: 'clerk-award-results', from: 'clerk-award-results-375.png', height: 1000 },
  { name: 'reviewer-queue', from: 'review-queue-375.png', height: 1000 },
  { name: 'reviewer-claim', from: 'review-claim-375.png', height: 1000 },
  { name: 'store-goods', from: 'store-goods-1366.png', height: 768 },
  { name: 'store-receipts', from: 'store-receipts-yesterday-1366.png', height: 420 },
  { name: 'store-kiosk-key', from: 'store-kiosk-key-1366.png', height: 768 },
  { name: 'county-rule', from: 'county-rule-adopted-1366.png', height: 768 },
  { name: 'county-run', from: 'county-run-1366.png', height: 900 },
  { name: 'county-allocation', from: 'county-allocation-saved-1366.png', height: 1100 },
  { name: 'organisation-users', from: 'audit-users-search-1920.png', height: 420, width: 1366 },
  { name: 'audit-ledger-check', from: 'audit-ledger-check-1366.png', height: 768 },
  { name: 'audit-log', from: 'audit-audit-log-1366.png', height: 768 },
];

async function main(): Promise<void> {
  mkdirSync(TO, { recursive: true });
  for (const shot of SHOTS) {
    const source = sharp(join(FROM, shot.from));
    const { width = 0, height = 0 } = await source.metadata();
    let image = sharp(join(FROM, shot.from));
    const keep = { width: Math.min(shot.cropWidth ?? width, width), height: Math.min(shot.height ?? height, height) };
    if (keep.width < width || keep.height < height) image = image.extract({ left: 0, top: 0, ...keep });
    if (shot.width && shot.width < width) image = image.resize({ width: shot.width });
    const out = join(TO, `${shot.name}.png`);
    const info = await image.png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(out);
    console.log(`${out}: ${info.width}×${info.height}, ${Math.round(info.size / 1024)} KB`);
  }
}

await main();
