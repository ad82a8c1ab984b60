/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { addDays } from '../src/common/calendar/calendar.js';
import { jobId } from '../src/jobs/job-catalogue.js';
import { JobQueue } from '../src/jobs/job-queue.js';
import { DeliveryService } from '../src/notifications/delivery.service.js';
import { chooseOption, COUNTER, MOBILE, SCREENSHOTS, useBrowser } from './support/browser.js';
import { as, createProgram, createRule, createUser, PASSWORD, seedCounty, today, uniqueCode, type Client } from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { localReceiver } from './support/signed.js';
import { useTestApp } from './support/test-app.js';

/**
 * Announcements (村务公开) and messages to households in the staff console: a village clerk on a
 * 375-px phone publishes an announcement with a camera photo (after the service refused a date),
 * withdraws another with a reason, and records a household's mobile number for SMS with its
 * consent; the county admin at 1366×768 sees who published and withdrew what, adds a webhook
 * channel (its signing secret shown once), changes the SMS channel's templates, switches a channel
 * off, and reads the county's messages with each delivery's status — sent, queued for a retry
 * with the receiver's answer, failed with the reason — filtered and paged with 加载更多.
 */

const photo = (): Promise<Buffer> =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 60, g: 140, b: 90 } } })
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

/** A county's SMS gateway on this machine: takes every message but those of household A002, which it answers 503. */
async function gateway(): Promise<{ url: string; received: string[]; close: () => Promise<void> }> {
  const local = await localReceiver((r) => ({
    status: (JSON.parse(r.body) as { household: { householdNo: string } }).household.householdNo === 'A002' ? 503 : 200,
  }));
  return {
    url: `${local.url}/sms`,
    get received() {
      return local.received.map((r) => (JSON.parse(r.body) as { household: { householdNo: string } }).household.householdNo);
    },
    close: local.close,
  };
}

interface Announcement {
  id: number;
  title: string;
  state: string;
  photoIds: number[];
  from: string;
  until: string;
  regionName: string;
  publishedBy: { displayName: string };
  withdrawnBy: { displayName: string } | null;
  withdrawReason: string | null;
}

