/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { MOBILE, SCREENSHOTS, useBrowser } from './support/browser.js';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  eventually,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

/**
 * The household door page (一户一码, /h/:cardCode) on a 375-px phone: what anyone sees after
 * scanning the door plate, and what the household does with its PIN (明细, 申报, 我的申报, 异议).
 */

interface DoorApi {
  household: { cardCode: string; householdNo: string; headNameMasked: string; villageName: string };
  programs: {
    id: number;
    name: string;
    balance: number;
    redeemable: number;
    pending: number;
    earnedThisPeriod: number;
    expiring: { points: number; on: string } | null;
    rank: number | null;
    rankedHouseholds: number;
    level: { name: string; earned: number; next: { name: string; minPoints: number } | null } | null;
  }[];
  notices: { id: string; points: number; daysLeft: number; rule: { name: string } }[];
  honours: { programId: number; programName: string; period: string; kind: string; rank: number }[];
}

/** The quarter before today's, and a day in it. */
const [LAST_QUARTER, LAST_QUARTER_DAY] = ((): [string, string] => {
  const [y, m] = today().split('-').map(Number);
  const [year, q] = m <= 3 ? [y - 1, 4] : [y, Math.ceil(m / 3) - 1];
  return [`${year}-Q${q}`, `${year}-${String(3 * q - 2).padStart(2, '0')}-10`];
})();
/** A day as the page writes it: 2026-08-10 → 2026年8月10日. */
const dayLabel = (day: string) =>
  day.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);

const photo = (): Promise<Buffer> =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 60, g: 140, b: 90 } } })
    .jpeg()
    .toBuffer();

/** Text as read: trimmed, runs of spaces (the non-breaking ones before 分 too) made one. */
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of every element matching, plain. */
async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map(plain);
}

