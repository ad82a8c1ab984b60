import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { TestApp } from './test-app.js';

/** Debian's Chromium (apt-get install chromium fonts-noto-cjk); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the screenshots go, to be looked at (not committed). */
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

export const MOBILE = { width: 375, height: 812 };
export const COUNTER = { width: 1366, height: 768 };
export const TABLET = { width: 1280, height: 800 };

// Flags that keep Chromium quiet on a machine without internet (no background fetches, no QUIC).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserSession {
  /** The service's address, e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh context (own storage) and page at a viewport; closed with the session. */
  newPage(viewport?: { width: number; height: number }, options?: { isMobile?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** A full-page screenshot to test-output/screenshots/<prefix>-<name>.png. */
  shot(page: Page, name: string): Promise<string>;
}

/**
 * Chromium driving the test app's real HTTP server (listening on a free port) for one describe
 * block: started in a beforeAll after the app, closed in an afterAll before it.
 */
export function useBrowser(t: TestApp, prefix: string): BrowserSession {
  let browser: Browser | undefined;
  let baseUrl = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    const server = t.app.getHttpServer() as import('node:http').Server;
    if (!server.listening) await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });
  return {
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('the browser runs only within tests and hooks');
      return browser;
    },
    async newPage(viewport = MOBILE, options = {}) {
      if (!browser) throw new Error('the browser runs only within tests and hooks');
      const context = await browser.newContext({
        viewport,
        baseURL: baseUrl,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        isMobile: options.isMobile ?? viewport.width < 800,
        hasTouch: options.isMobile ?? viewport.width < 800,
      });
      contexts.push(context);
      const page = await context.newPage();
      // Waits for what the page shows; generous so that a busy machine slows a test, not fails it.
      page.setDefaultTimeout(30000);
      return { context, page };
    },
    async shot(page, name) {
      const path = join(SCREENSHOTS, `${prefix}-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}

/**
 * Chooses an option of an Element Plus select and waits until the select shows it with its list
 * closed. Options that load after the list opens make the list grow and move while Playwright
 * clicks: a click that chose nothing (the list still open, nothing shown) is made again.
 */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  const shown = select.locator('.el-select__placeholder:not(.is-transparent)', { hasText: option });
  const item = page.locator('.el-select-dropdown__item:visible', { hasText: option }).first();
  await select.click();
  for (let attempt = 1; ; attempt++) {
    await item.click();
    try {
      await shown.waitFor({ timeout: 5000 });
      break;
    } catch (e) {
      if (attempt === 3 || !(await item.isVisible())) throw e;
    }
  }
  await page.locator('.el-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

/**
 * Types into an Element Plus select that asks the service as you type (`remote`), waits for the
 * service's answer to what was typed, then chooses an option. An option of the list shown before
 * that answer can be clicked just as the list is hidden to be replaced, and nothing is chosen.
 */
export async function searchAndChoose(page: Page, select: Locator, typed: string, option: string | RegExp): Promise<void> {
  await select.click();
  const answered = page.waitForResponse((r) => r.request().method() === 'GET' && decodeURIComponent(r.url()).includes(typed));
  await page.keyboard.type(typed);
  await answered;
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
}

/**
 * Stops a page's clock (installed with `page.clock.install()`) a moment ahead of the page's own
 * time. A time taken in this process can already be behind the page's when the call reaches it on
 * a busy machine ("Cannot fast-forward to the past"); then it is tried again from the page's time.
 */
export async function pauseClock(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 200);
      return;
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('Cannot fast-forward to the past')) throw e;
    }
  }
}
