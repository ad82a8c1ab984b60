/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { COUNTER, MOBILE, useBrowser } from './support/browser.js';
import {
  API,
  as,
  createProgram,
  createRule,
  createUser,
  eventually,
  PASSWORD,
  seedCounty,
  today,
  uniqueCode,
  type Client,
} from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { useTestApp } from './support/test-app.js';

/**
 * The county office (县级管理员) in the staff console at 1366×768: requires rules to be adopted by a
 * villagers' meeting, makes a new version of a rule and records its adoption with the minutes (an
 * award with the version is refused until then), closes a period (and is told why another cannot
 * close yet), computes the quarter's village ranking and watches it, publishes it, and splits five
 * million yuan over it (积分换项目) — preview chart first, then the saved plan, whose CSV adds up to
 * the budget and says what the service's plan says. One look at 1920×1080, and each screen at 375 px.
 */

const WIDE = { width: 1920, height: 1080 };

/** Day arithmetic on YYYY-MM-DD, in whole days. */
const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** The quarter of a day (2026-Q3) and its first day. */
const quarterOf = (day: string): string => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
const firstDayOf = (quarter: string): string =>
  `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
/** The quarter before one. */
const quarterBefore = (quarter: string): string => quarterOf(addDays(firstDayOf(quarter), -1));
/** A quarter as the pages write it: 2026-Q3 → 2026年第3季度. */
const quarterLabel = (quarter: string): string => `${quarter.slice(0, 4)}年第${quarter.slice(6)}季度`;

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());
/** The native input of an Element Plus field, whether the data-test lands on the input or its wrapper. */
const field = (page: Page, name: string) => page.locator(`input[data-test=${name}], [data-test=${name}] input`).first();

/** A one-page PDF, as a scanner would save the minutes. */
const MINUTES_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

const VILLAGES = ['青石村', '红岩村', '白马村', '桃源村', '柳溪村', '松林村', '石桥村', '河坝村', '新华村', '金竹村', '龙潭村', '杉木村'];

interface PlanBody {
  id: string;
  budgetFen: number;
  allocations: { holderId: number; holderCode: string; holderName: string; rank: number; amountFen: number }[];
  warnings: { holderId: number }[];
  escalations: { holderId: number }[];
}

describeWith(
  ['chromium'],
  'staff console: the county office (县级管理员) — programs, rules and their adoption, periods, rankings, 积分换项目',
  () => {
    const t = useTestApp();
    const b = useBrowser(t, 'county');
    let admin: Client;
    let officer: { id: number; username: string; token: string };
    let officerApi: Client;
    let township: { id: number; name: string; officer: { id: number; username: string; token: string } };
    let countyId: number;
    let countyName: string;
    let conduct: number;
    let noticed: number;
    let assessment: number;
    let labour: number;
    let household: number;
    const villages: { id: number; code: string; name: string }[] = [];
    const lastQuarter = quarterBefore(quarterOf(today()));
    const quarterBeforeThat = quarterBefore(lastQuarter);

    /** Scores villages in a quarter with rules of +10 and +1 (a few batch requests). */
    async function score(ruleTen: number, ruleOne: number, scores: number[], occurredOn: string): Promise<void> {
      for (let k = 1; k <= Math.max(...scores.map((s) => Math.floor(s / 10))); k++) {
        const ids = villages.filter((_, i) => Math.floor(scores[i] / 10) >= k).map((v) => v.id);
        expect((await admin.post(`/programs/${assessment}/awards`, { ruleId: ruleTen, holderIds: ids, occurredOn })).status).toBe(201);
      }
      for (let k = 1; k <= 9; k++) {
        const ids = villages.filter((_, i) => scores[i] % 10 >= k).map((v) => v.id);
        if (ids.length)
          expect((await admin.post(`/programs/${assessment}/awards`, { ruleId: ruleOne, holderIds: ids, occurredOn })).status).toBe(201);
      }
    }

    beforeAll(async () => {
      const county = await seedCounty(t);
      admin = county.api();
      countyId = county.countyId;
      countyName = ((await admin.get(`/regions/${countyId}`)).body as { name: string }).name;
      officer = await createUser(t, county.token, 'county_admin', countyId);
      officerApi = as(t, { token: officer.token });
      const townships: number[] = [];
      for (const name of ['城关镇', '东山乡']) {
        const res = await admin.post('/regions', { code: uniqueCode('TS'), name, level: 'township', parentId: countyId });
        expect(res.status).toBe(201);
        townships.push((res.body as { id: number }).id);
      }
      township = { id: townships[0], name: '城关镇', officer: await createUser(t, county.token, 'township_officer', townships[0]) };
      for (const [i, name] of VILLAGES.entries()) {
        const code = `CG-${String(i + 1).padStart(2, '0')}-${uniqueCode('')}`;
        const res = await admin.post('/regions', { code, name, level: 'village', parentId: townships[i % 2] });
        expect(res.status).toBe(201);
        villages.push({ id: (res.body as { id: number }).id, code, name });
      }

      // 道德积分: a household program with a small catalogue in three categories.
      conduct = (await createProgram(t, county.token, countyId, { name: '道德积分' })).id;
      labour = (
        await createRule(t, county.token, conduct, { code: 'WRK-01', name: '义务投工投劳（每次）', category: '勤劳致富', points: 5 })
      ).id;
      const catalogue: [string, string, string, number, object?][] = [
        ['WRK-02', '参加农民夜校（每次）', '勤劳致富', 2, { cap: { points: 10, per: 'quarter' } }],
        ['ENV-01', '庭院整洁、门前三包', '清洁卫生', 3, { cap: { points: 9, per: 'quarter' } }],
        ['ENV-02', '乱倒垃圾', '清洁卫生', -5],
        ['LAW-01', '调解邻里纠纷', '遵纪守法', 5],
        ['LAW-02', '违反村规民约', '遵纪守法', -10, { sanction: { clearRedeemable: false, suspendMonths: 6 } }],
      ];
      for (const [code, name, category, points, extra] of catalogue)
        await createRule(t, county.token, conduct, { code, name, category, points, ...extra });
      const h = await admin.post('/households', { villageId: villages[0].id, householdNo: '0001', headName: '扎西' });
      expect(h.status).toBe(201);
      household = (h.body as { id: number }).id;

      // 文明积分 with 7 days of notice: an award of last quarter is still on notice, so that quarter cannot close yet.
      noticed = (await createProgram(t, county.token, countyId, { name: '文明积分' })).id;
      expect((await admin.patch(`/programs/${noticed}`, { publicityDays: 7 })).status).toBe(200);
      const garden = (await createRule(t, county.token, noticed, { name: '美丽庭院', category: '家庭文明', points: 6 })).id;
      const onNotice = await admin.post(`/programs/${noticed}/awards`, {
        ruleId: garden,
        holderIds: [household],
        occurredOn: addDays(firstDayOf(lastQuarter), 80),
      });
      expect(onNotice.status).toBe(201);

      // 乡村振兴考核: villages scored the quarter before last (published) and last quarter; the last
      // three villages are last in both, so they are escalated (通报约谈).
      assessment = (
        await createProgram(t, county.token, countyId, { name: '乡村振兴考核', holderType: 'village', basePoints: 0, pointValueFen: 0 })
      ).id;
      const ten = (
        await createRule(t, county.token, assessment, { code: 'KEY-10', name: '重点工作完成', category: '重点工作', points: 10 })
      ).id;
      const one = (await createRule(t, county.token, assessment, { code: 'KEY-01', name: '日常工作', category: '日常工作', points: 1 })).id;
      await score(ten, one, [95, 90, 88, 80, 77, 70, 66, 60, 52, 41, 33, 25], addDays(firstDayOf(quarterBeforeThat), 20));
      const before = await admin.post('/rankings/runs', { programId: assessment, regionId: countyId, period: quarterBeforeThat });
      expect(before.status).toBe(202);
      await eventually(async () => ((await admin.get(`/rankings/runs/${before.body.id}`)).body.status === 'completed' ? true : undefined));
      expect((await admin.post(`/programs/${assessment}/periods/${quarterBeforeThat}/close`)).status).toBe(201);
      expect((await admin.post(`/rankings/runs/${before.body.id}/publish`)).status).toBe(200);
      await score(ten, one, [120, 118, 118, 104, 99, 93, 87, 85, 71, 44, 38, 30], addDays(firstDayOf(lastQuarter), 30));
    });

    async function logIn(page: Page, path: string, who = { username: officer.username, region: countyName }): Promise<void> {
      await page.goto(path);
      await page.locator('input[name="username"]').fill(who.username);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.locator('[data-test=shell-region]', { hasText: who.region }).waitFor();
    }

    /** Opens a screen inside the console (history.pushState and popstate, as a link would). */
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

    const award = (ruleId: number) =>
      officerApi.post(`/programs/${conduct}/awards`, { ruleId, holderIds: [household], occurredOn: today() });

    it('turns on "rules need a vote", versions a rule, is refused an award with it (RULE_NOT_ADOPTED), records the adoption with the minutes, and the award goes through', async () => {
      const { page } = await b.newPage(COUNTER);
      await logIn(page, '/console/programs');
      // The county's menu: its village work first, then the county office's screens.
      const menu = (await page.locator('.shell-aside [data-test=menu-item]').allInnerTexts()).map((s) => s.trim());
      expect(menu).toEqual(expect.arrayContaining(['积分方案', '积分标准', '考核周期', '排名', '积分换项目']));
      const card = page.locator(`[data-test=program][data-program="${conduct}"]`);
      await card.waitFor();
      expect(plain(await card.textContent())).toContain('1 分 = 1.00 元');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'programs-1366');

      // Settings: the procedure's "require adoption", saved as the one change.
      await card.locator('[data-test=program-settings]').click();
      await page.waitForURL((url) => url.pathname === `/console/programs/${conduct}`);
      await page.locator('[data-test=settings-require-adoption]').click();
      expect(await text(page, '[data-test=settings-changed]')).toBe('已修改 1 项，尚未保存');
      await shot(page, 'settings-1366');
      const patched = page.waitForRequest((r) => r.url().endsWith(`${API}/programs/${conduct}`) && r.method() === 'PATCH');
      await page.click('[data-test=settings-save]');
      expect((await patched).postDataJSON()).toEqual({ requireRuleAdoption: true });
      await page.locator('[data-test=settings-saved]').waitFor();
      expect(((await officerApi.get(`/programs/${conduct}`)).body as { requireRuleAdoption: boolean }).requireRuleAdoption).toBe(true);

      // The catalogue: by category, searchable, every rule now marked 未经表决，不生效.
      await visit(page, `/console/rules?programId=${conduct}`);
      await page.locator('[data-test=rule]').first().waitFor();
      expect(await page.locator('[data-test=rule-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))).toEqual(
        ['勤劳致富', '清洁卫生', '遵纪守法'],
      );
      expect(await text(page, '[data-test=rules-unadopted-alert]')).toContain('有 6 条标准的现行版本还没有表决记录');
      await shot(page, 'rules-1366');
      await page.fill('input[data-test=rules-search]', 'wrk');
      await page.locator('[data-test=rules-count]', { hasText: '显示 2 条，共 6 条' }).waitFor();
      const rule = page.locator(`[data-test=rule][data-rule="${labour}"]`);
      expect(await rule.getAttribute('data-adoption')).toBe('blocked');
      expect(plain(await rule.textContent())).toContain('未经表决，不生效');
      await rule.click();
      await page.waitForURL((url) => url.pathname === `/console/rules/${conduct}/${labour}`);

      // A new version: 8 points from today.
      await page.click('[data-test=rule-new-version]');
      await page.locator('[data-test=rule-form]').waitFor();
      await field(page, 'rule-form-points').fill('8');
      await field(page, 'rule-form-points').press('Tab');
      await shot(page, 'rule-version-1366');
      await page.click('[data-test=rule-form-save]');
      const v2 = page.locator('[data-test=rule-version][data-version="2"]');
      await v2.waitFor();
      expect(await v2.getAttribute('data-adoption')).toBe('blocked');
      expect(await text(page, '[data-test=rule-version][data-version="2"] [data-test=version-points]')).toBe('+8 分');
      expect(await text(page, '[data-test=rule-version][data-version="2"] [data-test=version-blocked]')).toBe('未经表决，不生效');
      await shot(page, 'rule-versioned-1366');

      // The service refuses an award with the version until its adoption is recorded.
      const refused = await award(labour);
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 422, code: 'RULE_NOT_ADOPTED' });

      // The adoption: 村民代表会议, its day, attendance, resolution number and the minutes as a PDF.
      await v2.locator('[data-test=adoption-record]').click();
      await page.locator('[data-test=adoption-form]').waitFor();
      await page.locator('[data-test=adoption-form] [data-meeting=representatives]').click();
      const meetingOn = addDays(today(), -3);
      await field(page, 'adoption-day').fill(meetingOn);
      await field(page, 'adoption-day').press('Enter');
      await field(page, 'adoption-resolution').fill('城关〔2026〕7号');
      await field(page, 'adoption-attended').fill('35');
      await field(page, 'adoption-attended').press('Tab');
      await field(page, 'adoption-entitled').fill('42');
      await field(page, 'adoption-entitled').press('Tab');
      await page
        .locator('[data-test=adoption-file]')
        .setInputFiles({ name: '村民代表会议记录.pdf', mimeType: 'application/pdf', buffer: MINUTES_PDF });
      expect(await text(page, '[data-test=adoption-file-name]')).toMatch(/^村民代表会议记录\.pdf · \d+ B$/);
      expect(await page.locator('[data-test=adoption-quorum]').count()).toBe(0);
      await shot(page, 'adoption-form-1366');
      const sent = page.waitForResponse((r) => r.url().endsWith(`/rules/${labour}/versions/2/adoption`) && r.request().method() === 'POST');
      await page.click('[data-test=adoption-save]');
      expect((await sent).status()).toBe(201);
      await page.locator('[data-test=rule-version][data-version="2"][data-adoption=adopted]').waitFor();
      expect(await text(page, '[data-test=rule-version][data-version="2"] [data-test=adoption-attendance]')).toBe(
        '实到 35 人 / 应到 42 人（83.3%）',
      );
      expect(await text(page, '[data-test=rule-version][data-version="2"] [data-test=adoption-resolution-shown]')).toBe('城关〔2026〕7号');
      expect(await page.locator('[data-test=rule-version][data-version="1"]').getAttribute('data-adoption')).toBe('blocked');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'rule-adopted-1366');

      // The minutes come back as uploaded.
      const download = page.waitForEvent('download');
      await v2.locator('[data-test=adoption-minutes]').click();
      const minutes = await download;
      expect(minutes.suggestedFilename()).toBe('村民代表会议记录.pdf');
      expect((await readFile((await minutes.path())!)).equals(MINUTES_PDF)).toBe(true);

      // The service has the record, and the award with the version now posts 8 points.
      const detail = (await officerApi.get(`/programs/${conduct}/rules/${labour}`)).body as {
        versions: {
          version: number;
          adoption: { meeting: string; meetingOn: string; attended: number; entitled: number; resolutionNo: string } | null;
        }[];
      };
      expect(detail.versions[1].adoption).toMatchObject({
        meeting: 'representatives',
        meetingOn,
        attended: 35,
        entitled: 42,
        resolutionNo: '城关〔2026〕7号',
      });
      const posted = await award(labour);
      expect(posted.status).toBe(201);
      expect((posted.body as { results: { points: number }[] }).results[0].points).toBe(8);
    });

    it('is told why a period with entries on notice cannot close, and closes the village assessment’s last quarter', async () => {
      const { page } = await b.newPage(COUNTER);
      await logIn(page, `/console/periods?programId=${noticed}`);
      const row = (period: string) => page.locator(`[data-test=period][data-period="${period}"]`);
      await row(lastQuarter).waitFor();
      expect(await row(lastQuarter).getAttribute('data-state')).toBe('ended');
      expect(await row(quarterOf(today())).getAttribute('data-state')).toBe('current');
      expect(await row(quarterOf(today())).locator('[data-test=period-close]').count()).toBe(0);
      await row(lastQuarter).locator('[data-test=period-close]').click();
      await page.locator('[data-test=period-confirm]').waitFor();
      expect(await text(page, '[data-test=period-confirm] .el-dialog__title')).toBe(`关账：${quarterLabel(lastQuarter)}`);
      await shot(page, 'period-confirm-1366');
      await page.click('[data-test=period-confirm-close]');
      const refusal = page.locator('[data-test=period-refusal] [data-test=error]');
      await refusal.waitFor();
      expect(await refusal.getAttribute('data-code')).toBe('PERIOD_HAS_PENDING');
      expect(await text(page, '[data-test=period-explain]')).toBe(
        `${quarterLabel(lastQuarter)}还有 1 条记录在公示期内。公示期满、没有异议的会自动入账，之后就能关账；有异议的要先处理完。`,
      );
      expect(await row(lastQuarter).getAttribute('data-state')).toBe('ended');
      await shot(page, 'period-refused-1366');

      // The village assessment's last quarter has nothing on notice: it closes.
      await visit(page, `/console/periods?programId=${assessment}`);
      await row(quarterBeforeThat).locator('[data-test=period-state]', { hasText: '已关账' }).waitFor();
      await row(lastQuarter).locator('[data-test=period-close]').click();
      await page.click('[data-test=period-confirm-close]');
      await page.locator('[data-test=period-closed]').waitFor();
      await page.locator(`[data-test=period][data-period="${lastQuarter}"][data-state=closed]`).waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'periods-1366');
      const closures = (await officerApi.get(`/programs/${assessment}/periods`)).body as { period: string; closedBy: number | null }[];
      expect(closures.find((c) => c.period === lastQuarter)).toMatchObject({ closedBy: officer.id });
    });

    let runId = '';
    let plan: PlanBody;

    it('computes the last quarter’s village ranking, watches it to the end, sees the spread of scores, and publishes it', async () => {
      const { page } = await b.newPage(COUNTER);
      await logIn(page, `/console/rankings?programId=${assessment}`);
      await page.locator('[data-test=run-start]').waitFor();
      await page.locator('[data-test=runs-count]', { hasText: '1 次排名' }).waitFor();
      // The run to start: the county, the quarter just ended (the picker fills in once the county's name has loaded).
      await page.locator('[data-test=run-start-region]', { hasText: countyName }).waitFor();
      expect(await text(page, '[data-test=run-start-period]')).toBe(quarterLabel(lastQuarter));
      expect(await text(page, '[data-test=run-start-region]')).toBe(countyName);
      await shot(page, 'runs-1366');
      const started = page.waitForResponse((r) => r.url().endsWith(`${API}/rankings/runs`) && r.request().method() === 'POST');
      await page.click('[data-test=run-start-submit]');
      runId = ((await (await started).json()) as { id: string }).id;
      await page.waitForURL((url) => url.pathname === `/console/rankings/${runId}`);

      // The bar follows the run to the end: it never goes back, and ends at 100.
      const seen: number[] = [];
      await eventually(async () => {
        const state = page.locator('[data-test=run-state]');
        const bar = page.locator('[data-test=run-progress]');
        if ((await bar.count()) > 0) seen.push(Number(await bar.getAttribute('aria-valuenow')));
        return (await state.count()) > 0 && (await state.getAttribute('data-status')) === 'completed' ? true : undefined;
      });
      await page.locator('[data-test=run-progress][aria-valuenow="100"]').waitFor();
      seen.push(100);
      expect(seen).toEqual([...seen].sort((x, y) => x - y));

      // The result: the ranked table from the server and the spread of the scores.
      const rows = page.locator('[data-test=entries] .el-table__body-wrapper tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(12);
      expect(await text(page, '[data-test=entries] tbody tr:first-child [data-test=entry-name]')).toBe('青石村');
      expect(await text(page, '[data-test=entries] tbody tr:first-child [data-test=entry-score]')).toBe('120');
      expect(await page.locator('[data-test=entries] tbody tr [data-test=entry-rank]').allInnerTexts()).toEqual([
        '1',
        '2',
        '2',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
        '12',
      ]);
      await page.locator('[data-test=score-chart] canvas').waitFor();
      expect(await text(page, '[data-test=score-chart] figcaption')).toBe('共 12 个村');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'run-1366');

      // Publishing, confirmed once more.
      await page.click('[data-test=run-publish]');
      await page.locator('[data-test=publish-confirm]').waitFor();
      expect(await text(page, '[data-test=publish-confirm] .county-confirm-what')).toBe(
        `发布${countyName}${quarterLabel(lastQuarter)}的排名（共 12 个村）？`,
      );
      await shot(page, 'run-publish-1366');
      await page.click('[data-test=publish-confirm-button]');
      await page.locator('[data-test=run-published]').waitFor();
      expect(((await officerApi.get(`/rankings/runs/${runId}`)).body as { publishedAt: string | null }).publishedAt).not.toBeNull();
    });

    it('splits five million yuan over the published ranking: preview with its chart, then the saved plan, whose CSV adds up and matches', async () => {
      expect(runId).not.toBe('');
      const { page } = await b.newPage(COUNTER);
      await logIn(page, `/console/rankings/${runId}`);
      await page.locator('[data-test=run-allocate]').click();
      await page.waitForURL((url) => url.pathname === '/console/allocation' && url.searchParams.get('runId') === runId);
      await page.locator('[data-test=allocation-terms]').waitFor();

      // The terms: 500万 (parsed to fen without floats), the top 6 by rank tiers, the bottom 3 warned.
      await field(page, 'allocation-budget').fill('500万');
      expect(await text(page, '[data-test=allocation-budget-echo]')).toBe('即 5,000,000.00 元');
      await field(page, 'allocation-top').fill('6');
      await field(page, 'allocation-top').press('Tab');
      await field(page, 'allocation-bottom').fill('3');
      await field(page, 'allocation-bottom').press('Tab');
      await page.locator('[data-test=allocation-method] [data-method=tiered]').click();
      const tiers = page.locator('[data-test=allocation-tier]');
      await tiers.nth(2).waitFor();
      for (const [i, [upto, weight]] of [
        [1, 3],
        [3, 2],
        [6, 1],
      ].entries()) {
        for (const [name, value] of [
          ['tier-upto', upto],
          ['tier-weight', weight],
        ] as const) {
          const input = tiers.nth(i).locator(`input[data-test=${name}], [data-test=${name}] input`).first();
          await input.fill(String(value));
          await input.press('Tab');
        }
      }
      expect(await page.locator('[data-test=tier-gap]').count()).toBe(0);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'allocation-terms-1366');

      // The preview: asked of the service, saved nowhere, drawn as a chart.
      const asked = page.waitForRequest((r) => r.url().endsWith(`${API}/allocation-plans/preview`) && r.method() === 'POST');
      await page.click('[data-test=allocation-preview]');
      const body = (await asked).postDataJSON() as object;
      expect(body).toEqual({
        runId,
        budgetFen: 500_000_000,
        topN: 6,
        method: 'tiered',
        tiers: [
          { uptoRank: 1, weight: 3 },
          { uptoRank: 3, weight: 2 },
          { uptoRank: 6, weight: 1 },
        ],
        bottomN: 3,
      });
      await page.locator('[data-test=allocation-previewed]').waitFor();
      await page.locator('[data-test=plan-chart] canvas').waitFor();
      expect(await page.locator('[data-test=plan-table] tbody tr').count()).toBe(6);
      expect(await text(page, '[data-test=plan-total]')).toBe('5,000,000.00 元 与总额一致');
      expect(await page.locator('[data-test=plan-warning]').count()).toBe(3);
      expect(await page.locator('[data-test=plan-warning][data-escalated=true]').count()).toBe(3);
      expect(((await officerApi.get(`/allocation-plans?runId=${runId}`)).body as unknown[]).length).toBe(0);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'allocation-preview-1366');

      // Saved: the same body, and the plan as the service stored it.
      const saving = page.waitForResponse((r) => r.url().endsWith(`${API}/allocation-plans`) && r.request().method() === 'POST');
      await page.click('[data-test=allocation-save]');
      const savedRes = await saving;
      expect(savedRes.request().postDataJSON()).toEqual(body);
      plan = (await savedRes.json()) as PlanBody;
      await page.locator('[data-test=allocation-saved]').waitFor();
      await page.locator(`[data-test=plan-link][data-plan="${plan.id}"]`).waitFor();
      const stored = (await officerApi.get(`/allocation-plans/${plan.id}`)).body as PlanBody;
      expect(stored.allocations.reduce((s, a) => s + a.amountFen, 0)).toBe(500_000_000);
      const shown = await page
        .locator('[data-test=plan-row-amount]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-fen'))));
      expect(shown).toEqual(
        [...stored.allocations].sort((x, y) => x.rank - y.rank || x.holderCode.localeCompare(y.holderCode)).map((a) => a.amountFen),
      );
      await shot(page, 'allocation-saved-1366');

      // The CSV: its amounts add up to the budget and are the service's plan, village by village.
      const download = page.waitForEvent('download');
      await page.click('[data-test=plan-csv]');
      const file = await download;
      expect(file.suggestedFilename()).toBe(`allocation-${plan.id}.csv`);
      const csv = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '');
      const [header, ...lines] = csv
        .trim()
        .split(/\r?\n/)
        .map((l) => l.split(','));
      expect(header).toEqual(['名次', '村代码', '村名', '得分', '金额（分）', '金额（元）', '预警']);
      const byCode = new Map(lines.map((l) => [l[1], Number(l[4])]));
      expect(lines.reduce((s, l) => s + Number(l[4]), 0)).toBe(500_000_000);
      for (const a of stored.allocations)
        expect({ village: a.holderName, fen: byCode.get(a.holderCode) }).toEqual({ village: a.holderName, fen: a.amountFen });
      expect(
        lines
          .filter((l) => l[6] === '通报约谈')
          .map((l) => l[2])
          .sort(),
      ).toEqual(['金竹村', '龙潭村', '杉木村'].sort());
    });

    it('fits 1920×1080, and each screen fits a 375-px phone without sideways scrolling', async () => {
      expect(plan?.id).toBeDefined();
      const { page } = await b.newPage(WIDE);
      await logIn(page, `/console/allocation/plans/${plan.id}`);
      await page.locator('[data-test=plan-chart] canvas').waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDE.width);
      await shot(page, 'plan-1920');
      // In English too: the same screen, every word from the messages.
      await page.click('[data-test=language]');
      await page.locator('.clerk-heading h1', { hasText: `Allocation plan #${plan.id}` }).waitFor();
      expect(await text(page, '[data-test=plan-total]')).toBe('¥5,000,000.00 equals the budget');
      await shot(page, 'plan-1920-en');
      await page.click('[data-test=language]');
      await visit(page, `/console/rankings/${runId}`);
      await page.locator('[data-test=score-chart] canvas').waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDE.width);
      await shot(page, 'run-1920');

      const phone = (await b.newPage(MOBILE)).page;
      await logIn(phone, '/console/programs');
      const screens: [string, string, string][] = [
        ['/console/programs', '[data-test=program]', 'programs'],
        [`/console/programs/${conduct}`, '[data-test=settings-procedure]', 'settings'],
        [`/console/rules?programId=${conduct}`, '[data-test=rule]', 'rules'],
        [`/console/rules/${conduct}/${labour}`, '[data-test=rule-version]', 'rule'],
        [`/console/periods?programId=${assessment}`, '[data-test=period]', 'periods'],
        [`/console/rankings?programId=${assessment}`, '[data-test=run-link]', 'runs'],
        [`/console/rankings/${runId}`, '[data-test=score-chart] canvas', 'run'],
        [`/console/allocation?runId=${runId}`, '[data-test=allocation-terms]', 'allocation'],
        [`/console/allocation/plans/${plan.id}`, '[data-test=plan-chart] canvas', 'plan'],
      ];
      for (const [path, ready, name] of screens) {
        await visit(phone, path);
        await phone.locator(ready).first().waitFor();
        expect({ path, width: await scrollWidth(phone) }).toEqual({ path, width: MOBILE.width });
        await shot(phone, `${name}-375`);
      }
    });

    it('shows a township officer the settings to read, no period to close, and its own township to rank (the server decides the rest)', async () => {
      const { page } = await b.newPage(COUNTER);
      await logIn(page, `/console/programs/${conduct}`, { username: township.officer.username, region: township.name });
      await page.locator('[data-test=settings-procedure]').waitFor();
      await page.locator('.el-alert', { hasText: '方案设置由县级管理员修改，您可以查看。' }).waitFor();
      expect(await field(page, 'settings-name').isDisabled()).toBe(true);
      expect(await page.locator('[data-test=settings-bar]').count()).toBe(0);

      await visit(page, `/console/periods?programId=${noticed}`);
      await page.locator(`[data-test=period][data-period="${lastQuarter}"]`).waitFor();
      expect(await page.locator('[data-test=period-close]').count()).toBe(0);
      await page.locator('.county-hint', { hasText: '关账由县级管理员操作。' }).waitFor();

      await visit(page, `/console/rankings?programId=${conduct}`);
      await page.locator('[data-test=run-start]').waitFor();
      // The region picker fills in once the township's name has loaded.
      await page.locator('[data-test=run-start-region]', { hasText: township.name }).waitFor();
      expect(await text(page, '[data-test=run-start-region]')).toBe(township.name);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
      await shot(page, 'township-runs-1366');
    });
  },
);
