/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { COUNTER, MOBILE, searchAndChoose, useBrowser } from './support/browser.js';
import {
  as,
  createHousehold,
  createProgram,
  createRule,
  eventually,
  PASSWORD,
  today,
  uniqueCode,
  type Client,
} from './support/fixtures.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * The auditor (村务监督委员会) and the county office in the staff console: the auditor runs the
 * ledger check and reads the audit log filtered by action, by person and by days, row by row as
 * the service answers; the county admin adds a village and a grid under a township, a clerk for
 * the village, finds the clerk and reads a user's conflict-of-interest declaration; a store
 * operator and a village clerk get none of these screens.
 */

const WIDE = { width: 1920, height: 1080 };

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());
const texts = async (page: Page, selector: string): Promise<string[]> => (await page.locator(selector).allTextContents()).map(plain);
const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the console writes it on the test's clock (Asia/Shanghai): 2026-07-15 14:05:09. */
const stamp = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
/** Midnight in Shanghai of a day (YYYY-MM-DD), as an instant. */
const shanghaiMidnight = (day: string, plusDays = 0): string =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString();
const dayBefore = (day: string): string => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface Entry {
  id: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  requestId: string | null;
  outcome: string;
}

describeWith(['chromium'], 'staff console: the audit and the organisation screens', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'audit');
  let tree: Awaited<ReturnType<typeof staffedTree<'auditor' | 'office' | 'clerk' | 'store'>>>;
  let auditor: Client;
  let admin: Client;
  let program: number;
  let households: { id: number; householdNo: string }[];
  const CLERK_NAME = '李文书';
  const AWARD = 'POST /api/v1/programs/:id/awards';

  beforeAll(async () => {
    tree = await staffedTree(t, {
      auditor: ['auditor', 'county'],
      office: ['county_admin', 'county'],
      clerk: ['village_clerk', 'villageA'],
      store: ['store_operator', 'townshipA'],
    });
    auditor = as(t, { token: tree.staff.auditor.token });
    admin = as(t, { token: tree.staff.office.token });
    expect((await admin.patch(`/users/${tree.staff.clerk.id}`, { displayName: CLERK_NAME })).status).toBe(200);
    expect((await admin.patch(`/users/${tree.staff.office.id}`, { displayName: '县农业农村局 王科长' })).status).toBe(200);
    expect((await admin.patch(`/users/${tree.staff.auditor.id}`, { displayName: '村监委 赵主任' })).status).toBe(200);

    program = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    const patrol = await createRule(t, tree.county.token, program, { name: '义务巡逻', category: '平安建设', points: 10 });
    const litter = await createRule(t, tree.county.token, program, { name: '乱扔垃圾', category: '环境卫生', points: -5 });
    households = [];
    for (const headName of ['张三', '李四', '王五', '赵六']) {
      const householdNo = uniqueCode('A');
      const h = await createHousehold(t, tree.staff.clerk.token, tree.villageA, { householdNo, headName });
      households.push({ id: h.id, householdNo });
    }
    // The clerk's day: two award requests, a deduction, and one refused (a village not its own).
    const clerk = as(t, { token: tree.staff.clerk.token });
    const ids = households.map((h) => h.id);
    expect(
      (await clerk.post(`/programs/${program}/awards`, { ruleId: patrol.id, holderIds: ids.slice(0, 3), occurredOn: today() })).status,
    ).toBe(201);
    expect((await clerk.post(`/programs/${program}/awards`, { ruleId: patrol.id, holderIds: [ids[3]], occurredOn: today() })).status).toBe(
      201,
    );
    expect(
      (
        await clerk.post(`/programs/${program}/deductions`, {
          ruleId: litter.id,
          holderIds: [ids[1]],
          occurredOn: today(),
          reason: '乱倒垃圾',
        })
      ).status,
    ).toBe(201);
    expect((await clerk.post('/households', { villageId: tree.villageB, householdNo: 'X1', headName: '外村' })).status).toBe(403);
    // The county office awards too, so the action filter has more than one person's rows.
    expect((await admin.post(`/programs/${program}/awards`, { ruleId: patrol.id, holderIds: [ids[2]], occurredOn: today() })).status).toBe(
      201,
    );
    // The clerk declares where it lives and its relatives (利益冲突申报).
    const declared = await clerk.put('/users/me/declaration', { householdId: ids[0], relatedHouseholdIds: [ids[2], ids[3]] });
    expect(declared.status).toBe(200);
    // The trail is written in batches after the answers: wait for the last change.
    await eventually(async () => {
      const last = (await auditor.get(`/audit-log?actorId=${tree.staff.clerk.id}&entity=users`)).body as Entry[];
      return last.length > 0 ? true : undefined;
    }, 30000);
  });

  async function logIn(page: Page, username: string, path = '/console'): Promise<void> {
    await page.goto(path);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.shell-aside [data-test=menu-item], [data-test=menu-button]').first().waitFor();
  }

  /** A full-page screenshot from the top, once transitions (dialogs, drawers) have ended. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
    await b.shot(page, name);
  }

  const menuOf = async (page: Page): Promise<string[]> => texts(page, '.shell-aside [data-test=menu-item]');
  const openFromMenu = async (page: Page, entry: string, path: string) => {
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: entry }).click();
    await page.waitForURL((url) => url.pathname === path);
  };
  /** Picks the option of an open Element Plus select by its exact words. */
  const choose = async (page: Page, words: string) => {
    await page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^\\s*${words}\\s*$`) }).click();
  };
  /** Waits until the audit table shows exactly these request ids, in this order. */
  const tableShows = async (page: Page, requestIds: (string | null)[]) => {
    await page.waitForFunction(
      (ids) => [...document.querySelectorAll('[data-test=cell-request-id]')].map((e) => e.textContent?.trim()).join('|') === ids.join('|'),
      requestIds.map((id) => id ?? '—'),
    );
  };
  const trail = async (query: string): Promise<Entry[]> => {
    const res = await auditor.get(`/audit-log?limit=31&${query}`);
    expect(res.status).toBe(200);
    return res.body as Entry[];
  };
  /** The auditor's log-ins on the trail so far. */
  const auditorLogins = async (): Promise<number> =>
    (await trail(`actorId=${tree.staff.auditor.id}&action=${encodeURIComponent('POST /api/v1/auth/login')}`)).length;

  it('shows the auditor the ledger check as the service answers it: 账平, with the figures it checked', async () => {
    const { page } = await b.newPage(COUNTER);
    await logIn(page, tree.staff.auditor.username);
    // The auditor's console opens on its first screen, the ledger check.
    await page.waitForURL((url) => url.pathname === '/console/ledger-check');
    const menu = await menuOf(page);
    expect(menu.filter((m) => ['账务核对', '操作日志', '工作人员履职', '区划', '人员'].includes(m))).toEqual([
      '账务核对',
      '操作日志',
      '工作人员履职',
    ]);

    await page.locator('[data-test=check-verdict][data-ok=true]').waitFor();
    const check = (await auditor.get('/ledger/check')).body as {
      ok: boolean;
      transactions: number;
      postings: number;
      globalSum: number;
      imbalances: unknown[];
      balanceMismatches: unknown[];
      lotMismatches: unknown[];
    };
    expect(check).toMatchObject({ ok: true, globalSum: 0, imbalances: [], balanceMismatches: [], lotMismatches: [] });
    // Four openings at the base, four awards to the clerk's households… each with two postings.
    expect(check.transactions).toBeGreaterThanOrEqual(9);
    expect(check.postings).toBe(check.transactions * 2);
    expect(await text(page, '[data-test=check-headline]')).toBe('账平');
    expect(await text(page, '[data-test=check-transactions] strong')).toBe(check.transactions.toLocaleString('zh-CN'));
    expect(await text(page, '[data-test=check-postings] strong')).toBe(check.postings.toLocaleString('zh-CN'));
    expect(await text(page, '[data-test=check-global-sum] strong')).toBe('0');
    for (const figure of ['imbalance', 'mismatch', 'lot']) expect(await text(page, `[data-test=check-${figure}-count] strong`)).toBe('0');
    expect(await texts(page, '[data-test=check-imbalances] .el-table__empty-text')).toEqual(['没有发现问题']);
    expect(await texts(page, '[data-test=check-mismatches] .el-table__empty-text')).toEqual(['没有发现问题']);
    const [when, scope] = await texts(page, '[data-test=check-when] > span');
    expect(when).toMatch(new RegExp(`^核对时间：${today()} \\d{2}:\\d{2}:\\d{2}$`));
    expect(scope).toBe('范围：全部积分方案');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
    await shot(page, 'ledger-check-1366');

    // One program: the same answer for it, named.
    await page.click('[data-test=check-program]');
    await choose(page, '道德积分');
    await page.waitForURL((url) => url.searchParams.get('programId') === String(program));
    await page.locator('[data-test=check-when]', { hasText: '范围：道德积分' }).waitFor();
    const one = (await auditor.get(`/ledger/check?programId=${program}`)).body as { transactions: number };
    expect(await text(page, '[data-test=check-transactions] strong')).toBe(String(one.transactions));
  });

  it('filters the audit log by action, by person and by days, showing the rows the service answers', async () => {
    const { page } = await b.newPage(COUNTER);
    const logins = await auditorLogins();
    await logIn(page, tree.staff.auditor.username);
    // The log-in itself is on the trail (written just after its answer): wait for it, so the list below is complete.
    await eventually(async () => ((await auditorLogins()) > logins ? true : undefined), 30000);
    await openFromMenu(page, '操作日志', '/console/audit-log');
    const all = await trail('');
    await tableShows(
      page,
      all.slice(0, 30).map((e) => e.requestId),
    );
    expect(await text(page, '[data-test=audit-page-info]')).toBe('第 1 页，本页 30 条，最新的在前');
    expect(await page.locator('[data-test=page-next]').isDisabled()).toBe(all.length <= 30);
    await shot(page, 'audit-log-1366');

    // By action: 加分 — the clerk's two requests and the county office's one.
    await page.click('[data-test=filter-action]');
    await choose(page, '加分');
    await page.waitForURL((url) => url.searchParams.get('action') === AWARD);
    const awards = await trail(`action=${encodeURIComponent(AWARD)}`);
    expect(awards.map((e) => [e.action, e.actorId])).toEqual([
      [AWARD, tree.staff.office.id],
      [AWARD, tree.staff.clerk.id],
      [AWARD, tree.staff.clerk.id],
    ]);
    await tableShows(
      page,
      awards.map((e) => e.requestId),
    );
    expect(new Set(await texts(page, '[data-test=cell-action]'))).toEqual(new Set(['加分']));
    expect(await texts(page, '[data-test=cell-who]')).toEqual(['县农业农村局 王科长', CLERK_NAME, CLERK_NAME]);
    expect(await texts(page, '[data-test=cell-role]')).toEqual(['县级管理员', '村干部', '村干部']);
    expect(await texts(page, '[data-test=cell-target]')).toEqual(Array(3).fill(`积分方案 #${program}`));
    expect(new Set(await texts(page, '[data-test=cell-outcome]'))).toEqual(new Set(['成功']));
    await shot(page, 'audit-log-action-1366');

    // By person instead: the clerk, found by name; every row the clerk's, the refusal among them.
    await page.click('[data-test=filter-clear]');
    await page.waitForURL((url) => !url.searchParams.has('action'));
    await searchAndChoose(page, page.locator('[data-test=filter-actor]'), '文书', CLERK_NAME);
    await page.waitForURL((url) => url.searchParams.get('actor') === String(tree.staff.clerk.id));
    const clerks = await trail(`actorId=${tree.staff.clerk.id}`);
    expect(clerks.length).toBeGreaterThanOrEqual(9);
    expect(new Set(clerks.map((e) => e.actorId))).toEqual(new Set([tree.staff.clerk.id]));
    await tableShows(
      page,
      clerks.slice(0, 30).map((e) => e.requestId),
    );
    expect(new Set(await texts(page, '[data-test=cell-who]'))).toEqual(new Set([CLERK_NAME]));
    expect(new Set(await texts(page, '[data-test=cell-role]'))).toEqual(new Set(['村干部']));
    expect(await texts(page, '[data-test=cell-action]')).toEqual(
      expect.arrayContaining(['利益冲突申报', '扣分', '加分', '登记农户', '工作人员登录']),
    );
    const refused = clerks.find((e) => e.outcome === 'failure')!;
    expect(refused).toMatchObject({ action: 'POST /api/v1/households' });
    const refusedRow = page.locator('.audit-table .el-table__row', { hasText: refused.requestId! });
    expect(plain(await refusedRow.locator('[data-test=cell-outcome]').textContent())).toBe('失败');
    expect(plain(await refusedRow.textContent())).toContain('OUT_OF_SCOPE');

    // …and by days: today has them all, yesterday none.
    const day = today();
    await page.locator('[data-test=filter-from] input').fill(day);
    await page.locator('[data-test=filter-from] input').press('Enter');
    await page.locator('[data-test=filter-to] input').fill(day);
    await page.locator('[data-test=filter-to] input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('from') === day && url.searchParams.get('to') === day);
    const inDay = await trail(
      `actorId=${tree.staff.clerk.id}&from=${encodeURIComponent(shanghaiMidnight(day))}&to=${encodeURIComponent(shanghaiMidnight(day, 1))}`,
    );
    expect(inDay.map((e) => e.id)).toEqual(clerks.map((e) => e.id));
    await tableShows(
      page,
      inDay.slice(0, 30).map((e) => e.requestId),
    );
    await shot(page, 'audit-log-actor-day-1366');

    const yesterday = dayBefore(day);
    await page.locator('[data-test=filter-from] input').fill(yesterday);
    await page.locator('[data-test=filter-from] input').press('Enter');
    await page.locator('[data-test=filter-to] input').fill(yesterday);
    await page.locator('[data-test=filter-to] input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('from') === yesterday && url.searchParams.get('to') === yesterday);
    expect(
      await trail(
        `actorId=${tree.staff.clerk.id}&from=${encodeURIComponent(shanghaiMidnight(yesterday))}&to=${encodeURIComponent(shanghaiMidnight(day))}`,
      ),
    ).toEqual([]);
    await tableShows(page, []);
    await page.locator('[data-test=audit-table] .el-table__empty-text', { hasText: '没有符合条件的记录' }).waitFor();

    // A row in full: the refused request, with the service's words for its code.
    await page.click('[data-test=filter-clear]');
    await page.waitForURL((url) => url.search === '');
    await page.locator('input[data-test=filter-q]').fill(refused.requestId!);
    await page.click('[data-test=filter-search]');
    await tableShows(page, [refused.requestId]);
    await page.locator('.audit-table .el-table__row').first().click();
    const detail = page.locator('[data-test=audit-detail]');
    await detail.locator('[data-test=detail-request-id]').waitFor();
    expect(await text(page, '[data-test=detail-request-id]')).toBe(refused.requestId);
    expect(await text(page, '[data-test=detail-actor]')).toBe(CLERK_NAME);
    expect(await text(page, '[data-test=detail-role]')).toBe('村干部');
    expect(await text(page, '[data-test=detail-action]')).toBe('登记农户');
    expect(await text(page, '[data-test=detail-outcome]')).toBe('失败');
    expect(await text(page, '[data-test=detail-at]')).toBe(stamp((refused as Entry & { at: string }).at));
    expect(await text(page, '[data-test=detail-error]')).not.toBe('');
    await shot(page, 'audit-detail-1366');
    // 只看此人的操作: the drawer closes on the person's rows.
    await page.click('[data-test=detail-same-actor]');
    await page.waitForURL((url) => url.searchParams.get('actor') === String(tree.staff.clerk.id));
    await detail.waitFor({ state: 'hidden' });

    // English: the words follow the language switch.
    await page.click('[data-test=filter-clear]');
    await page.click('[data-test=filter-action]');
    await choose(page, '扣分');
    await tableShows(
      page,
      (await trail(`action=${encodeURIComponent('POST /api/v1/programs/:id/deductions')}`)).map((e) => e.requestId),
    );
    await page.click('[data-test=language]');
    await page.locator('.clerk-heading h1', { hasText: 'Audit log' }).waitFor();
    expect(await texts(page, '[data-test=cell-action]')).toEqual(['Deduction']);
    expect(await texts(page, '[data-test=cell-role]')).toEqual(['Village clerk']);
    await shot(page, 'audit-log-en-1366');
    await page.click('[data-test=language]');
  });

  it('opens the staff-activity report from the audit menu', async () => {
    const { page } = await b.newPage(COUNTER);
    await logIn(page, tree.staff.auditor.username);
    await openFromMenu(page, '工作人员履职', '/console/staff-activity');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'staff');
    expect(await text(page, '.el-tabs__item.is-active')).toBe('工作人员');
    await page.locator('[data-test=table] td', { hasText: CLERK_NAME }).first().waitFor();
    await shot(page, 'staff-activity-1366');
  });

  it('fits the auditor screens on a 375-px phone', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page, tree.staff.auditor.username);
    await page.waitForURL((url) => url.pathname === '/console/ledger-check');
    await page.locator('[data-test=check-verdict][data-ok=true]').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'ledger-check-375');
    await page.goto(`/console/audit-log?actor=${tree.staff.clerk.id}`);
    await page.locator('[data-test=audit-card]').first().waitFor();
    await shot(page, 'audit-log-375');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
  });

  it('lets a county admin add a village and a grid under a township, a clerk for the village, find the clerk and read a declaration', async () => {
    const { page } = await b.newPage(WIDE);
    await logIn(page, tree.staff.office.username);
    const menu = await menuOf(page);
    expect(menu.filter((m) => ['区划', '人员', '账务核对', '操作日志', '工作人员履职'].includes(m))).toEqual([
      '区划',
      '人员',
      '账务核对',
      '操作日志',
      '工作人员履职',
    ]);
    await openFromMenu(page, '区划', '/console/regions');
    const name = async (id: number) => ((await admin.get(`/regions/${id}`)).body as { name: string }).name;
    const [county, townshipA, townshipB, villageA] = await Promise.all(
      [tree.county.countyId, tree.townshipA, tree.townshipB, tree.villageA].map(name),
    );
    await page.locator('[data-test=region-current]', { hasText: county }).waitFor();
    await page.locator('[data-test=region-row-name]').first().waitFor();
    const townships = (await admin.get(`/regions?parentId=${tree.county.countyId}`)).body as { items: { name: string }[] };
    expect(townships.items.map((r) => r.name).sort()).toEqual([townshipA, townshipB].sort());
    expect(await texts(page, '[data-test=region-row-name]')).toEqual(townships.items.map((r) => r.name));
    expect(await text(page, '[data-test=region-total]')).toBe('下设 2 个乡镇');
    await shot(page, 'regions-county-1920');

    // Into township A, then a new village there.
    await page.locator('.regions-table .el-table__row', { hasText: townshipA }).click();
    await page.locator('[data-test=region-current]', { hasText: townshipA }).waitFor();
    await page.locator('[data-test=region-row-name]', { hasText: villageA }).waitFor();
    expect(await texts(page, '[data-test=region-crumb]')).toEqual([county]);
    const villageCode = uniqueCode('XINMIN-');
    await page.click('[data-test=region-add]');
    const form = page.locator('[data-test=region-form]');
    await form.waitFor();
    expect(plain(await form.locator('.el-dialog__title').textContent())).toBe(`在「${townshipA}」下添加村`);
    await form.locator('input[data-test=region-name]').fill('新民村');
    await form.locator('input[data-test=region-code]').fill(villageCode);
    await form.locator('[data-test=region-save]').click();
    await page.locator('[data-test=region-added]', { hasText: '已添加村「新民村」' }).waitFor();
    await form.waitFor({ state: 'hidden' });
    await page.locator('[data-test=region-row-name]', { hasText: '新民村' }).waitFor();
    const villages = (await admin.get(`/regions?parentId=${tree.townshipA}`)).body as {
      items: { id: number; code: string; name: string; level: string }[];
    };
    const village = villages.items.find((v) => v.code === villageCode)!;
    expect(village).toMatchObject({ name: '新民村', level: 'village' });

    // The same code again: the service refuses, and the form says so with its code.
    await page.click('[data-test=region-add]');
    await form.waitFor();
    await form.locator('input[data-test=region-name]').fill('重复村');
    await form.locator('input[data-test=region-code]').fill(villageCode);
    await form.locator('[data-test=region-save]').click();
    await form.locator('[data-test=error-code]', { hasText: 'DUPLICATE_CODE' }).waitFor();
    expect(await text(page, '[data-test=region-form] [data-test=error-message]')).not.toBe('');
    await shot(page, 'region-refused-1920');
    await form.locator('.el-dialog__footer button', { hasText: '取消' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(((await admin.get(`/regions?parentId=${tree.townshipA}`)).body as { total: number }).total).toBe(villages.items.length);

    // Found by part of its name, by the service: only it is listed.
    await page.fill('input[data-test=region-search]', '新民');
    await page.click('[data-test=region-search-submit]');
    await page.locator('[data-test=region-total]', { hasText: '找到 1 个村' }).waitFor();
    expect(await page.locator('.regions-table .el-table__row').count()).toBe(1);

    // Into the new village: a grid.
    await page.locator('.regions-table .el-table__row', { hasText: '新民村' }).click();
    await page.locator('[data-test=region-current]', { hasText: '新民村' }).waitFor();
    expect(await text(page, '[data-test=region-total]')).toBe('下设 0 个网格');
    await page.click('[data-test=region-add]');
    await form.waitFor();
    await form.locator('input[data-test=region-name]').fill('第一网格');
    await form.locator('[data-test=region-save]').click();
    await page.locator('[data-test=region-row-name]', { hasText: '第一网格' }).waitFor();
    expect(await texts(page, '[data-test=region-crumb]')).toEqual([county, townshipA]);
    const grids = (await admin.get(`/regions?parentId=${village.id}`)).body as { items: { name: string; level: string; code: string }[] };
    expect(grids.items.map((g) => [g.name, g.level, g.code])).toEqual([['第一网格', 'grid', `${villageCode}-01`]]);
    await shot(page, 'regions-village-1920');

    // The village's staff: none yet; a clerk for it, the village already chosen.
    await page.click('[data-test=region-staff]');
    await page.waitForURL((url) => url.pathname === '/console/users' && url.searchParams.get('region') === String(village.id));
    await page.locator('[data-test=user-region-filter]', { hasText: '新民村' }).waitFor();
    await page.locator('[data-test=user-total]', { hasText: '共 0 人' }).waitFor();
    await page.click('[data-test=user-add]');
    const userForm = page.locator('[data-test=user-form]');
    await userForm.waitFor();
    await userForm.locator('[data-test=user-region]', { hasText: '账号所在区划：新民村' }).waitFor();
    expect(await text(page, '[data-test=user-form] [data-test=user-role]')).toContain('村干部');
    const username = uniqueCode('chen-clerk-');
    await userForm.locator('input[data-test=user-display-name]').fill('陈文书');
    await userForm.locator('input[data-test=user-username]').fill(username);
    await userForm.locator('input[data-test=user-password]').fill('xinmin-2026');
    await shot(page, 'user-form-1920');
    await userForm.locator('[data-test=user-save]').click();
    await page.locator('[data-test=user-flash]', { hasText: `已新增「陈文书」（${username}）` }).waitFor();
    await page.locator('[data-test=user-row-name]', { hasText: '陈文书' }).waitFor();
    const made = (
      (await admin.get(`/users?regionId=${village.id}`)).body as {
        items: { id: number; username: string; role: string; regionId: number }[];
      }
    ).items;
    expect(made.map((u) => [u.username, u.role, u.regionId])).toEqual([[username, 'village_clerk', village.id]]);
    expect(await texts(page, '[data-test=user-row-region]')).toEqual(['新民村']);
    expect(await texts(page, '[data-test=user-row-role]')).toEqual(['村干部']);
    expect((await t.http().post('/api/v1/auth/login').send({ username, password: 'xinmin-2026' })).status).toBe(200);

    // Found by search, the region filter taken off: by name, then by part of the username.
    await page.click('[data-test=user-region-filter] .el-tag__close');
    await page.waitForURL((url) => !url.searchParams.has('region'));
    await page.locator('input[data-test=user-search]').fill('陈文');
    await page.click('[data-test=user-search-submit]');
    await page.waitForURL((url) => url.searchParams.get('q') === '陈文');
    await page.locator('[data-test=user-total]', { hasText: '共 1 人' }).waitFor();
    expect(await texts(page, '[data-test=user-row-username]')).toEqual([username]);
    await page.locator('input[data-test=user-search]').fill(username.slice(0, 8).toUpperCase());
    await page.click('[data-test=user-search-submit]');
    const byUsername = (await admin.get(`/users?q=${encodeURIComponent(username.slice(0, 8))}`)).body as {
      items: { username: string }[];
      total: number;
    };
    await page.locator('[data-test=user-total]', { hasText: `共 ${byUsername.total} 人` }).waitFor();
    expect(await texts(page, '[data-test=user-row-username]')).toEqual(byUsername.items.map((u) => u.username));
    expect(byUsername.items.map((u) => u.username)).toContain(username);
    await shot(page, 'users-search-1920');

    // The new clerk has not declared yet.
    await page.locator('.users-table .el-table__row', { hasText: username }).click();
    const detail = page.locator('[data-test=user-detail]');
    await detail.locator('[data-test=declaration-undeclared]').waitFor();
    await detail.locator('.el-drawer__close-btn').click();
    await detail.waitFor({ state: 'hidden' });

    // The village A clerk's declaration: its own household and two relatives', as the service holds them.
    await page.locator('input[data-test=user-search]').fill(CLERK_NAME);
    await page.click('[data-test=user-search-submit]');
    await page.locator('[data-test=user-total]', { hasText: '共 1 人' }).waitFor();
    await page.locator('[data-test=user-open]').click();
    await detail.locator('[data-test=declaration-at]').waitFor();
    const declaration = (await admin.get(`/users/${tree.staff.clerk.id}/declaration`)).body as {
      householdId: number;
      relatedHouseholdIds: number[];
      declaredAt: string;
    };
    expect(declaration).toMatchObject({ householdId: households[0].id, relatedHouseholdIds: [households[2].id, households[3].id] });
    expect(await text(page, '[data-test=declaration-at]')).toBe(stamp(declaration.declaredAt));
    expect(await text(page, '[data-test=declaration-own]')).toBe(`${households[0].householdNo} 号 · 张三（${villageA}）`);
    expect(await texts(page, '[data-test=declaration-related] li')).toEqual([
      `${households[2].householdNo} 号 · 王五（${villageA}）`,
      `${households[3].householdNo} 号 · 赵六（${villageA}）`,
    ]);
    await shot(page, 'user-declaration-1920');

    // Disabling the new clerk: it can no longer sign in.
    await detail.locator('.el-drawer__close-btn').click();
    await page.locator('input[data-test=user-search]').fill(username);
    await page.click('[data-test=user-search-submit]');
    await page.locator('[data-test=user-total]', { hasText: '共 1 人' }).waitFor();
    await page.locator('[data-test=user-edit]').click();
    await userForm.waitFor();
    await userForm.locator('[data-test=user-active]').click();
    await shot(page, 'user-edit-1920');
    await userForm.locator('[data-test=user-save]').click();
    await page.locator('.users-table .el-table__row', { hasText: '已停用' }).waitFor();
    expect((await admin.get(`/users/${made[0].id}`)).body).toMatchObject({ active: false });
    expect((await t.http().post('/api/v1/auth/login').send({ username, password: 'xinmin-2026' })).status).toBe(401);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDE.width);
  });

  it('fits the organisation screens on a 375-px phone', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page, tree.staff.office.username, `/console/regions?at=${tree.townshipA}`);
    await page.locator('[data-test=region-card]').first().waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'regions-375');
    await page.goto('/console/users');
    await page.locator('[data-test=user-card]').first().waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'users-375');
  });

  it.each([
    ['store operator', 'store'],
    ['village clerk', 'clerk'],
  ] as const)('gives a %s none of these menus, and the "not allowed" screen on their addresses', async (_, who) => {
    const { page } = await b.newPage(COUNTER);
    await logIn(page, tree.staff[who].username);
    await page.locator('.shell-aside [data-test=menu-item]').first().waitFor();
    const menu = await menuOf(page);
    for (const entry of ['账务核对', '操作日志', '工作人员履职', '区划', '人员']) expect(menu).not.toContain(entry);
    for (const [path, screen] of [
      ['/console/ledger-check', '账务核对'],
      ['/console/audit-log', '操作日志'],
      ['/console/staff-activity', '工作人员履职'],
      ['/console/regions', '区划'],
      ['/console/users', '人员'],
    ]) {
      await page.goto(path);
      const refused = page.locator('[data-test=not-allowed]');
      await refused.waitFor();
      expect(await refused.innerText()).toContain('无权使用此页面');
      expect(await refused.innerText()).toContain(`「${screen}」`);
      expect(await page.locator('[data-test=audit-log], [data-test=ledger-check], [data-test=regions], [data-test=users]').count()).toBe(0);
    }
    await shot(page, `not-allowed-${who}-1366`);
  });

  it("shows the auditor each mismatch when a balance was changed behind the engine's back", async () => {
    const [{ id: accountId }] = (await t.db.query(`SELECT id FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`, [
      program,
      households[0].id,
    ])) as { id: string }[];
    // Allowed at the database level (the engine updates balances this way): 7 points no posting explains.
    await t.db.query(`UPDATE accounts SET balance = balance + 7 WHERE id = $1`, [accountId]);
    try {
      const check = (await auditor.get('/ledger/check')).body as {
        ok: boolean;
        globalSum: number;
        imbalances: unknown[];
        balanceMismatches: { accountId: string; holderId: number; balance: number; postingsSum: number }[];
        lotMismatches: { accountId: string; holderId: number; redeemable: number; lotsSum: number }[];
      };
      expect(check).toMatchObject({ ok: false, globalSum: 0, imbalances: [] });
      expect(check.balanceMismatches).toEqual([
        { accountId, holderId: households[0].id, balance: expect.any(Number) as number, postingsSum: expect.any(Number) as number },
      ]);
      const found = check.balanceMismatches.length + check.lotMismatches.length;

      const { page } = await b.newPage(COUNTER);
      await logIn(page, tree.staff.auditor.username, '/console/ledger-check');
      await page.locator('[data-test=check-verdict][data-ok=false]').waitFor();
      expect(await text(page, '[data-test=check-headline]')).toBe(`发现 ${found} 处不符`);
      expect(await text(page, '[data-test=check-mismatch-count] strong')).toBe(String(check.balanceMismatches.length));
      expect(await text(page, '[data-test=check-lot-count] strong')).toBe(String(check.lotMismatches.length));
      const rows = await page
        .locator('[data-test=check-mismatches] .el-table__body-wrapper tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
      const [m] = check.balanceMismatches;
      expect(rows).toEqual([[m.accountId, String(m.holderId), String(m.balance), String(m.postingsSum), '+7']]);
      await shot(page, 'ledger-check-mismatch-1366');
    } finally {
      await t.db.query(`UPDATE accounts SET balance = balance - 7 WHERE id = $1`, [accountId]);
    }
    expect((await auditor.get('/ledger/check')).body).toMatchObject({ ok: true });
  });
});
