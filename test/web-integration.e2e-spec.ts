/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { chooseOption, COUNTER, MOBILE, useBrowser } from './support/browser.js';
import { API, createProgram, createRule, createUser, PASSWORD, seedCounty, uniqueCode, type Client } from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { sendSigned } from './support/signed.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Events in from the county's grid platform, as the county admin sets them up in the staff console
 * at 1366×768: makes an API client (its secret shown once, never again in the list), maps
 * patrol.completed to an entry rule; the platform then sends a signed batch through the real API
 * with the key id and secret the screen showed — a mapped event, one of an unmapped type and one
 * naming no household. The admin finds the unmapped one in 待处理 with its reason, maps its type
 * from there, replays it into a claim; replays the other (still refused, with the service's words)
 * and dismisses it with a reason; deletes a mapping; rotates the secret, revokes the old one and the
 * client, each refusing the platform's next request at once. English and a 375-px phone in passing;
 * a village supervisor reads the events without replay or dismissal.
 */

const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string): Promise<string> => plain(await page.locator(selector).first().textContent());
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** The native input of an Element Plus field, whether the data-test lands on the input or its wrapper. */
const field = (page: Page, name: string) => page.locator(`input[data-test=${name}], [data-test=${name}] input`).first();

interface Result {
  eventId: string;
  status: 'accepted' | 'duplicate' | 'refused';
  claimId?: string | null;
  noticeId?: string | null;
  code?: string;
}

/** A batch as the platform sends it: signed the Standard Webhooks way with the key id and secret it was handed. */
const send = (t: TestApp, keyId: string, secret: string, events: object[]) => sendSigned(t, keyId, secret, events);

