/// <reference lib="dom" />
import { gzipSync } from 'node:zlib';
import type { Page, Response as PwResponse } from 'playwright-core';
import { COUNTER, MOBILE, TABLET, useBrowser } from './support/browser.js';
import { addMonths } from '../src/common/calendar/calendar.js';
import { createDevice, createProgram, createRule, seedTree, today, type CountyTree } from './support/fixtures.js';
import { givePoints, householdHolding, openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * The love-supermarket counter (爱心超市收银, /kiosk) on a 1366×768 counter PC: binding with a
 * device key, a sale by barcode scanner, the sale that survives a network cut exactly once,
 * refusals in Chinese, a refund by receipt number, the 58 mm receipt, a revoked key, and the
 * weight of the first load.
 */

const GOODS = [
  { sku: 'RICE', name: '大米 10kg', pointsPrice: 20, stock: 10 },
  { sku: 'OIL', name: '食用油 5L', pointsPrice: 30, stock: 10, limit: { quantity: 2, per: 'month' } },
  { sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 },
  { sku: 'TOWEL', name: '毛巾', pointsPrice: 8, stock: 3 },
];

/** Text of a selector, spaces collapsed. */
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** A day as the pages write it: 2027-01-01 → 2027年1月1日. */
const dayLabel = (day: string) =>
  day.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);

/**
 * What does not fit a screen `width` wide: the page's scroll width, visible elements that reach
 * past either edge (cut off), and touch targets (buttons, tabs, links, fields) under 44 px.
 */
async function layout(page: Page, width: number) {
  return page.evaluate((w) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const cut = [...document.querySelectorAll('body *')]
      .filter((el) => shown(el) && (el.getBoundingClientRect().right > w + 1 || el.getBoundingClientRect().left < -1))
      .map(name);
    const targets = [...document.querySelectorAll('button, [role=tab], [role=button], a[href], input:not([type=hidden]), select, textarea')]
      .map((el) => el.closest('.van-cell') ?? el)
      .filter(shown);
    const small = targets.filter((el) => el.getBoundingClientRect().height < 44 || el.getBoundingClientRect().width < 44).map(name);
    return { scrollWidth: document.documentElement.scrollWidth, cut, small };
  }, width);
}

