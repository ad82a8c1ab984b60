/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.js';
import { as, createHousehold, createProgram, createRegion, createRule, PASSWORD, today } from './support/fixtures.js';
import { openStore, staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

const DESK = { width: 1366, height: 900 };

/**
 * The staff console's reports (/console, Element Plus and ECharts): a county office signs in and
 * reads participation (by village and by grid), redemptions, liability, expiring points and staff
 * activity of its county as the service computes them, and downloads them.
 */
describeWith(['chromium'], 'staff console: reports (积分管理后台)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'console');

  async function logIn(page: Page, username: string): Promise<void> {
    await page.goto('/console');
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    // The console opens the role's first screen; the reports are an entry of its menu.
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '统计报表' }).click();
    await page.waitForURL((url) => url.pathname === '/console/reports');
    await page.locator('[data-test=caption]').waitFor();
  }

  const cells = (page: Page) =>
    page
      .locator('[data-test=table] .el-table__body-wrapper tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())));

  it('shows the county office its reports as the service computes them, with charts, by grid, and downloads', async () => {
    const tree = await staffedTree(t, { office: ['county_admin', 'county'], clerk: ['village_clerk', 'villageA'] });
    const api = tree.county.api();
    const program = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    const grid = await createRegion(t, tree.county.token, 'grid', tree.villageA);
    const households = [];
    for (let i = 0; i < 5; i++)
      households.push(await createHousehold(t, tree.county.token, i < 4 ? tree.villageA : tree.villageB, i < 2 ? { gridId: grid } : {}));
    const rule = await createRule(t, tree.county.token, program, { points: 10 });
    // The clerk awards three households of village A: 3 of 4 take part there, none in village B.
    const clerk = tree.staff.clerk;
    const clerkApi = as(t, { token: clerk.token });
    expect(
      (
        await clerkApi.post(`/programs/${program}/awards`, {
          ruleId: rule.id,
          holderIds: households.slice(0, 3).map((h) => h.id),
          occurredOn: today(),
        })
      ).status,
    ).toBe(201);
    const store = await openStore(t, tree.county.token, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 10 }], {
      programId: program,
    });
    expect(
      (await api.post(`/stores/${store.id}/redemptions`, { householdId: households[0].id, lines: [{ sku: 'SOAP', quantity: 1 }] })).status,
    ).toBe(201);

    const { page } = await b.newPage(DESK);
    await logIn(page, tree.staff.office.username);

    // 参与率: the villages as the report says, and the chart drawn.
    const participation = (await api.get(`/reports/participation?programId=${program}`)).body as {
      villages: { villageName: string; households: number; participating: number }[];
    };
    expect(participation.villages.map((v) => [v.households, v.participating])).toEqual([
      [4, 3],
      [1, 0],
    ]);
    const rows = await cells(page);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      [participation.villages[0].villageName, '4', '3', '75%'],
      [participation.villages[1].villageName, '1', '0', '0%'],
    ]);
    expect(await page.locator('.console-chart canvas').count()).toBeGreaterThan(0);
    await b.shot(page, 'participation');

    // By grid: the grid's two households, then village A's two in none, then village B's one.
    await page.locator('[data-test=by-grid]').click();
    await page.locator('[data-test=table] th:has-text("网格")').waitFor();
    expect((await cells(page)).map((r) => r.slice(1, 4))).toEqual([
      [expect.any(String), '2', '2'],
      ['（未划入网格）', '2', '1'],
      ['（未划入网格）', '1', '0'],
    ]);
    await b.shot(page, 'participation-grid');

    // Downloaded as Excel.
    const download = page.waitForEvent('download');
    await page.locator('[data-test=download-xlsx]').click();
    expect((await download).suggestedFilename()).toMatch(/^participation-.*\.xlsx$/);

    // 积分负债: what the households may redeem (10 + 10 + 10 − 4 = 26 points).
    await page.getByRole('tab', { name: '积分负债' }).click();
    await page.locator('[data-test=outstanding]').waitFor();
    expect(await page.locator('[data-test=outstanding] .el-statistic__number').innerText()).toBe('26');
    await b.shot(page, 'liability');

    // 兑换统计 and 工作人员: the one sale, and the clerk's three awards.
    await page.getByRole('tab', { name: '兑换统计' }).click();
    await page.locator('[data-test=table] td:has-text("肥皂"), [data-test=table] td:has-text("爱心超市")').first().waitFor();
    expect((await cells(page))[0].slice(2, 4)).toEqual(['1', '4']);
    await page.getByRole('tab', { name: '工作人员' }).click();
    await page.locator(`[data-test=table] td:has-text("${clerk.username}"), [data-test=table] td:has-text("村干部")`).first().waitFor();
    expect((await cells(page))[0].slice(1, 5)).toEqual(['村干部', '3', '+30 / 0', '3']);
    await b.shot(page, 'staff');
  });

  it("gives a store operator the store's screens only, and refuses it the reports in Chinese", async () => {
    const tree = await staffedTree(t, { operator: ['store_operator', 'townshipA'] });
    await createProgram(t, tree.county.token, tree.county.countyId);
    const { page } = await b.newPage(DESK);
    await page.goto('/console');
    await page.locator('input[name="username"]').fill(tree.staff.operator.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=menu-item]').first().waitFor();
    expect((await page.locator('[data-test=menu-item]').allInnerTexts()).map((s) => s.trim())).toEqual([
      '商品',
      '入库',
      '兑换记录',
      '日报与月报',
      '结算',
      '收银终端',
    ]);
    await page.goto('/console/reports');
    await page.locator('[data-test=not-allowed]').waitFor();
    expect(await page.locator('[data-test=not-allowed]').innerText()).toContain('没有权限');
  });
});
