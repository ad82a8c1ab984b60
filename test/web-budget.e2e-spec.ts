import type { Page } from 'playwright-core';
import { COUNTER, MOBILE, useBrowser } from './support/browser.js';
import { describeWith } from './support/needs.js';
import { useTestApp } from './support/test-app.js';

/**
 * What each page's first load costs on the wire (pre-compressed brotli, as a browser receives it):
 * the counter on a kiosk's connection, a resident's phone on a village's mobile network, the staff
 * console on an office line. Bytes counted from the browser's own network records, after the page
 * has settled; assets must come compressed and cached for a year.
 */
const BUDGET_KB = { landing: 150, counter: 200, door: 220, console: 400 };

async function firstLoad(page: Page, path: string, ready: string): Promise<{ kb: number; uncompressed: string[]; uncached: string[] }> {
  const requests: import('playwright-core').Request[] = [];
  page.on('requestfinished', (r) => requests.push(r));
  await page.goto(path);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const uncompressed: string[] = [];
  const uncached: string[] = [];
  for (const r of requests) {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) continue;
    const sizes = await r.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    const res = await r.response();
    const headers = (await res?.allHeaders()) ?? {};
    if (url.pathname.startsWith('/assets/') && /\.(js|css)$/.test(url.pathname)) {
      if (sizes.responseBodySize > 1024 && headers['content-encoding'] !== 'br') uncompressed.push(url.pathname);
      if (!/max-age=31536000/.test(headers['cache-control'] ?? '') || !/immutable/.test(headers['cache-control'] ?? ''))
        uncached.push(url.pathname);
    }
  }
  return { kb: Math.round(bytes / 1024), uncompressed, uncached };
}

describeWith(['chromium'], 'page weight on the wire', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'budget');

  it.each([
    ['landing', '/', MOBILE, '[data-test="card-code"]'],
    ['counter', '/kiosk', COUNTER, 'body .kiosk, body [data-test]'],
    ['door', '/h/NOPE-NOPE-NOPE', MOBILE, 'body #app *'],
    ['console', '/console', COUNTER, 'input'],
  ] as const)('%s: first load within its budget, compressed and cached', async (name, path, viewport, ready) => {
    const { page } = await b.newPage(viewport);
    const load = await firstLoad(page, path, ready);
    process.stdout.write(`first load of ${name} (${path}): ${load.kb} kB on the wire (budget ${BUDGET_KB[name]} kB)\n`);
    expect(load.uncompressed).toEqual([]);
    expect(load.uncached).toEqual([]);
    expect(load.kb).toBeLessThanOrEqual(BUDGET_KB[name]);
  });
});