/** The boxes of two elements overlap. */
async function overlap(page: Page, a: string, b: string): Promise<boolean> {
  const [x, y] = [await page.locator(a).boundingBox(), await page.locator(b).boundingBox()];
  if (!x || !y) throw new Error(`${a} or ${b} is not shown`);
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

describeWith(['chromium'], 'love supermarket counter page (爱心超市收银)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'kiosk');
  let tree: CountyTree;
  let programId: number;
  const staff = () => tree.county.api();

  beforeAll(async () => {
    tree = await seedTree(t);
    programId = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
  });

  /** A store of township A on the program with the goods, and a kiosk device of it. */
  async function counter(name = '上木拉爱心超市', program = programId) {
    const store = await openStore(t, tree.county.token, tree.townshipA, GOODS, { programId: program, name });
    const device = await createDevice(t, tree.county.token, store.id);
    return { store, device };
  }

  const household = (balance: number) => householdHolding(t, tree.county.token, programId, tree.villageA, balance);

  async function balanceOf(householdId: number): Promise<number> {
    const res = await staff().get(`/programs/${programId}/holders/${householdId}/balance`);
    expect(res.status).toBe(200);
    return (res.body as { balance: number }).balance;
  }

  const redemptionsOf = (householdId: number) =>
    t.db.query(`SELECT id, receipt_no AS "receiptNo", points::int AS points FROM redemptions WHERE household_id = $1 ORDER BY id`, [
      householdId,
    ]) as Promise<{ id: string; receiptNo: string; points: number }[]>;

  /** A counter page bound with the key through the binding form. */
  async function boundPage(apiKey: string, storeName: string, viewport = COUNTER) {
    const { page } = await b.newPage(viewport);
    await page.goto('/kiosk');
    await page.fill('input[name=apiKey]', apiKey);
    await page.click('.bind-submit');
    await page.waitForSelector('[data-test=card-input]');
    expect(await text(page, '[data-test=store-name]')).toBe(storeName);
    return page;
  }

  /** What a USB scanner does: types the code into the focused field and presses Enter. */
  async function scan(page: Page, code: string): Promise<void> {
    await page.keyboard.type(code, { delay: 5 });
    await page.keyboard.press('Enter');
  }

  async function scanHousehold(page: Page, code: string, householdNo: string): Promise<void> {
    await scan(page, code);
    await page.waitForSelector(`[data-test=household-no]:text-is("${householdNo}")`);
  }

  async function addGoods(page: Page, skus: string[]): Promise<void> {
    for (const sku of skus) await page.click(`.goods[data-sku=${sku}]`);
  }

  const householdNoOf = async (id: number) =>
    ((await t.db.query(`SELECT household_no AS no FROM households WHERE id = $1`, [id])) as { no: string }[])[0].no;

  it('binds with a key and sells by scanner: the receipt number on screen is the one in the database, the balance drops by the total', async () => {
    const { device } = await counter();
    const home = await household(200);
    const homeNo = await householdNoOf(home.id);

    const { page } = await b.newPage(COUNTER);
    await page.goto('/kiosk');
    await page.waitForSelector('.bind-card');
    await b.shot(page, '01-bind');
    await page.fill('input[name=apiKey]', device.apiKey);
    await page.click('.bind-submit');
    await page.waitForSelector('[data-test=card-input]');
    expect(await text(page, '[data-test=store-name]')).toBe('上木拉爱心超市');
    expect(await page.evaluate(() => localStorage.getItem('mb.kiosk.apiKey'))).toBe(device.apiKey);
    // The focus waits in the card field for the scanner.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('card-input');
    await b.shot(page, '02-ready');

    // A door-plate QR is a URL ending in /h/<cardCode>: the scanner types all of it.
    await scan(page, `${b.baseUrl}/h/${home.cardCode}`);
    await page.waitForSelector('[data-test=household]');
    expect(await text(page, '[data-test=household-no]')).toBe(homeNo);
    expect(await text(page, '[data-test=household-name]')).toBe('张*');
    expect(await text(page, '[data-test=redeemable]')).toBe('100');
    expect(await text(page, '[data-test=pending]')).toBe('0');
    expect(await text(page, '[data-test=earned]')).toBe('100');
    expect(await page.locator('[data-test=blocks]').count()).toBe(0);

    // OIL is limited to 2 a month: the third tap is refused by the page.
    await addGoods(page, ['RICE', 'OIL', 'OIL', 'SOAP', 'SOAP']);
    expect(await page.isDisabled('.goods[data-sku=OIL]')).toBe(true);
    expect(await text(page, '.goods[data-sku=OIL] .goods-why')).toBe('本月已达限兑');
    expect(await text(page, '[data-test=total]')).toBe('88 分');
    expect(await text(page, '[data-test=after]')).toBe('12 分');
    // 12 points left: RICE (20) can no longer be afforded, SOAP (4) can.
    expect(await page.isDisabled('.goods[data-sku=RICE]')).toBe(true);
    expect(await text(page, '.goods[data-sku=RICE] .goods-why')).toBe('积分不够');
    expect(await page.isDisabled('.goods[data-sku=SOAP]')).toBe(false);
    // One soap less with the basket's minus button.
    await page.click('.basket-line[data-sku=SOAP] .bl-btn >> nth=0');
    expect(await text(page, '[data-test=total]')).toBe('84 分');
    await b.shot(page, '03-basket');

    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=receipt-no]');
    const shown = await text(page, '[data-test=receipt-no]');
    const rows = await redemptionsOf(home.id);
    expect(rows).toHaveLength(1);
    expect(shown).toBe(rows[0].receiptNo);
    expect(rows[0].points).toBe(84);
    expect(await balanceOf(home.id)).toBe(200 - 84);
    expect(await text(page, '[data-test=receipt-spent]')).toBe('84 分');
    expect(await text(page, '[data-test=receipt-balance]')).toBe('116 分');
    expect(await text(page, '[data-test=receipt-household]')).toBe(homeNo);
    // The household panel shows what is left after the sale.
    await page.waitForSelector('[data-test=redeemable]:text-is("16")');
    await b.shot(page, '04-receipt');

    // English second: the switch changes the page's words, the values stay.
    await page.click('[data-test=language]');
    await page.waitForSelector('.kb-title:text-is("Love supermarket counter")');
    expect(await text(page, '[data-test=print]')).toBe('Print receipt');
    await b.shot(page, '05-english');
    await page.click('[data-test=language]');
    await page.waitForSelector('.kb-title:text-is("爱心超市收银")');
  });

  it('survives a network cut during confirm and a reload: checks with the same key and ends with one redemption, never "failed"', async () => {
    const { device } = await counter();
    const home = await household(150);
    const page = await boundPage(device.apiKey, '上木拉爱心超市');
    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    await addGoods(page, ['RICE', 'SOAP']);

    // Anything that reads as a failure, seen at any moment (before and after the reload), is recorded.
    const watchForFailure = () => {
      const watch = () =>
        new MutationObserver(() => {
          if (/失败|failed/i.test(document.body.innerText)) sessionStorage.setItem('failedTexts', document.body.innerText);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      if (document.body) watch();
      else document.addEventListener('DOMContentLoaded', watch);
    };
    await page.addInitScript(watchForFailure);
    await page.evaluate(watchForFailure);

    const posts: { reached: boolean; key: string | null }[] = [];
    let release = false;
    await page.route('**/api/v1/stores/*/redemptions', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const key = await request.headerValue('idempotency-key');
      if (posts.length === 0) {
        // The sale reaches the service, but its answer never reaches the counter.
        const answer = await route.fetch();
        posts.push({ reached: answer.status() === 201, key });
        return route.abort('internetdisconnected');
      }
      if (!release) {
        posts.push({ reached: false, key });
        return route.abort('internetdisconnected');
      }
      posts.push({ reached: true, key });
      return route.continue();
    });

    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=checking]');
    expect(await text(page, '[data-test=checking] .sc-title')).toBe('正在核实…');
    await page.waitForFunction(() => document.querySelector('.sc-attempt')?.textContent?.includes('第 2 次'));
    // While the outcome is unknown the shelf takes no taps and no other household is looked up.
    expect(await page.isDisabled('.goods[data-sku=SOAP]')).toBe(true);
    await b.shot(page, '06-checking');
    expect(posts[0].reached).toBe(true);
    const [sale] = await redemptionsOf(home.id);
    expect(sale).toBeDefined();

    // The basket and its key are on the device: a reload resumes the check.
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('mb.kiosk.pendingSale') ?? 'null') as { key: string; total: number } | null,
    );
    expect(stored).toMatchObject({ key: posts[0].key, total: 24 });
    await page.reload();
    await page.waitForSelector('[data-test=checking]');
    expect(await text(page, '[data-test=pending-sale] .side-total')).toBe('合计 24 分');
    expect(await text(page, '[data-test=pending-sale] .side-resumed')).toBe('正在核实刷新前未完成的兑换');
    await b.shot(page, '07-checking-after-reload');

    release = true;
    await page.click('[data-test=retry]');
    await page.waitForSelector('[data-test=receipt-no]');
    expect(await text(page, '[data-test=receipt-no]')).toBe(sale.receiptNo);
    await b.shot(page, '08-receipt-after-cut');

    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(posts.map((p) => p.key))).toEqual(new Set([posts[0].key]));
    expect(posts[0].key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await redemptionsOf(home.id)).toHaveLength(1);
    expect(await balanceOf(home.id)).toBe(150 - 24);
    const keys = (await t.db.query(`SELECT key FROM idempotency_keys WHERE scope = $1`, [`device:${device.id}`])) as { key: string }[];
    expect(keys).toEqual([{ key: posts[0].key }]);
    expect(await page.evaluate(() => localStorage.getItem('mb.kiosk.pendingSale'))).toBeNull();
    // The observer was installed before the reload only: check the text now too.
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/失败|failed/i);
    expect(await page.evaluate(() => sessionStorage.getItem('failedTexts'))).toBeNull();
  });

  it('shows the service refusing in Chinese (库存不足, 积分不足) and writes nothing', async () => {
    const { store, device } = await counter();
    const rich = await household(200);
    const poor = await household(120);
    const page = await boundPage(device.apiKey, '上木拉爱心超市');

    // Stock changes after the shelf was loaded: 3 towels on screen, 1 left at the service.
    await scanHousehold(page, rich.cardCode, await householdNoOf(rich.id));
    await addGoods(page, ['TOWEL', 'TOWEL']);
    const moved = await staff().post(`/stores/${store.id}/stock-movements`, { sku: 'TOWEL', quantity: -2, reason: '破损' });
    expect(moved.status).toBe(201);
    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=refusal]');
    expect(await text(page, '[data-test=refusal] .sr-title')).toBe('库存不足：毛巾 只剩 1 件，请调整数量');
    expect(await text(page, '[data-test=refusal] .sr-sub')).toBe('没有兑换成功，未扣积分');
    // The shelf is read again: 1 in stock, the basket's 2 marked, confirm disabled until changed.
    await page.waitForSelector('.goods[data-sku=TOWEL] .goods-meta:has-text("库存 1")');
    expect(await page.isDisabled('[data-test=confirm]')).toBe(true);
    await b.shot(page, '09-out-of-stock');
    expect(await redemptionsOf(rich.id)).toHaveLength(0);
    expect(await balanceOf(rich.id)).toBe(200);

    // Points spent elsewhere after the shelf was loaded: 20 on screen, 16 left at the service.
    await scanHousehold(page, poor.cardCode, await householdNoOf(poor.id));
    expect(await text(page, '[data-test=redeemable]')).toBe('20');
    await addGoods(page, ['RICE']);
    const elsewhere = await staff().post(`/stores/${store.id}/redemptions`, {
      householdId: poor.id,
      lines: [{ sku: 'SOAP', quantity: 1 }],
    });
    expect(elsewhere.status).toBe(201);
    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=refusal]');
    expect(await text(page, '[data-test=refusal] .sr-title')).toBe('积分不足：需要 20 分，可用 16 分');
    await page.waitForSelector('[data-test=redeemable]:text-is("16")');
    await b.shot(page, '10-insufficient-points');
    expect(await redemptionsOf(poor.id)).toHaveLength(1);
    expect(await balanceOf(poor.id)).toBe(116);
    const counted = (await t.db.query(`SELECT count(*)::int AS n FROM redemptions WHERE store_id = $1`, [store.id])) as { n: number }[];
    expect(counted[0].n).toBe(1);
    const keys = (await t.db.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE scope = $1`, [`device:${device.id}`])) as {
      n: number;
    }[];
    expect(keys[0].n).toBe(0);

    // A household without redeemable points: the page says why and offers nothing.
    const bare = await household(100);
    await scanHousehold(page, bare.cardCode, await householdNoOf(bare.id));
    expect(await text(page, '[data-test=blocks]')).toContain('没有可兑换的积分');
    expect(await page.isDisabled('.goods[data-sku=SOAP]')).toBe(true);
    await b.shot(page, '11-blocked');
  });

  it('refunds a receipt of today by its number: a refund row, the balance restored', async () => {
    const { device } = await counter();
    const home = await household(180);
    const page = await boundPage(device.apiKey, '上木拉爱心超市');
    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    await addGoods(page, ['RICE', 'SOAP']);
    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=receipt-no]');
    const receiptNo = await text(page, '[data-test=receipt-no]');
    expect(await balanceOf(home.id)).toBe(180 - 24);

    await page.click('[data-test=tab-refund]');
    await page.waitForSelector('[data-test=receipt-input]');
    await page.fill('[data-test=receipt-input]', receiptNo.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-test=refund-receipt-no]');
    expect(await text(page, '[data-test=refund-receipt-no]')).toBe(receiptNo);
    expect(await text(page, '[data-test=refund-submit]')).toBe('全部退货，退回 24 分');
    await page.click('.rf-reason[data-reason=wrong]');
    await b.shot(page, '12-refund');
    await page.click('[data-test=refund-submit]');
    await page.click('.van-dialog__confirm');
    await page.waitForSelector('[data-test=refund-done]');
    expect(await text(page, '[data-test=refund-done]')).toBe('退货成功：已退回 24 分，该户积分余额 180 分');
    await page.waitForSelector('[data-test=refund-nothing]');
    // The confirm dialog has faded out before the picture is taken.
    await page.waitForSelector('.van-dialog', { state: 'hidden' });
    await page.waitForSelector('.van-overlay', { state: 'hidden' });
    await b.shot(page, '13-refunded');

    const refunds = (await t.db.query(
      `SELECT f.points::int AS points, f.reason, f.actor_type AS "actorType" FROM refunds f JOIN redemptions r ON r.id = f.redemption_id WHERE r.receipt_no = $1`,
      [receiptNo],
    )) as { points: number; reason: string; actorType: string }[];
    expect(refunds).toEqual([{ points: 24, reason: '拿错商品', actorType: 'device' }]);
    expect(await balanceOf(home.id)).toBe(180);

    // A second look at the same receipt: nothing left to refund; an unknown number says so.
    await page.fill('[data-test=receipt-input]', '9999');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-test=refund-error]');
    expect(await text(page, '[data-test=refund-error]')).toBe('没有找到这张小票，请核对小票号');
  });

  it('prints a 58 mm receipt and nothing else', async () => {
    const { device } = await counter();
    const home = await household(160);
    const page = await boundPage(device.apiKey, '上木拉爱心超市');
    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    await addGoods(page, ['OIL', 'SOAP']);
    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=receipt-no]');

    await page.emulateMedia({ media: 'print' });
    await b.shot(page, '14-print');
    const box = await page.locator('[data-test=receipt]').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.width - 219.2)).toBeLessThan(3);
    expect(box!.x).toBeLessThan(3);
    for (const hidden of ['[data-test=shelf]', '[data-test=household]', '.kiosk-bar', '[data-test=card-input]', '[data-test=print]']) {
      expect(await page.locator(hidden).isVisible()).toBe(false);
    }
    const colours = await page.locator('[data-test=receipt]').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor };
    });
    expect(colours).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-test=shelf]').isVisible()).toBe(true);
  });

  it('sends the page back to binding with a message when the key is revoked', async () => {
    const { store, device } = await counter();
    const home = await household(130);

    const { page: wrong } = await b.newPage(COUNTER);
    await wrong.goto('/kiosk');
    await wrong.fill('input[name=apiKey]', 'not-a-key');
    await wrong.click('.bind-submit');
    await wrong.waitForSelector('.van-field__error-message');
    expect(await text(wrong, '.van-field__error-message')).toBe('设备密钥不正确，请核对后重新输入');

    const page = await boundPage(device.apiKey, '上木拉爱心超市');
    const revoked = await staff().post(`/stores/${store.id}/devices/${device.id}/revoke`);
    expect(revoked.status).toBe(200);
    await scan(page, home.cardCode);
    await page.waitForSelector('[data-test=bind-notice]');
    expect(await text(page, '[data-test=bind-notice]')).toBe('本机的设备密钥已被停用，请向超市管理员索取新密钥后重新绑定');
    expect(await page.locator('[data-test=card-input]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('mb.kiosk.apiKey'))).toBeNull();
    await b.shot(page, '15-revoked');

    // A new key of the same store binds again.
    const fresh = await createDevice(t, tree.county.token, store.id);
    await page.fill('input[name=apiKey]', fresh.apiKey);
    await page.click('.bind-submit');
    await page.waitForSelector('[data-test=card-input]');
    expect(await text(page, '[data-test=store-name]')).toBe('上木拉爱心超市');

    // Unbinding (confirmed) forgets the key on this device; no revocation message this time.
    await page.click('[data-test=unbind]');
    await page.click('.van-dialog__confirm');
    await page.waitForSelector('.bind-card');
    expect(await page.locator('[data-test=bind-notice]').count()).toBe(0);
    expect(await page.locator('[data-test=store-name]').count()).toBe(0);
    expect(await page.evaluate(() => [localStorage.getItem('mb.kiosk.apiKey'), localStorage.getItem('mb.kiosk.session')])).toEqual([
      null,
      null,
    ]);
  });

  it('loads at most 300 KB of gzipped JavaScript and CSS first, without the camera reader; the camera button fetches it', async () => {
    const { device } = await counter();
    const { context, page } = await b.newPage(COUNTER);
    await context.addInitScript((key: string) => localStorage.setItem('mb.kiosk.apiKey', key), device.apiKey);
    const loaded: { url: string; gzipped: number; zxing: boolean }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res: PwResponse) => {
      const type = res.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      pending.push(
        res.body().then((body) => {
          loaded.push({
            url: res.url(),
            gzipped: gzipSync(body).length,
            zxing: /decodeFromConstraints|ArrayIndexOutOfBoundsException/.test(body.toString('utf8')),
          });
        }),
      );
    });
    await page.goto('/kiosk', { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-test=card-input]');
    await Promise.all(pending);
    const total = loaded.reduce((sum, r) => sum + r.gzipped, 0);
    expect(loaded.length).toBeGreaterThan(1);
    expect(total).toBeLessThanOrEqual(300 * 1024);
    expect(loaded.filter((r) => r.zxing || /zxing|CameraScanner/i.test(r.url))).toEqual([]);

    // The camera button brings the reader (no camera here: it says so).
    const before = loaded.length;
    await page.click('[data-test=camera]');
    await page.waitForSelector('[data-test=camera-scanner]');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    expect(loaded.slice(before).some((r) => r.zxing)).toBe(true);
  });

  it('fits a 10-inch tablet (1280×800) without sideways scrolling, and shows points under notice apart from redeemable ones', async () => {
    // A program of its own whose awards go on public notice (公示) for 7 days once the household holds 300.
    const own = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const { device } = await counter('东街爱心超市', own);
    const home = await householdHolding(t, tree.county.token, own, tree.villageA, 300);
    expect((await staff().patch(`/programs/${own}`, { publicityDays: 7 })).status).toBe(200);
    await givePoints(t, tree.county.token, own, [home.id], 15);

    const page = await boundPage(device.apiKey, '东街爱心超市', TABLET);
    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    expect(await text(page, '[data-test=redeemable]')).toBe('200');
    expect(await text(page, '[data-test=pending]')).toBe('15');
    await addGoods(page, ['RICE', 'OIL', 'TOWEL']);
    expect(await page.locator('.goods[data-sku=OIL] .goods-meta span').allTextContents()).toEqual(['库存 10', '每月限兑 2，还可兑 1']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('button')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height < 48 || r.width < 48).length,
    );
    expect(small).toBe(0);
    // The shelf's search box is a touch target like the rest: the field itself, not only its line of text.
    expect((await page.locator('[data-test=shelf-search] input').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await b.shot(page, '16-tablet');
    // The search box narrows the shelf.
    await page.fill('[data-test=shelf-search] input', '米');
    expect(await page.locator('.goods').evaluateAll((els) => els.map((el) => el.getAttribute('data-sku')))).toEqual(['RICE']);
  });

  it('shows points about to expire, and refuses a sanctioned household with the day its suspension ends', async () => {
    // A program whose points expire a month after the deed.
    const own = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    expect((await staff().put(`/programs/${own}/expiry`, { policy: 'rolling', months: 1 })).status).toBe(200);
    const { device } = await counter('西街爱心超市', own);
    const saver = await householdHolding(t, tree.county.token, own, tree.villageA, 140);
    const page = await boundPage(device.apiKey, '西街爱心超市');
    await scanHousehold(page, saver.cardCode, await householdNoOf(saver.id));
    expect(await text(page, '[data-test=redeemable]')).toBe('40');
    expect(await text(page, '[data-test=expiring]')).toBe(`其中 40 分将于 ${dayLabel(addMonths(today(), 1))} 清零`);
    await b.shot(page, '18-expiring');

    // 违法犯罪: −20, the rest cleared, no redemption this year and next.
    const sanctioned = await householdHolding(t, tree.county.token, own, tree.villageA, 150);
    const rule = await createRule(t, tree.county.token, own, { points: -20, sanction: { clearRedeemable: true, suspendYears: 1 } });
    const d = await staff().post(`/programs/${own}/deductions`, {
      ruleId: rule.id,
      holderIds: [sanctioned.id],
      occurredOn: today(),
      reason: '违法犯罪',
    });
    expect(d.status).toBe(201);
    await givePoints(t, tree.county.token, own, [sanctioned.id], 30);
    const until = `${Number(today().slice(0, 4)) + 1}年12月31日`;
    await scanHousehold(page, sanctioned.cardCode, await householdNoOf(sanctioned.id));
    expect(await text(page, '[data-test=redeemable]')).toBe('30');
    expect(await text(page, '[data-test=blocks]')).toContain(`兑换资格已被暂停，至 ${until} 止`);
    expect(await page.isDisabled('.goods[data-sku=SOAP]')).toBe(true);
    await b.shot(page, '19-suspended');
    expect(await redemptionsOf(sanctioned.id)).toHaveLength(0);
  });

  it('binds from a set-up link (/kiosk#key=…, as the demo prints it) and takes the key out of the address', async () => {
    const { device } = await counter('链接绑定超市');
    const { page } = await b.newPage(COUNTER);
    await page.goto(`/kiosk#key=${encodeURIComponent(device.apiKey)}`);
    await page.waitForSelector('[data-test=card-input]');
    expect(await text(page, '[data-test=store-name]')).toBe('链接绑定超市');
    expect(page.url()).toBe(`${b.baseUrl}/kiosk`);
    expect(await page.evaluate(() => localStorage.getItem('mb.kiosk.apiKey'))).toBe(device.apiKey);

    // The link opened in a tab already on /kiosk: only the address's hash changes (no reload), and the page binds.
    const linked = await counter('哈希绑定超市');
    const { page: open } = await b.newPage(COUNTER);
    await open.goto('/kiosk');
    await open.waitForSelector('.bind-card');
    await open.evaluate(() => Object.assign(window, { sameDocument: true }));
    await open.goto(`/kiosk#key=${encodeURIComponent(linked.device.apiKey)}`);
    await open.waitForSelector('[data-test=card-input]');
    expect(await text(open, '[data-test=store-name]')).toBe('哈希绑定超市');
    expect(open.url()).toBe(`${b.baseUrl}/kiosk`);
    expect(await open.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // A link of another store in a tab already bound (the hash set by hand): bound to that store, still no reload.
    const other = await counter('第三家超市');
    await open.evaluate((key) => (location.hash = `key=${encodeURIComponent(key)}`), other.device.apiKey);
    await open.locator('[data-test=store-name]', { hasText: '第三家超市' }).waitFor();
    expect(await open.evaluate(() => localStorage.getItem('mb.kiosk.apiKey'))).toBe(other.device.apiKey);
    expect(await open.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(open.url()).toBe(`${b.baseUrl}/kiosk`);

    const { page: stale } = await b.newPage(COUNTER);
    await stale.goto('/kiosk#key=mbk_999999_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await stale.waitForSelector('.van-toast__text');
    expect(await text(stale, '.van-toast__text')).toBe('链接中的设备密钥无效或已停用，请输入新的设备密钥');
    expect(await stale.locator('input[name=apiKey]').count()).toBe(1);
    expect(stale.url()).toBe(`${b.baseUrl}/kiosk`);
  });

  it('stacks its panels on a 375-px phone: no sideways scrolling, nothing cut off or covered, touch targets of at least 44 px', async () => {
    const { device } = await counter('手机收银超市');
    const home = await household(200);
    const page = await boundPage(device.apiKey, '手机收银超市', MOBILE);
    const fits = async (name: string) => {
      const seen = await layout(page, MOBILE.width);
      expect({ name, ...seen }).toEqual({ name, scrollWidth: MOBILE.width, cut: [], small: [] });
    };
    await fits('ready');
    await b.shot(page, '20-phone-ready');

    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    await addGoods(page, ['RICE', 'SOAP', 'SOAP']);
    expect(await text(page, '[data-test=total]')).toBe('28 分');
    await fits('basket');
    // One panel below the other: the household, the card field and the shelf never under the basket.
    for (const [a, b2] of [
      ['.card-reader', '[data-test=household]'],
      ['[data-test=household]', '[data-test=shelf]'],
      ['[data-test=household]', '[data-test=basket]'],
      ['[data-test=shelf]', '[data-test=basket]'],
    ])
      expect({ a, b2, overlap: await overlap(page, a, b2) }).toEqual({ a, b2, overlap: false });
    // 解除绑定, 清空 and the confirm button whole (no text clipped inside them).
    for (const selector of ['[data-test=unbind]', '.basket-clear', '[data-test=confirm]']) {
      const whole = await page.locator(selector).evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect({ selector, whole }).toEqual({ selector, whole: true });
    }
    await b.shot(page, '21-phone-basket');

    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=receipt-no]');
    await fits('receipt');
    await b.shot(page, '22-phone-receipt');

    // English words are longer: still nothing cut off.
    await page.click('[data-test=language]');
    await page.waitForSelector('.kb-title:text-is("Love supermarket counter")');
    await fits('english');
    await page.click('[data-test=tab-refund]');
    await page.waitForSelector('[data-test=receipt-input]');
    await fits('refund');
    await b.shot(page, '23-phone-refund-english');
  });

  it("says the service's refusals in English when the page is in English (and in Chinese again after switching back)", async () => {
    const { store, device } = await counter('英文收银超市');
    const home = await household(200);
    const page = await boundPage(device.apiKey, '英文收银超市');
    await page.click('[data-test=language]');
    await page.waitForSelector('.kb-title:text-is("Love supermarket counter")');
    // Every call from now on asks the service for English (its own words, for codes the page has none of).
    const languages = new Set<string | undefined>();
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) languages.add(r.headers()['accept-language']);
    });

    await scan(page, 'NOSUCHCARD1');
    await page.waitForSelector('[data-test=lookup-error]');
    expect(await text(page, '[data-test=lookup-error]')).toBe('No household has this card; check the code');

    await scanHousehold(page, home.cardCode, await householdNoOf(home.id));
    // The household keeps its column in English: the longer labels wrap instead of squeezing it.
    expect((await page.locator('.hh-who').boundingBox())!.width).toBeGreaterThanOrEqual(176);
    expect(await page.locator('[data-test=household-no]').evaluate((el) => el.getClientRects().length)).toBe(1);
    await addGoods(page, ['TOWEL', 'TOWEL']);
    expect((await staff().post(`/stores/${store.id}/stock-movements`, { sku: 'TOWEL', quantity: -2, reason: '破损' })).status).toBe(201);
    await page.click('[data-test=confirm]');
    await page.waitForSelector('[data-test=refusal]');
    expect(await text(page, '[data-test=refusal] .sr-title')).toBe('Out of stock: only 1 of 毛巾 left; change the quantity');
    expect(await text(page, '[data-test=refusal] .sr-sub')).toBe('Not redeemed; no points were taken');
    expect([...languages]).toEqual(['en']);
    await b.shot(page, '24-refusal-english');

    // Back to Chinese: the refusal on the screen follows the page's language.
    await page.click('[data-test=language]');
    await page.locator('[data-test=refusal] .sr-title', { hasText: '库存不足' }).waitFor();
    expect(await text(page, '[data-test=refusal] .sr-title')).toBe('库存不足：毛巾 只剩 1 件，请调整数量');
    expect(await text(page, '[data-test=refusal] .sr-sub')).toBe('没有兑换成功，未扣积分');
    expect(await redemptionsOf(home.id)).toHaveLength(0);
  });
});
