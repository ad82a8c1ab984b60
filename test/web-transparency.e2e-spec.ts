/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { TreeHeads, type TreeHeadView } from '../src/transparency/tree-heads.service.js';
import { MOBILE, SCREENSHOTS, useBrowser } from './support/browser.js';
import {
  API,
  as,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  createUser,
  PASSWORD,
  seedCounty,
  seedTree,
  today,
  type Client,
  type CountyTree,
  type StaffUser,
} from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { decodeQr } from './support/qr.js';

/**
 * The county ledger's signed tree head (docs/transparency.md) as people meet it: the door page
 * checks each statement line in the resident's own browser and says which line, if any, is not
 * as the county published it; the village board shows the fingerprint and a QR code of where to
 * fetch the signed head; the printed 台账 carries the head at the foot of every page.
 */

const SCREEN = { width: 1920, height: 1080 };
const DESK = { width: 1280, height: 900 };
/** The printable area of an A4 page with the 台账's 10 mm margins (190 × 277 mm) at 96 dpi: one printed page in a window. */
const A4_AREA = { width: 718, height: 1047 };

/** Text as read: trimmed, runs of spaces (the non-breaking ones too) made one. */
const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** An instant as the pages write it, on the browser's clock (Asia/Shanghai): 2026-12-05 16:10, and its day. */
const stamp = (iso: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
const dayOf = (iso: string): string => stamp(iso).slice(0, 10);

/** What does not fit a screen `width` wide: the scroll width, visible elements past either edge, touch targets under 44 px. */
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

/** Boxes of elements (first match each), to check that nothing overlaps. */
async function boxes(page: Page, selectors: string[]): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return Promise.all(
    selectors.map(async (s) => {
      const box = await page.locator(s).first().boundingBox();
      if (!box) throw new Error(`${s} is not shown`);
      return box;
    }),
  );
}
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describeWith(['chromium'], 'the county ledger in the browser: door page check, board fingerprint, 台账 foot', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'transparency');
  let tree: CountyTree;
  let admin: Client;
  let clerk: StaffUser;
  let program: number;
  let sweep: number;
  let help: number;
  let litter: number;

  const sign = (): Promise<TreeHeadView> => t.app.get(TreeHeads).sign(tree.county.countyId, 'manual');

  /** Posts an award (or a deduction) to one household; its transaction id. */
  async function post(holderId: number, ruleId: number, extra: object = {}, kind: 'awards' | 'deductions' = 'awards'): Promise<string> {
    const res = await admin.post(`/programs/${program}/${kind}`, { ruleId, holderIds: [holderId], occurredOn: today(), ...extra });
    expect(res.status).toBe(201);
    return (res.body as { results: { transactionId: string }[] }).results[0].transactionId;
  }

  /** A household of village A with a PIN, and a few lines on its statement (besides the opening 100). */
  async function household(headName: string): Promise<{ id: number; cardCode: string; pin: string; tx: string[] }> {
    const h = await createHousehold(t, clerk.token, tree.villageA, { headName });
    const tx = [
      await post(h.id, help, { memo: '照顾孤寡老人' }),
      await post(h.id, sweep),
      await post(h.id, litter, { reason: '河边倒垃圾' }, 'deductions'),
    ];
    const pin = await as(t, { token: clerk.token }).post('/resident-pins', { householdId: h.id });
    expect(pin.status).toBe(201);
    return { ...h, pin: pin.body.pin as string, tx };
  }

  async function logIn(page: Page, h: { cardCode: string; pin: string }): Promise<void> {
    await page.goto(`/h/${h.cardCode}`);
    await page.click('[data-test=open-login]');
    await page.fill('[data-test=pin] input', h.pin);
    await page.click('[data-test=login-submit]');
    await page.waitForSelector('[data-test=statement-line]');
  }

  /** The summary above the statement once the check has an answer (not while it runs). */
  async function summary(page: Page): Promise<{ kind: string; text: string }> {
    const el = page.locator('[data-test=verify-summary]:not([data-kind=checking])');
    await el.waitFor();
    return { kind: (await el.getAttribute('data-kind')) ?? '', text: plain(await el.textContent()) };
  }

  /** Each line's check (data-check) and its badge's words, top to bottom. */
  async function lineChecks(page: Page): Promise<{ check: string | null; badge: string }[]> {
    return page.locator('[data-test=statement-line]').evaluateAll((els) =>
      els.map((el) => ({
        check: el.getAttribute('data-check'),
        badge: (el.querySelector('[data-test=line-check]')?.textContent ?? '').trim(),
      })),
    );
  }

  /** A screenshot from the top of the page. */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.shot(page, name);
  };

  /** As a database administrator would: the append-only and log triggers switched off for a moment. */
  async function behindTheLogsBack(sql: string, params: unknown[]): Promise<void> {
    const client = new pg.Client({ connectionString: t.config.database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(sql, params);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    tree = await seedTree(t);
    admin = tree.county.api();
    clerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageA);
    program = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    sweep = (await createRule(t, tree.county.token, program, { name: '清扫村道', category: '环境卫生', points: 5 })).id;
    help = (await createRule(t, tree.county.token, program, { name: '帮扶困难户', category: '邻里和睦', points: 20 })).id;
    litter = (await createRule(t, tree.county.token, program, { name: '乱扔垃圾', category: '环境卫生', points: -3 })).id;
  });

  it('door page: every line checked in the browser against the signed head; a line booked after the head is 待公布', async () => {
    const home = await household('王秀英');
    // Two bars of soap at the store (爱心超市): a redemption line, checked like the others.
    const store = await openStore(t, tree.county.token, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 10 }], {
      programId: program,
    });
    expect(
      (await admin.post(`/stores/${store.id}/redemptions`, { householdId: home.id, lines: [{ sku: 'SOAP', quantity: 2 }] })).status,
    ).toBe(201);
    const head = await sign();
    const { page } = await b.newPage(MOBILE);
    await logIn(page, home);

    expect(await summary(page)).toEqual({
      kind: 'ok',
      text: `本页 5 条记录已与县级公布的账本核对无误（账本指纹 ${head.fingerprint}，${dayOf(head.signedAt)} 公布）`,
    });
    // The fingerprint is this browser's own, from the signed text: the same the county published.
    expect(await page.locator('[data-test=verify-fingerprint]').textContent()).toBe(head.fingerprint);
    expect(await lineChecks(page)).toEqual(Array.from({ length: 5 }, () => ({ check: 'verified', badge: '已核验' })));
    expect((await page.locator('[data-test=statement-line]').allInnerTexts()).map(plain).slice(0, 2)).toEqual([
      expect.stringMatching(/^\d{4}年\d+月\d+日 已核验 −8 分 兑换商品/),
      expect.stringMatching(/^\d{4}年\d+月\d+日 已核验 −3 分 扣分 乱扔垃圾/),
    ]);
    expect(await layout(page, MOBILE.width)).toMatchObject({ scrollWidth: MOBILE.width, cut: [] });
    await shot(page, 'door-verified');

    // Booked after the head: not provable yet, and said so without alarm.
    await post(home.id, sweep, { memo: '清扫村口积雪' });
    await page.reload();
    await page.waitForSelector('[data-test=statement-line] >> nth=5');
    expect(await summary(page)).toEqual({
      kind: 'ok',
      text:
        `本页 5 条记录已与县级公布的账本核对无误（账本指纹 ${head.fingerprint}，${dayOf(head.signedAt)} 公布）；` +
        '另有 1 条是公布之后记的账，标为“待公布”，县里下次公布后再核对',
    });
    expect(await lineChecks(page)).toEqual([
      { check: 'pending', badge: '待公布' },
      ...Array.from({ length: 5 }, () => ({ check: 'verified', badge: '已核验' })),
    ]);
    await shot(page, 'door-pending');

    // In English too, and in large type at 375 px nothing runs off the screen.
    await page.click('[data-test=language]');
    await page.locator('[data-test=verify-summary]', { hasText: 'match' }).waitFor();
    expect(plain(await page.locator('[data-test=verify-summary]').textContent())).toBe(
      `The 5 entries on this page match the ledger the county published (fingerprint ${head.fingerprint}, published ${dayOf(head.signedAt)}). ` +
        'Booked after that, and checked once the county publishes again: 1 marked "Not yet published".',
    );
    expect((await lineChecks(page)).map((l) => l.badge)).toEqual([
      'Not yet published',
      'Verified',
      'Verified',
      'Verified',
      'Verified',
      'Verified',
    ]);
    await page.click('[data-test=large-text]');
    expect(await layout(page, MOBILE.width)).toMatchObject({ scrollWidth: MOBILE.width, cut: [] });
    await shot(page, 'door-pending-en-large');

    // Signed again, the new line is in the head: all five verified.
    const next = await sign();
    await page.click('[data-test=language]');
    await page.click('[data-test=large-text]');
    await page.reload();
    expect(await summary(page)).toEqual({
      kind: 'ok',
      text: `本页 6 条记录已与县级公布的账本核对无误（账本指纹 ${next.fingerprint}，${dayOf(next.signedAt)} 公布）`,
    });
  });

  it('door page: the next page of lines is checked too; no network for the proofs leaves the statement and says so quietly', async () => {
    const many = await household('李建国');
    for (let i = 0; i < 22; i++) await post(many.id, sweep);
    const head = await sign();
    const { page } = await b.newPage(MOBILE);
    await page.route('**/statement/proofs?**', (route) => route.abort('internetdisconnected'));
    await logIn(page, many);
    expect(await summary(page)).toEqual({ kind: 'unavailable', text: '暂时无法核验（网络不通或服务繁忙），明细照常可看，稍后再打开试试' });
    expect(await page.locator('[data-test=statement-line]').count()).toBe(20);
    expect(await page.locator('[data-test=line-check]').count()).toBe(0);
    await shot(page, 'door-unavailable');

    // The network is back: "load more" checks the lines shown before and the new ones.
    await page.unroute('**/statement/proofs?**');
    await page.click('[data-test=load-more]');
    await page.waitForSelector('[data-test=statement-line] >> nth=25');
    await page.locator('[data-test=verify-summary][data-kind=ok]').waitFor();
    expect(plain(await page.locator('[data-test=verify-summary]').textContent())).toBe(
      `本页 26 条记录已与县级公布的账本核对无误（账本指纹 ${head.fingerprint}，${dayOf(head.signedAt)} 公布）`,
    );
    const checks = await lineChecks(page);
    expect(checks).toHaveLength(26);
    expect(new Set(checks.map((c) => c.check))).toEqual(new Set(['verified']));
  });

  it('door page: a statement altered on its way to the browser names the line that is not as the county published it', async () => {
    const home = await household('张桂兰');
    await sign();
    const { page } = await b.newPage(MOBILE);
    // The second line (帮扶困难户, the first award after the deduction and the sweep) said to be worth 50.
    await page.route(
      (url) => url.pathname.endsWith('/statement'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { items: { transactionId: string; points: number }[] };
        for (const item of body.items) if (item.transactionId === home.tx[0]) item.points = 50;
        await route.fulfill({ response, json: body });
      },
    );
    await logIn(page, home);
    expect(await summary(page)).toEqual({
      kind: 'failed',
      text: `第 3 条（${today()} 帮扶困难户 +50）与县级公布的账本不一致，请联系村务监督委员会`,
    });
    expect(await lineChecks(page)).toEqual([
      { check: 'verified', badge: '已核验' },
      { check: 'verified', badge: '已核验' },
      { check: 'failed', badge: '未通过核验' },
      { check: 'verified', badge: '已核验' },
    ]);
    const failed = page.locator('[data-test=statement-line][data-check=failed]');
    expect(plain(await failed.innerText())).toContain('+50 分');
    expect(await failed.getAttribute('data-transaction')).toBe(home.tx[0]);
    await shot(page, 'door-altered-response');

    await page.click('[data-test=language]');
    await page.locator('[data-test=verify-summary]', { hasText: 'does not match' }).waitFor();
    expect(plain(await page.locator('[data-test=verify-summary]').textContent())).toBe(
      `Line 3 (${today()} 帮扶困难户 +50) does not match the ledger the county published. Please contact the village affairs supervision committee.`,
    );
  });

  it('door page: a posting rewritten in the database behind the log is named as the line that failed', async () => {
    const home = await household('刘德华');
    await sign();
    const [{ id: account }] = (await t.db.query(`SELECT id FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`, [
      program,
      home.id,
    ])) as { id: string }[];
    // The sweep (+5) made +45 after the head was signed, its balance after with it.
    await behindTheLogsBack(
      `UPDATE postings SET amount = amount + 40, balance_after = balance_after + 40 WHERE transaction_id = $1 AND account_id = $2`,
      [home.tx[1], account],
    );
    const { page } = await b.newPage(MOBILE);
    await logIn(page, home);
    expect(await summary(page)).toEqual({
      kind: 'failed',
      text: `第 2 条（${today()} 清扫村道 +45）与县级公布的账本不一致，请联系村务监督委员会`,
    });
    expect((await lineChecks(page)).map((c) => c.check)).toEqual(['verified', 'failed', 'verified', 'verified']);
    const failed = page.locator('[data-test=statement-line][data-check=failed]');
    expect(await failed.getAttribute('data-transaction')).toBe(home.tx[1]);
    expect(plain(await failed.innerText())).toMatch(/未通过核验 \+45 分 加分 清扫村道 余额 165/);
    expect(await layout(page, MOBILE.width)).toMatchObject({ scrollWidth: MOBILE.width, cut: [] });
    await shot(page, 'door-altered-database');
  });

  it('door page: before the county signs its first head, a quiet note and no marks; a head not signed by the county key is said so', async () => {
    // A county of its own that has signed nothing yet.
    const other = await seedCounty(t);
    const village = await createRegion(t, other.token, 'village', await createRegion(t, other.token, 'township', other.countyId));
    const otherClerk = await createUser(t, other.token, 'village_clerk', village);
    const otherProgram = (await createProgram(t, other.token, other.countyId, { name: '道德积分' })).id;
    const rule = (await createRule(t, other.token, otherProgram, { name: '清扫村道', points: 5 })).id;
    const h = await createHousehold(t, otherClerk.token, village, { headName: '孙丽娟' });
    expect(
      (
        await as(t, { token: other.token }).post(`/programs/${otherProgram}/awards`, {
          ruleId: rule,
          holderIds: [h.id],
          occurredOn: today(),
        })
      ).status,
    ).toBe(201);
    const pin = (await as(t, { token: otherClerk.token }).post('/resident-pins', { householdId: h.id })).body.pin as string;
    const { page } = await b.newPage(MOBILE);
    await logIn(page, { cardCode: h.cardCode, pin });
    expect(await summary(page)).toEqual({ kind: 'no-head', text: '县里还没有公布账本指纹，本页记录暂时无法核验' });
    expect(await page.locator('[data-test=line-check]').count()).toBe(0);
    await shot(page, 'door-no-head');

    // A head whose signature is not the county key's (a head made up on the way, or by the service): nothing passes.
    const home = await household('郑建华');
    await sign();
    const { page: forged } = await b.newPage(MOBILE);
    await forged.route('**/statement/proofs?**', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { head: { treeSize: number } };
      body.head.treeSize += 1;
      await route.fulfill({ response, json: body });
    });
    await logIn(forged, home);
    expect(await summary(forged)).toEqual({
      kind: 'bad-head',
      text: '县级公布的账本签名核对不上，本页记录无法核验，请联系村务监督委员会',
    });
    expect(new Set((await lineChecks(forged)).map((c) => c.badge))).toEqual(new Set(['未通过核验']));
    await shot(forged, 'door-bad-head');
  });

  it('village board: the fingerprint, count and signing time of the latest head, with a QR code of where to fetch it (phone and hall screen)', async () => {
    const head = await sign();
    const board = (await t.http().get(`${API}/public/boards/${tree.villageA}`)).body as { treeHead: { fingerprint: string } };
    expect(board.treeHead.fingerprint).toBe(head.fingerprint);
    const where = `/api/v1/public/tree-heads/${tree.county.countyId}`;

    const { page } = await b.newPage(MOBILE);
    await page.goto(`/board/${tree.villageA}`);
    const block = page.locator('[data-test=ledger-fingerprint]');
    await block.waitFor();
    expect(await block.locator('[data-test=ledger-fp]').textContent()).toBe(head.fingerprint);
    expect(await block.locator('[data-test=ledger-meta]').textContent()).toBe(`共 ${head.treeSize} 条记录 · ${stamp(head.signedAt)} 签署`);
    expect(plain(await block.textContent())).toContain('扫码可取得县级账本的签名树头，供乡镇、纪检核对');
    await block.locator('[data-test=ledger-qr]').waitFor();
    expect(await decodeQr(await block.locator('[data-test=ledger-qr]').screenshot())).toBe(`${b.baseUrl}${where}`);
    // What the code leads to: the same head, signed.
    const heads = (await t.http().get(where)).body as { latest: { fingerprint: string; treeSize: number } };
    expect(heads.latest).toMatchObject({ fingerprint: head.fingerprint, treeSize: head.treeSize });
    expect(await block.locator('.ledger-fp').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('monospace');
    expect(await layout(page, MOBILE.width)).toEqual({ scrollWidth: MOBILE.width, cut: [], small: [] });
    await b.shot(page, 'board-phone');
    await block.screenshot({ path: join(SCREENSHOTS, 'transparency-board-phone-fingerprint.png') });

    // The hall's screen: in the footer, beside the board's own code, overlapping nothing.
    const { page: tv } = await b.newPage(SCREEN);
    await tv.emulateMedia({ reducedMotion: 'reduce' });
    await tv.goto(`/board/${tree.villageA}?screen=1&interval=600`);
    const onScreen = tv.locator('.screen-foot [data-test=ledger-fingerprint]');
    await onScreen.locator('[data-test=ledger-qr]').waitFor();
    expect(await onScreen.locator('[data-test=ledger-fp]').textContent()).toBe(head.fingerprint);
    expect(await onScreen.locator('[data-test=ledger-meta]').textContent()).toBe(
      `共 ${head.treeSize} 条记录 · ${stamp(head.signedAt)} 签署`,
    );
    expect(await decodeQr(await onScreen.locator('[data-test=ledger-qr]').screenshot())).toBe(`${b.baseUrl}${where}`);
    expect(await tv.evaluate('[document.documentElement.scrollWidth, document.documentElement.scrollHeight]')).toEqual([
      SCREEN.width,
      SCREEN.height,
    ]);
    const [foot, ledger, qr, updated] = await boxes(tv, [
      '.screen-foot',
      '.screen-foot [data-test=ledger-fingerprint]',
      '.screen-qr',
      '.screen-updated',
    ]);
    expect(ledger.y).toBeGreaterThanOrEqual(foot.y);
    expect(ledger.y + ledger.height).toBeLessThanOrEqual(foot.y + foot.height);
    expect(ledger.x + ledger.width).toBeLessThanOrEqual(SCREEN.width);
    expect([overlap(ledger, qr), overlap(ledger, updated)]).toEqual([false, false]);
    expect(await tv.locator('.screen-foot .ledger-fp').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
      40,
    );
    await b.shot(tv, 'board-screen');

    // English on the screen fits the footer too.
    await tv.evaluate(() => localStorage.setItem('mb.locale', 'en'));
    await tv.reload();
    await tv.locator('.screen-foot [data-test=ledger-fingerprint]', { hasText: 'Ledger fingerprint' }).waitFor();
    const [footEn, ledgerEn, updatedEn] = await boxes(tv, [
      '.screen-foot',
      '.screen-foot [data-test=ledger-fingerprint]',
      '.screen-updated',
    ]);
    expect(ledgerEn.y + ledgerEn.height).toBeLessThanOrEqual(footEn.y + footEn.height);
    expect(overlap(ledgerEn, updatedEn)).toBe(false);
    await b.shot(tv, 'board-screen-en');

    // A county that has signed nothing yet: no block.
    const other = await seedCounty(t);
    const village = await createRegion(t, other.token, 'village', await createRegion(t, other.token, 'township', other.countyId));
    expect((await t.http().get(`${API}/public/boards/${village}`)).body.treeHead).toBeNull();
    await page.goto(`/board/${village}`);
    await page.locator('.board-tabs').waitFor();
    expect(await page.locator('[data-test=ledger-fingerprint]').count()).toBe(0);
  });

  it('台账: the head at the foot of the sheet on screen, and at the foot of every printed page, overlapping nothing', async () => {
    const year = today().slice(0, 4);
    const short = await household('周建华');
    const long = await household('吴建华');
    for (let i = 0; i < 50; i++) await post(long.id, i % 2 ? sweep : help, { memo: `第 ${i + 1} 次` });
    const head = await sign();
    const line =
      `县级账本树头 指纹 ${head.fingerprint} · 共 ${head.treeSize} 条 · 签署于 ${stamp(head.signedAt)} · ` +
      `核验地址 /api/v1/public/tree-heads/${tree.county.countyId}`;
    const { page } = await b.newPage(DESK);
    const open = async (holderId: number) => {
      await page.goto(`/ledger-book/${holderId}?programId=${program}&year=${year}`);
      await page.locator(`.book-sheet[data-household-id="${holderId}"]`).waitFor();
    };
    await page.goto(`/ledger-book/${short.id}?programId=${program}&year=${year}`);
    await page.locator('input[name="username"]').fill(clerk.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.book-sheet').waitFor();

    // On screen: once, at the bottom of the sheet, below the signatures.
    const foot = page.locator('[data-test=tree-head]');
    expect(await foot.count()).toBe(1);
    expect(plain(await foot.textContent())).toBe(line);
    const [sheet, signatures, onScreen] = await boxes(page, ['.book-sheet', '.book-foot', '[data-test=tree-head]']);
    expect(onScreen.y).toBeGreaterThanOrEqual(signatures.y + signatures.height);
    expect(onScreen.y + onScreen.height).toBeLessThanOrEqual(sheet.y + sheet.height);
    await b.shot(page, 'ledger-book-screen');

    // Printed: a window the size of the A4 page's printable area shows one page as paper has it,
    // the line fixed at its foot, below the signatures and the lines.
    await page.setViewportSize(A4_AREA);
    await page.emulateMedia({ media: 'print' });
    expect(await foot.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await foot.isVisible()).toBe(true);
    const [printed, printedSignatures, lastLine] = await boxes(page, [
      '[data-test=tree-head]',
      '.book-foot',
      '[data-test=book-line] >> nth=-1',
    ]);
    expect(Math.round(printed.y + printed.height)).toBe(A4_AREA.height);
    expect([overlap(printed, printedSignatures), overlap(printed, lastLine)]).toEqual([false, false]);
    expect(printedSignatures.y + printedSignatures.height).toBeLessThanOrEqual(printed.y);
    await page.screenshot({ path: join(SCREENSHOTS, 'transparency-ledger-book-print.png') });
    const onePage = await page.pdf({ format: 'A4' });
    expect(pdfPages(onePage)).toBe(1);
    writeFileSync(join(SCREENSHOTS, 'transparency-ledger-book-print.pdf'), onePage);

    // A year longer than a page goes on over the pages, nothing cut off, the line at the foot of each (see the PDF).
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(DESK);
    await open(long.id);
    expect(await page.locator('[data-test=book-line]').count()).toBe(54);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.book-print > tfoot').evaluate((el) => getComputedStyle(el).display)).toBe('table-footer-group');
    expect(await page.locator('[data-test=book-line] >> nth=-1').isVisible()).toBe(true);
    const pages = await page.pdf({ format: 'A4' });
    writeFileSync(join(SCREENSHOTS, 'transparency-ledger-book-pages.pdf'), pages);
    expect(pdfPages(pages)).toBe(2);
  });
});
