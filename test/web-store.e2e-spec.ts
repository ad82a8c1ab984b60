import { maskName } from '../src/common/pii.js';
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { addDays } from '../src/common/calendar/calendar.js';
import { yuanText } from '../src/stores/reports.service.js';
import { chooseOption, COUNTER, MOBILE, searchAndChoose, useBrowser } from './support/browser.js';
import { as, createProgram, expectLedgerOk, PASSWORD, today, uniqueCode, type Client } from './support/fixtures.js';
import { householdHolding, openStore, staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * The store operator (超市操作员) of a love supermarket in the staff console, on a 1366×768 counter
 * PC: goods searched and paged by the service, a delivery stocked in with who paid for it, a
 * receipt of yesterday refunded whole, a refusal shown with the service's code, a kiosk key made
 * and its set-up link binding a counter page, then revoked; a county admin choosing the store;
 * and every store screen on a 1920×1080 screen and a 375-px phone with nothing past the edge.
 */

const WIDE = { width: 1920, height: 1080 };

/** The demo catalogue's goods and more of a village shop's, 24 in all (more than a page of 20). */
const GOODS = [
  { sku: 'RICE-10KG', name: '大米 10kg', pointsPrice: 50, stock: 12, limit: { quantity: 1, per: 'month' } },
  { sku: 'OIL-5L', name: '食用油 5L', pointsPrice: 85, stock: 8, limit: { quantity: 1, per: 'month' } },
  { sku: 'TISSUE', name: '抽纸（一提）', pointsPrice: 15, stock: 30 },
  { sku: 'TOOTHPASTE', name: '牙膏', pointsPrice: 10, stock: 24 },
  { sku: 'DETERGENT', name: '洗衣粉', pointsPrice: 20, stock: 3 },
  { sku: 'SOAP', name: '肥皂', pointsPrice: 5, stock: 40 },
  { sku: 'SALT', name: '食盐', pointsPrice: 3, stock: 50 },
  { sku: 'TOWEL', name: '毛巾', pointsPrice: 10, stock: 20 },
  { sku: 'WATER-FEE-10', name: '抵扣水费 10 元', pointsPrice: 10, stock: 0, tracksStock: false },
  { sku: 'SOY-SAUCE', name: '酱油 500ml', pointsPrice: 8, stock: 18 },
  { sku: 'VINEGAR', name: '陈醋 500ml', pointsPrice: 8, stock: 15 },
  { sku: 'NOODLES', name: '挂面 1kg', pointsPrice: 12, stock: 25 },
  { sku: 'EGGS-10', name: '鸡蛋（10个）', pointsPrice: 15, stock: 10 },
  { sku: 'DISH-SOAP', name: '洗洁精', pointsPrice: 12, stock: 16 },
  { sku: 'TOOTHBRUSH', name: '牙刷', pointsPrice: 4, stock: 60 },
  { sku: 'MOP', name: '拖把', pointsPrice: 30, stock: 6 },
  { sku: 'BROOM', name: '扫帚', pointsPrice: 15, stock: 8 },
  { sku: 'BIN-BAGS', name: '垃圾袋（一卷）', pointsPrice: 5, stock: 45 },
  { sku: 'THERMOS', name: '暖水瓶', pointsPrice: 40, stock: 4 },
  { sku: 'UMBRELLA', name: '雨伞', pointsPrice: 25, stock: 7 },
  { sku: 'BATTERY-AA', name: '5号电池（4节）', pointsPrice: 8, stock: 30 },
  { sku: 'TORCH', name: '手电筒', pointsPrice: 20, stock: 5 },
  { sku: 'NOTEBOOK', name: '作业本（10本）', pointsPrice: 10, stock: 40 },
  { sku: 'PENCIL', name: '铅笔（一盒）', pointsPrice: 6, stock: 35 },
];

const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());

/**
 * What does not fit a screen `width` wide: the page's scroll width, and visible elements that
 * reach past either edge (cut off). Poppers and dialogs that are not open are not shown.
 */