describeWith(['chromium'], 'staff console: announcements, channels and messages', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'console-messages');
  let admin: Client;
  let clerk: { username: string; client: Client };
  let village: number;
  let households: Record<string, number>;
  let webhook: number;
  let sms: number;
  let toWithdraw: number;
  let receiver: Awaited<ReturnType<typeof gateway>>;

  /** A staff user with a name people read (王文书 rather than a user name). */
  async function staff(token: string, role: Parameters<typeof createUser>[2], regionId: number, displayName: string) {
    const user = await createUser(t, token, role, regionId);
    expect((await as(t, { token }).patch(`/users/${user.id}`, { displayName })).status).toBe(200);
    return { username: user.username, client: as(t, { token: user.token }) };
  }

  beforeAll(async () => {
    // The test sends messages by hand, once; the every-minute schedule would send alongside it.
    await t.app.get(JobQueue).unschedule(jobId.messageDeliveryScheduler());
    receiver = await gateway();

    const county = await seedCounty(t);
    admin = county.api();
    expect((await admin.patch(`/users/${county.userId}`, { displayName: '赵主任' })).status).toBe(200);
    const region = async (name: string, level: string, parentId: number): Promise<number> => {
      const res = await admin.post('/regions', { code: uniqueCode('R'), name, level, parentId });
      expect(res.status).toBe(201);
      return (res.body as { id: number }).id;
    };
    const township = await region('城关镇', 'township', county.countyId);
    village = await region('石桥村', 'village', township);
    clerk = await staff(county.token, 'village_clerk', village, '王文书');

    // The channels come first: a channel sends the messages written after it was added.
    const hook = await admin.post('/notification-channels', { kind: 'webhook', name: '县短信网关', url: receiver.url, quietHours: null });
    expect(hook.status).toBe(201);
    webhook = (hook.body as { id: number }).id;
    const tencent = await admin.post('/notification-channels', {
      kind: 'tencent_sms',
      name: '腾讯云短信',
      quietHours: null,
      tencent: {
        sdkAppId: '1400123456',
        signName: '城关镇道德银行',
        secretId: 'AKIDtestsecretid',
        secretKey: 'testsecretkey123',
        templates: {},
      },
    });
    expect(tencent.status).toBe(201);
    sms = (tencent.body as { id: number }).id;

    // Messages through the real decisions: a claim approved (on notice 7 days), one rejected, an entry on notice for 22 households.
    const program = (await createProgram(t, county.token, county.countyId, { name: '德润积分' })).id;
    expect((await admin.patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const sweep = (await createRule(t, county.token, program, { points: 10, name: '清扫村道' })).id;
    const garden = (await createRule(t, county.token, program, { points: 5, name: '美丽庭院' })).id;
    households = {};
    const names = ['王秀英', '李建国', '张桂兰', ...Array.from({ length: 19 }, (_, i) => `村民${i + 4}`)];
    for (const [i, headName] of names.entries()) {
      const householdNo = `A${String(i + 1).padStart(3, '0')}`;
      const res = await admin.post('/households', { villageId: village, householdNo, headName });
      expect(res.status).toBe(201);
      households[householdNo] = (res.body as { id: number }).id;
    }
    const claim = async (householdNo: string) => {
      const res = await clerk.client.post('/claims', {
        programId: program,
        ruleId: sweep,
        householdId: households[householdNo],
        occurredOn: today(),
        memo: '清扫村道',
      });
      expect(res.status).toBe(201);
      return (res.body as { id: string }).id;
    };
    expect((await admin.post(`/claims/${await claim('A001')}/approve`, {})).status).toBe(201);
    expect((await admin.post(`/claims/${await claim('A002')}/reject`, { reason: '当天未见清扫' })).status).toBe(201);
    const noticed = await clerk.client.post(`/programs/${program}/awards`, {
      ruleId: garden,
      holderIds: Object.values(households).slice(2),
      occurredOn: today(),
    });
    expect(noticed.status).toBe(201);
    // One round of delivery: the gateway takes all but A002's (503: tried again later); SMS has no phone for anyone.
    await t.app.get(DeliveryService).deliverDue();
    expect(receiver.received).toContain('A002');

    // Announcements of the clerk's (one to withdraw, one withdrawn already) and one of the county's to the whole township.
    const water = await clerk.client.post('/announcements', {
      regionId: village,
      title: '关于暂停自来水供应的通知',
      body: '因管道检修，12月10日8:00至18:00全村停水，请提前储水。',
      from: today(),
      until: addDays(today(), 3),
    });
    expect(water.status).toBe(201);
    toWithdraw = (water.body as { id: number }).id;
    const meeting = await clerk.client.post('/announcements', {
      regionId: village,
      title: '关于召开村民代表会议的通知',
      body: '12月8日晚7点在村委会会议室召开村民代表会议，讨论修订村规民约。',
      from: today(),
      until: addDays(today(), 2),
    });
    expect(meeting.status).toBe(201);
    expect((await clerk.client.post(`/announcements/${(meeting.body as { id: number }).id}/withdraw`, { reason: '会议改期' })).status).toBe(
      200,
    );
    expect(
      (
        await admin.post('/announcements', {
          regionId: township,
          title: '城关镇冬季防火安全提示',
          body: '冬季天干物燥，请各户注意用火用电安全，不在林区野外用火。',
          from: today(),
          until: addDays(today(), 30),
        })
      ).status,
    ).toBe(201);
  });

  afterAll(async () => {
    await receiver?.close();
  });

  /** Opens an address of the console and logs in. */
  async function logIn(page: Page, username: string, path: string, region: string): Promise<void> {
    await page.goto(path);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=shell-region]', { hasText: region }).waitFor();
    await page.waitForURL((url) => url.pathname === path);
  }

  /** Opens a screen of the console inside the page, as its links do (the console is one page of the service). */
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

  /** What the screen shows (not the whole page) once `selector` is scrolled into it: the inside of a tall dialog. */
  async function viewShot(page: Page, name: string, selector: string): Promise<void> {
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `console-messages-${name}.png`) });
  }

  /** Nothing scrolls sideways, and every control is a thumb's size. */
  async function fits(page: Page, width: number): Promise<void> {
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    expect(await smallTargets(page)).toEqual([]);
  }

  it('lets a clerk on a phone publish with a photo (the service’s refusal said at its field), withdraw another with a reason, and record a household’s SMS number with its consent', async () => {
    const { page } = await b.newPage(MOBILE);
    await logIn(page, clerk.username, '/console/announcements', '石桥村');
    const water = page.locator(`[data-test=announcement][data-announcement="${toWithdraw}"]`);
    await water.waitFor();
    expect(await water.getAttribute('data-state')).toBe('current');
    expect(plain(await water.locator('[data-test=announcement-published-by]').textContent())).toMatch(/^王文书（村干部）发布于 /);
    // The county's announcement to the township shows on the village's board, so the clerk sees it too, but may not withdraw it.
    expect(await page.locator('[data-test=announcement]').count()).toBe(3);
    const fromAbove = page.locator('[data-test=announcement]', { hasText: '城关镇冬季防火安全提示' });
    expect(await fromAbove.count()).toBe(1);
    expect(await fromAbove.locator('[data-test=withdraw]').count()).toBe(0);
    expect(await water.locator('[data-test=withdraw]').count()).toBe(1);
    await fits(page, MOBILE.width);
    await shot(page, 'announcements-375');

    // The form: the clerk's own village, today and two weeks on.
    await page.click('[data-test=publish-open]');
    await page.waitForURL((url) => url.pathname === '/console/announcements/new');
    expect(await text(page, '[data-test=publish-where]')).toBe('石桥村的户页和公示栏');
    expect(await page.inputValue('[data-test=publish-from] input, input[data-test=publish-from]')).toBe(today());
    expect(await page.inputValue('[data-test=publish-until] input, input[data-test=publish-until]')).toBe(addDays(today(), 14));
    expect(await text(page, '[data-test=publish-days]')).toBe('共展示 15 天（含首尾两天）');
    // Nothing written yet: said at the fields, nothing sent.
    await page.click('[data-test=publish-submit]');
    await page.locator('.el-form-item__error', { hasText: '请填写标题' }).waitFor();
    expect(await page.locator('.el-form-item__error', { hasText: '请填写正文' }).count()).toBe(1);

    await page.fill('[data-test=publish-title] input, input[data-test=publish-title]', '关于开展冬季环境卫生整治的通知');
    await page.fill(
      'textarea[data-test=publish-body]',
      '12月10日上午9点在村委会集合，每户出一人参加。\n请自带扫帚、铁锹。\n整治后评选“美丽庭院”，加 5 分。',
    );
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/evidence') && r.request().method() === 'POST');
    await page.locator('[data-test=photo-input]').setInputFiles({ name: 'clean-up.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    const evidenceId = ((await (await uploaded).json()) as { id: number }).id;
    await page.locator('[data-test=photo][data-state=done]').waitFor();
    await fits(page, MOBILE.width);
    await shot(page, 'publish-375');

    // The service refuses a last day in the past (the request altered on its way): said at the field, with the code.
    const yesterday = addDays(today(), -1);
    await page.route(
      '**/api/v1/announcements',
      async (route) => {
        const body = route.request().postDataJSON() as object;
        await route.continue({ postData: JSON.stringify({ ...body, from: yesterday, until: yesterday }) });
      },
      { times: 1 },
    );
    await page.click('[data-test=publish-submit]');
    await page.locator('[data-test=error][data-code=VALIDATION_FAILED]').waitFor();
    expect(await text(page, '[data-test=error-code]')).toBe('错误代码：VALIDATION_FAILED');
    await page.locator('.el-form-item__error', { hasText: '“展示到”不能早于今天' }).waitFor();
    await shot(page, 'publish-refused-375');

    // Sent as written: the list says so and marks it, with its photo.
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/announcements') && r.method() === 'POST');
    await page.click('[data-test=publish-submit]');
    expect((await sent).postDataJSON()).toEqual({
      regionId: village,
      title: '关于开展冬季环境卫生整治的通知',
      body: '12月10日上午9点在村委会集合，每户出一人参加。\n请自带扫帚、铁锹。\n整治后评选“美丽庭院”，加 5 分。',
      photoIds: [evidenceId],
      from: today(),
      until: addDays(today(), 14),
    });
    await page.waitForURL((url) => url.pathname === '/console/announcements');
    expect(await text(page, '[data-test=flash]')).toBe('公告已发布：关于开展冬季环境卫生整治的通知');
    const fresh = page.locator('[data-test=announcement].is-new');
    await fresh.locator('[data-test=thumb] img').waitFor();
    expect(await fresh.getAttribute('data-state')).toBe('current');
    expect(plain(await fresh.locator('[data-test=announcement-region]').textContent())).toBe('发布到 石桥村');
    const listed = (await clerk.client.get('/announcements')).body as Announcement[];
    expect(listed.map((a) => [a.title, a.state, a.photoIds.length])).toEqual([
      ['关于开展冬季环境卫生整治的通知', 'current', 1],
      ['城关镇冬季防火安全提示', 'current', 0],
      ['关于召开村民代表会议的通知', 'withdrawn', 0],
      ['关于暂停自来水供应的通知', 'current', 0],
    ]);
    await fits(page, MOBILE.width);
    await shot(page, 'published-375');

    // Withdrawn with a reason, confirmed once.
    await water.locator('[data-test=withdraw]').click();
    await page.locator('[data-test=withdraw-dialog]').waitFor();
    expect(await page.locator('[data-test=withdraw-confirm]').isDisabled()).toBe(true);
    await page.fill('textarea[data-test=withdraw-reason]', '检修改期，另行通知');
    await shot(page, 'withdraw-375');
    await page.click('[data-test=withdraw-confirm]');
    await page.locator(`[data-test=announcement][data-announcement="${toWithdraw}"][data-state=withdrawn]`).waitFor();
    expect(await water.locator('[data-test=announcement-withdrawn] > span').allInnerTexts()).toEqual([
      expect.stringMatching(/^王文书（村干部）撤下于 \S+ \d{2}:\d{2}$/),
      '撤下原因：检修改期，另行通知',
    ]);
    await page.click('[data-test=state-withdrawn]');
    await page.locator('[data-test=announcements-total]', { hasText: '共 2 条' }).waitFor();
    expect(await page.locator('[data-test=announcement][data-state=withdrawn]').count()).toBe(2);
    await fits(page, MOBILE.width);
    await shot(page, 'withdrawn-375');
    // 公告 is in the clerk's menu, among the village's work; the county's message screens are not.
    await page.click('[data-test=menu-button]');
    const menu = (await page.locator('.shell-drawer [data-test=menu-item]').allInnerTexts()).map((s) => s.trim());
    expect(menu).toEqual(['农户', '记分（加分 / 扣分）', '公示与申报', '导入农户', '公告', '申报审核', '统计报表']);
    // Once the drawer has slid in.
    await page.waitForFunction(() => (document.querySelector('.shell-drawer')?.getBoundingClientRect().left ?? -1) >= 0);
    await shot(page, 'menu-375');

    // A household's SMS number: none yet; recorded after the consent is ticked and the number is right.
    await page.locator('.shell-drawer [data-test=menu-item]', { hasText: '农户' }).first().click();
    await page.waitForURL((url) => url.pathname === '/console/households');
    await page.locator('.shell-drawer').waitFor({ state: 'hidden' });
    await visit(page, `/console/households/${households.A001}`);
    await page.locator('[data-test=sms-none]').waitFor();
    await page.locator('[data-test=household-messages] [data-test=message]').first().waitFor();
    await page.click('[data-test=sms-set]');
    await page.locator('[data-test=sms-dialog]').waitFor();
    expect(await text(page, '[data-test=sms-consent]')).toContain('请先当面征得本户同意');
    expect(await page.locator('[data-test=sms-save]').isDisabled()).toBe(true);
    await page.fill('[data-test=sms-phone] input, input[data-test=sms-phone]', '1381234567');
    await page.locator('[data-test=sms-agree]').click();
    await page.click('[data-test=sms-save]');
    expect(await text(page, '[data-test=sms-phone-error]')).toBe('请填写 11 位手机号（1 开头）');
    await page.fill('[data-test=sms-phone] input, input[data-test=sms-phone]', '138 1234 5678');
    await shot(page, 'sms-375');
    await page.click('[data-test=sms-save]');
    await page.locator('[data-test=sms-number]', { hasText: '138****5678' }).waitFor();
    const contact = await clerk.client.get(`/notification-phones/${households.A001}`);
    expect(contact.body).toMatchObject({ householdId: households.A001, phoneMasked: '138****5678' });
    // The household's messages, with what each channel did: the gateway sent it, SMS had no number then.
    const approved = page.locator('[data-test=household-messages] [data-test=message][data-template="claim.approved"]');
    expect(plain(await approved.locator('[data-test=message-kind]').textContent())).toBe('申报通过');
    expect(await approved.locator('[data-test=delivery]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(
      expect.arrayContaining(['sent', 'failed']),
    );
    expect(plain(await approved.locator('[data-test=delivery][data-status=failed] [data-test=delivery-reason]').textContent())).toBe(
      '本户没有登记短信号码',
    );
    await fits(page, MOBILE.width);
    await shot(page, 'household-sms-375');
    // The same in English.
    await page.click('[data-test=language]');
    await page.locator('[data-test=sms] h2', { hasText: 'Text messages (SMS)' }).waitFor();
    await approved.locator('[data-test=message-text]', { hasText: 'Your claim' }).waitFor();
    expect(plain(await approved.locator('[data-test=message-kind]').textContent())).toBe('Claim approved');
    await fits(page, MOBILE.width);
    await shot(page, 'household-sms-en-375');
    await page.click('[data-test=language]');
  });

  it('shows the county admin who published what, adds a webhook (its secret shown once), changes and switches channels, and lists messages with each delivery', async () => {
    const { page } = await b.newPage(COUNTER);
    const county = (await admin.get('/auth/me')).body as { username: string };
    await logIn(page, county.username, '/console/announcements', '县');
    const card = (title: string) => page.locator('[data-test=announcement]', { hasText: title });
    const fire = card('城关镇冬季防火安全提示');
    await fire.waitFor();
    expect(await fire.getAttribute('data-state')).toBe('current');
    expect(plain(await fire.locator('[data-test=announcement-region]').textContent())).toBe('发布到 城关镇');
    expect(plain(await fire.locator('[data-test=announcement-published-by]').textContent())).toMatch(/^赵主任（县级管理员）发布于 /);
    const meeting = card('关于召开村民代表会议的通知');
    expect(await meeting.getAttribute('data-state')).toBe('withdrawn');
    expect(plain(await meeting.locator('[data-test=announcement-published-by]').textContent())).toMatch(/^王文书（村干部）发布于 /);
    expect(await meeting.locator('[data-test=announcement-withdrawn] > span').allInnerTexts()).toEqual([
      expect.stringMatching(/^王文书（村干部）撤下于 /),
      '撤下原因：会议改期',
    ]);
    const listed = (await admin.get('/announcements')).body as Announcement[];
    expect(await page.locator('[data-test=announcement]').count()).toBe(listed.length);
    await fits(page, COUNTER.width);
    await shot(page, 'announcements-1366');

    // The county's form: a village chosen (township, then village), or every village of the county.
    await page.click('[data-test=publish-open]');
    await page.waitForURL((url) => url.pathname === '/console/announcements/new');
    expect(await page.locator('[data-test=scope-village] input').isDisabled()).toBe(true);
    expect(plain(await page.locator('[data-test=scope-area]').textContent())).toMatch(/^C\d+县的全部村（社区）$/);
    await chooseOption(page, page.locator('[data-test=pick-township]'), '城关镇');
    await chooseOption(page, page.locator('[data-test=pick-village]'), '石桥村');
    await page.locator('[data-test=publish-target]', { hasText: '发布后，石桥村的村民在户页和公示栏上就能看到。' }).waitFor();
    expect(await page.locator('[data-test=scope-village] input').isChecked()).toBe(true);
    await fits(page, COUNTER.width);
    await shot(page, 'publish-county-1366');

    // The channels: a webhook added, its signing secret shown this once.
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '通知渠道' }).click();
    await page.locator(`[data-test=channel][data-channel="${sms}"]`).waitFor();
    expect(await page.locator('[data-test=channel]').count()).toBe(2);
    await page.click('[data-test=channel-add]');
    await page.locator('[data-test=channel-dialog]').waitFor();
    await page.click('[data-test=kind-sms]');
    expect(await page.locator('[data-test=sms-template]').count()).toBe(9);
    expect((await page.locator('[data-test=sms-template][data-template="claim.approved"] td').allInnerTexts()).map(plain)).toEqual([
      '申报通过 claim.approved',
      '{1} 积分标准名称 {2} 分数 {3} 公示截止日',
      '',
    ]);
    await shot(page, 'channel-sms-form-1366');
    await viewShot(page, 'channel-sms-templates-1366', '[data-test=sms-template][data-template="expiry.reminder"]');
    await page.click('[data-test=kind-webhook]');
    await page.fill('[data-test=channel-name] input, input[data-test=channel-name]', '县微信服务号');
    await page.fill('[data-test=channel-url] input, input[data-test=channel-url]', 'https://wx.example.gov.cn/moral-bank');
    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/notification-channels') && r.request().method() === 'POST');
    await page.click('[data-test=channel-save]');
    const created = (await (await made).json()) as { id: number; secret: string; quietHours: unknown; dailyLimit: number };
    expect(created).toMatchObject({ quietHours: { from: '21:30', until: '07:30' }, dailyLimit: 5 });
    await page.locator('[data-test=secret-dialog]').waitFor();
    expect(await text(page, '[data-test=secret-value]')).toBe(created.secret);
    expect(created.secret).toMatch(/^whsec_/);
    expect(await text(page, '[data-test=secret-once]')).toBe('请立即复制并保存这个密钥：关闭后不会再显示，也无法找回。');
    await shot(page, 'channel-secret-1366');
    await page.click('[data-test=secret-done]');
    await page.locator('[data-test=secret-dialog]').waitFor({ state: 'detached' });
    const added = page.locator(`[data-test=channel][data-channel="${created.id}"]`);
    await added.waitFor();
    expect(await page.content()).not.toContain(created.secret);

    // The SMS channel's template ids and daily limit changed; the new webhook switched off, confirmed.
    await page.locator(`[data-test=channel][data-channel="${sms}"] [data-test=channel-edit]`).click();
    await page.locator('[data-test=channel-dialog]').waitFor();
    await page.locator('[data-test=sms-template][data-template="claim.approved"] input').fill('1234567');
    await page.locator('[data-test=sms-template][data-template="entry.noticed"] input').fill('7654321');
    await page.locator('[data-test=channel-limit] input, input[data-test=channel-limit]').fill('3');
    await page.keyboard.press('Tab');
    await page.click('[data-test=channel-save]');
    await page.locator('[data-test=flash]', { hasText: '已保存「腾讯云短信」' }).waitFor();
    const smsCard = page.locator(`[data-test=channel][data-channel="${sms}"]`);
    expect(plain(await smsCard.locator('[data-test=channel-templates]').textContent())).toBe('已配置 2 / 9 类消息的模板');
    expect(plain(await smsCard.locator('[data-test=channel-limit]').textContent())).toBe('每户每天最多 3 条');
    await added.locator('[data-test=channel-enabled]').click();
    await page.locator('[data-test=channel-off-dialog]').waitFor();
    await page.click('[data-test=channel-off-confirm]');
    await added.locator('[data-test=channel-state]', { hasText: '已停用' }).waitFor();
    const channels = (await admin.get('/notification-channels')).body as {
      id: number;
      enabled: boolean;
      dailyLimit: number;
      settings: object;
    }[];
    expect(channels.map((c) => [c.id, c.enabled])).toEqual(
      expect.arrayContaining([
        [webhook, true],
        [sms, true],
        [created.id, false],
      ]),
    );
    expect(channels.find((c) => c.id === sms)).toMatchObject({
      dailyLimit: 3,
      settings: { templates: { 'claim.approved': '1234567', 'entry.noticed': '7654321' } },
    });
    expect(JSON.stringify(channels)).not.toContain(created.secret.slice(6));
    await fits(page, COUNTER.width);
    await shot(page, 'channels-1366');

    // The messages: newest first, each household named, each delivery with its status.
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: '消息记录' }).click();
    await page.locator('[data-test=message]').nth(19).waitFor();
    expect(await text(page, '[data-test=messages-count]')).toBe('已显示 20 条');
    const rejected = page.locator('[data-test=message][data-template="claim.rejected"]');
    await page.locator('[data-test=messages-more]').click();
    await rejected.waitFor();
    await page.locator('[data-test=messages-end]').waitFor();
    const total = await page.locator('[data-test=message]').count();
    expect(total).toBeGreaterThanOrEqual(22);
    expect(plain(await rejected.locator('[data-test=message-household]').textContent())).toBe('A002 号 李建国');
    const queued = rejected.locator(`[data-test=delivery][data-channel="${webhook}"]`);
    expect(await queued.getAttribute('data-status')).toBe('queued');
    expect(plain(await queued.locator('[data-test=delivery-channel]').textContent())).toBe('县短信网关');
    expect(plain(await queued.textContent())).toMatch(/^排队中\s*县短信网关\s*接收方答复 503\s*下次尝试 .+ · 已尝试 1 次$/);
    const noPhone = rejected.locator(`[data-test=delivery][data-channel="${sms}"]`);
    expect(await noPhone.getAttribute('data-status')).toBe('failed');
    expect(plain(await noPhone.locator('[data-test=delivery-reason]').textContent())).toBe('本户没有登记短信号码');
    const approved = page.locator('[data-test=message][data-template="claim.approved"]');
    expect(await approved.locator(`[data-test=delivery][data-channel="${webhook}"]`).getAttribute('data-status')).toBe('sent');
    expect(plain(await approved.locator('[data-test=message-text]').textContent())).toMatch(
      /^【德润积分】您户申报的「清扫村道」已通过审核，\+10分，公示至.+后入账。$/,
    );
    await fits(page, COUNTER.width);
    await shot(page, 'messages-1366');

    // Narrowed to what waits: only A002's message.
    await page.click('[data-test=status-queued]');
    await page.locator('[data-test=messages-count]', { hasText: '已显示 1 条' }).waitFor();
    expect(await page.locator('[data-test=message] [data-test=message-household]').allInnerTexts()).toEqual(['A002 号 李建国']);
    await page.click('[data-test=status-failed]');
    await page.locator('[data-test=messages-count]', { hasText: `已显示 20 条` }).waitFor();
    await shot(page, 'messages-failed-1366');

    // The same in English.
    await page.click('[data-test=language]');
    await page.locator('.clerk-heading h1', { hasText: 'Messages' }).waitFor();
    expect(await page.locator('[data-test=delivery-status]').allInnerTexts()).toEqual(expect.arrayContaining(['Sent', 'Failed']));
    await page.locator('[data-test=message-text]', { hasText: 'An entry about your household is on notice' }).first().waitFor();
    expect(await text(page, '[data-test=message-household]')).toMatch(/^No\. A0\d\d /);
    await fits(page, COUNTER.width);
    await shot(page, 'messages-en-1366');
    await page.click('[data-test=language]');
  });
});
