/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  eventually,
  PASSWORD,
  seedTree,
  today,
  type Client,
  type CountyTree,
  type StaffUser,
} from './support/fixtures.js';
import { MOBILE, pauseClock, useBrowser } from './support/browser.js';
import { givePoints } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';
import { decodeQr } from './support/qr.js';

/**
 * The village notice board (公示栏) and the door plates (门牌), as a villager, the village hall's TV
 * and a clerk use them: one village with a published November (and October) ranking, honours, two
 * entries under notice, a resident who objects, and eighteen households to print plates for.
 */

const SCREEN = { width: 1920, height: 1080 };
const DESK = { width: 1280, height: 900 };
const DAY = 86_400_000;
const NOVEMBER = '2026-11-10';

interface Home {
  id: number;
  cardCode: string;
  name: string;
}

interface Notice {
  id: string;
  holderName: string;
  householdNo: string;
  points: number;
  daysLeft: number;
  status: string;
  rule: { name: string };
}

interface Entry {
  rank: number;
  name: string;
  score: number;
}

/** Points with their sign as the pages write them: +10 分, −5 分 (a true minus sign). */
const signedPoints = (n: number) => `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${Math.abs(n)} 分`;

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

/** Pages of a PDF, counted by its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describeWith(['chromium'], '公示栏 and 门牌 in the browser', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'board');
  let tree: CountyTree;
  let admin: Client;
  let clerk: StaffUser;
  let program: number;
  let villageName: string;
  const homes: Home[] = [];
  const named: Record<string, Home> = {};
  let objectorPin: string;
  let outsider: Home & { pin: string };
  let snowNotice: string;
  let litterNotice: string;
  let snowRule: number;

  async function publishRun(period: string): Promise<void> {
    const queued = await admin.post('/rankings/runs', { programId: program, regionId: tree.county.countyId, period });
    expect(queued.status).toBe(202);
    const id = queued.body.id as string;
    await eventually(async () => ((await admin.get(`/rankings/runs/${id}`)).body.status === 'completed' ? true : undefined));
    expect((await admin.post(`/programs/${program}/periods/${period}/close`)).status).toBe(201);
    expect((await admin.post(`/rankings/runs/${id}/publish`)).status).toBe(200);
  }

  async function pinFor(householdId: number): Promise<string> {
    const res = await as(t, { token: clerk.token }).post('/resident-pins', { householdId });
    expect(res.status).toBe(201);
    return res.body.pin as string;
  }

  beforeAll(async () => {
    tree = await seedTree(t);
    admin = tree.county.api();
    clerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageA);
    [{ name: villageName }] = (await t.db.query(`SELECT name FROM regions WHERE id = $1`, [tree.villageA])) as { name: string }[];
    program = (await createProgram(t, tree.county.token, tree.county.countyId, { periodKind: 'month' })).id;

    // Eighteen households: four whose places we follow, fourteen neighbours with 3 points each.
    const others = ['赵', '钱', '孙', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨'].map((s) => `${s}建华`);
    for (const name of ['王秀英', '李建国', '张桂兰', '刘德华', ...others]) {
      const home = { ...(await createHousehold(t, clerk.token, tree.villageA, { headName: name })), name };
      homes.push(home);
      named[name] = home;
    }
    const outside = await createHousehold(t, tree.county.token, tree.villageB, { headName: '孙丽娟' });

    // October: only 王秀英. November: 40, 30, 25, 20 − 8 (a deduction), and 3 for each neighbour.
    await givePoints(t, tree.county.token, program, [named['王秀英'].id], 5, '2026-10-12');
    for (const [name, points] of [
      ['王秀英', 40],
      ['李建国', 30],
      ['张桂兰', 25],
      ['刘德华', 20],
    ] as const) {
      await givePoints(t, tree.county.token, program, [named[name].id], points, NOVEMBER);
    }
    await givePoints(
      t,
      tree.county.token,
      program,
      homes.slice(4).map((h) => h.id),
      3,
      NOVEMBER,
    );
    // Three households of village B come between them in the county's ranking: 45, 28 and 3 points
    // (the county ranks village A's four 2nd, 3rd, 5th and 6th, the fourteen 7th).
    for (const [name, points] of [
      ['周大海', 45],
      ['吴晓东', 28],
      ['郑春花', 3],
    ] as const) {
      const neighbour = await createHousehold(t, tree.county.token, tree.villageB, { headName: name });
      await givePoints(t, tree.county.token, program, [neighbour.id], points, NOVEMBER);
    }
    const damage = await createRule(t, tree.county.token, program, { name: '损坏公共设施', points: -8 });
    expect(
      (
        await admin.post(`/programs/${program}/deductions`, {
          ruleId: damage.id,
          holderIds: [named['刘德华'].id],
          occurredOn: '2026-11-20',
          reason: '损坏路灯',
        })
      ).status,
    ).toBe(201);
    // Levels (星级文明户) by the month's points, frozen with each run.
    expect(
      (
        await admin.patch(`/programs/${program}`, {
          levels: [
            { name: '一星', minPoints: 10 },
            { name: '二星', minPoints: 30 },
          ],
          levelPeriod: 'period',
        })
      ).status,
    ).toBe(200);
    await publishRun('2026-10');
    await publishRun('2026-11');

    // From now on, entries wait seven days on the board; deductions are published with the honours, with red and black lists of three.
    expect(
      (
        await admin.patch(`/programs/${program}`, {
          publicityDays: 7,
          publishDeductions: true,
          redList: true,
          blackList: true,
          listSize: 3,
        })
      ).status,
    ).toBe(200);
    const snow = await createRule(t, tree.county.token, program, { name: '清扫村口积雪', points: 10 });
    const litter = await createRule(t, tree.county.token, program, { name: '乱扔垃圾', points: -5 });
    snowRule = snow.id;
    const awarded = await as(t, { token: clerk.token }).post(`/programs/${program}/awards`, {
      ruleId: snow.id,
      holderIds: [named['李建国'].id],
      occurredOn: today(),
    });
    expect(awarded.body.results[0]).toMatchObject({ status: 'noticed' });
    const deducted = await as(t, { token: clerk.token }).post(`/programs/${program}/deductions`, {
      ruleId: litter.id,
      holderIds: [named['刘德华'].id],
      occurredOn: today(),
      reason: '乱扔垃圾',
    });
    expect(deducted.body.results[0]).toMatchObject({ status: 'noticed' });
    const ids = (await t.db.query(`SELECT id::text, points::int FROM notices WHERE program_id = $1 ORDER BY id`, [program])) as {
      id: string;
      points: number;
    }[];
    expect(ids.map((n) => n.points)).toEqual([10, -5]);
    [snowNotice, litterNotice] = ids.map((n) => n.id);

    objectorPin = await pinFor(named['张桂兰'].id);
    outsider = {
      ...outside,
      name: '孙丽娟',
      pin: (await as(t, { token: tree.county.token }).post('/resident-pins', { householdId: outside.id })).body.pin as string,
    };
  });

  const texts = (page: Page, selector: string) =>
    page
      .locator(selector)
      .allTextContents()
      .then((all) => all.map((s) => s.trim()));

  it('shows on a phone the notices with days left, the latest ranking and the honours as published, names masked', async () => {
    const notices = (await t.http().get(`${API}/public/notices/${tree.villageA}`)).body as Notice[];
    const board = (await t.http().get(`${API}/public/boards/${tree.villageA}`)).body;
    expect(board.period).toBe('2026-11');
    const ranking = board.rankings[0] as {
      entries: Entry[];
      honours: { champions: Entry[]; honourList: Entry[]; deductions: (Entry & { components: { deductions: number } })[] }[];
    };
    // Days left, from the deadlines in the database.
    const deadlines = (await t.db.query(`SELECT id::text, deadline FROM notices WHERE program_id = $1`, [program])) as {
      id: string;
      deadline: Date;
    }[];
    for (const d of deadlines)
      expect(notices.find((n) => n.id === d.id)?.daysLeft).toBe(Math.ceil((d.deadline.getTime() - Date.now()) / DAY));

    const { page } = await b.newPage(MOBILE);
    await page.goto(`/board/${tree.villageA}`);
    await page.waitForSelector('.notice');
    expect(await page.textContent('h1')).toBe(villageName);

    // 公示: each entry as the service lists it.
    expect(await page.locator('.notice').count()).toBe(2);
    const shown = async (id: string) => {
      const card = page.locator(`.notice[data-notice-id="${id}"]`);
      const text = async (sel: string) => (await card.locator(sel).textContent())?.trim();
      return {
        holder: await text('.notice-holder'),
        no: await text('.notice-no'),
        rule: await text('.notice-rule'),
        points: await text('.notice-points'),
        days: await text('.notice-days'),
        status: await text('.notice-status'),
      };
    };
    for (const n of notices) {
      expect(await shown(n.id)).toEqual({
        holder: n.holderName,
        no: `户号 ${n.householdNo}`,
        rule: n.rule.name,
        points: signedPoints(n.points),
        days: `还剩 ${n.daysLeft} 天`,
        status: '公示中',
      });
    }
    expect(await shown(snowNotice)).toMatchObject({ holder: '李*国', rule: '清扫村口积雪', points: '+10 分', days: '还剩 7 天' });
    expect(await shown(litterNotice)).toMatchObject({ holder: '刘*华', rule: '乱扔垃圾', points: '−5 分', days: '还剩 7 天' });

    // 排名: the latest period, every place (the first ten, then all of them).
    expect(await page.locator('.ranking-sub').first().textContent()).toContain('2026年11月');
    expect(await page.locator('.ranking-row').count()).toBe(10);
    await page.getByRole('button', { name: '查看全部 18 名' }).click();
    expect(await texts(page, '.ranking-name')).toEqual(ranking.entries.map((e) => e.name));
    expect(await texts(page, '.ranking-score')).toEqual(ranking.entries.map((e) => `${e.score} 分`));
    expect((await texts(page, '.ranking-name')).slice(0, 4)).toEqual(['王*英', '李*国', '张*兰', '刘*华']);
    expect((await texts(page, '.ranking-score')).slice(0, 4)).toEqual(['40 分', '30 分', '25 分', '12 分']);
    // The village's places 1..18, the fourteen with 3 points sharing the 5th; not their places in the county's run.
    const places = ['1', '2', '3', '4', ...Array<string>(14).fill('5')];
    expect(await texts(page, '.ranking-rank')).toEqual(places);
    expect(ranking.entries.map((e) => String(e.rank))).toEqual(places);
    const county = (await t.http().get(`${API}/public/boards/${tree.county.countyId}`)).body.rankings[0].entries as Entry[];
    expect(county.filter((e) => ranking.entries.some((v) => v.name === e.name)).map((e) => e.rank)).toEqual([
      2,
      3,
      5,
      6,
      ...Array<number>(14).fill(7),
    ]);
    await b.shot(page, 'village-ranks');

    // 荣誉榜: the village's champion, honour list and published deductions.
    const honours = ranking.honours[0];
    expect(await texts(page, '.honour-village')).toEqual([villageName]);
    expect(await texts(page, '.champion-name')).toEqual(honours.champions.map((e) => e.name));
    expect(await texts(page, '.champion-name')).toEqual(['王*英']);
    expect(await texts(page, '.champion-score')).toEqual(['40 分']);
    expect(await texts(page, '.honour-list-block .honour-name')).toEqual(honours.honourList.map((e) => e.name));
    expect(await texts(page, '.honour-deductions .honour-name')).toEqual(['刘*华']);
    expect(await texts(page, '.honour-deductions .honour-score')).toEqual(
      honours.deductions.map((e) => signedPoints(e.components.deductions)),
    );
    // Levels beside the names, households per level (highest first), 红榜 and 黑榜.
    expect((await texts(page, '.ranking-row .ranking-level')).slice(0, 4)).toEqual(['二星', '二星', '一星', '一星']);
    expect(await texts(page, '.honour-list-block .level-tag')).toEqual(['二星', '二星', '一星', '一星']);
    expect(await texts(page, '.level-count')).toEqual(['二星2 户', '一星2 户']);
    expect(await texts(page, '[data-test="red-list"] .honour-name')).toEqual(['王*英', '李*国', '张*兰']);
    expect(await texts(page, '[data-test="black-list"] .honour-name')).toEqual(['刘*华']);
    expect(await texts(page, '[data-test="black-list"] .honour-score')).toEqual(['−8 分']);
    expect(await texts(page, '[data-test="champion-title"]')).toEqual(['道德冠军']);

    // Only masked names, and nothing wider than the phone: no sideways scrolling, nothing cut off, touch targets of 44 px.
    const html = await page.content();
    for (const h of homes) expect(html).not.toContain(h.name);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(MOBILE.width);
    expect(await layout(page, MOBILE.width)).toEqual({ scrollWidth: MOBILE.width, cut: [], small: [] });
    await b.shot(page, 'mobile');

    // The period picker: October's ranking, in the address too.
    await page.locator('.period-picker .van-dropdown-menu__item').click();
    await page.locator('.van-dropdown-item__option', { hasText: '2026年10月' }).click();
    await page.waitForURL(/period=2026-10/);
    await page.locator('.ranking-sub', { hasText: '2026年10月' }).waitFor();
    const october = (await t.http().get(`${API}/public/boards/${tree.villageA}?period=2026-10`)).body.rankings[0].entries as Entry[];
    expect(await texts(page, '.ranking-name')).toEqual(october.slice(0, 10).map((e) => e.name));
    expect(await texts(page, '.ranking-score')).toEqual(october.slice(0, 10).map((e) => `${e.score} 分`));
    expect((await texts(page, '.ranking-score'))[0]).toBe('5 分');
    expect(await texts(page, '.champion-name')).toEqual(['王*英']);
    await b.shot(page, 'mobile-october');

    // English on request.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.board-section-title', { hasText: 'Under notice' }).waitFor();
    expect(await texts(page, '.notice-days')).toEqual(['7 days left', '7 days left']);
    await b.shot(page, 'mobile-en');
  });

  it('lists the rules in force that the villagers adopted, with the meeting, under 积分标准', async () => {
    const minutes = Buffer.from('%PDF-1.4\n%%EOF\n');
    const adopted = await t
      .http()
      .post(`${API}/programs/${program}/rules/${snowRule}/versions/1/adoption`)
      .set('Authorization', `Bearer ${tree.county.token}`)
      .field('meeting', 'representatives')
      .field('meetingOn', '2026-11-20')
      .field('attended', '31')
      .field('entitled', '35')
      .field('resolutionNo', '〔2026〕3号')
      .attach('file', minutes, '会议记录.pdf');
    expect(adopted.status).toBe(201);
    const { page } = await b.newPage(MOBILE);
    await page.goto(`/board/${tree.villageA}`);
    await page.getByRole('tab', { name: '积分标准' }).click();
    const rule = page.locator('[data-test=board-rule]');
    await rule.first().waitFor();
    // Only the adopted rule: the others of the program have no record.
    expect(await rule.count()).toBe(1);
    expect(await rule.locator('.rule-name').textContent()).toBe('清扫村口积雪');
    expect(await rule.locator('.rule-points').textContent()).toBe('+10 分');
    expect(await rule.locator('.rule-adopted').textContent()).toBe(
      '2026年11月20日 村民代表会议表决通过（应到 35 人，实到 31 人），决议 〔2026〕3号',
    );
    expect(await layout(page, MOBILE.width)).toEqual({ scrollWidth: MOBILE.width, cut: [], small: [] });
    await b.shot(page, 'rules');
  });

  it('takes an objection with card code, PIN and reason: the notice is held; a wrong PIN is told in Chinese', async () => {
    const objections = () =>
      t.db.query(`SELECT household_id AS "householdId", reason, status, filed_by_type AS "filedBy" FROM objections WHERE notice_id = $1`, [
        snowNotice,
      ]) as Promise<unknown[]>;
    const noticeStatus = async () =>
      ((await t.db.query(`SELECT status FROM notices WHERE id = $1`, [snowNotice])) as { status: string }[])[0].status;
    const { page } = await b.newPage(MOBILE);
    await page.goto(`/board/${tree.villageA}`);
    const card = page.locator(`.notice[data-notice-id="${snowNotice}"]`);
    const sheet = page.locator('.objection-sheet');
    const fill = async (cardCode: string, pin: string, reason: string) => {
      await sheet.locator('input[name="cardCode"]').fill(cardCode);
      await sheet.locator('input[name="pin"]').fill(pin);
      await sheet.locator('textarea[name="reason"]').fill(reason);
      await sheet.getByRole('button', { name: '提交异议' }).click();
    };
    const code = named['张桂兰'].cardCode;
    const wrongPin = String((Number(objectorPin) + 1) % 1_000_000).padStart(6, '0');

    await card.getByRole('button', { name: /异议/ }).click();
    await sheet.locator('.objection-title').waitFor();
    expect(await sheet.locator('.objection-notice').textContent()).toContain('清扫村口积雪');
    await fill(code, wrongPin, '那天雪是我家扫的，他不在村里');
    await sheet.locator('.objection-error').waitFor();
    expect(await sheet.locator('.objection-error').textContent()).toBe('卡号或密码不正确');
    expect(await objections()).toEqual([]);
    expect(await noticeStatus()).toBe('noticed');
    await b.shot(page, 'objection-wrong-pin');

    // A household the village committee has not given a PIN yet: told where to get one, nothing filed.
    await fill(named['赵建华'].cardCode, '20262026', '那天雪是我家扫的，他不在村里');
    await sheet.locator('.objection-error', { hasText: '本户还没有密码' }).waitFor();
    expect(await sheet.locator('.objection-error').textContent()).toBe('本户还没有密码，请到村委会领取');
    expect(await objections()).toEqual([]);
    expect(await noticeStatus()).toBe('noticed');
    await b.shot(page, 'objection-no-pin');

    // Typed as people type it: lower case, with dashes.
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase();
    await fill(typed, objectorPin, '那天雪是我家扫的，他不在村里');
    await page.locator('.objection-result').waitFor();
    expect(await page.locator('.objection-result-title').textContent()).toBe('异议已提交');
    expect(await page.locator('.objection-result-text').textContent()).toContain('清扫村口积雪');
    expect(await objections()).toEqual([
      { householdId: named['张桂兰'].id, reason: '那天雪是我家扫的，他不在村里', status: 'open', filedBy: 'resident' },
    ]);
    expect(await noticeStatus()).toBe('held');
    await card.locator('.notice-status', { hasText: '有异议' }).waitFor();
    expect(await card.locator('.notice-held').textContent()).toContain('等待审核人员核实');
    await sheet.waitFor({ state: 'hidden' });
    await page.locator('.van-overlay').first().waitFor({ state: 'hidden' });
    await b.shot(page, 'objection-done');

    // The same household again, and a household of another village: refused, in Chinese.
    await card.getByRole('button', { name: /异议/ }).click();
    await fill(code, objectorPin, '再说一次');
    await sheet.locator('.objection-error', { hasText: '您已对该条公示提出过异议' }).waitFor();
    await fill(outsider.cardCode, outsider.pin, '我觉得不对');
    await sheet.locator('.objection-error', { hasText: '只有本村农户可以对这条公示提出异议' }).waitFor();
    expect(await objections()).toHaveLength(1);
  });

  it('turns its own pages on the village hall screen: each section in turn, large type, no buttons, long lists paged', async () => {
    const { page } = await b.newPage(SCREEN);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The page's clock is the test's: the pages turn when the test moves time on, however busy the machine.
    await page.clock.install();
    // The board's own button turns it into the screen (the address says so, to be bookmarked on the TV).
    await page.goto(`/board/${tree.villageA}?interval=1`);
    await page.getByRole('button', { name: '大屏' }).click();
    await page.waitForSelector('.screen');
    await page.waitForURL(/screen=1/);
    expect(await page.locator('button').count()).toBe(0);
    expect(await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.scrollHeight]')).toEqual([
      SCREEN.width,
      SCREEN.height,
    ]);
    expect(await page.locator('.screen-region').textContent()).toBe(villageName);
    expect(await page.locator('.screen-time').textContent()).toMatch(/^\d{2}:\d{2}$/);
    expect(await page.locator('.screen-updated').textContent()).toMatch(/^最后更新 \d{2}:\d{2}$/);

    // The pages it should turn, from what the service publishes: 6 notices, 16 places, 10 honours a page.
    const notices = (await t.http().get(`${API}/public/notices/${tree.villageA}`)).body as Notice[];
    const ranking = (await t.http().get(`${API}/public/boards/${tree.villageA}`)).body.rankings[0] as {
      entries: Entry[];
      honours: { honourList: Entry[]; deductions: Entry[]; redList: Entry[]; blackList: Entry[] }[];
    };
    const pagesOf = (n: number, size: number) =>
      Array.from({ length: Math.max(1, Math.ceil(n / size)) }, (_, i) => Math.min(size, n - i * size));
    const honours = ranking.honours[0];
    const expected = [
      ...pagesOf(notices.length, 6).map((rows) => ({ section: 'notices', rows })),
      ...pagesOf(ranking.entries.length, 16).map((rows) => ({ section: 'rankings', rows })),
      ...pagesOf(honours.honourList.length, 10).map((rows) => ({ section: 'honours', rows })),
      ...pagesOf(honours.deductions.length, 10).map((rows) => ({ section: 'honours', rows })),
      // The red and black lists (红黑榜) the program shows, a page each.
      ...pagesOf(honours.redList.length, 10).map((rows) => ({ section: 'honours', rows })),
      ...pagesOf(honours.blackList.length, 10).map((rows) => ({ section: 'honours', rows })),
    ];
    expect(expected.map((p) => p.rows)).toEqual([2, 16, 2, 10, 8, 1, 3, 1]);

    // Watch the pages turn, taking a picture of each: time stands still while the test looks.
    const state = `(() => {
      const s = document.querySelector('.screen');
      const body = s.querySelector('.screen-body').getBoundingClientRect();
      const rows = [...s.querySelectorAll('.screen-notices tr, .sr-row, .sh-row')];
      const names = [...s.querySelectorAll('.sn-holder, .sr-name, .sh-name')].map((n) => parseFloat(getComputedStyle(n).fontSize));
      return {
        slide: Number(s.dataset.slide), section: s.dataset.section, title: s.querySelector('.screen-title').textContent,
        rows: rows.length, fits: rows.every((r) => r.getBoundingClientRect().bottom <= body.bottom + 0.5),
        smallestName: names.length ? Math.min(...names) : 0, page: s.querySelector('.screen-page')?.textContent ?? '',
      };
    })()`;
    type State = { slide: number; section: string; title: string; rows: number; fits: boolean; smallestName: number; page: string };
    await pauseClock(page);
    const seen = new Map<number, State>();
    const sequence: number[] = [];
    for (let turn = 0; turn <= expected.length; turn++) {
      if (turn > 0) {
        // One interval (1 s here) on: the next page, and only it.
        const before = sequence[sequence.length - 1];
        await page.clock.runFor(1000);
        await page.waitForFunction((n) => document.querySelector('.screen')?.getAttribute('data-slide') !== String(n), before);
      }
      const now = (await page.evaluate(state)) as State;
      sequence.push(now.slide);
      if (!seen.has(now.slide)) await b.shot(page, `screen-${now.slide + 1}-${now.section}`);
      seen.set(now.slide, now);
    }
    // One page after the other, and round again to the first seen; every page seen.
    sequence.slice(1).forEach((slide, i) => expect(slide).toBe((sequence[i] + 1) % expected.length));
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(expected.map((_, i) => i));
    const pages = expected.map((_, i) => seen.get(i)!);
    expect(pages.map((p) => ({ section: p.section, rows: p.rows }))).toEqual(expected);
    // Nothing cut off at the bottom, names readable across the hall.
    expect(pages.map((p) => p.fits)).toEqual(expected.map(() => true));
    for (const p of pages) expect(p.smallestName).toBeGreaterThanOrEqual(36);
    expect(pages[1]).toMatchObject({ title: '道德积分 · 2026年11月', page: '第 1 / 2 页' });
    expect(pages[2].page).toBe('第 2 / 2 页');
    expect(pages[3].title).toBe(`${villageName} · 道德积分 · 2026年11月`);

    // Escape (a keyboard on the hall's computer) goes back to the ordinary board.
    await page.keyboard.press('Escape');
    await page.locator('.board-tabs').waitFor();
    expect(page.url()).not.toContain('screen=1');

    // Every few minutes the screen reloads: an entry put on notice meanwhile appears, 最后更新 moves on.
    const { page: tv } = await b.newPage(SCREEN);
    await tv.clock.install();
    await tv.goto(`/board/${tree.villageA}?screen=1&interval=600`);
    await tv.waitForSelector('.screen');
    expect(await tv.locator('.screen-title').textContent()).toBe(`公示（${notices.length}）`);
    const updated = await tv.locator('.screen-updated').textContent();
    const award = await as(t, { token: clerk.token }).post(`/programs/${program}/awards`, {
      ruleId: snowRule,
      holderIds: [named['王秀英'].id],
      occurredOn: today(),
    });
    expect(award.body.results[0]).toMatchObject({ status: 'noticed' });
    await tv.clock.runFor(3 * 60_000 + 1_000);
    await tv.locator('.screen-title', { hasText: `公示（${notices.length + 1}）` }).waitFor();
    expect(await tv.locator('.screen-updated').textContent()).not.toBe(updated);
  });

  it("prints a door plate for every household of the village on A4, its QR code opening the household's door page", async () => {
    const { page } = await b.newPage(DESK);
    await page.goto(`/plates/${tree.villageA}`);
    const logIn = async (username: string, password: string) => {
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
    };
    await logIn(clerk.username, 'not-the-password');
    expect(await page.locator('.staff-login-error').textContent()).toBe('用户名或密码不正确');
    await b.shot(page, 'plates-login');
    await logIn(clerk.username, PASSWORD);
    await page.locator('.plate').first().waitFor();
    expect(await page.evaluate(`Boolean(sessionStorage.getItem('mb.staff.token'))`)).toBe(true);

    // One plate per household of the village, in household-number order, with what a door needs.
    const rows = (await t.db.query(`SELECT household_no AS "no", card_code AS "code" FROM households WHERE village_id = $1`, [
      tree.villageA,
    ])) as { no: string; code: string }[];
    expect(rows).toHaveLength(18);
    const plates: [string, string, string][] = [];
    for (const plate of await page.locator('.plate').all()) {
      plates.push([
        (await plate.getAttribute('data-household-no'))!,
        (await plate.getAttribute('data-card-code'))!,
        await plate.innerText(),
      ]);
    }
    expect(plates.map(([no, code]) => ({ no, code })).sort((a, b) => a.no.localeCompare(b.no))).toEqual(
      rows.sort((a, b) => a.no.localeCompare(b.no)),
    );
    const numbers = plates.map(([no]) => Number(no.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const [no, code, text] of plates) {
      expect(text).toContain(villageName);
      expect(text).toContain(no);
      expect(text).toContain('扫码查看积分 · 申报 · 公示');
      expect(text).toContain(code.match(/.{4}/g)!.join('-'));
    }
    expect(await page.locator('.plates-summary').textContent()).toBe(`${villageName}：共 18 户，3 页 A4`);
    expect(await page.locator('.plate-sheet').count()).toBe(3);

    // The QR code, read from the picture on the page: the household's door page on this service.
    const [firstNo, firstCode] = plates[0];
    const decoded = await decodeQr(await page.locator(`.plate[data-household-no="${firstNo}"] .plate-qr`).screenshot());
    expect(decoded).toBe(`${b.baseUrl}/h/${firstCode}`);
    await b.shot(page, 'plates-screen');

    // Printed: only the sheets, three A4 pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.plates-bar').isVisible()).toBe(false);
    await b.shot(page, 'plates-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(3);

    // On a phone: the page says it is for a computer, and the sheets shrink to the screen rather than scroll sideways.
    const { page: phone } = await b.newPage(MOBILE);
    await phone.goto(`/plates/${tree.villageA}`);
    await phone.locator('input[name="username"]').fill(clerk.username);
    await phone.locator('input[name="password"]').fill(PASSWORD);
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.locator('.plate').first().waitFor();
    expect(await phone.locator('[data-test=print-on-computer]').textContent()).toContain('请在电脑上打开以打印');
    expect(await layout(phone, MOBILE.width)).toEqual({ scrollWidth: MOBILE.width, cut: [], small: [] });
    await b.shot(phone, 'plates-phone');
    expect(await page.locator('[data-test=print-on-computer]').isVisible()).toBe(false);

    // Staff of another village are told, in Chinese, that this village is not theirs.
    const other = await createUser(t, tree.county.token, 'village_clerk', tree.villageB);
    const { page: elsewhere } = await b.newPage(DESK);
    await elsewhere.goto(`/plates/${tree.villageA}`);
    await elsewhere.locator('input[name="username"]').fill(other.username);
    await elsewhere.locator('input[name="password"]').fill(PASSWORD);
    await elsewhere.getByRole('button', { name: '登录' }).click();
    await elsewhere.getByText('这个村不在您的管辖范围内，不能打印它的门牌').waitFor();
    expect(await elsewhere.locator('.plate').count()).toBe(0);
    // Eighteen QR codes drawn and read, a PDF printed: room for a busy machine.
  }, 240_000);
});