/** Text of the first element matching, plain. */
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
/** The quarter of a day as the page names it: 2026-12-01 → 2026年第4季度. */
const periodLabel = (day: string) => `${day.slice(0, 4)}年第${Math.ceil(Number(day.slice(5, 7)) / 3)}季度`;
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Touch targets (buttons, tabs, links, fields) under 44 px on the screen, by name. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, [role=tab], [role=button], a[href], input:not([type=hidden]), select, textarea')]
      .map((el) => el.closest('.van-cell, .van-uploader__upload') ?? el)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`),
  );

/**
 * Once the page has stopped scrolling (after log-in it scrolls to the resident's tabs): where the
 * sticky bar at the top ends, where the resident's area and its tab bar start, and the screen's height.
 */
async function tabsBelowBar(page: Page): Promise<{ bar: number; area: number; tabs: number; screen: number }> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { lastY?: number; still?: number };
      w.still = w.lastY === window.scrollY ? (w.still ?? 0) + 1 : 0;
      w.lastY = window.scrollY;
      return w.still >= 3;
    },
    undefined,
    { polling: 100 },
  );
  return page.evaluate(() => ({
    bar: Math.round(document.querySelector('.a11y-bar')!.getBoundingClientRect().bottom),
    area: Math.round(document.querySelector('[data-test=resident]')!.getBoundingClientRect().top),
    tabs: Math.round(document.querySelector('[data-test=resident] [role=tablist]')!.getBoundingClientRect().top),
    screen: window.innerHeight,
  }));
}

describeWith(['chromium'], 'door page (一户一码) on a phone', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'door');
  let tree: CountyTree;
  let clerk: string;
  let reviewer: string;
  let conduct: number;
  let civility: number;
  let sweep: number;
  let help: number;
  let home: { id: number; cardCode: string; householdNo: string };
  let neighbour: { id: number; cardCode: string };
  let pin: string;
  let homeNotice: string;
  let neighbourNotice: string;
  let approvedClaim: { id: string; evidenceId: number };

  /** The door API as anyone reads it: the page must show these values. */
  const doorApi = async (): Promise<DoorApi> => {
    const res = await t.http().get(`${API}/public/households/${home.cardCode}`);
    expect(res.status).toBe(200);
    return res.body as DoorApi;
  };

  async function logIn(page: Page): Promise<void> {
    await page.goto(`/h/${home.cardCode}`);
    await page.click('[data-test=open-login]');
    await page.fill('[data-test=pin] input', pin);
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=resident]');
  }

  /** A screenshot from the top of the page, where a resident starts (the toggles' bar is sticky). */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.shot(page, name);
  };

  const openTab = async (page: Page, name: string) => {
    await page.getByRole('tab', { name, exact: true }).click();
  };

  beforeAll(async () => {
    tree = await seedTree(t);
    const admin = tree.county.token;
    clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    reviewer = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    conduct = (await createProgram(t, admin, tree.county.countyId, { name: '道德积分' })).id;
    civility = (await createProgram(t, admin, tree.county.countyId, { name: '文明积分' })).id;
    sweep = (await createRule(t, admin, conduct, { name: '清扫村道', category: '环境卫生', points: 10 })).id;
    help = (await createRule(t, admin, conduct, { name: '帮扶困难户', category: '邻里和睦', points: 20 })).id;
    await createRule(t, admin, conduct, { name: '乱扔垃圾', category: '环境卫生', points: -5 });
    const garden = (await createRule(t, admin, civility, { name: '美丽庭院', category: '家庭文明', points: 8 })).id;

    const created = await createHousehold(t, clerk, tree.villageA, { headName: '王秀英', householdNo: '0012' });
    home = { ...created, householdNo: '0012' };
    neighbour = await createHousehold(t, clerk, tree.villageA, { headName: '李建国' });
    await createHousehold(t, clerk, tree.villageA, { headName: '张桂兰' });
    const api = as(t, { token: admin });

    // Last quarter the home led the village: its published ranking makes the home 道德冠军.
    expect(
      (
        await api.post(`/programs/${conduct}/awards`, {
          ruleId: help,
          holderIds: [home.id],
          occurredOn: LAST_QUARTER_DAY,
          memo: '照顾孤寡老人',
        })
      ).status,
    ).toBe(201);
    const run = await api.post('/rankings/runs', { programId: conduct, regionId: tree.villageA, period: LAST_QUARTER });
    expect(run.status).toBe(202);
    await eventually(async () =>
      (await api.get(`/rankings/runs/${run.body.id as string}`)).body.status === 'completed' ? true : undefined,
    );
    expect((await api.post(`/programs/${conduct}/periods/${LAST_QUARTER}/close`)).status).toBe(201);
    expect((await api.post(`/rankings/runs/${run.body.id as string}/publish`)).status).toBe(200);

    // Posted at once (no notice period yet): the neighbour earns more this period than the home.
    expect(
      (await api.post(`/programs/${conduct}/awards`, { ruleId: help, holderIds: [home.id], occurredOn: today(), memo: '帮邻居修补屋顶' }))
        .status,
    ).toBe(201);
    expect((await api.post(`/programs/${conduct}/awards`, { ruleId: help, holderIds: [neighbour.id], occurredOn: today() })).status).toBe(
      201,
    );
    expect((await api.post(`/programs/${conduct}/awards`, { ruleId: sweep, holderIds: [neighbour.id], occurredOn: today() })).status).toBe(
      201,
    );
    // Then 7 days of public notice: the next awards wait on the village board.
    // Levels (星级文明户) by this period's points: the home's 20 make it 一星.
    expect(
      (
        await api.patch(`/programs/${conduct}`, {
          publicityDays: 7,
          claimWindowDays: 30,
          levels: [
            { name: '一星', minPoints: 20 },
            { name: '二星', minPoints: 40 },
          ],
          levelPeriod: 'period',
        })
      ).status,
    ).toBe(200);
    const noticed = await api.post(`/programs/${conduct}/awards`, {
      ruleId: sweep,
      holderIds: [home.id, neighbour.id],
      occurredOn: today(),
    });
    expect(noticed.status).toBe(201);
    const byHolder = new Map((noticed.body.results as { holderId: number; noticeId: string }[]).map((r) => [r.holderId, r.noticeId]));
    homeNotice = byHolder.get(home.id)!;
    neighbourNotice = byHolder.get(neighbour.id)!;

    // Points expire three months after the deed (积分清零): the door page warns of the soonest.
    expect((await api.put(`/programs/${conduct}/expiry`, { policy: 'rolling', months: 3 })).status).toBe(200);

    const pinRes = await as(t, { token: clerk }).post('/resident-pins', { householdId: home.id });
    expect(pinRes.status).toBe(201);
    pin = pinRes.body.pin as string;

    // A claim with a photo on the program without notice: approved, it posts at once with its photo.
    const login = await t.http().post(`${API}/auth/resident-login`).send({ cardCode: home.cardCode, pin });
    const resident = login.body.accessToken as string;
    const upload = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${resident}`)
      .attach('file', await photo(), 'garden.jpg');
    expect(upload.status).toBe(201);
    const filed = await as(t, { token: resident }).post('/claims', {
      programId: civility,
      ruleId: garden,
      occurredOn: today(),
      memo: '院子种花',
      evidenceIds: [upload.body.id],
    });
    expect(filed.status).toBe(201);
    expect((await as(t, { token: reviewer }).post(`/claims/${filed.body.id as string}/approve`, {})).status).toBe(201);
    approvedClaim = { id: filed.body.id as string, evidenceId: upload.body.id as number };
  });

  it('without a PIN: household number, masked name, points, rank and the entry under notice as the service says; an unknown card and a lost network say what to do', async () => {
    const door = await doorApi();
    const points = door.programs.find((p) => p.id === conduct)!;
    const [{ balance }] = (await t.db.query(
      `SELECT balance::int FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`,
      [conduct, home.id],
    )) as { balance: number }[];
    expect(points).toMatchObject({ balance: 140, redeemable: 40, pending: 10, earnedThisPeriod: 20, rank: 2, rankedHouseholds: 3 });
    expect(door.honours).toEqual([
      { programId: conduct, programName: '道德积分', period: LAST_QUARTER, kind: 'champion', title: 'champion', rank: 1, memberName: null },
    ]);
    expect(points.balance).toBe(balance);

    const { page } = await b.newPage(MOBILE);
    // The first answer never comes: a plain message and a retry.
    await page.route('**/api/v1/public/households/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`/h/${home.cardCode}`);
    await page.waitForSelector('[data-test=load-error]');
    expect(await page.textContent('[data-test=load-error]')).toContain('网络连接失败，请检查网络后重试');
    await shot(page, 'network-error');
    await page.unroute('**/api/v1/public/households/**');
    await page.click('[data-test=retry]');
    await page.waitForSelector('[data-test=household]');

    expect(await page.textContent('[data-test=household-no]')).toBe(door.household.householdNo);
    expect(door.household.householdNo).toBe('0012');
    expect(await page.textContent('[data-test=head-name]')).toBe('王*英');
    expect(await page.textContent('[data-test=village]')).toBe(door.household.villageName);
    expect(await page.content()).not.toContain('王秀英');

    const within = (test: string) => text(page, `[data-test=program][data-program="${conduct}"] [data-test=${test}]`);
    expect(await within('balance')).toBe(String(points.balance));
    expect(await within('redeemable')).toBe(`其中可兑换 ${points.redeemable} 分`);
    expect(await within('pending')).toBe(`公示中 +${points.pending} 分（公示期满后入账）`);
    expect(await within('earned')).toBe(`本期（${periodLabel(today())}）得分 +${points.earnedThisPeriod} 分`);
    expect(await within('rank')).toBe(`本期村内第 ${points.rank} 名 / 共 ${points.rankedHouseholds} 户`);
    expect(points.level).toMatchObject({ name: '一星', earned: 20, next: { name: '二星', minPoints: 40 } });
    expect(await within('level-name')).toBe('一星');
    expect(await within('level')).toContain(`${periodLabel(today())}得分 20 分`);
    expect(await within('level-next')).toBe('再得 20 分可评二星');

    expect(await texts(page, '[data-test=honour]')).toEqual([`道德冠军 ${periodLabel(LAST_QUARTER_DAY)} · 道德积分`]);
    expect(await smallTargets(page)).toEqual([]);
    // The soonest expiry, as the balance says it (the lifecycle tests check the figures themselves).
    const { expiring } = (await tree.county.api().get(`/programs/${conduct}/holders/${home.id}/balance`)).body as {
      expiring: { points: number; on: string } | null;
    };
    expect(points.expiring).toEqual(expiring);
    if (expiring) {
      const [y, m, d] = expiring.on.split('-').map(Number);
      expect(await within('expiring')).toBe(`其中 ${expiring.points} 分将于 ${y}年${m}月${d}日 清零，请及时兑换`);
    }

    const notice = door.notices.find((n) => n.id === homeNotice)!;
    expect(notice).toMatchObject({ points: 10, daysLeft: 7, rule: { name: '清扫村道' } });
    const shown = await texts(page, '[data-test=notice]');
    expect(shown).toEqual([expect.stringContaining('清扫村道')]);
    expect(shown[0]).toContain('+10 分');
    expect(shown[0]).toContain(`公示还剩 ${notice.daysLeft} 天`);
    await shot(page, 'public');

    await page.goto('/h/NO-SUCH-CARD');
    await page.waitForSelector('[data-test=not-found]');
    expect(await page.textContent('[data-test=not-found] h1')).toBe('没有找到这一户');
    expect(await page.textContent('[data-test=not-found]')).toContain('请重新扫描门牌二维码');
    await shot(page, 'not-found');

    // The village board names that quarter in the same words as the door page.
    await page.goto(`/board/${tree.villageA}?period=${LAST_QUARTER}`);
    await page
      .locator('.ranking-sub', { hasText: periodLabel(LAST_QUARTER_DAY) })
      .first()
      .waitFor();
    expect(await page.locator('.ranking-sub').first().textContent()).toContain(periodLabel(LAST_QUARTER_DAY));
  });

  it("with the PIN: a wrong PIN says so in Chinese; the right one shows the statement with rule names, points, memo and the claim's photo", async () => {
    const { page } = await b.newPage(MOBILE);
    await page.goto(`/h/${home.cardCode.toLowerCase()}`);
    await page.click('[data-test=open-login]');
    expect(await page.inputValue('[data-test=card] input')).toBe(home.cardCode);
    expect(await page.getAttribute('[data-test=pin] input', 'inputmode')).toBe('numeric');
    await page.fill('[data-test=pin] input', pin === '000000' ? '111111' : '000000');
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=login-error]');
    expect(await page.textContent('[data-test=login-error]')).toBe('卡号或密码不正确');
    await shot(page, 'wrong-pin');

    await page.fill('[data-test=pin] input', pin);
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=statement-line]');
    // 查看明细 ends with the page scrolled to the resident's area, right below the sticky bar: its tabs on the screen, not under the bar.
    const { bar, area, tabs, screen } = await tabsBelowBar(page);
    expect(area).toBeGreaterThanOrEqual(bar - 1);
    expect(area).toBeLessThanOrEqual(bar + 12);
    expect(tabs).toBeGreaterThanOrEqual(bar);
    expect(tabs + 44).toBeLessThanOrEqual(screen);
    await page.screenshot({ path: join(SCREENSHOTS, 'door-after-login.png') }); // what the screen shows, not the whole page
    const statement = await as(t, {
      token: (await t.http().post(`${API}/auth/resident-login`).send({ cardCode: home.cardCode, pin })).body.accessToken,
    }).get(`/programs/${conduct}/holders/${home.id}/statement`);
    // Each line is checked in the browser against the county's signed tree head (closing last quarter signed one):
    // the lines before it 已核验, the award booked since 待公布 (test/web-transparency.e2e-spec.ts checks this in full).
    await page.locator('[data-test=verify-summary][data-kind=ok]').waitFor();
    const lines = await texts(page, '[data-test=statement-line]');
    expect(lines).toHaveLength((statement.body.items as unknown[]).length);
    expect(lines).toEqual([
      `${dayLabel(today())} 待公布 +20 分 加分 帮扶困难户 说明：帮邻居修补屋顶 余额 140`,
      // Booked today, a deed of last quarter: the statement goes by booking, and says when the deed was.
      `${dayLabel(today())} 已核验 +20 分 加分 帮扶困难户 发生在 ${dayLabel(LAST_QUARTER_DAY)} 说明：照顾孤寡老人 余额 120`,
      `${dayLabel(today())} 已核验 +100 分 开户基础分 余额 100`, // the account opens on the day it is first written
    ]);
    await shot(page, 'statement');

    // The other program: the approved claim's line, with its photo fetched with the token.
    await page.locator('[data-test=statement-tab] .chooser__item', { hasText: '文明积分' }).click();
    await page.waitForSelector('[data-test=thumb] img');
    const civilityLines = await texts(page, '[data-test=statement-line]');
    expect(civilityLines[0]).toMatch(/\+8 分.*美丽庭院.*说明：院子种花/);
    expect(await page.locator('[data-test=thumb] img').getAttribute('src')).toMatch(/^blob:/);
    await page.click('[data-test=thumb]');
    await page.waitForSelector('.van-image-preview img');
    await shot(page, 'photo-preview');
    await page.click('.van-image-preview__close-icon');

    // The log-in lasts for the browser tab; log-out ends it.
    await page.reload();
    await page.waitForSelector('[data-test=resident]');
    expect(await page.textContent('[data-test=logged-in]')).toBe(`已登录：${home.householdNo} 号 王*英`);
    await page.click('[data-test=logout]');
    await page.waitForSelector('[data-test=open-login]');
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('mb.door.')))).toEqual([]);
  });

  it('a household without a PIN yet is told to get one from the village committee, in Chinese and in English', async () => {
    const { page } = await b.newPage(MOBILE);
    await page.goto(`/h/${neighbour.cardCode}`);
    await page.click('[data-test=open-login]');
    expect(await page.inputValue('[data-test=card] input')).toBe(neighbour.cardCode);
    await page.fill('[data-test=pin] input', '20262026');
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=login-error]');
    expect(await page.textContent('[data-test=login-error]')).toBe('本户还没有密码，请到村委会领取');
    await shot(page, 'no-pin');
    await page.click('[data-test=language]');
    await page.fill('[data-test=pin] input', '20262026');
    await page.click('[data-test=login-submit]');
    await page.locator('[data-test=login-error]', { hasText: 'no PIN' }).waitFor();
    expect(await page.textContent('[data-test=login-error]')).toBe('This household has no PIN yet; ask the village committee for one');
    await shot(page, 'no-pin-en');
  });

  it('files a claim with a phone photo: the claim is stored with the photo, submitted, and shown as 待审核', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    await openTab(page, '申报');
    await page.click('[data-test=rule]');
    await page.locator('[data-test=rule-option]', { hasText: '清扫村道' }).click();
    expect(await texts(page, '[data-test=rule-option]')).not.toContainEqual(expect.stringContaining('乱扔垃圾'));
    expect(await page.inputValue('[data-test=date] input')).toBe(dayLabel(today()));
    await page.fill('[data-test=memo] textarea', '清扫村口道路积雪');
    const input = page.locator('.van-uploader__input');
    expect(await input.getAttribute('capture')).toBe('camera');
    expect(await input.getAttribute('accept')).toBe('image/*');
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/evidence') && r.request().method() === 'POST');
    await input.setInputFiles({ name: 'snow.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    const evidenceId = ((await (await uploaded).json()) as { id: number }).id;
    await page.waitForSelector('.van-uploader__preview');
    await page.waitForFunction(() => !document.querySelector('.van-uploader__mask'));
    await shot(page, 'claim-form');

    await page.click('[data-test=claim-submit]');
    await page.waitForSelector('[data-test=claim-result]');
    expect(await page.textContent('[data-test=claim-status]')).toBe('待审核');
    await shot(page, 'claim-done');

    const claims = (await t.db.query(
      `SELECT c.id, c.status, c.rule_id AS "ruleId", c.memo, to_char(c.occurred_on, 'YYYY-MM-DD') AS "occurredOn", c.filed_by_type AS "filedBy",
              array_agg(ce.evidence_id) AS "evidenceIds"
         FROM claims c JOIN claim_evidence ce ON ce.claim_id = c.id
        WHERE c.household_id = $1 AND c.program_id = $2 GROUP BY c.id`,
      [home.id, conduct],
    )) as { id: string; status: string; ruleId: number; memo: string; occurredOn: string; filedBy: string; evidenceIds: number[] }[];
    expect(claims).toEqual([
      {
        id: expect.any(String),
        status: 'submitted',
        ruleId: sweep,
        memo: '清扫村口道路积雪',
        occurredOn: today(),
        filedBy: 'resident',
        evidenceIds: [evidenceId],
      },
    ]);
    const [stored] = (await t.db.query(`SELECT village_id AS "villageId", uploaded_by_household AS "by" FROM evidence WHERE id = $1`, [
      evidenceId,
    ])) as { villageId: number; by: number }[];
    expect(stored).toEqual({ villageId: tree.villageA, by: home.id });

    await page.click('[data-test=see-mine]');
    const row = page.locator(`[data-test=my-claim][data-claim="${claims[0].id}"]`);
    await row.waitFor();
    expect(await row.locator('[data-test=claim-state]').textContent()).toBe('待审核');
    expect(await row.textContent()).toContain('清扫村道');
    // The claim approved before: on a program without notice it has posted.
    expect(await text(page, `[data-test=my-claim][data-claim="${approvedClaim.id}"] [data-test=claim-state]`)).toBe('已通过，已入账');
    await page.waitForSelector(`[data-test=my-claim][data-claim="${claims[0].id}"] [data-test=thumb] img`);
    await shot(page, 'my-claims');
  });

  it("objects to a neighbour's entry under notice: the objection is stored, the entry held, and the page says so", async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    await openTab(page, '公示');
    const item = page.locator(`[data-test=village-notice][data-notice="${neighbourNotice}"]`);
    await item.waitFor();
    expect(plain(await item.innerText())).toMatch(/李\*国 \+10 分 清扫村道 .* 公示还剩 7 天 提出异议$/);
    // The household's own award: marked as its own, nothing to object to.
    const ours = page.locator(`[data-test=village-notice][data-notice="${homeNotice}"]`);
    expect(plain(await ours.innerText())).toMatch(/王\*英 本户 \+10 分 清扫村道/);
    expect(await ours.locator('[data-test=object]').count()).toBe(0);
    await item.locator('[data-test=object]').click();
    await page.waitForSelector('[data-test=objection-reason] textarea');
    await page.click('.van-dialog__confirm');
    expect(await page.textContent('[data-test=objection-error]')).toBe('理由至少写 2 个字');
    await page.fill('[data-test=objection-reason] textarea', '那天他不在村里');
    await shot(page, 'objection-dialog');
    await page.click('.van-dialog__confirm');
    await page.waitForSelector('[data-test=objection-result]');
    expect(await page.textContent('[data-test=objection-result]')).toContain('异议已提交');
    expect(await item.locator('[data-test=notice-held]').textContent()).toBe('已有异议，待审核');
    expect((await item.locator('[data-test=object]').textContent())?.trim()).toBe('已提出异议');
    expect(await item.locator('[data-test=object]').isDisabled()).toBe(true);
    await shot(page, 'objection-done');

    const objections = (await t.db.query(
      `SELECT household_id AS "householdId", reason, status, filed_by_type AS "filedBy" FROM objections WHERE notice_id = $1`,
      [neighbourNotice],
    )) as object[];
    expect(objections).toEqual([{ householdId: home.id, reason: '那天他不在村里', status: 'open', filedBy: 'resident' }]);
    const [notice] = (await t.db.query(`SELECT status FROM notices WHERE id = $1`, [neighbourNotice])) as { status: string }[];
    expect(notice.status).toBe('held');
    // The household's own entry stays open.
    const [own] = (await t.db.query(`SELECT status FROM notices WHERE id = $1`, [homeNotice])) as { status: string }[];
    expect(own.status).toBe('noticed');
  });

  it('large text at 375 px: every view fits the width and the type is visibly larger; high contrast too', async () => {
    const { page } = await b.newPage(MOBILE);
    await page.goto(`/h/${home.cardCode}`);
    await page.waitForSelector('[data-test=household]');
    const before = {
      row: await fontSize(page, '[data-test=household] .summary__row'),
      balance: await fontSize(page, '[data-test=balance]'),
    };
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);

    await page.click('[data-test=large-text]');
    expect(await page.getAttribute('[data-test=large-text]', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.classList.contains('mb-large'))).toBe(true);
    const after = {
      row: await fontSize(page, '[data-test=household] .summary__row'),
      balance: await fontSize(page, '[data-test=balance]'),
    };
    expect(before.row).toBeCloseTo(17.6, 1);
    expect(after.row).toBeCloseTo(22, 1);
    expect(after.balance).toBeGreaterThanOrEqual(before.balance * 1.2);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'large-public');

    await page.click('[data-test=open-login]');
    await page.waitForSelector('[data-test=login]');
    expect(await fontSize(page, '[data-test=pin] input')).toBeGreaterThanOrEqual(18);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'large-login');
    await page.fill('[data-test=pin] input', pin);
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=statement-line]');
    // Large text makes the sticky bar two lines high: the tabs still land below it.
    const below = await tabsBelowBar(page);
    expect(below.area).toBeGreaterThanOrEqual(below.bar - 1);
    expect(below.area).toBeLessThanOrEqual(below.bar + 12);
    expect(below.tabs).toBeGreaterThanOrEqual(below.bar);
    expect(below.tabs + 44).toBeLessThanOrEqual(below.screen);
    await page.screenshot({ path: join(SCREENSHOTS, 'door-large-after-login.png') });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    expect(await smallTargets(page)).toEqual([]);
    await shot(page, 'large-statement');

    for (const [tab, ready, name] of [
      ['申报', '[data-test=claim-submit]', 'large-claim'],
      ['我的申报', '[data-test=my-claim]', 'large-my-claims'],
      ['公示', '[data-test=village-notice]', 'large-notices'],
    ] as const) {
      await openTab(page, tab);
      await page.waitForSelector(ready);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, name);
    }
    await openTab(page, '申报');
    await page.click('[data-test=rule]');
    await page.waitForSelector('[data-test=rule-option]');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'large-rule-picker');
    await page.click('.van-popup__close-icon');

    await page.click('[data-test=high-contrast]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('mb-contrast'))).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'large-contrast');

    // English second: the switch is at the top too.
    await page.click('[data-test=language]');
    expect(await page.textContent('[data-test=large-text]')).toContain('Large text');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'large-english');
  });
  it('warns before filing a claim that its cap is used up, and shows what an approved claim was granted and why', async () => {
    const admin = tree.county.token;
    const mutual = (await createProgram(t, admin, tree.county.countyId, { name: '互助积分' })).id;
    const patrol = (
      await createRule(t, admin, mutual, { name: '义务巡逻', category: '平安建设', points: 10, cap: { points: 15, per: 'quarter' } })
    ).id;
    // 10 of the 15 this quarter allows are given already.
    expect(
      (await as(t, { token: clerk }).post(`/programs/${mutual}/awards`, { ruleId: patrol, holderIds: [home.id], occurredOn: today() }))
        .status,
    ).toBe(201);

    const { page } = await b.newPage(MOBILE);
    await logIn(page);
    await openTab(page, '申报');
    await page.locator('[data-test=claim-tab] .chooser__item', { hasText: '互助积分' }).click();
    await page.click('[data-test=rule]');
    await page.locator('[data-test=rule-option]', { hasText: '义务巡逻' }).click();
    await page.waitForSelector('[data-test=cap-warning]');
    expect(await page.textContent('[data-test=cap-warning]')).toContain(
      '本季度这一项最多加 15 分，还能加 5 分：申报通过后按 5 分计（不是 10 分）。',
    );
    await page.fill('[data-test=memo] textarea', '夜间巡逻');
    await shot(page, 'claim-cap-warning');
    await page.click('[data-test=claim-submit]');
    await page.waitForSelector('[data-test=claim-result]');
    const [{ id }] = (await t.db.query(`SELECT id FROM claims WHERE household_id = $1 AND program_id = $2`, [home.id, mutual])) as {
      id: string;
    }[];
    expect((await as(t, { token: reviewer }).post(`/claims/${id}/approve`, {})).body).toMatchObject({ grantedPoints: 5 });

    // 我的申报 (read once the reviewer has approved it): asked 10, granted 5, and why.
    await page.click('[data-test=see-mine]');
    const claim = page.locator(`[data-test=my-claim][data-claim="${id}"]`);
    await claim.locator('[data-test=claim-capped]').waitFor();
    expect(await claim.locator('[data-test=claim-points]').innerText()).toMatch(/^\+10\s+\+5\s*分$/);
    expect(await claim.locator('[data-test=claim-capped]').innerText()).toBe('已达上限（本季度最多 15 分），按 5 分计');
    await shot(page, 'claim-capped');

    // Used up now: the form says a new claim would add nothing.
    await openTab(page, '申报');
    await page.getByRole('button', { name: '再报一项' }).click();
    await page.locator('[data-test=claim-tab] .chooser__item', { hasText: '互助积分' }).click();
    await page.click('[data-test=rule]');
    await page.locator('[data-test=rule-option]', { hasText: '义务巡逻' }).click();
    await page.waitForSelector('[data-test=cap-warning]');
    expect(await page.textContent('[data-test=cap-warning]')).toContain(
      '本季度这一项已经加满了（最多 15 分），现在申报即使通过也不会再加分。',
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await shot(page, 'claim-cap-used-up');
    // Filed anyway, for the same day: the page says the household claimed this deed already.
    await page.fill('[data-test=memo] textarea', '夜间巡逻');
    await page.click('[data-test=claim-submit]');
    await page.waitForSelector('[data-test=claim-duplicate]');
    expect(await page.textContent('[data-test=claim-duplicate]')).toContain(
      `这一天的同一项本户已经申报过（申报号 ${id}），村里审核时会核对是否重复。`,
    );
    await shot(page, 'claim-duplicate');
  });
});
