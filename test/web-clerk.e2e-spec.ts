/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { chooseOption, COUNTER, MOBILE, searchAndChoose, useBrowser } from './support/browser.js';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  expectLedgerOk,
  PASSWORD,
  regionCode,
  today,
  type Client,
} from './support/fixtures.js';
import { ZH_HEADER } from './support/imports.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * The village clerk (村干部) in the staff console on a 375-px phone: awards thirty households at
 * once with a photo from the camera on a rule with a cap, imports a household file with a bad
 * line, issues a PIN and prints its slip, reverses an entry, files a claim and an objection at the
 * office — and every screen fits the phone's width and a 1366×768 office PC.
 */

const photo = (): Promise<Buffer> =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .toBuffer();

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());

/** Touch targets (buttons, links, fields) under 44 px on the screen, by name: a thumb must hit each. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, [role=tab], [role=button], [role=checkbox], a[href], input:not([type=hidden]), select, textarea',
      ),
    ]
      .map((el) => el.closest('.el-select__wrapper, .el-input__wrapper, .el-textarea, .el-radio-button, .el-pager li, label') ?? el)
      .filter((el) => {
        if (el.closest('.el-drawer, .el-dialog, .el-select-dropdown, .el-picker-panel')) return false;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.opacity === '0' || r.width <= 1 || r.height <= 1) return false;
        return r.width < 44 || r.height < 44;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`),
  );

describeWith(['chromium'], 'staff console: the village clerk (村干部) on a phone', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'clerk');
  let tree: Awaited<ReturnType<typeof staffedTree<'clerk'>>>;
  let admin: Client;
  let clerk: Client;
  let program: number;
  let patrol: number;
  let villageName: string;
  /** The patrol team: 30 households of the grid 巡逻片 (网格), their heads' names starting 巡逻队. */
  let team: { id: number; householdNo: string }[];
  let gridName: string;

  beforeAll(async () => {
    tree = await staffedTree(t, { clerk: ['village_clerk', 'villageA'] });
    admin = tree.county.api();
    clerk = as(t, { token: tree.staff.clerk.token });
    program = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    // 义务巡逻: 10 points, at most 15 a quarter for a household (达到最高分值后不再累加).
    patrol = (
      await createRule(t, tree.county.token, program, {
        name: '义务巡逻',
        category: '平安建设',
        points: 10,
        cap: { points: 15, per: 'quarter' },
      })
    ).id;
    await createRule(t, tree.county.token, program, { name: '清扫村道', category: '环境卫生', points: 5 });
    await createRule(t, tree.county.token, program, { name: '乱扔垃圾', category: '环境卫生', points: -5 });
    villageName = ((await admin.get(`/regions/${tree.villageA}`)).body as { name: string }).name;

    const grid = await admin.post('/regions', { code: 'GRID-PATROL', name: '巡逻片', level: 'grid', parentId: tree.villageA });
    expect(grid.status).toBe(201);
    gridName = (grid.body as { name: string }).name;
    team = [];
    for (let i = 1; i <= 30; i++) {
      const householdNo = `T${String(i).padStart(3, '0')}`;
      const h = await createHousehold(t, tree.county.token, tree.villageA, {
        householdNo,
        headName: `巡逻队员${i}`,
        gridId: (grid.body as { id: number }).id,
      });
      team.push({ id: h.id, householdNo });
    }
    for (let i = 1; i <= 4; i++) await createHousehold(t, tree.county.token, tree.villageA, { headName: `村民${i}` });
    // Earlier this quarter: five members patrolled once (10 of 15 used), three twice (15 of 15: used up).
    const once = team.slice(0, 8).map((h) => h.id);
    const twice = team.slice(5, 8).map((h) => h.id);
    expect((await admin.post(`/programs/${program}/awards`, { ruleId: patrol, holderIds: once, occurredOn: today() })).status).toBe(201);
    expect((await admin.post(`/programs/${program}/awards`, { ruleId: patrol, holderIds: twice, occurredOn: today() })).status).toBe(201);
  });

  /** Opens the console (or one of its screens by its address) and logs in as the clerk. */
  async function logIn(page: Page, path = '/console'): Promise<void> {
    await page.goto(path);
    await page.locator('input[name="username"]').fill(tree.staff.clerk.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=shell-region]', { hasText: villageName }).waitFor();
    // /console opens the clerk's first screen; another address stays where it was.
    const expected = path === '/console' ? '/console/households' : path;
    await page.waitForURL((url) => `${url.pathname}${url.search}` === expected);
  }

  /**
   * Opens a screen of the console the way its links do, inside the page (history.pushState and
   * popstate, as the back button would): the console is one page of the service.
   */
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

  /** Through the drawer of the phone: ☰, then the entry. */
  async function openFromMenu(page: Page, entry: string): Promise<void> {
    await page.click('[data-test=menu-button]');
    await page.locator('.shell-drawer [data-test=menu-item]', { hasText: entry }).click();
    await page.locator('.shell-drawer').waitFor({ state: 'hidden' });
  }

  const balanceOf = async (holderId: number): Promise<number> =>
    ((await clerk.get(`/programs/${program}/holders/${holderId}/balance`)).body as { balance: number }).balance;

  it('awards the thirty households of a grid (all that match), with a camera photo, on a capped rule: the capped ones are marked, the ledger agrees', async () => {
    const before = new Map<number, number>();
    for (const h of team) before.set(h.id, await balanceOf(h.id));
    expect(before.get(team[0].id)).toBe(110);
    expect(before.get(team[6].id)).toBe(115);

    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    // The console opens the clerk's first screen, 农户, with the village in the header.
    await page.waitForURL((url) => url.pathname === '/console/households');
    await page.locator('[data-test=household-row]').first().waitFor();
    expect(await text(page, '[data-test=household-total]')).toBe('共 34 户');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await page.click('[data-test=menu-button]');
    await page.locator('.shell-drawer [data-test=menu-item]').first().waitFor();
    expect((await page.locator('.shell-drawer [data-test=menu-item]').allInnerTexts()).map((s) => s.trim())).toEqual([
      '农户',
      '记分（加分 / 扣分）',
      '公示与申报',
      '导入农户',
      '公告',
      '申报审核',
      '统计报表',
    ]);
    await shot(page, 'menu-375');
    await page.locator('.shell-drawer [data-test=menu-item]', { hasText: '记分' }).click();
    await page.waitForURL((url) => url.pathname === '/console/award');

    // The rule, by category, with its cap.
    await page.click('[data-test=rule]');
    const option = page.locator('[data-test=rule-option]', { hasText: '义务巡逻' });
    await option.waitFor();
    expect(plain(await option.textContent())).toContain('每季度最多 15 分');
    expect(await page.locator('[data-test=rule-option]', { hasText: '乱扔垃圾' }).count()).toBe(0);
    await shot(page, 'award-rules-375');
    await option.click();
    expect(await text(page, '[data-test=rule-chosen]')).toBe('义务巡逻');

    // The households: the grid's 30 (of the village's 34), all that match, over two pages of the list.
    await page.locator('[data-test=chooser-total]', { hasText: '符合条件 34 户' }).waitFor();
    await chooseOption(page, page.locator('[data-test=chooser-grid]'), gridName);
    await page.locator('[data-test=chooser-total]', { hasText: '符合条件 30 户' }).waitFor();
    await page.click('[data-test=select-matching]');
    expect(await text(page, '[data-test=selected-count]')).toBe('已选符合条件的全部 30 户');
    await page.click('[data-test=chooser-pager] .btn-next');
    const last = page.locator(`[data-test=chooser-row][data-household="${team[29].id}"]`);
    await last.waitFor();
    expect(await last.getAttribute('aria-checked')).toBe('true');

    // A photo from the camera, uploaded as soon as it is taken.
    const input = page.locator('[data-test=photo-input]');
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/*');
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/evidence') && r.request().method() === 'POST');
    await input.setInputFiles({ name: 'patrol.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    const evidenceId = ((await (await uploaded).json()) as { id: number }).id;
    await page.locator('[data-test=photo][data-state=done]').waitFor();
    await page.fill('textarea[data-test=award-memo]', '冬季夜间巡逻');
    expect(await page.inputValue('.award-date input')).toBe(today());
    expect(await text(page, '[data-test=send-summary]')).toBe('30 户，每户 +10 分');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'award-375');

    // Confirmed: how many households it touches, then sent once with an Idempotency-Key.
    await page.click('[data-test=send]');
    await page.locator('[data-test=confirm-count]').waitFor();
    expect(await text(page, '[data-test=confirm-count]')).toBe('这一笔将记给 30 户');
    expect(await text(page, '[data-test=confirm-filter]')).toBe(`${villageName}中网格“${gridName}”的全部农户`);
    await shot(page, 'award-confirm-375');
    const sent = page.waitForRequest((r) => r.url().endsWith(`/api/v1/programs/${program}/awards`) && r.method() === 'POST');
    await page.click('[data-test=confirm-send]');
    const request = await sent;
    const key = request.headers()['idempotency-key'];
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(request.postDataJSON()).toEqual({
      ruleId: patrol,
      holderFilter: { villageId: tree.villageA, gridId: expect.any(Number) as number },
      expectedCount: 30,
      occurredOn: today(),
      memo: '冬季夜间巡逻',
      evidenceIds: [evidenceId],
    });

    // The results: 22 posted in full, 5 cut to 5 points by the cap, 3 whose cap was used up.
    await page.locator('[data-test=results]').waitFor();
    expect(await text(page, '[data-test=results-summary]')).toBe('已入账 27 户 · 公示中 0 户 · 受上限限制 8 户');
    const row = (id: number) => page.locator(`[data-test=result][data-holder="${id}"]`);
    expect(plain(await row(team[0].id).locator('.result-name').textContent())).toBe('T001 巡逻队员1');
    for (const h of team.slice(0, 5)) {
      expect(await row(h.id).getAttribute('data-status')).toBe('posted');
      expect(await row(h.id).getAttribute('data-capped')).toBe('true');
      expect(plain(await row(h.id).locator('[data-test=result-detail]').textContent())).toBe(
        '+5 分 · 受上限限制：原为 +10 分，实记 +5 分 · 余额 115',
      );
    }
    for (const h of team.slice(5, 8)) {
      expect(await row(h.id).getAttribute('data-status')).toBe('capped');
      expect(await text(page, `[data-test=result][data-holder="${h.id}"] [data-test=result-status]`)).toBe('上限已用完');
      expect(await text(page, `[data-test=result][data-holder="${h.id}"] [data-test=result-detail]`)).toBe(
        '本期上限已用完，没有记分（原为 +10 分）',
      );
    }
    for (const h of team.slice(8)) {
      expect(await row(h.id).getAttribute('data-capped')).toBe('false');
      expect(await text(page, `[data-test=result][data-holder="${h.id}"] [data-test=result-detail]`)).toBe('+10 分 · 余额 110');
    }
    // The capped ones come first, where the clerk looks.
    const order = await page.locator('[data-test=result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-capped')));
    expect(order).toEqual([...Array(8).fill('true'), ...Array(22).fill('false')]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'award-results-375');

    // The ledger, as the service reads it: every balance, one new transaction per household that got points, the photo on each.
    for (const [i, h] of team.entries()) {
      const expected = before.get(h.id)! + (i < 5 ? 5 : i < 8 ? 0 : 10);
      expect({ household: h.householdNo, balance: await balanceOf(h.id) }).toEqual({ household: h.householdNo, balance: expected });
    }
    const statement = async (id: number) =>
      (await clerk.get(`/programs/${program}/holders/${id}/statement`)).body as {
        items: { type: string; points: number; memo: string | null; evidenceIds: number[]; operator: { id: number | null } }[];
      };
    const partial = await statement(team[0].id);
    expect(partial.items.map((l) => [l.type, l.points])).toEqual([
      ['award', 5],
      ['award', 10],
      ['opening', 100],
    ]);
    expect(partial.items[0]).toMatchObject({ memo: '冬季夜间巡逻', evidenceIds: [evidenceId], operator: { id: tree.staff.clerk.id } });
    expect((await statement(team[6].id)).items.map((l) => [l.type, l.points])).toEqual([
      ['award', 5],
      ['award', 10],
      ['opening', 100],
    ]);
    expect((await statement(team[20].id)).items.map((l) => [l.type, l.points])).toEqual([
      ['award', 10],
      ['opening', 100],
    ]);
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM transactions WHERE program_id = $1 AND type = 'award' AND actor_type = 'user' AND actor_id = $2`,
      [program, tree.staff.clerk.id],
    )) as { n: number }[];
    expect(n).toBe(27);

    // The key made the entry once: the same request again is the first answer, and nothing more is booked.
    const replay = await t
      .http()
      .post(`${API}/programs/${program}/awards`)
      .set('Authorization', `Bearer ${tree.staff.clerk.token}`)
      .set('Idempotency-Key', key)
      .send(request.postDataJSON() as object);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await balanceOf(team[20].id)).toBe(110);
    await expectLedgerOk(admin);
  });

  it('tells one household what is left of its cap; when the filter matches more households by the time of sending, says so and asks again', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page, '/console/award');
    // One household ticked: what remains of its cap for the rule (T001 has had 15 of 15 this quarter).
    await page.fill('input[data-test=chooser-search]', 'T001');
    await page.click('[data-test=chooser-search-submit]');
    await page.locator('[data-test=chooser-total]', { hasText: '符合条件 1 户' }).waitFor();
    await page.click(`[data-test=chooser-row][data-household="${team[0].id}"]`);
    await page.click('[data-test=rule]');
    const patrolOption = page.locator('[data-test=rule-option]', { hasText: '义务巡逻' });
    await patrolOption.locator('b', { hasText: '本户本期已加满' }).waitFor();
    await patrolOption.click();
    await page.locator('[data-test=rule-cap]', { hasText: '本户本期已加满' }).waitFor();
    expect(await text(page, '[data-test=rule-cap]')).toBe('每季度最多 15 分，本户本期已加满');
    await shot(page, 'award-one-375');
    await page.click('[data-test=clear-selection]');

    // All that match 新户: two households when the clerk confirms, three when the entry arrives.
    for (const n of [1, 2]) await createHousehold(t, tree.county.token, tree.villageA, { householdNo: `X00${n}`, headName: `新户${n}` });
    await page.click('[data-test=rule]');
    await page.locator('[data-test=rule-option]', { hasText: '清扫村道' }).click();
    await page.fill('input[data-test=chooser-search]', '新户');
    await page.click('[data-test=chooser-search-submit]');
    await page.locator('[data-test=chooser-total]', { hasText: '符合条件 2 户' }).waitFor();
    await page.click('[data-test=select-matching]');
    await page.click('[data-test=send]');
    await page.locator('[data-test=confirm-count]', { hasText: '这一笔将记给 2 户' }).waitFor();
    const third = await createHousehold(t, tree.county.token, tree.villageA, { householdNo: 'X003', headName: '新户3' });
    await page.click('[data-test=confirm-send]');
    const refused = page.locator('[data-test=confirm-dialog] [data-test=error]');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('FILTER_COUNT_CHANGED');
    expect(await text(page, '[data-test=confirm-dialog] [data-test=error-message]')).toBe('符合条件的农户已从2户变为3户，请重新确认');
    await page.locator('[data-test=confirm-count]', { hasText: '这一笔将记给 3 户' }).waitFor();
    await shot(page, 'award-count-changed-375');
    await page.click('[data-test=confirm-send]');
    await page.locator('[data-test=results]').waitFor();
    expect(await text(page, '[data-test=results-summary]')).toBe('已入账 3 户 · 公示中 0 户 · 受上限限制 0 户');
    expect(await page.locator(`[data-test=result][data-holder="${third.id}"]`).getAttribute('data-status')).toBe('posted');
    expect(await balanceOf(third.id)).toBe(105);
  });

  it('imports a household file with a bad line and shows that line and why, with the job’s progress', async () => {
    const code = await regionCode(t, tree.villageA);
    const csv = [
      ZH_HEADER,
      `${code},I001,王建国,西街1号,13812345678,王建国,户主,`,
      `${code},I002,李秀兰,西街2号,12345,李秀兰,户主,`,
      `${code},I003,赵大山,,,,,`,
    ].join('\r\n');

    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    await page.locator('[data-test=household-row]').first().waitFor();
    await page.getByRole('button', { name: '批量导入' }).click();
    await page.waitForURL((url) => url.pathname === '/console/households/import');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await page
      .locator('[data-test=import-file]')
      .setInputFiles({ name: '农户名单.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) });
    expect(await text(page, '[data-test=import-file-name]')).toBe('农户名单.csv');
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'import-375');
    await page.click('[data-test=import-start]');

    await page.locator('[data-test=import-job][data-status=completed]').waitFor();
    expect(await page.locator('[data-test=import-progress]').getAttribute('aria-valuenow')).toBe('100');
    expect(await text(page, '[data-test=import-status]')).toBe('导入完成');
    expect(await text(page, '[data-test=import-created]')).toBe('2');
    expect(await text(page, '[data-test=import-skipped]')).toBe('1');
    const bad = page.locator('[data-test=import-error]');
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute('data-line')).toBe('3');
    expect(plain(await bad.innerText())).toBe('第 3 行 字段格式有误：phone INVALID_FIELD');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'import-done-375');

    // The service says the same: the two good households are registered, the bad line is not.
    const id = new URL(page.url()).searchParams.get('id');
    const job = (await clerk.get(`/households/imports/${id}`)).body as { created: number; errors: { line: number; code: string }[] };
    expect(job.created).toBe(2);
    expect(job.errors).toEqual([{ line: 3, code: 'INVALID_FIELD', message: '字段格式有误：phone' }]);
    const found = async (q: string) =>
      ((await clerk.get(`/households?villageId=${tree.villageA}&q=${encodeURIComponent(q)}`)).body as { total: number }).total;
    expect([await found('I001'), await found('I002'), await found('I003')]).toEqual([1, 0, 1]);

    // A file refused as a whole says why, with the service's code.
    await page.click('[data-test=import-again]');
    await page
      .locator('[data-test=import-file]')
      .setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('名字,年龄\r\n张三,30\r\n') });
    await page.click('[data-test=import-start]');
    await page.locator('[data-test=error]').waitFor();
    expect(await page.locator('[data-test=error]').getAttribute('data-code')).toBe('IMPORT_MISSING_COLUMNS');
    expect(await text(page, '[data-test=error-code]')).toBe('错误代码：IMPORT_MISSING_COLUMNS');
    await shot(page, 'import-refused-375');
  });

  it('issues a PIN and prints the slip: card code, number, head, PIN and the door page, and nothing else on paper', async () => {
    const household = await createHousehold(t, tree.county.token, tree.villageA, { householdNo: 'P017', headName: '杨秀珍' });
    const { page, context } = await b.newPage(MOBILE);
    await logIn(page);
    await page.fill('input[data-test=household-search]', 'P017');
    await page.click('[data-test=household-search-submit]');
    await page.locator(`[data-test=household-row][data-household="${household.id}"]`).click();
    await page.locator('[data-test=detail-head-name]', { hasText: '杨秀珍' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'household-375');

    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.click('[data-test=issue-pin]');
    await page.click('[data-test=issue-pin-confirm]');
    const slip = page.locator('[data-test=pin-slip]');
    await slip.waitFor();
    const pin = await text(page, '[data-test=pin-slip] [data-test=slip-pin]');
    expect(pin).toMatch(/^\d{8}$/);
    expect(await text(page, '[data-test=pin-slip] [data-test=slip-household-no]')).toBe('P017');
    expect(await text(page, '[data-test=pin-slip] [data-test=slip-head-name]')).toBe('杨秀珍');
    expect(await text(page, '[data-test=pin-slip] [data-test=slip-card-code]')).toBe(household.cardCode.match(/.{1,4}/g)!.join('-'));
    expect(await text(page, '[data-test=pin-slip] [data-test=slip-url]')).toBe(`${b.baseUrl}/h/${household.cardCode}`);
    await slip.locator('img').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'pin-slip-375');

    await page.click('[data-test=print-slip]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper: the slip alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-test=pin-slip-print]').isVisible()).toBe(true);
    expect(await text(page, '[data-test=pin-slip-print] [data-test=slip-pin]')).toBe(pin);
    for (const hidden of ['.shell-header', '[data-test=household-detail]', '[data-test=pin-slip]', '.el-dialog']) {
      expect({ hidden, visible: await page.locator(hidden).first().isVisible() }).toEqual({ hidden, visible: false });
    }
    await shot(page, 'pin-slip-print');
    await page.emulateMedia({ media: 'screen' });

    // The PIN works at the door page's log-in.
    const login = await t.http().post(`${API}/auth/resident-login`).send({ cardCode: household.cardCode, pin });
    expect(login.status).toBe(200);
    await context.close();
  });

  it('reverses an award from the statement with a reason: the balance goes back, the line is marked', async () => {
    const household = await createHousehold(t, tree.county.token, tree.villageA, { householdNo: 'R001', headName: '周明' });
    const sweep = (await createRule(t, tree.county.token, program, { name: '修补村道', category: '公益劳动', points: 8 })).id;
    const award = await clerk.post(`/programs/${program}/awards`, { ruleId: sweep, holderIds: [household.id], occurredOn: today() });
    expect(award.status).toBe(201);
    const transactionId = (award.body as { results: { transactionId: string }[] }).results[0].transactionId;
    expect(await balanceOf(household.id)).toBe(108);

    const { page } = await b.newPage(MOBILE);
    await logIn(page, `/console/households/${household.id}`);
    const line = page.locator(`[data-test=statement-line][data-transaction="${transactionId}"]`);
    await line.locator('[data-test=reverse]').click();
    await page.locator('[data-test=reverse-dialog]').waitFor();
    expect(await page.locator('[data-test=reverse-confirm]').isDisabled()).toBe(true);
    await page.fill('textarea[data-test=reverse-reason]', '记错了户');
    await shot(page, 'reverse-375');
    await page.click('[data-test=reverse-confirm]');
    await line.locator('[data-test=reversed]').waitFor();
    expect(await text(page, `[data-test=balance][data-program="${program}"] [data-test=balance-value]`)).toBe('100');
    expect(await balanceOf(household.id)).toBe(100);
    const lines = (await clerk.get(`/programs/${program}/holders/${household.id}/statement`)).body as {
      items: { type: string; points: number; reason: string | null; reversesId: string | null }[];
    };
    expect(lines.items[0]).toMatchObject({ type: 'reversal', points: -8, reason: '记错了户', reversesId: transactionId });
    await expectLedgerOk(admin);
  });

  it("files a claim and an objection for households at the office: stored, and the village's lists show them", async () => {
    const noticed = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '文明积分' })).id;
    expect((await admin.patch(`/programs/${noticed}`, { publicityDays: 7 })).status).toBe(200);
    const garden = (await createRule(t, tree.county.token, noticed, { name: '美丽庭院', category: '家庭文明', points: 6 })).id;
    const neighbour = await createHousehold(t, tree.county.token, tree.villageA, { householdNo: 'N001', headName: '孙立' });
    const objector = await createHousehold(t, tree.county.token, tree.villageA, { householdNo: 'N002', headName: '钱芳' });
    const entry = await clerk.post(`/programs/${noticed}/awards`, { ruleId: garden, holderIds: [neighbour.id], occurredOn: today() });
    const noticeId = (entry.body as { results: { noticeId: string }[] }).results[0].noticeId;

    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    await openFromMenu(page, '公示与申报');
    const notice = page.locator(`[data-test=notice][data-notice="${noticeId}"]`);
    await notice.waitFor();
    expect(plain(await notice.textContent())).toContain('N001 孙立');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'village-375');

    // An objection for 钱芳's household.
    await notice.locator('[data-test=object]').click();
    await page.fill('textarea[data-test=objection-reason]', '庭院没有整治');
    // The household is chosen from a remote search, once the service has answered what was typed.
    await searchAndChoose(page, page.locator('[data-test=objection-household]'), 'N002', 'N002 钱芳');
    await page.locator('[data-test=objection-save]:not([disabled])').waitFor();
    await shot(page, 'objection-375');
    await page.click('[data-test=objection-save]');
    await page.locator('[data-test=flash]').waitFor();
    const objections = (await t.db.query(`SELECT household_id AS "householdId", reason, status FROM objections WHERE notice_id = $1`, [
      noticeId,
    ])) as object[];
    expect(objections).toEqual([{ householdId: objector.id, reason: '庭院没有整治', status: 'open' }]);
    await page.click('[data-test=notice-state-held]');
    await notice.locator('[data-test=notice-objections]').waitFor();

    // A claim for 孙立's household, with a photo.
    await page.click('[data-test=file-claim]');
    await page.locator('[data-test=claim-dialog]').waitFor();
    await searchAndChoose(page, page.locator('[data-test=claim-household]'), 'N001', 'N001 孙立');
    await page.locator('[data-test=claim-dialog] .el-select', { hasText: '道德积分' }).click();
    await page.locator('.el-select-dropdown__item', { hasText: '文明积分' }).click();
    await page.click('[data-test=claim-dialog] [data-test=rule]');
    await page.locator('[data-test=rule-option]', { hasText: '美丽庭院' }).click();
    await page.fill('textarea[data-test=claim-memo]', '院子种花种菜');
    await page
      .locator('[data-test=claim-dialog] [data-test=photo-input]')
      .setInputFiles({ name: 'garden.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await page.locator('[data-test=claim-dialog] [data-test=photo][data-state=done]').waitFor();
    await shot(page, 'claim-375');
    await page.click('[data-test=claim-save]');
    await page.locator('[data-test=claim-filed]').waitFor();
    const claims = (await t.db.query(
      `SELECT c.status, c.rule_id AS "ruleId", c.memo, c.filed_by_type AS "filedBy", count(ce.evidence_id)::int AS photos
         FROM claims c LEFT JOIN claim_evidence ce ON ce.claim_id = c.id WHERE c.household_id = $1 GROUP BY c.id`,
      [neighbour.id],
    )) as object[];
    expect(claims).toEqual([{ status: 'submitted', ruleId: garden, memo: '院子种花种菜', filedBy: 'user', photos: 1 }]);
    await page.locator('[data-test=claim-dialog] .el-dialog__footer button', { hasText: '关闭' }).click();
    await page.click('[data-test=tab-claims]');
    await page.locator('[data-test=claim]', { hasText: 'N001 孙立' }).waitFor();
    expect(await text(page, '[data-test=claim] [data-test=claim-status]')).toBe('待审核');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'claims-375');
  });

  it('fits a 375-px phone and a 1366×768 office PC on every screen, in Chinese and in English', async () => {
    const screens = [
      ['households', '/console/households', '[data-test=household-row]'],
      ['household', `/console/households/${team[0].id}`, '[data-test=statement-line]'],
      ['award', '/console/award', '[data-test=chooser-row]'],
      ['import', '/console/households/import', '[data-test=import-file]'],
      ['notices', '/console/village', '[data-test=notices]'],
      ['claims', '/console/village?tab=claims', '[data-test=claims]'],
      ['reports', '/console/reports', '[data-test=caption]'],
    ] as const;
    for (const [size, viewport] of [
      ['375', MOBILE],
      ['1366', COUNTER],
    ] as const) {
      const { page } = await b.newPage(viewport);
      await logIn(page);
      for (const [name, path, ready] of screens) {
        await visit(page, path);
        await page.locator(ready).first().waitFor({ state: 'attached' });
        await page.waitForLoadState('networkidle');
        const width = await scrollWidth(page);
        expect({ name, size, width, fits: width <= viewport.width }).toEqual({ name, size, width, fits: true });
        await shot(page, `${name}-${size}`);
      }
      // English: the same screen in the other language.
      await visit(page, '/console/award');
      await page.locator('[data-test=chooser-row]').first().waitFor();
      await page.click('[data-test=language]');
      await page.locator('.clerk-heading h1', { hasText: 'Award / deduct' }).waitFor();
      expect(await text(page, '[data-test=send-summary]')).toBe('Choose a rule');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `award-en-${size}`);
      await page.click('[data-test=language]');
    }
  });

  it('lets a township officer choose the village first, on a wide screen, and keeps it across the screens', async () => {
    const officer = await createUser(t, tree.county.token, 'township_officer', tree.townshipA);
    const { page } = await b.newPage(COUNTER);
    await page.goto('/console');
    await page.locator('input[name="username"]').fill(officer.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/console/households');
    // The whole township until a village is chosen; adding a household waits for one.
    await page.locator('[data-test=village-picker]').waitFor();
    expect(await page.locator('[data-test=household-add]').isDisabled()).toBe(true);
    await chooseOption(page, page.locator('[data-test=pick-village]'), villageName);
    await page.locator('.clerk-heading-sub', { hasText: villageName }).waitFor();
    expect(await page.locator('[data-test=household-add]').isDisabled()).toBe(false);
    const { total } = (await clerk.get(`/households?villageId=${tree.villageA}&limit=1`)).body as { total: number };
    await page.locator('[data-test=household-total]', { hasText: `共 ${total} 户` }).waitFor();
    await shot(page, 'township-households-1366');
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '记分' }).click();
    await page.locator('[data-test=chooser-total]', { hasText: `符合条件 ${total} 户` }).waitFor();
    expect(await text(page, '.clerk-heading-sub')).toBe(villageName);
  });

  it('shows the "not allowed" screen inside the console for a screen the clerk may not use', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page, '/console/review/objections');
    await page.locator('[data-test=not-allowed]').waitFor();
    expect(await text(page, '[data-test=not-allowed]')).toContain('无权使用此页面');
    expect(await text(page, '[data-test=not-allowed]')).toContain('异议处理');
    await shot(page, 'not-allowed-375');
  });
});