function fits(page: Page, width: number) {
  return page.evaluate((w) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const cut = [...document.querySelectorAll('.staff-app *')]
      .filter((el) => !el.closest('.el-drawer, .el-popper'))
      .filter((el) => shown(el) && (el.getBoundingClientRect().right > w + 1 || el.getBoundingClientRect().left < -1))
      .map(name);
    return { scrollWidth: document.documentElement.scrollWidth, cut };
  }, width);
}

describeWith(['chromium'], 'staff console: the love supermarket (爱心超市) for its operator', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'store');
  let tree: Awaited<ReturnType<typeof staffedTree<'operator'>>>;
  let admin: Client;
  let operator: Client;
  let programId: number;
  let store: { id: number; code: string };
  const STORE_NAME = '上木拉乡爱心超市';

  beforeAll(async () => {
    tree = await staffedTree(t, { operator: ['store_operator', 'townshipA'] });
    admin = tree.county.api();
    operator = as(t, { token: tree.staff.operator.token });
    programId = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    // The township's one store: its operator works in it without choosing.
    store = await openStore(t, tree.county.token, tree.townshipA, GOODS, { programId, name: STORE_NAME, code: uniqueCode('SML-') });
  });

  async function logIn(page: Page, username = tree.staff.operator.username): Promise<void> {
    await page.goto('/console');
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=shell-region]').waitFor();
  }

  /** Opens a screen of the console the way its links do, inside the page (history.pushState and popstate). */
  async function visit(page: Page, path: string): Promise<void> {
    await page.evaluate((to) => {
      history.pushState(history.state, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
    }, path);
    await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
  }

  /** A full-page screenshot from the top, once transitions (dialogs, drawers) have ended. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
    await b.shot(page, name);
  }

  const item = async (sku: string) =>
    (
      (await operator.get(`/stores/${store.id}/items?q=${encodeURIComponent(sku)}`)).body as {
        sku: string;
        stock: number;
        pointsPrice: number;
      }[]
    ).find((i) => i.sku === sku)!;

  const balanceOf = async (householdId: number): Promise<number> =>
    ((await admin.get(`/programs/${programId}/holders/${householdId}/balance`)).body as { balance: number }).balance;

  it('opens on the store’s goods, searched and paged by the service; edits a price; stocks in a delivery with who paid for it', async () => {
    const { page } = await b.newPage(COUNTER);
    await logIn(page);
    // The operator's first screen is the store's goods, with the store named: no store to choose.
    await page.waitForURL((url) => url.pathname === '/console/store/goods');
    expect((await page.locator('.shell-aside [data-test=menu-item]').allInnerTexts()).map((s) => s.trim())).toEqual([
      '商品',
      '入库',
      '兑换记录',
      '日报与月报',
      '结算',
      '收银终端',
    ]);
    await page.locator('[data-test=goods-row]').first().waitFor();
    expect(await text(page, '[data-test=store-name]')).toBe(STORE_NAME);
    expect(await page.locator('[data-test=store-picker]').count()).toBe(0);
    expect(await text(page, '[data-test=goods-total]')).toBe('共 24 种商品');
    expect(await page.locator('[data-test=goods-row]').count()).toBe(20);
    const rice = page.locator('[data-test=goods-row][data-sku="RICE-10KG"]');
    expect(plain(await rice.textContent())).toContain('每月 1 件');
    expect(await text(page, '[data-test=goods-row][data-sku="DETERGENT"] [data-test=goods-stock]')).toBe('库存不足 3');
    await shot(page, 'goods-1366');

    // The second page comes from the service: the four last by code.
    const secondPage = page.waitForResponse((r) => r.url().includes(`/stores/${store.id}/items?`) && r.url().includes('offset=20'));
    await page.click('[data-test=pager] .btn-next');
    expect((await secondPage).headers()['x-total-count']).toBe('24');
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.locator('[data-test=goods-row][data-sku="WATER-FEE-10"]').waitFor();
    expect(await page.locator('[data-test=goods-row]').count()).toBe(4);
    expect(await text(page, '[data-test=goods-row][data-sku="WATER-FEE-10"] [data-test=goods-stock]')).toBe('不计库存');

    // A search is the service's: its request names it, and one item comes back.
    const searched = page.waitForResponse((r) => r.url().includes(`/stores/${store.id}/items?`) && r.url().includes('q='));
    await page.fill('input[data-test=goods-search]', '肥皂');
    await page.click('[data-test=goods-search-submit]');
    expect(new URL((await searched).url()).searchParams.get('q')).toBe('肥皂');
    await page.locator('[data-test=goods-total]', { hasText: '共 1 种商品' }).waitFor();

    // 肥皂 goes up to 6 points, at most 5 a month per household.
    await page.click('[data-test=goods-row][data-sku="SOAP"] [data-test=goods-edit]');
    await page.locator('[data-test=item-form]').waitFor();
    await page.fill('[data-test=form-price] input', '6');
    await page.click('[data-test=form-limited]');
    await page.fill('[data-test=form-limit-quantity] input', '5');
    await shot(page, 'goods-edit-1366');
    await page.click('[data-test=form-save]');
    await page.locator('[data-test=flash]', { hasText: '已保存「肥皂」' }).waitFor();
    expect(await text(page, '[data-test=goods-row][data-sku="SOAP"] [data-test=goods-price]')).toBe('6 分');
    expect(await item('SOAP')).toMatchObject({ sku: 'SOAP', pointsPrice: 6, limitQuantity: 5, limitPer: 'month', active: true });

    // New goods: 蜡烛 at 3 points, 10 on the shelf.
    await page.click('[data-test=goods-add]');
    await page.locator('[data-test=item-form]').waitFor();
    expect(await page.locator('[data-test=form-save]').isDisabled()).toBe(true);
    await page.fill('input[data-test=form-sku]', 'CANDLE');
    await page.fill('input[data-test=form-name]', '蜡烛（一包）');
    await page.fill('[data-test=form-price] input', '3');
    await page.fill('[data-test=form-stock] input', '10');
    await page.locator('[data-test=form-name]').click();
    await shot(page, 'goods-add-1366');
    await page.click('[data-test=form-save]');
    await page.locator('[data-test=flash]', { hasText: '已上架「蜡烛（一包）」' }).waitFor();
    expect(await item('CANDLE')).toMatchObject({ name: '蜡烛（一包）', pointsPrice: 3, stock: 10, tracksStock: true, active: true });

    // 入库 from the goods list: the item is chosen, a delivery of 20 paid by the village fund.
    await page.fill('input[data-test=goods-search]', '');
    await page.click('[data-test=goods-search-submit]');
    await page.click('[data-test=goods-row][data-sku="RICE-10KG"] [data-test=goods-stock-in]');
    await page.waitForURL((url) => url.pathname === '/console/store/stock' && url.searchParams.get('sku') === 'RICE-10KG');
    await page.locator('[data-test=stock-current]', { hasText: '现有库存 12 件' }).waitFor();
    await page.locator('[data-test=movement][data-kind=initial]').waitFor();
    expect(await page.locator('[data-test=stock-submit]').isDisabled()).toBe(true);
    await page.fill('[data-test=stock-quantity] input', '20');
    await chooseOption(page, page.locator('[data-test=stock-funding]'), '村集体资金');
    await page.fill('input[data-test=stock-reason]', '12月采购');
    await shot(page, 'stock-in-1366');
    const sent = page.waitForRequest((r) => r.url().endsWith(`/stores/${store.id}/stock-movements`) && r.method() === 'POST');
    await page.click('[data-test=stock-submit]');
    expect((await sent).postDataJSON()).toEqual({ sku: 'RICE-10KG', quantity: 20, reason: '12月采购', fundingSource: 'village_fund' });
    await page.locator('[data-test=flash]', { hasText: '已入库「大米 10kg」20 件，现有库存 32 件' }).waitFor();
    await page.locator('[data-test=movement][data-kind=restock]').waitFor();
    expect(await text(page, '[data-test=movement][data-kind=restock] [data-test=movement-source]')).toBe('村集体资金');
    expect(await text(page, '[data-test=movement][data-kind=restock] [data-test=movement-quantity]')).toBe('+20');
    await shot(page, 'stock-in-done-1366');

    // The service agrees: 32 on the shelf, and the newest movement is the village fund's delivery.
    expect((await item('RICE-10KG')).stock).toBe(32);
    const movements = (await operator.get(`/stores/${store.id}/items/RICE-10KG/stock-movements`)).body as object[];
    expect(movements[0]).toMatchObject({
      kind: 'restock',
      quantity: 20,
      stockAfter: 32,
      fundingSource: 'village_fund',
      reason: '12月采购',
      actorType: 'user',
      actorId: tree.staff.operator.id,
    });
    const [row] = (await t.db.query(
      `SELECT m.funding_source AS "fundingSource", m.quantity, i.stock FROM stock_movements m JOIN store_items i ON i.id = m.item_id
        WHERE i.store_id = $1 AND i.sku = 'RICE-10KG' AND m.kind = 'restock'`,
      [store.id],
    )) as { fundingSource: string; quantity: number; stock: number }[];
    expect(row).toEqual({ fundingSource: 'village_fund', quantity: 20, stock: 32 });
  });

  it("refunds yesterday's receipt whole: the points and the stock come back; a refusal shows the service's message and code", async () => {
    const household = await householdHolding(t, tree.county.token, programId, tree.villageA, 300);
    const before = { rice: (await item('RICE-10KG')).stock, towel: (await item('TOWEL')).stock };
    const sold = await operator.post(`/stores/${store.id}/redemptions`, {
      householdId: household.id,
      lines: [
        { sku: 'RICE-10KG', quantity: 1 },
        { sku: 'TOWEL', quantity: 2 },
      ],
    });
    expect(sold.status).toBe(201);
    const redemption = sold.body as { id: string; receiptNo: string };
    expect(await balanceOf(household.id)).toBe(230);
    // Yesterday at 10:30 (the program's time), with yesterday's receipt number.
    const yesterday = addDays(today(), -1);
    const receiptNo = `${store.code}-${yesterday.replace(/-/g, '')}-0001`;
    await t.db.query(`UPDATE redemptions SET created_at = $2, receipt_no = $3 WHERE id = $1`, [
      redemption.id,
      `${yesterday}T10:30:00+08:00`,
      receiptNo,
    ]);

    const { page } = await b.newPage(COUNTER);
    await logIn(page);
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '兑换记录' }).click();
    await page.waitForURL((url) => url.pathname === '/console/store/receipts');
    await page.locator('[data-test=receipts-total]').waitFor();
    expect(await page.locator(`[data-test=receipt-row][data-receipt="${receiptNo}"]`).count()).toBe(0);
    // The day before: yesterday's receipts, asked of the service for that day in the store's timezone.
    const from = new Date(`${yesterday}T00:00:00+08:00`).toISOString();
    const asked = page.waitForResponse(
      (r) => r.url().includes(`/stores/${store.id}/redemptions?`) && new URL(r.url()).searchParams.get('from') === from,
    );
    await page.click('[data-test=day-previous]');
    expect(new URL((await asked).url()).searchParams.get('to')).toBe(new Date(`${today()}T00:00:00+08:00`).toISOString());
    const row = page.locator(`[data-test=receipt-row][data-receipt="${receiptNo}"]`);
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('大米 10kg ×1、毛巾 ×2');
    expect(plain(await row.textContent())).toContain('70 分');
    expect(await text(page, '[data-test=receipts-summary]')).toBe('兑换 1 笔，70 分 · 退货 0 笔，0 分 · 净 70 分，折合 70.00 元');
    await shot(page, 'receipts-yesterday-1366');

    await row.locator('[data-test=receipt-open]').click();
    await page.waitForURL((url) => url.pathname === `/console/store/receipts/${redemption.id}`);
    await page.locator('[data-test=refund-window]').waitFor();
    expect(await text(page, '.clerk-heading h1')).toBe(`小票 ${receiptNo}`);
    expect(await text(page, '[data-test=refund-window]')).toMatch(/^可退货至 .+（退货期限 7 天）$/);
    expect(await page.locator('[data-test=refund-send]').isDisabled()).toBe(true);
    await page.click('[data-test=refund-all]');
    await page.fill('textarea[data-test=refund-reason]', '农户说大米发霉，毛巾拿错了');
    expect(await text(page, '[data-test=refund-send]')).toBe('退货，退还 70 分');
    await shot(page, 'receipt-1366');
    await page.click('[data-test=refund-send]');
    await page.locator('[data-test=refund-confirm-text]').waitFor();
    const [named] = (await t.db.query(`SELECT household_no AS "householdNo", head_name AS "headName" FROM households WHERE id = $1`, [
      household.id,
    ])) as { householdNo: string; headName: string }[];
    expect(await text(page, '[data-test=refund-confirm-text]')).toBe(
      `户号 ${named.householdNo} · ${maskName(named.headName)} 退回：大米 10kg ×1、毛巾 ×2。共退还 70 分，库存和该户的限购额度同时恢复。`,
    );
    await shot(page, 'receipt-confirm-1366');
    const refunded = page.waitForRequest((r) => r.url().endsWith(`/redemptions/${redemption.id}/refund`) && r.method() === 'POST');
    await page.click('[data-test=refund-confirm]');
    const request = await refunded;
    // Everything left goes back: the whole receipt, with an Idempotency-Key.
    expect(request.postDataJSON()).toEqual({ reason: '农户说大米发霉，毛巾拿错了' });
    expect(request.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await page.locator('[data-test=refund-done]').waitFor();
    expect(await text(page, '[data-test=refund-done]')).toBe('已退货，退还 70 分，该户余额 300 分');
    await page.locator('[data-test=all-refunded]').waitFor();
    expect(await page.locator('[data-test=refund-row]').count()).toBe(1);
    await shot(page, 'receipt-refunded-1366');

    // The service agrees: the balance is back, the stock is back, each line refunded once.
    expect(await balanceOf(household.id)).toBe(300);
    expect({ rice: (await item('RICE-10KG')).stock, towel: (await item('TOWEL')).stock }).toEqual(before);
    const lines = (await t.db.query(
      `SELECT sku, quantity, refunded_quantity AS refunded FROM redemption_lines WHERE redemption_id = $1 ORDER BY id`,
      [redemption.id],
    )) as object[];
    expect(lines).toEqual([
      { sku: 'RICE-10KG', quantity: 1, refunded: 1 },
      { sku: 'TOWEL', quantity: 2, refunded: 2 },
    ]);
    const refunds = (await t.db.query(
      `SELECT points::int AS points, reason, actor_type AS "actorType" FROM refunds WHERE redemption_id = $1`,
      [redemption.id],
    )) as object[];
    expect(refunds).toEqual([{ points: 70, reason: '农户说大米发霉，毛巾拿错了', actorType: 'user' }]);
    await expectLedgerOk(admin);

    // A refusal: today's receipt refunded at the counter meanwhile; the screen shows the service's message and code.
    const other = (
      await operator.post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'SALT', quantity: 1 }] })
    ).body as { id: string; lines: { id: string }[] };
    await visit(page, `/console/store/receipts/${other.id}`);
    await page.locator('[data-test=refund-window]').waitFor();
    expect((await operator.post(`/redemptions/${other.id}/refund`, { reason: '收银台已退' })).status).toBe(201);
    await page.click('[data-test=refund-all]');
    await page.fill('textarea[data-test=refund-reason]', '重复退货');
    await page.click('[data-test=refund-send]');
    await page.click('[data-test=refund-confirm]');
    const refusal = page.locator('[data-test=refund-confirm-dialog] [data-test=error]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('ALREADY_REFUNDED');
    expect(await text(page, '[data-test=refund-confirm-dialog] [data-test=error-message]')).toBe('该商品已退过');
    expect(await text(page, '[data-test=refund-confirm-dialog] [data-test=error-code]')).toBe('错误代码：ALREADY_REFUNDED');
    await shot(page, 'receipt-refused-1366');
    expect(await balanceOf(household.id)).toBe(300);
  });

  it('makes a kiosk key shown once with the QR code of its set-up link, which binds a counter page; revokes it after a confirmation', async () => {
    const { page, context } = await b.newPage(COUNTER);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await logIn(page);
    await visit(page, '/console/store/kiosks');
    await page.locator('[data-test=kiosks-total]').waitFor();
    await page.fill('input[data-test=kiosk-name]', '一号收银台');
    const made = page.waitForResponse((r) => r.url().endsWith(`/stores/${store.id}/devices`) && r.request().method() === 'POST');
    await page.click('[data-test=kiosk-create]');
    const device = (await (await made).json()) as { id: number; apiKey: string };
    const dialog = page.locator('[data-test=kiosk-key-dialog]');
    await dialog.locator('[data-test=kiosk-qr]').waitFor();
    expect(await text(page, '[data-test=kiosk-key-once]')).toBe(
      '这把密钥只显示这一次，关闭后无法再查看。请现在完成绑定，或把密钥抄在安全的地方。',
    );
    const link = await text(page, '[data-test=kiosk-link]');
    expect(link).toBe(`${b.baseUrl}/kiosk#key=${encodeURIComponent(device.apiKey)}`);
    expect(await text(page, '[data-test=kiosk-key]')).toBe(device.apiKey);
    expect(await dialog.locator('[data-test=kiosk-qr]').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.click('[data-test=copy-link]');
    await page.locator('[data-test=copy-link]', { hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await shot(page, 'kiosk-key-1366');

    // The set-up link, opened on the counter PC: the counter page binds itself to the store.
    const { page: counter } = await b.newPage(COUNTER);
    await counter.goto(link);
    await counter.waitForSelector('[data-test=card-input]');
    expect(await text(counter, '[data-test=store-name]')).toBe(STORE_NAME);
    expect(await counter.evaluate(() => localStorage.getItem('mb.kiosk.apiKey'))).toBe(device.apiKey);
    expect(counter.url()).toBe(`${b.baseUrl}/kiosk`);
    await b.shot(counter, 'kiosk-bound');

    // Closed, the key is gone from the screen; the kiosk is listed without it.
    await page.click('[data-test=kiosk-key-done]');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('[data-test=kiosk-key]').count()).toBe(0);
    const kiosk = page.locator(`[data-test=kiosk-row][data-device="${device.id}"]`);
    await kiosk.waitFor();
    expect(await text(page, `[data-test=kiosk-row][data-device="${device.id}"] [data-test=kiosk-status]`)).toBe('在用');
    expect(plain(await page.content())).not.toContain(device.apiKey);

    // Revoked after a confirmation: it stops working at once.
    await kiosk.locator('[data-test=kiosk-revoke]').click();
    await page.locator('[data-test=revoke-dialog]').waitFor();
    expect(await text(page, '[data-test=revoke-dialog] .kiosks-confirm')).toContain('停用「一号收银台」后，这台终端立即不能再收银或退货');
    await shot(page, 'kiosk-revoke-1366');
    await page.click('[data-test=revoke-confirm]');
    await page.locator('[data-test=flash]', { hasText: '已停用「一号收银台」' }).waitFor();
    expect(await text(page, `[data-test=kiosk-row][data-device="${device.id}"] [data-test=kiosk-status]`)).toMatch(/^已停用（.+）$/);
    expect(await page.locator(`[data-test=kiosk-row][data-device="${device.id}"] [data-test=kiosk-revoke]`).count()).toBe(0);
    await shot(page, 'kiosks-1366');
    const [stored] = (await t.db.query(`SELECT revoked_at AS "revokedAt" FROM devices WHERE id = $1`, [device.id])) as {
      revokedAt: Date | null;
    }[];
    expect(stored.revokedAt).toBeInstanceOf(Date);
    const refused = await as(t, { apiKey: device.apiKey }).get('/devices/me');
    expect({ status: refused.status, code: (refused.body as { error: { code: string } }).error.code }).toEqual({
      status: 401,
      code: 'INVALID_API_KEY',
    });
  });

  it('reports the day and the month with downloads, and lists the settlements the township made', async () => {
    const household = await householdHolding(t, tree.county.token, programId, tree.villageA, 200);
    expect(
      (
        await operator.post(`/stores/${store.id}/redemptions`, {
          householdId: household.id,
          lines: [
            { sku: 'NOODLES', quantity: 2 },
            { sku: 'EGGS-10', quantity: 1 },
          ],
        })
      ).status,
    ).toBe(201);
    const settled = await admin.post(`/stores/${store.id}/settlements`, {});
    expect(settled.status).toBe(201);
    const settlement = settled.body as { id: string; points: number; valueFen: number };

    const { page } = await b.newPage(COUNTER);
    await logIn(page);
    await visit(page, '/console/store/reports');
    await page.locator('[data-test=report-figures]').waitFor();
    const day = (await operator.get(`/stores/${store.id}/reports/day`)).body as {
      redemptions: number;
      netPoints: number;
      valueFen: number;
    };
    expect(await text(page, '[data-test=figure-redemptions]')).toBe(String(day.redemptions));
    expect(await text(page, '[data-test=figure-net]')).toBe(String(day.netPoints).replace('-', '\u2212'));
    // Today's refund of yesterday's receipt counts today: the net may be below zero (a true minus sign).
    expect(await text(page, '[data-test=figure-value]')).toBe(`${yuanText(day.valueFen).replace('-', '\u2212')} 元`);
    await shot(page, 'report-day-1366');
    const xlsx = page.waitForEvent('download');
    await page.click('[data-test=download-xlsx]');
    expect((await xlsx).suggestedFilename()).toBe(`store-${store.id}-${today()}.xlsx`);

    await page.click('[data-test=tab-month]');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'month');
    await page.locator('[data-test=report-day-row]').first().waitFor();
    await shot(page, 'report-month-1366');
    const csv = page.waitForEvent('download');
    await page.click('[data-test=download-csv]');
    expect((await csv).suggestedFilename()).toBe(`store-${store.id}-${today().slice(0, 7)}.csv`);

    await visit(page, '/console/store/settlements');
    const row = page.locator(`[data-test=settlement-row][data-settlement="${settlement.id}"]`);
    await row.waitFor();
    expect(await text(page, `[data-test=settlement-row][data-settlement="${settlement.id}"] [data-test=settlement-value]`)).toBe(
      `${yuanText(settlement.valueFen)} 元`,
    );
    // An operator reads settlements; the township and county offices make them.
    expect(await page.locator('[data-test=settle]').count()).toBe(0);
    await page.locator('[data-test=settle-managers-only]').waitFor();
    const exported = page.waitForEvent('download');
    await page.click('[data-test=settlements-xlsx]');
    expect((await exported).suggestedFilename()).toBe(`store-${store.id}-settlements.xlsx`);
    await shot(page, 'settlements-1366');
  });

  it('lets a county admin choose the store first, then settle it up to today', async () => {
    const other = await openStore(t, tree.county.token, tree.townshipB, GOODS.slice(0, 3), { programId, name: '西街爱心超市' });
    expect(other.id).toBeGreaterThan(0);
    const household = await householdHolding(t, tree.county.token, programId, tree.villageA, 150);
    expect(
      (await operator.post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'PENCIL', quantity: 1 }] }))
        .status,
    ).toBe(201);
    const { page } = await b.newPage(COUNTER);
    await logIn(page, tree.county.username);
    await visit(page, '/console/store/settlements');
    await page.locator('[data-test=store-picker]').waitFor();
    await shot(page, 'county-pick-store-1366');
    await searchAndChoose(page, page.locator('[data-test=pick-store]'), '上木拉', STORE_NAME);
    await page.locator('[data-test=store-name]', { hasText: STORE_NAME }).waitFor();
    await page.locator('[data-test=settle]').click();
    await page.locator('[data-test=settle-dialog]').waitFor();
    const sent = page.waitForRequest((r) => r.url().endsWith(`/stores/${store.id}/settlements`) && r.method() === 'POST');
    await page.click('[data-test=settle-confirm]');
    const request = await sent;
    expect(request.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date((request.postDataJSON() as { upTo: string }).upTo).toISOString()).toBe(
      new Date(`${addDays(today(), 1)}T00:00:00+08:00`).toISOString(),
    );
    await page.locator('[data-test=settled]').waitFor();
    expect(await text(page, '[data-test=settled]')).toMatch(/^结算单 \d+：6 分，6\.00 元（兑换 1 笔，退货 0 笔）$/);
    await shot(page, 'county-settled-1366');
    // The choice holds across the store's screens.
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '商品' }).click();
    await page.locator('[data-test=goods-row]').first().waitFor();
    expect(await text(page, '[data-test=store-name]')).toBe(STORE_NAME);
  });

  it('fits a 1920×1080 screen and a 375-px phone on every store screen: nothing past the edge', async () => {
    const redemption = (await operator.get(`/stores/${store.id}/redemptions?limit=1`)).body as { id: string }[];
    const screens = [
      ['goods', '/console/store/goods', '[data-test=goods-row]'],
      ['stock', '/console/store/stock?sku=RICE-10KG', '[data-test=movement]'],
      ['receipts', '/console/store/receipts', '[data-test=receipts-total]'],
      ['receipt', `/console/store/receipts/${redemption[0].id}`, '[data-test=receipt-line]'],
      ['report-day', '/console/store/reports', '[data-test=report-figures]'],
      ['report-month', '/console/store/reports?tab=month', '[data-test=report-figures]'],
      ['settlements', '/console/store/settlements', '[data-test=settlement-row]'],
      ['kiosks', '/console/store/kiosks', '[data-test=kiosk-row]'],
    ] as const;
    for (const [size, viewport] of [
      ['1920', WIDE],
      ['375', MOBILE],
    ] as const) {
      const { page } = await b.newPage(viewport);
      await logIn(page);
      for (const [name, path, ready] of screens) {
        await visit(page, path);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        const seen = await fits(page, viewport.width);
        expect({ name, size, ...seen }).toEqual({ name, size, scrollWidth: viewport.width, cut: [] });
        await shot(page, `${name}-${size}`);
      }
      // The key dialog on a phone too.
      if (size === '375') {
        await visit(page, '/console/store/kiosks');
        await page.fill('input[data-test=kiosk-name]', '手机上建的终端');
        await page.click('[data-test=kiosk-create]');
        await page.locator('[data-test=kiosk-qr]').waitFor();
        expect((await fits(page, viewport.width)).scrollWidth).toBe(viewport.width);
        await shot(page, 'kiosk-key-375');
      }
      // English: the same screen in the other language.
      await visit(page, '/console/store/goods');
      await page.locator('[data-test=goods-row]').first().waitFor();
      if (size === '375') {
        await page.click('[data-test=menu-button]');
        await page.click('[data-test=drawer-language]');
        await page.keyboard.press('Escape');
        await page.locator('.shell-drawer').waitFor({ state: 'hidden' });
      } else await page.click('[data-test=language]');
      await page.locator('.clerk-heading h1', { hasText: 'Goods' }).waitFor();
      expect(await text(page, '[data-test=goods-total]')).toBe('25 goods');
      expect((await fits(page, viewport.width)).scrollWidth).toBe(viewport.width);
      await shot(page, `goods-en-${size}`);
    }
  });
});
