/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { addDays } from '../src/common/calendar/calendar.js';
import { MOBILE, SCREENSHOTS, pauseClock, useBrowser } from './support/browser.js';
import {
  API,
  as,
  createDevice,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * What a household is told, and what the village makes public, as residents see it: the door
 * page's inbox (消息) after the PIN, newest first, a page at a time, with the way to the claim or
 * the entry under notice a message is about; and the announcements (村务公开) of the village and
 * the township above it on the door page, on the board on a phone and on the village hall's screen,
 * until they are withdrawn.
 */

const SCREEN = { width: 1920, height: 1080 };

interface Message {
  id: string;
  template: string;
  text: string;
  subject: { type: string; id: string } | null;
}

interface Announcement {
  id: number;
  title: string;
  body: string;
  regionName: string;
  from: string;
  until: string;
  photos: { url: string; thumbnailUrl: string }[];
}

/** The tag of each kind of message, as the inbox names it. */
const KIND: Record<string, string> = {
  'claim.approved': '审核',
  'claim.rejected': '审核',
  'entry.noticed': '公示',
  'objection.upheld': '异议',
  'objection.dismissed': '异议',
  'sanction.imposed': '处理',
  'sanction.lifted': '处理',
  'redemption.made': '兑换',
  'expiry.reminder': '清零提醒',
};

/** A photo with something on it (a house under the sun), in the colours asked. */
const photo = (sky: string, width = 800, height = 600): Promise<Buffer> =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
        <rect width="100%" height="100%" fill="${sky}"/>
        <rect y="${height * 0.7}" width="100%" height="${height * 0.3}" fill="#5b8c3a"/>
        <circle cx="${width * 0.8}" cy="${height * 0.2}" r="${height * 0.1}" fill="#ffd23f"/>
        <polygon points="${width * 0.25},${height * 0.35} ${width * 0.45},${height * 0.5} ${width * 0.05},${height * 0.5}" fill="#a30d24"/>
        <rect x="${width * 0.08}" y="${height * 0.5}" width="${width * 0.34}" height="${height * 0.25}" fill="#f4efe6"/>
      </svg>`,
    ),
  )
    .jpeg()
    .toBuffer();

/** Text as read: trimmed, runs of spaces made one. */
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * What does not fit a screen `width` wide: the page's scroll width, visible elements reaching past
 * either edge, and touch targets (buttons, tabs, links, fields) under 44 px.
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
    const small = [...document.querySelectorAll('button, [role=tab], [role=button], a[href], input:not([type=hidden]), select, textarea')]
      .map((el) => el.closest('.van-cell') ?? el)
      .filter(shown)
      .filter((el) => el.getBoundingClientRect().height < 44 || el.getBoundingClientRect().width < 44)
      .map(name);
    return { scrollWidth: document.documentElement.scrollWidth, cut, small };
  }, width);
}
const fits = (width: number) => ({ scrollWidth: width, cut: [], small: [] });

/** Every image matching has loaded (a real picture, not a broken one). */
const loaded = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const images = [...document.querySelectorAll<HTMLImageElement>(s)];
    return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0);
  }, selector);

/** Whether an element is on the screen now (scrolled to), below the door page's sticky bar. */
const onScreen = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const bar = document.querySelector('.a11y-bar')?.getBoundingClientRect().bottom ?? 0;
    return r.top >= bar && r.bottom <= window.innerHeight;
  }, selector);

/** Once the page has stopped scrolling (log-in and a message's link scroll smoothly). */
const still = (page: Page) =>
  page.waitForFunction(
    () => {
      const w = window as unknown as { lastY?: number; still?: number };
      w.still = w.lastY === window.scrollY ? (w.still ?? 0) + 1 : 0;
      w.lastY = window.scrollY;
      return w.still >= 3;
    },
    undefined,
    { polling: 100 },
  );

describeWith(['chromium'], 'messages (消息) and announcements (村务公开) in the browser', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'resident');
  let tree: CountyTree;
  let clerk: string;
  let officer: string;
  let villageName: string;
  let townshipName: string;
  let home: { id: number; cardCode: string };
  let quiet: { id: number; cardCode: string };
  let pin: string;
  let quietPin: string;
  let resident: string;
  let ownNotice: string;
  const claims: { id: string; approved: boolean }[] = [];

  /** The inbox as the service gives it to the household, in a language. */
  const inbox = async (language = 'zh-CN'): Promise<Message[]> => {
    const res = await as(t, { token: resident }).get(`/household-messages/${home.id}?limit=100`).set('Accept-Language', language);
    expect(res.status).toBe(200);
    return res.body.items as Message[];
  };
  /** The announcements anyone sees today in the village. */
  const shownToday = async (): Promise<Announcement[]> => (await t.http().get(`${API}/public/announcements/${tree.villageA}`)).body;

  async function logIn(page: Page, cardCode: string, code: string): Promise<void> {
    await page.goto(`/h/${cardCode}`);
    await page.click('[data-test=open-login]');
    await page.fill('[data-test=pin] input', code);
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=resident]');
  }
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.shot(page, name);
  };

  beforeAll(async () => {
    tree = await seedTree(t);
    const admin = tree.county.token;
    clerk = (await createUser(t, admin, 'village_clerk', tree.villageA)).token;
    officer = (await createUser(t, admin, 'township_officer', tree.townshipA)).token;
    const reviewer = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    const reviewer2 = (await createUser(t, admin, 'reviewer', tree.villageA)).token;
    const nameOf = async (id: number) => ((await t.db.query(`SELECT name FROM regions WHERE id = $1`, [id])) as { name: string }[])[0].name;
    villageName = await nameOf(tree.villageA);
    townshipName = await nameOf(tree.townshipA);

    const program = (await createProgram(t, admin, tree.county.countyId, { name: '德润积分' })).id;
    expect((await as(t, { token: admin }).patch(`/programs/${program}`, { publicityDays: 7, claimWindowDays: 30 })).status).toBe(200);
    const rules = [
      (await createRule(t, admin, program, { points: 10, name: '清扫村道' })).id,
      (await createRule(t, admin, program, { points: 20, name: '帮扶困难户' })).id,
      (await createRule(t, admin, program, { points: 5, name: '参加夜校' })).id,
    ];
    const litter = (await createRule(t, admin, program, { points: -5, name: '乱扔垃圾' })).id;
    home = await createHousehold(t, clerk, tree.villageA, { headName: '王秀英' });
    const neighbour = await createHousehold(t, clerk, tree.villageA, { headName: '李建国' });
    quiet = await createHousehold(t, clerk, tree.villageA, { headName: '张桂兰' });
    const pinOf = async (id: number) => (await as(t, { token: clerk }).post('/resident-pins', { householdId: id })).body.pin as string;
    pin = await pinOf(home.id);
    quietPin = await pinOf(quiet.id);
    resident = (await t.http().post(`${API}/auth/resident-login`).send({ cardCode: home.cardCode, pin })).body.accessToken as string;

    // The oldest message: a redemption at the love supermarket, on a program without public notice.
    const direct = (await createProgram(t, admin, tree.county.countyId, { name: '文明积分' })).id;
    const store = await openStore(t, admin, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 100 }], {
      programId: direct,
    });
    const volunteer = (await createRule(t, admin, direct, { points: 30, name: '志愿服务' })).id;
    expect(
      (await as(t, { token: clerk }).post(`/programs/${direct}/awards`, { ruleId: volunteer, holderIds: [home.id], occurredOn: today() }))
        .status,
    ).toBe(201);
    const kiosk = as(t, { apiKey: (await createDevice(t, admin, store.id)).apiKey });
    const sale = await kiosk
      .post(`/stores/${store.id}/redemptions`, { householdId: home.id, lines: [{ sku: 'SOAP', quantity: 2 }] })
      .set('Idempotency-Key', 'web-messages-1');
    expect(sale.status).toBe(201);

    // Nine claims, each of its own day: approved and rejected in turn.
    for (let i = 0; i < 9; i++) {
      const filed = await as(t, { token: resident }).post('/claims', {
        programId: program,
        ruleId: rules[i % rules.length],
        occurredOn: addDays(today(), -(9 - i)),
        memo: `第${i + 1}件好事`,
      });
      expect(filed.status).toBe(201);
      const id = filed.body.id as string;
      const approved = i % 2 === 0;
      const decided = approved
        ? await as(t, { token: reviewer }).post(`/claims/${id}/approve`, {})
        : await as(t, { token: reviewer }).post(`/claims/${id}/reject`, { reason: '照片看不清' });
      expect(decided.status).toBe(201);
      claims.push({ id, approved });
    }

    // A deduction of the household's own goes on notice; then its objection to the neighbour's award is dismissed.
    const deducted = await as(t, { token: clerk }).post(`/programs/${program}/deductions`, {
      ruleId: litter,
      holderIds: [home.id],
      occurredOn: today(),
      reason: '垃圾倒在河边',
    });
    expect(deducted.status).toBe(201);
    ownNotice = deducted.body.results[0].noticeId as string;
    const awarded = await as(t, { token: clerk }).post(`/programs/${program}/awards`, {
      ruleId: rules[0],
      holderIds: [neighbour.id],
      occurredOn: today(),
    });
    const objected = await as(t, { token: resident }).post(`/notices/${awarded.body.results[0].noticeId as string}/objections`, {
      reason: '那天他不在村里',
    });
    expect(objected.status).toBe(201);
    expect(
      (
        await as(t, { token: reviewer2 }).post(`/objections/${objected.body.id as string}/decision`, {
          uphold: false,
          reason: '有照片为证',
        })
      ).status,
    ).toBe(201);
  });

  it('shows the household its messages after the PIN, newest first, ten a page, with their kind and time, and leads to the claim and the entry they are about', async () => {
    const messages = await inbox();
    expect(messages.map((m) => m.template)).toEqual([
      'objection.dismissed',
      'entry.noticed',
      ...claims.map((c) => (c.approved ? 'claim.approved' : 'claim.rejected')).reverse(),
      'redemption.made',
    ]);
    const live = new Set(((await t.http().get(`${API}/public/notices/${tree.villageA}`)).body as { id: string }[]).map((n) => n.id));
    expect(live.has(ownNotice)).toBe(true);

    const { page } = await b.newPage(MOBILE);
    await logIn(page, home.cardCode, pin);
    // Read at log-in: the tab says how many are new before it is opened (a full first page, and more).
    const tab = page.getByRole('tab', { name: /^消息/ });
    await tab.locator('.van-badge', { hasText: '10+' }).waitFor();
    await still(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-inbox-badge.png') });
    await tab.click();
    await page.locator('[data-test=message]').nth(9).waitFor();
    await tab.locator('.van-badge').waitFor({ state: 'detached' });

    const shown = async () =>
      page.locator('[data-test=message]').evaluateAll((items) =>
        items.map((el) => ({
          id: el.getAttribute('data-message'),
          kind: el.querySelector('[data-test=message-kind]')?.textContent?.trim(),
          time: el.querySelector('[data-test=message-time]')?.textContent?.trim(),
          text: el.querySelector('[data-test=message-text]')?.textContent?.trim(),
          isNew: el.querySelector('[data-test=message-new]') !== null,
          open: el.querySelector('[data-test=message-open]')?.textContent?.trim() ?? null,
        })),
      );
    const expected = (m: Message) => ({
      id: m.id,
      kind: KIND[m.template],
      time: expect.stringMatching(/^(今天|昨天) \d{2}:\d{2}$/), // made minutes ago (yesterday, just past midnight)
      text: m.text,
      isNew: true,
      open: m.subject?.type === 'claim' ? '查看这条申报' : m.subject?.type === 'notice' && live.has(m.subject.id) ? '查看这条公示' : null,
    });
    expect(await shown()).toEqual(messages.slice(0, 10).map(expected));
    // The words the household reads, as the service wrote them.
    expect(messages[1].text).toMatch(
      /^【德润积分】您户有一条积分记录正在公示：「乱扔垃圾」−5分，公示至\d{4}年\d{1,2}月\d{1,2}日。如有异议，请在公示期内提出。$/,
    );
    expect(messages[2].text).toMatch(/^【德润积分】您户申报的「参加夜校」已通过审核，\+5分，公示至\d{4}年\d{1,2}月\d{1,2}日后入账。$/);
    expect(messages[3].text).toBe('【德润积分】您户申报的「帮扶困难户」未通过审核，原因请在户页查看。');
    expect(await layout(page, MOBILE.width)).toEqual(fits(MOBILE.width));
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-inbox-screen.png') });
    await shot(page, 'inbox');

    // 加载更多: the two older ones, then the list says it has ended.
    await page.click('[data-test=messages-more]');
    await page.locator('[data-test=message]').nth(11).waitFor();
    await page.locator('[data-test=messages-end]').waitFor();
    expect(await page.locator('[data-test=messages-more]').count()).toBe(0);
    expect(await shown()).toEqual(messages.map(expected));
    expect(await page.locator('[data-test=message]').last().locator('[data-test=message-text]').textContent()).toMatch(
      /^【文明积分】您户在爱心超市兑换，使用8分，小票号\S+。$/,
    );
    await shot(page, 'inbox-all');

    // The rejected claim's message leads to the claim in 我的申报, marked and on the screen.
    const rejected = messages[3];
    await page.locator(`[data-test=message][data-message="${rejected.id}"] [data-test=message-open]`).click();
    const claim = `[data-test=my-claim][data-claim="${rejected.subject!.id}"]`;
    await page.locator(`${claim}[data-focused]`).waitFor();
    await onScreen(page, claim);
    expect(plain(await page.locator('[role=tab][aria-selected=true]').textContent())).toBe('我的申报');
    expect(plain(await page.locator(`${claim} [data-test=claim-state]`).textContent())).toBe('已驳回');
    expect(plain(await page.locator(`${claim} [data-test=reject-reason]`).textContent())).toBe('驳回原因：照片看不清');
    await still(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-to-claim.png') });

    // Back in the inbox nothing is new any more; the notice's message leads to the entry under notice.
    await tab.click();
    await page.locator('[data-test=message]').first().waitFor();
    expect(await page.locator('[data-test=message-new]').count()).toBe(0);
    await page.locator(`[data-test=message][data-message="${messages[1].id}"] [data-test=message-open]`).click();
    const notice = `[data-test=village-notice][data-notice="${ownNotice}"]`;
    await page.locator(`${notice}[data-focused]`).waitFor();
    await onScreen(page, notice);
    expect(plain(await page.locator(notice).innerText())).toContain('乱扔垃圾');
    await still(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-to-notice.png') });

    // Large type: still one column, nothing sideways, every button a thumb wide.
    await tab.click();
    await page.click('[data-test=large-text]');
    await page.locator('[data-test=message]').first().waitFor();
    expect(await layout(page, MOBILE.width)).toEqual(fits(MOBILE.width));
    expect(
      await page
        .locator('[data-test=message-text]')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBe(23);
    await page.locator('[data-test=resident]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-inbox-large.png') });
    await page.click('[data-test=high-contrast]');
    await page.locator('[data-test=resident]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-inbox-contrast.png') });
    await page.click('[data-test=high-contrast]');

    // In English the service writes the messages in English.
    const english = await inbox('en');
    await page.click('[data-test=language]');
    await page.locator('[data-test=message-text]', { hasText: english[0].text }).waitFor();
    expect(await page.locator('[data-test=message-text]').allTextContents()).toEqual(english.slice(0, 10).map((m) => m.text));
    expect(plain(await page.locator('[data-test=message-kind]').first().textContent())).toBe('Objection');
    expect(await layout(page, MOBILE.width)).toEqual(fits(MOBILE.width));
    await page.screenshot({ path: join(SCREENSHOTS, 'resident-inbox-english.png') });

    // A household nobody has told anything yet: the inbox says so.
    const { page: other } = await b.newPage(MOBILE);
    await logIn(other, quiet.cardCode, quietPin);
    await other.getByRole('tab', { name: /^消息/ }).click();
    await other.locator('[data-test=messages-empty]').waitFor();
    expect(await other.locator('[data-test=messages-empty] :is(.empty__title, .empty__hint)').allTextContents()).toEqual([
      '还没有消息',
      '申报审核的结果、本户正在公示的加减分、异议的处理、兑换和积分清零提醒，都会发到这里。',
    ]);
    expect(await layout(other, MOBILE.width)).toEqual(fits(MOBILE.width));
    await shot(other, 'inbox-empty');
  });

  it('shows the announcements of the village and the township above it on the door page, the board and the hall screen, photos and all, until withdrawn', async () => {
    const api = (token: string) => as(t, { token });
    const upload = async (sky: string, width?: number, height?: number) => {
      const res = await t
        .http()
        .post(`${API}/evidence`)
        .set('Authorization', `Bearer ${clerk}`)
        .field('villageId', String(tree.villageA))
        .attach('file', await photo(sky, width, height), 'photo.jpg');
      expect(res.status).toBe(201);
      return res.body.id as number;
    };
    const body = [
      '为迎接元旦，村里定于12月10日上午9点开展冬季环境卫生大扫除。',
      '一、每户出一名劳动力，自带扫帚、铁锹；',
      '二、重点清理村口道路、河边和房前屋后的垃圾；',
      '三、参加的农户按“义务投工投劳”记10分，由网格员登记；',
      '四、因病因事不能参加的，请提前告知网格员。',
      '集合地点：村委会门口。',
      '联系人：村委会 王主任。',
      '欢迎大家积极参加，共建美丽乡村！',
    ].join('\n');
    const village = await api(clerk).post('/announcements', {
      regionId: tree.villageA,
      title: '关于开展冬季环境卫生大扫除的通知',
      body,
      photoIds: [await upload('#87c7e8'), await upload('#f6c38b', 600, 800)],
      from: today(),
      until: addDays(today(), 14),
    });
    expect(village.status).toBe(201);
    const township = await api(officer).post('/announcements', {
      regionId: tree.townshipA,
      title: '乡卫生院免费体检',
      body: '本月15日至20日，65岁以上老人可到乡卫生院免费体检。\n请带身份证。',
      from: addDays(today(), -1),
      until: today(),
    });
    expect(township.status).toBe(201);
    // Not yet shown: it starts tomorrow.
    expect(
      (
        await api(clerk).post('/announcements', {
          regionId: tree.villageA,
          title: '明年的事',
          body: '明天才公开',
          from: addDays(today(), 1),
          until: addDays(today(), 3),
        })
      ).status,
    ).toBe(201);
    const announcements = await shownToday();
    expect(announcements.map((a) => [a.title, a.regionName])).toEqual([
      ['关于开展冬季环境卫生大扫除的通知', villageName],
      ['乡卫生院免费体检', townshipName],
    ]);

    /** The line under an announcement's title: who published it, its days, and whether today is the last. */
    const meta = (page: Page, a: Announcement) =>
      card(page, a)
        .locator('[data-test=announcement-meta]')
        .evaluate((el) => [...el.children].map((c) => c.textContent?.trim()).join(' '));
    const card = (page: Page, a: Announcement) => page.locator(`[data-test=announcement][data-announcement="${a.id}"]`);
    async function checkCards(page: Page): Promise<void> {
      await loaded(page, '[data-test=announcement-photo] img');
      expect(await page.locator('[data-test=announcement-title]').allTextContents()).toEqual(announcements.map((a) => a.title));
      const [first, second] = announcements;
      expect(await meta(page, first)).toMatch(new RegExp(`^${villageName} 发布 (\\d+年)?\\d+月\\d+日 至 (\\d+年)?\\d+月\\d+日$`));
      expect(await meta(page, second)).toMatch(new RegExp(`^${townshipName} 发布 .* 今天是最后一天$`));
      // The short one whole, line breaks kept; the long one cut after five lines until 展开全文.
      expect(await card(page, second).locator('[data-test=announcement-body]').innerText()).toBe(second.body);
      expect(await card(page, second).locator('[data-test=announcement-expand]').count()).toBe(0);
      const long = card(page, first).locator('[data-test=announcement-body]');
      const clamped = await long.evaluate((el) => el.scrollHeight > el.clientHeight);
      expect(clamped).toBe(true);
      expect(await card(page, first).locator('[data-test=announcement-photo]').count()).toBe(2);
    }

    // The door page, without logging in: right under the household, village's first.
    const { page: door } = await b.newPage(MOBILE);
    await door.goto(`/h/${home.cardCode}`);
    await door.locator('[data-test=announcements]').waitFor();
    await checkCards(door);
    const order = await door.evaluate(() =>
      ['[data-test=household]', '[data-test=announcements]', '[data-test=program]'].map((s) =>
        Math.round(document.querySelector(s)!.getBoundingClientRect().top),
      ),
    );
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(await layout(door, MOBILE.width)).toEqual(fits(MOBILE.width));
    await door.screenshot({ path: join(SCREENSHOTS, 'resident-door-announcements-screen.png') });
    await shot(door, 'door-announcements');
    const [first] = announcements;
    await card(door, first).locator('[data-test=announcement-expand]').click();
    expect(await card(door, first).locator('[data-test=announcement-body]').innerText()).toBe(first.body);
    expect(plain(await card(door, first).locator('[data-test=announcement-expand]').textContent())).toBe('收起');
    expect(await layout(door, MOBILE.width)).toEqual(fits(MOBILE.width));
    await card(door, first).screenshot({ path: join(SCREENSHOTS, 'resident-door-announcement-full.png') });
    // A photo opens large.
    await card(door, first).locator('[data-test=announcement-photo]').nth(1).click();
    await loaded(door, '.van-image-preview .van-swipe-item:nth-child(2) img');
    // Once it has faded in: what the resident sees.
    await door.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(
      await door.locator('.van-image-preview img').evaluateAll((imgs) => imgs.map((i) => new URL((i as HTMLImageElement).src).pathname)),
    ).toEqual(first.photos.map((p) => p.url));
    await door.screenshot({ path: join(SCREENSHOTS, 'resident-door-photo.png') });
    await door.click('.van-image-preview__close-icon');
    await door.locator('.van-image-preview').waitFor({ state: 'hidden' });

    // The board on a phone: above the notices.
    const { page: board } = await b.newPage(MOBILE);
    await board.goto(`/board/${tree.villageA}`);
    await board.locator('[data-test=announcements]').waitFor();
    await checkCards(board);
    expect(
      await board.evaluate(
        () =>
          document.querySelector('[data-test=announcements]')!.getBoundingClientRect().bottom <=
          document.querySelector('.board-tabs')!.getBoundingClientRect().top,
      ),
    ).toBe(true);
    expect(await layout(board, MOBILE.width)).toEqual(fits(MOBILE.width));
    await b.shot(board, 'board-announcements');

    // The hall screen: an announcement a page, first in the round, read from across the room, nothing overlapping.
    const { page: tv } = await b.newPage(SCREEN);
    await tv.emulateMedia({ reducedMotion: 'reduce' });
    await tv.clock.install();
    await tv.goto(`/board/${tree.villageA}?screen=1&interval=10`);
    await tv.locator('.screen[data-section=announcements] [data-test=screen-announcement]').waitFor();
    await pauseClock(tv);
    await loaded(tv, '.sa-photo');
    await tv.locator('[data-test=screen-announcement-more]').waitFor();
    const screenLayout = () =>
      tv.evaluate(() => {
        const box = (s: string) => document.querySelector(s)?.getBoundingClientRect() ?? null;
        const inside = (a: DOMRect | null, b: DOMRect | null) =>
          !a || !b || (a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5);
        const apart = (a: DOMRect | null, b: DOMRect | null) =>
          !a || !b || a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        const size = (s: string) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize);
        const body = document.querySelector('.sa-body') as HTMLElement;
        const photos = [...document.querySelectorAll<HTMLImageElement>('.sa-photo')].map((i) => i.getBoundingClientRect());
        return {
          page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
          title: document.querySelector('.screen-title')?.textContent,
          item: document.querySelector('.screen-page')?.textContent ?? '',
          pill: document.querySelector('.screen-section-pill.is-current')?.textContent?.trim(),
          inBody: inside(box('.screen-announcement'), box('.screen-body')),
          aboveFoot: (box('.screen-announcement')?.bottom ?? 0) <= (box('.screen-foot')?.top ?? 0) + 0.5,
          textInCard: inside(box('.sa-box'), box('.sa-text')) && inside(box('.sa-more'), box('.sa-text')),
          textApartFromPhotos: apart(box('.sa-text'), box('.sa-photos')),
          photosApart: photos.every((p, i) => photos.every((q, j) => i === j || apart(p, q))),
          photosInPlace: photos.every((p) => inside(p, box('.sa-photos')) && p.height >= 250),
          // Cut after a whole line: what shows of the text ends within its box.
          wholeLines: body.getBoundingClientRect().bottom <= (box('.sa-box')?.bottom ?? 0) + 0.5,
          sizes: { title: size('.sa-title'), body: size('.sa-body'), meta: size('.sa-meta') },
        };
      });
    const firstPage = await screenLayout();
    expect(firstPage).toEqual({
      page: [SCREEN.width, SCREEN.height],
      title: '村务公开',
      item: '第 1 / 2 条',
      pill: '村务公开',
      inBody: true,
      aboveFoot: true,
      textInCard: true,
      textApartFromPhotos: true,
      photosApart: true,
      photosInPlace: true,
      wholeLines: true,
      sizes: { title: 60, body: 42, meta: 32 },
    });
    expect(await tv.locator('.sa-title').textContent()).toBe(first.title);
    expect(await tv.locator('.sa-photo').evaluateAll((imgs) => imgs.map((i) => new URL((i as HTMLImageElement).src).pathname))).toEqual(
      first.photos.map((p) => p.url),
    );
    await b.shot(tv, 'screen-announcement');
    // An announcement stays twice the interval: the township's comes next, whole, without photos.
    await tv.clock.runFor(20_000);
    await tv.locator(`[data-test=screen-announcement][data-announcement="${announcements[1].id}"]`).waitFor();
    expect(await tv.locator('.screen-page').textContent()).toBe('第 2 / 2 条');
    expect(await tv.locator('.sa-body').innerText()).toBe(announcements[1].body);
    expect(await tv.locator('[data-test=screen-announcement-more]').count()).toBe(0);
    expect(await tv.locator('.sa-photos').count()).toBe(0);
    // The last day today, and a short text without photos in larger type still.
    expect(await tv.locator('.sa-meta').innerText()).toContain('今天是最后一天');
    expect(await tv.locator('.sa-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(54);
    await b.shot(tv, 'screen-announcement-2');
    await tv.clock.runFor(20_000);
    await tv.locator('.screen[data-section=notices]').waitFor();
    const slides = await tv.locator('.screen-dot').count();

    // Withdrawn: gone from the door page and the board at once, from the screen at its next refresh, its photos no longer public.
    expect((await api(clerk).post(`/announcements/${first.id}/withdraw`, { reason: '时间有变，另行通知' })).status).toBe(200);
    expect((await t.http().get(first.photos[0].url)).status).toBe(404);
    for (const page of [door, board]) {
      await page.reload();
      await page.locator('[data-test=announcement]').first().waitFor();
      expect(await page.locator('[data-test=announcement-title]').allTextContents()).toEqual(['乡卫生院免费体检']);
    }
    await tv.clock.runFor(3 * 60_000 + 1_000);
    // One page fewer; the township's announcement still there.
    await tv.waitForFunction((n) => document.querySelectorAll('.screen-dot').length === n, slides - 1);
    expect(await tv.locator('.screen-section-pill', { hasText: '村务公开' }).count()).toBe(1);
    expect((await shownToday()).map((a) => a.id)).toEqual([announcements[1].id]);

    // None left: nothing in their place.
    expect((await api(officer).post(`/announcements/${announcements[1].id}/withdraw`, { reason: '已结束' })).status).toBe(200);
    await door.reload();
    await door.locator('[data-test=program]').first().waitFor();
    await door.locator('[data-test=household]').waitFor();
    await door.waitForLoadState('networkidle');
    expect(await door.locator('[data-test=announcements]').count()).toBe(0);
    await shot(door, 'door-no-announcements');
  });
});