describeWith(['chromium'], 'staff console: events in from a grid platform (接口客户端, 事件映射, 接口事件)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'integration');
  let admin: Client;
  let adminToken: string;
  let countyId: number;
  let countyName: string;
  let page: Page;
  const homes: { id: number; cardCode: string }[] = [];
  const platform = { keyId: '', secret: '', name: '城关镇网格化管理平台' };
  const now = () => new Date().toISOString();

  beforeAll(async () => {
    const county = await seedCounty(t);
    admin = county.api();
    adminToken = county.token;
    countyId = county.countyId;
    countyName = ((await admin.get(`/regions/${county.countyId}`)).body as { name: string }).name;
    const region = async (name: string, level: string, parentId: number) => {
      const res = await admin.post('/regions', { code: uniqueCode('R'), name, level, parentId });
      expect(res.status).toBe(201);
      return (res.body as { id: number }).id;
    };
    const township = await region('城关镇', 'township', county.countyId);
    await region('东山乡', 'township', county.countyId);
    const village = await region('青石村', 'village', township);
    await region('红岩村', 'village', township);

    // 网格积分: a household program with 7 days of notice; a village assessment beside it (never offered for a mapping).
    const program = (await createProgram(t, county.token, county.countyId, { name: '网格积分' })).id;
    expect((await admin.patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    await createRule(t, county.token, program, { name: '治安巡逻', category: '平安建设', points: 5, cap: { points: 10, per: 'month' } });
    await createRule(t, county.token, program, { name: '环境卫生整治', category: '清洁卫生', points: 3 });
    await createRule(t, county.token, program, { name: '乱倒垃圾', category: '清洁卫生', points: -2 });
    await createProgram(t, county.token, county.countyId, { name: '乡村振兴考核', holderType: 'village', basePoints: 0, pointValueFen: 0 });
    for (const [no, head] of [
      ['0001', '扎西'],
      ['0002', '卓玛'],
    ]) {
      const h = await admin.post('/households', { villageId: village, householdNo: no, headName: head });
      expect(h.status).toBe(201);
      homes.push(h.body as { id: number; cardCode: string });
    }

    const opened = await b.newPage(COUNTER);
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = opened.page;
    await page.goto('/console/integration/clients');
    await page.locator('input[name="username"]').fill(county.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=shell-region]', { hasText: countyName }).waitFor();
  });

  /** A full-page screenshot from the top, once transitions (dialogs, drawers) have ended. */
  async function shot(name: string): Promise<void> {
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
    await b.shot(page, name);
  }
  /** Opens a screen from the side menu (no page load). */
  async function menu(label: string, path: string): Promise<void> {
    await page.locator('.shell-aside [data-test=menu-item]', { hasText: label }).click();
    await page.waitForURL((url) => url.pathname === path);
  }
  const choose = (select: string, option: string) => chooseOption(page, page.locator(`[data-test=${select}]`), option);

  it('makes a client whose secret is shown once, and maps patrol.completed to an entry rule', async () => {
    // The menu: the three screens in the messages group.
    const group = page.locator('.shell-aside .el-menu-item-group', { hasText: '消息通知' });
    expect((await group.locator('[data-test=menu-item]').allInnerTexts()).map((s) => s.trim())).toEqual(
      expect.arrayContaining(['接口客户端', '事件映射', '接口事件']),
    );
    await page.locator('[data-test=clients] .el-empty', { hasText: '还没有接口客户端' }).waitFor();

    // 新建客户端: name, 城关镇 as its region, event types as tags (made lower-case; a malformed one refused with why).
    await page.click('[data-test=client-add]');
    await page.locator('[data-test=client-form]').waitFor();
    await field(page, 'client-name').fill(platform.name);
    await choose('client-township', '城关镇');
    // The hint follows the choice once the page has re-rendered: waited for, not read at once.
    await page.locator('[data-test=client-region]', { hasText: '城关镇' }).first().waitFor();
    expect(await text(page, '[data-test=client-region]')).toBe('只能发送城关镇内农户的事件');
    const types = field(page, 'client-event-types');
    for (const typed of ['patrol.completed', 'Sanitation.Inspected', '巡逻完成']) {
      await types.fill(typed);
      await types.press('Enter');
    }
    expect(await page.locator('[data-test=client-types-field] .el-tag').allInnerTexts()).toEqual([
      'patrol.completed',
      'sanitation.inspected',
    ]);
    expect(await text(page, '[data-test=client-type-problem]')).toBe('“巡逻完成”不符合格式，没有添加');
    await shot('client-form');
    const created = page.waitForResponse((r) => r.url().endsWith(`${API}/api-clients`) && r.request().method() === 'POST');
    await page.click('[data-test=client-save]');
    const body = (await (await created).json()) as { client: { id: number; regionId: number; eventTypes: string[] } };
    expect(body.client.eventTypes).toEqual(['patrol.completed', 'sanitation.inspected']);

    // The secret, once: the key id and the secret the platform signs with, each with a copy button, and how to sign.
    const dialog = page.locator('[data-test=client-secret-dialog]');
    await dialog.waitFor();
    platform.keyId = await text(page, '[data-test=secret-key-id]');
    platform.secret = await text(page, '[data-test=secret-value]');
    expect(platform.keyId).toMatch(/^gp_[0-9a-f]{12}$/);
    expect(platform.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await text(page, '[data-test=secret-once]')).toContain('关闭后不会再显示');
    expect(await text(page, '[data-test=secret-how]')).toContain('webhook-signature');
    expect(await page.locator('[data-test=secret-docs]').getAttribute('href')).toBe('/docs#/integration/IntegrationController_receive');
    await page.click('[data-test=secret-copy] [data-test=copy]');
    await page.locator('[data-test=secret-copy] [data-test=copy]', { hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(platform.secret);
    await shot('secret');
    await page.click('[data-test=secret-done]');
    await dialog.waitFor({ state: 'hidden' });

    // The list: never the secret again.
    const card = page.locator('[data-test=client]').first();
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('active');
    expect(await text(page, '[data-test=client-key-id]')).toBe(platform.keyId);
    expect(await text(page, '[data-test=client-region]')).toBe('城关镇');
    expect(await card.locator('[data-test=client-type]').allInnerTexts()).toEqual(['patrol.completed', 'sanitation.inspected']);
    expect(await text(page, '[data-test=client-last-used]')).toBe('尚未收到请求');
    expect(await card.locator('[data-test=client-secret][data-state=active]').count()).toBe(1);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(platform.secret.slice(6));
    expect(JSON.stringify((await admin.get('/api-clients')).body)).not.toContain(platform.secret.slice(6));
    await shot('clients');

    // 事件映射: both types listed as unmapped; patrol.completed → 治安巡逻, entered (the program's notice period said).
    await menu('事件映射', '/console/integration/mappings');
    await page.locator('[data-test=unmapped-type]').nth(1).waitFor();
    expect(await page.locator('[data-test=unmapped-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual([
      'patrol.completed',
      'sanitation.inspected',
    ]);
    await page.click('[data-test=unmapped-type][data-type="patrol.completed"] [data-test=unmapped-map]');
    const form = page.locator('[data-test=mapping-form]');
    await form.waitFor();
    // Household programs only.
    await page.locator('[data-test=mapping-form] [data-test=program-picker]').click();
    await page.locator('[data-test=program-option]:visible').first().waitFor();
    expect(await page.locator('[data-test=program-option]:visible').allInnerTexts()).toEqual([expect.stringContaining('网格积分')]);
    await page.locator('[data-test=mapping-form] [data-test=program-picker]').click();
    // A deduction cannot be claimed: its path is entry only.
    await choose('mapping-rule', '乱倒垃圾');
    expect(await page.locator('[data-test=mapping-path] [data-path=claim] input').isDisabled()).toBe(true);
    await choose('mapping-rule', '治安巡逻');
    expect(await page.locator('[data-test=mapping-path] [data-path=claim] input').isDisabled()).toBe(false);
    expect(await page.locator('[data-test=mapping-path] [data-path=entry] input').isChecked()).toBe(true);
    expect(await text(page, '[data-test=mapping-path] [data-path=entry]')).toContain('本方案公示 7 天。');
    await shot('mapping-form');
    const put = page.waitForRequest((r) => r.url().endsWith(`${API}/event-mappings`) && r.method() === 'PUT');
    await page.click('[data-test=mapping-save]');
    expect((await put).postDataJSON()).toMatchObject({ eventType: 'patrol.completed', path: 'entry' });
    await page.locator('[data-test=flash]', { hasText: '已设置：patrol.completed → 治安巡逻' }).waitFor();
    const row = page.locator('[data-test=mapping-table] tbody tr', { has: page.locator('[data-type="patrol.completed"]') });
    await row.locator('[data-test=mapping-row-rule]', { hasText: '治安巡逻' }).waitFor();
    expect(plain(await row.textContent())).toContain('网格积分');
    expect(plain(await row.textContent())).toContain('+5 分');
    expect(plain(await row.textContent())).toContain('直接记分并公示');
    expect(plain(await row.textContent())).toContain('公示 7 天后入账');
    expect(await page.locator('[data-test=unmapped-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual([
      'sanitation.inspected',
    ]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
    await shot('mappings');
  });

  it('shows the platform’s refused events with their reasons; one is mapped from there and replayed into a claim, another dismissed', async () => {
    expect(platform.secret).not.toBe('');
    const sent = await send(t, platform.keyId, platform.secret, [
      {
        id: 'evt-2026-0001',
        type: 'patrol.completed',
        occurredAt: now(),
        household: { cardCode: homes[0].cardCode },
        memo: '夜间巡逻2小时',
      },
      {
        id: 'evt-2026-0002',
        type: 'sanitation.inspected',
        occurredAt: now(),
        household: { cardCode: homes[1].cardCode },
        memo: '门前三包检查合格',
      },
      { id: 'evt-2026-0003', type: 'patrol.completed', occurredAt: now(), household: { cardCode: 'NOSUCH01' } },
    ]);
    expect(sent.status).toBe(200);
    expect((sent.body as { results: Result[] }).results.map((r) => [r.eventId, r.status, r.code ?? null])).toEqual([
      ['evt-2026-0001', 'accepted', null],
      ['evt-2026-0002', 'refused', 'UNMAPPED_EVENT_TYPE'],
      ['evt-2026-0003', 'refused', 'HOUSEHOLD_NOT_IDENTIFIED'],
    ]);

    // 待处理 first: both refused events with their reasons, the household as sent, the tries.
    await menu('接口事件', '/console/integration/events');
    const row = (id: string) => page.locator('[data-test=event-table] tbody tr', { has: page.locator(`[data-event="${id}"]`) });
    await row('evt-2026-0003').waitFor();
    expect(await text(page, '[data-test=event-tab][data-status=dead]')).toBe('待处理 (2)');
    expect(await text(page, '[data-test=event-total]')).toBe('共 2 条');
    const unmapped = row('evt-2026-0002');
    expect(await unmapped.locator('[data-test=event-reason]').getAttribute('data-code')).toBe('UNMAPPED_EVENT_TYPE');
    expect(plain(await unmapped.locator('[data-test=event-reason]').textContent())).toBe(
      '事件类型 sanitation.inspected 还没有映射到积分标准',
    );
    expect(plain(await unmapped.locator('[data-test=event-fix]').textContent())).toContain('事件映射');
    expect(plain(await unmapped.locator('[data-test=event-household-sent]').textContent())).toBe(`卡号 ${homes[1].cardCode}`);
    // The service stopped before looking for the household: the screen finds it by the card code sent.
    await unmapped.locator('[data-test=event-household-name]', { hasText: '0002 号 卓玛' }).waitFor();
    expect(plain(await unmapped.locator('[data-test=event-household]').textContent())).toContain('青石村 · 按卡号查到');
    expect(plain(await unmapped.locator('[data-test=event-client-name]').textContent())).toBe(platform.name);
    expect(plain(await unmapped.textContent())).toContain('门前三包检查合格');
    const nobody = row('evt-2026-0003');
    expect(plain(await nobody.locator('[data-test=event-reason]').textContent())).toBe('按发来的农户信息找不到农户，或找到不止一户');
    expect(plain(await nobody.locator('[data-test=event-household-sent]').textContent())).toBe('卡号 NOSUCH01');
    await nobody.locator('[data-test=event-household-unknown]', { hasText: '没有这个卡号的农户' }).waitFor();
    expect(plain(await nobody.locator('[data-test=event-attempts]').textContent())).toBe('1');
    expect(await nobody.locator('[data-test=event-map]').count()).toBe(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(COUNTER.width);
    await shot('events-dead');

    // Its type mapped from the row: a claim for review under 环境卫生整治.
    await unmapped.locator('[data-test=event-map]').click();
    await page.waitForURL((url) => url.pathname === '/console/integration/mappings');
    await page.locator('[data-test=mapping-form]').waitFor();
    expect(await text(page, '[data-test=mapping-type] .el-select__placeholder')).toBe('sanitation.inspected');
    await choose('mapping-rule', '环境卫生整治');
    await page.locator('[data-test=mapping-path] [data-path=claim]').click();
    await page.click('[data-test=mapping-save]');
    await page.locator('[data-test=flash]', { hasText: '已设置：sanitation.inspected → 环境卫生整治' }).waitFor();
    await page.locator('[data-test=mapping-row-path][data-path=claim]').waitFor();
    expect(await page.locator('[data-test=unmapped]').count()).toBe(0);

    // Replayed from the list: accepted, as a claim (linked), and gone from 待处理.
    await menu('接口事件', '/console/integration/events');
    await row('evt-2026-0002').waitFor();
    const replayed = page.waitForResponse((r) => r.url().includes('/replay') && r.request().method() === 'POST');
    await row('evt-2026-0002').locator('[data-test=event-replay]').click();
    const answer = (await (await replayed).json()) as Result;
    expect(answer).toMatchObject({ eventId: 'evt-2026-0002', status: 'accepted' });
    const result = page.locator('[data-test=replay-result]');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('accepted');
    expect(await text(page, '[data-test=replay-title]')).toBe('事件 evt-2026-0002 已接收');
    expect(await text(page, '[data-test=replay-made]')).toBe(`已生成申报 #${answer.claimId}，审核人审核通过后记分。 查看`);
    expect(await page.locator('[data-test=replay-claim]').getAttribute('href')).toBe(`/console/review/claims/${answer.claimId}`);
    await shot('replayed');
    await page.click('[data-test=replay-ok]');
    await result.waitFor({ state: 'hidden' });
    await page.locator('[data-test=event-tab][data-status=dead]', { hasText: '待处理 (1)' }).waitFor();
    expect(await row('evt-2026-0002').count()).toBe(0);

    // The other, replayed, is still refused: the service's message and code, and it stays.
    await nobody.locator('[data-test=event-replay]').click();
    await page.locator('[data-test=replay-result][data-status=refused]').waitFor();
    expect(await text(page, '[data-test=replay-title]')).toBe('事件 evt-2026-0003 仍不能处理');
    expect(await page.locator('[data-test=replay-reason]').getAttribute('data-code')).toBe('HOUSEHOLD_NOT_IDENTIFIED');
    expect(await text(page, '[data-test=replay-reason]')).toBe('未能唯一确定事件所指的农户');
    await shot('replay-refused');
    await page.click('[data-test=replay-ok]');
    await page.locator('[data-test=replay-result]').waitFor({ state: 'hidden' });
    await nobody.locator('[data-test=event-attempts]', { hasText: '2' }).waitFor();

    // The other dismissed, with a reason.
    await nobody.locator('[data-test=event-dismiss]').click();
    await page.locator('[data-test=dismiss-dialog]').waitFor();
    expect(await text(page, '[data-test=dismiss-dialog] .ie-confirm')).toContain('忽略后它不会计分');
    expect(await page.locator('[data-test=dismiss-confirm]').isDisabled()).toBe(true);
    await page
      .locator('textarea[data-test=dismiss-reason], [data-test=dismiss-reason] textarea')
      .first()
      .fill('平台测试数据，农户卡号不存在');
    await page.click('[data-test=dismiss-confirm]');
    await page.locator('[data-test=flash]', { hasText: '已忽略事件 evt-2026-0003' }).waitFor();
    await page.locator('[data-test=event-table] .el-table__empty-text', { hasText: '没有待处理的事件' }).waitFor();

    // 已接收: the entry on notice with its points, the claim (replayed by the admin).
    await page.click('[data-test=event-tab][data-status=accepted]');
    await page.waitForURL((url) => url.searchParams.get('status') === 'accepted');
    await row('evt-2026-0001').waitFor();
    expect(await text(page, '[data-test=event-total]')).toBe('共 2 条');
    const entry = row('evt-2026-0001');
    expect(plain(await entry.locator('[data-test=event-notice]').textContent())).toMatch(/^公示 #\d+$/);
    expect(plain(await entry.locator('[data-test=event-points]').textContent())).toBe('+5 分');
    expect(plain(await entry.locator('[data-test=event-household-name]').textContent())).toBe('0001 号 扎西');
    expect(plain(await row('evt-2026-0002').locator('[data-test=event-claim]').textContent())).toBe(`申报 #${answer.claimId}`);
    expect(plain(await row('evt-2026-0002').locator('[data-test=event-attempts]').textContent())).toBe('2');
    expect(plain(await row('evt-2026-0002').locator('[data-test=event-outcome]').textContent())).toContain('管理员 重新处理');
    await row('evt-2026-0002').locator('[data-test=event-household-name]', { hasText: '0002 号 卓玛' }).waitFor();
    await shot('events-accepted');

    // One client's events: the filter is in the address.
    await choose('event-client', platform.name);
    await page.waitForURL((url) => url.searchParams.get('clientId') !== null && url.searchParams.get('status') === 'accepted');
    await page.locator('[data-test=event-total]', { hasText: '共 2 条' }).waitFor();

    // 已忽略: the reason given.
    await page.click('[data-test=event-tab][data-status=dismissed]');
    await row('evt-2026-0003').waitFor();
    expect(plain(await row('evt-2026-0003').locator('[data-test=event-dismissed-reason]').textContent())).toBe(
      '平台测试数据，农户卡号不存在',
    );
    await shot('events-dismissed');
    const dismissed = (await admin.get('/integration-events?status=dismissed')).body as { eventId: string; handledBy: number }[];
    expect(dismissed.map((e) => e.eventId)).toEqual(['evt-2026-0003']);
  });

  it('rotates the secret, revokes the old one and then the client: each refuses the platform’s next request at once', async () => {
    expect(platform.secret).not.toBe('');
    await menu('接口客户端', '/console/integration/clients');
    const card = page.locator('[data-test=client]').first();
    await card.waitFor();
    expect(await text(page, '[data-test=client-last-used]')).not.toBe('尚未收到请求');

    // 新增密钥: the new one shown once, with what to do next; both sign for now.
    await card.locator('[data-test=client-rotate]').click();
    await page.locator('[data-test=client-secret-dialog]').waitFor();
    expect(await text(page, '[data-test=secret-rotated]')).toContain('确认平台已改用后，再停用旧密钥');
    const fresh = await text(page, '[data-test=secret-value]');
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(platform.secret);
    expect(await text(page, '[data-test=secret-key-id]')).toBe(platform.keyId);
    await page.click('[data-test=secret-done]');
    await page.locator('[data-test=client-secret-dialog]').waitFor({ state: 'hidden' });
    await card.locator('[data-test=client-secret][data-state=active]').nth(1).waitFor();
    expect(await card.locator('[data-test=client-rotate]').isDisabled()).toBe(true);
    const again = { id: 'evt-2026-0001', type: 'patrol.completed', occurredAt: now(), household: { cardCode: homes[0].cardCode } };
    for (const secret of [platform.secret, fresh]) {
      const res = await send(t, platform.keyId, secret, [again]);
      expect({ status: res.status, result: (res.body as { results: Result[] }).results?.[0]?.status }).toEqual({
        status: 200,
        result: 'duplicate',
      });
    }

    // The old secret revoked: requests signed with it are refused.
    const first = card.locator('[data-test=client-secret]').first();
    await first.locator('[data-test=secret-revoke]').click();
    await page.locator('[data-test=secret-revoke-dialog]').waitFor();
    expect(await text(page, '[data-test=secret-revoke-dialog] .ic-confirm')).toContain('用这个密钥签名的请求立即被拒绝');
    await page.click('[data-test=secret-revoke-confirm]');
    await page.locator('[data-test=flash]', { hasText: `已停用「${platform.name}」的密钥 1` }).waitFor();
    expect(await first.getAttribute('data-state')).toBe('revoked');
    expect(plain(await first.locator('[data-test=secret-state]').textContent())).toMatch(/停用$/);
    const old = await send(t, platform.keyId, platform.secret, [again]);
    expect({ status: old.status, code: (old.body as { error?: { code: string } }).error?.code }).toEqual({
      status: 401,
      code: 'SIGNATURE_INVALID',
    });
    expect((await send(t, platform.keyId, fresh, [again])).status).toBe(200);

    // The client revoked: the dialog says what stops; its next request is refused.
    await card.locator('[data-test=client-revoke]').click();
    await page.locator('[data-test=client-revoke-dialog]').waitFor();
    expect(await text(page, '[data-test=client-revoke-dialog] .ic-confirm')).toBe(
      `停用「${platform.name}」？停用后它的请求立即全部被拒绝，且不能重新启用（需要时请新建客户端）。`,
    );
    await shot('client-revoke');
    await page.click('[data-test=client-revoke-confirm]');
    await page.locator('[data-test=client][data-state=revoked]').waitFor();
    expect(await text(page, '[data-test=client-state]')).toBe('已停用');
    expect(await page.locator('[data-test=client-rotate], [data-test=client-revoke], [data-test=secret-revoke]').count()).toBe(0);
    expect(await card.locator('[data-test=client-secret]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual([
      'revoked',
      'void',
    ]);
    const refused = await send(t, platform.keyId, fresh, [again]);
    expect({ status: refused.status, code: (refused.body as { error?: { code: string } }).error?.code }).toEqual({
      status: 401,
      code: 'CLIENT_REVOKED',
    });
    await shot('clients-revoked');

    // A mapping deleted, after a confirmation that says what follows.
    await menu('事件映射', '/console/integration/mappings');
    const sanitation = page.locator('[data-test=mapping-table] tbody tr', { has: page.locator('[data-type="sanitation.inspected"]') });
    await sanitation.locator('[data-test=mapping-remove]').click();
    await page.locator('[data-test=mapping-remove-dialog]').waitFor();
    expect(await text(page, '[data-test=mapping-remove-dialog] .im-confirm')).toContain('之后收到的这类事件会进入“待处理”');
    await page.click('[data-test=mapping-remove-confirm]');
    await page.locator('[data-test=flash]', { hasText: '已删除 sanitation.inspected 的映射' }).waitFor();
    await sanitation.waitFor({ state: 'detached' });
    expect(((await admin.get('/event-mappings')).body as { eventType: string }[]).map((m) => m.eventType)).toEqual(['patrol.completed']);
    await menu('接口客户端', '/console/integration/clients');

    // In English, every word from the messages.
    await page.click('[data-test=language]');
    await page.locator('.clerk-heading h1', { hasText: 'API clients' }).waitFor();
    expect(await text(page, '[data-test=client-state]')).toBe('Revoked');
    await shot('clients-en');
    await menu('Received events', '/console/integration/events');
    await page.locator('[data-test=event-tab][data-status=dead]', { hasText: 'To handle' }).waitFor();
    await shot('events-en');
    await page.click('[data-test=language]');

    // On a phone: the rows as cards, nothing wider than the screen.
    await page.setViewportSize(MOBILE);
    await page.click('[data-test=event-tab][data-status=accepted]');
    await page.locator('.ie-card[data-event="evt-2026-0001"]').waitFor();
    expect(await scrollWidth(page)).toBe(MOBILE.width);
    await shot('events-375');
    await page.setViewportSize(COUNTER);
  });

  it('shows the village supervisors (村务监督) the events to read, without replay or dismissal', async () => {
    const auditor = await createUser(t, adminToken, 'auditor', countyId);
    const { page: own } = await b.newPage(COUNTER);
    await own.goto('/console/integration/events?status=accepted');
    await own.locator('input[name="username"]').fill(auditor.username);
    await own.locator('input[name="password"]').fill(PASSWORD);
    await own.getByRole('button', { name: '登录' }).click();
    await own.locator('[data-test=event-row][data-event="evt-2026-0001"]').waitFor();
    expect(plain(await own.locator('.ie-readonly').textContent())).toBe('只读：重新处理和忽略由县级管理员操作。');
    expect(await own.locator('[data-test=event-client]').count()).toBe(0);
    await own.click('[data-test=event-tab][data-status=dismissed]');
    await own.locator('[data-test=event-row][data-event="evt-2026-0003"]').waitFor();
    expect(await own.locator('[data-test=event-replay], [data-test=event-dismiss]').count()).toBe(0);
    await own.goto('/console/integration/clients');
    await own.locator('[data-test=not-allowed]').waitFor();
  });
});
