/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { Clock } from '../src/common/clock.js';
import { COUNTER, MOBILE, useBrowser } from './support/browser.js';
import {
  API,
  as,
  countRows,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  PASSWORD,
  seedTree,
  today,
  type CountyTree,
  type StaffUser,
} from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { useTestApp } from './support/test-app.js';

/**
 * The reviewer's screens of the staff console (审核, /console/review…) on a 375-px phone: the claim
 * queue with its photos, a claim approved by a first and then a second reviewer, a duplicate
 * rejected with a reason, a refusal of the server shown with its code, and objections decided;
 * each result read back through the API. Screenshots at 375 and 1366 px.
 */

const DAY = 86_400_000;

const photo = (r: number, g: number, b: number): Promise<Buffer> =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r, g, b } } })
    .jpeg()
    .toBuffer();

const plain = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

interface ClaimBody {
  id: string;
  status: string;
  firstReviewer: number | null;
  reviewer: number | null;
  reviewReason: string | null;
  noticeId: string | null;
  noticeStatus: string | null;
  duplicateOf: string | null;
}

describeWith(['chromium'], 'reviewer screens (审核) on a phone', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'review');
  let tree: CountyTree;
  let clerk: StaffUser;
  let first: StaffUser;
  let second: StaffUser;
  let program: number;
  let sweep: number;
  let bigDeed: number;
  const homes: { id: number; cardCode: string }[] = [];

  const api = (token: string) => as(t, { token });
  const claimOf = async (id: string): Promise<ClaimBody> => (await api(first.token).get(`/claims/${id}`)).body.claim as ClaimBody;
  const file = async (body: object): Promise<ClaimBody> => {
    const res = await api(clerk.token).post('/claims', { programId: program, ruleId: sweep, occurredOn: today(), ...body });
    expect(res.status).toBe(201);
    return res.body as ClaimBody;
  };
  const upload = async (buffer: Buffer): Promise<number> => {
    const res = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${clerk.token}`)
      .field('villageId', String(tree.villageA))
      .attach('file', buffer, 'deed.jpg');
    expect(res.status).toBe(201);
    return res.body.id as number;
  };

  /** Signs in on the console's log-in card, then waits for the screen at `path`. */
  async function signIn(page: Page, user: StaffUser, path: string, screen: string): Promise<void> {
    await page.goto(`/console/${path}`);
    await page.locator('input[name="username"]').fill(user.username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator(`[data-test=${screen}]`).waitFor();
  }

  /** A screenshot from the top of the screen, where a reviewer starts (the console's header is sticky). */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.shot(page, name);
  };

  /** Nothing wider than the phone: no sideways scrolling. */
  async function fitsPhone(page: Page): Promise<void> {
    expect(await scrollWidth(page)).toBeLessThanOrEqual(MOBILE.width);
  }

  /** The thumbnails of a card or screen, once every one shows its image (object URLs). */
  async function thumbnailsLoaded(page: Page, scope: string, n: number): Promise<void> {
    await page.waitForFunction(
      ([sel, count]) => {
        const imgs = [...document.querySelectorAll(`${sel} [data-test=thumb] img`)] as HTMLImageElement[];
        return imgs.length === count && imgs.every((i) => i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0);
      },
      [scope, n] as const,
    );
  }

  const events = (page: Page) =>
    page.locator('[data-test=history-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));

  beforeAll(async () => {
    tree = await seedTree(t);
    const admin = tree.county.token;
    clerk = await createUser(t, admin, 'village_clerk', tree.villageA);
    first = await createUser(t, admin, 'reviewer', tree.villageA);
    second = await createUser(t, admin, 'reviewer', tree.villageA);
    program = (await createProgram(t, admin, tree.county.countyId, { name: '道德积分' })).id;
    const settings = await api(admin).patch(`/programs/${program}`, { publicityDays: 7, secondReviewAbove: 50 });
    expect(settings.body).toMatchObject({ publicityDays: 7, secondReviewAbove: 50 });
    sweep = (await createRule(t, admin, program, { name: '清扫村道', category: '清洁卫生', points: 10, cap: { points: 15, per: 'month' } }))
      .id;
    bigDeed = (await createRule(t, admin, program, { name: '扑救山火', category: '见义勇为', points: 100 })).id;
    for (const name of ['王秀英', '李建国', '张桂兰', '刘德华'])
      homes.push(await createHousehold(t, clerk.token, tree.villageA, { headName: name }));
  });

  it('a claim above 50 points: the first reviewer approves on the phone, a second reviewer gives the second approval, and it goes on notice', async () => {
    const photos = [await upload(await photo(200, 120, 40)), await upload(await photo(40, 120, 200))];
    const filed = await file({ ruleId: bigDeed, householdId: homes[0].id, memo: '扑救后山山火，连续奋战六小时', evidenceIds: photos });
    const card = `[data-test=claim-card][data-claim="${filed.id}"]`;

    // The first reviewer: the queue, oldest first, the claim flagged as needing two reviewers, its photos.
    const { page } = await b.newPage(MOBILE);
    await signIn(page, first, 'review', 'review-queue');
    await page.locator(card).waitFor();
    expect(plain(await page.locator(`${card} [data-test=claim-rule]`).textContent())).toBe('扑救山火');
    expect(plain(await page.locator(`${card} [data-test=claim-points]`).textContent())).toBe('+100');
    expect(plain(await page.locator(`${card} [data-test=two-reviewers]`).textContent())).toBe('需两位审核人');
    expect(plain(await page.locator(`${card} [data-test=claim-household]`).textContent())).toContain('王秀英');
    await thumbnailsLoaded(page, card, 2);
    await fitsPhone(page);
    await shot(page, 'queue-375');

    // The photo viewer: tap a thumbnail, swipe to the next one, close.
    await page.locator(`${card} [data-test=thumb]`).first().click();
    const viewer = page.locator('[data-test=photo-viewer]');
    await viewer.locator('[data-test=photo-full]').waitFor();
    expect(plain(await viewer.locator('[data-test=photo-count]').textContent())).toBe('1 / 2');
    await fitsPhone(page);
    await shot(page, 'photo-375');
    await page.mouse.move(240, 400);
    await page.mouse.down();
    await page.mouse.move(60, 410, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('[data-test=photo-count]')?.textContent?.trim() === '2 / 2');
    await viewer.locator('[data-test=photo-full]').waitFor();
    await viewer.locator('[data-test=photo-close]').click();
    await viewer.waitFor({ state: 'detached' });

    // The claim: its household's entries beside it, its history, then the first approval.
    await page.locator(`${card} [data-test=open-claim]`).click();
    await page.locator('[data-test=claim-review]').waitFor();
    await page.locator('[data-test=second-ahead]').waitFor();
    await page.locator('[data-test=household-entries]').waitFor();
    expect(await events(page)).toEqual(['filed']);
    await thumbnailsLoaded(page, '[data-test=claim-review]', 2);
    await fitsPhone(page);
    await shot(page, 'claim-375');
    await page.locator('[data-test=approve]').click();
    await page.locator('textarea[data-test=note]').fill('照片与村委会记录一致');
    await page.locator('[data-test=confirm]').click();
    await page.locator('[data-test=outcome]').waitFor();
    expect(plain(await page.locator('[data-test=outcome]').textContent())).toBe('第一次审核已通过，等待另一位审核人审核');
    await page.locator('[data-test=claim-status][data-status=seconding]').waitFor();
    // The first approver cannot give the second approval: the screen says so and offers no button to press.
    await page.locator('[data-test=first-by-me]').waitFor();
    expect(await page.locator('[data-test=approve]').isDisabled()).toBe(true);
    expect(await events(page)).toEqual(['filed', 'approved']);
    await fitsPhone(page);
    await shot(page, 'claim-first-approval-375');
    expect(await claimOf(filed.id)).toMatchObject({
      status: 'seconding',
      firstReviewer: first.id,
      noticeId: null,
      reviewReason: '照片与村委会记录一致',
    });

    // The second reviewer finds it among the second approvals, flagged, and approves it: on notice.
    const other = (await b.newPage(MOBILE)).page;
    await signIn(other, second, 'review?status=seconding', 'review-queue');
    await other.locator(`${card} [data-test=needs-second]`).waitFor();
    expect(plain(await other.locator(`${card} [data-test=needs-second]`).textContent())).toMatch(/^需第二人审核/);
    await fitsPhone(other);
    await shot(other, 'queue-seconding-375');
    await other.locator(`${card} [data-test=open-claim]`).click();
    await other.locator('[data-test=claim-review]').waitFor();
    expect(plain(await other.locator('[data-test=approve]').textContent())).toBe('第二人审核通过');
    await other.locator('[data-test=approve]').click();
    await other.locator('[data-test=confirm]').click();
    await other.locator('[data-test=outcome]').waitFor();
    expect(plain(await other.locator('[data-test=outcome]').textContent())).toMatch(/^已通过，进入公示，.+截止$/);
    await other.locator('[data-test=claim-status][data-status=approved]').waitFor();
    expect(await events(other)).toEqual(['filed', 'approved', 'seconded']);
    await fitsPhone(other);
    await shot(other, 'claim-approved-375');

    const approved = await claimOf(filed.id);
    expect(approved).toMatchObject({ status: 'approved', firstReviewer: first.id, reviewer: second.id, noticeStatus: 'noticed' });
    const notice = await api(second.token).get(`/notices/${approved.noticeId!}`);
    expect(notice.body.notice).toMatchObject({ status: 'noticed', claimId: filed.id, points: 100, holderId: homes[0].id });
    const balance = await api(first.token).get(`/programs/${program}/holders/${homes[0].id}/balance`);
    expect(balance.body).toMatchObject({ pending: 100 });

    // At 1366 px: the queue and the claim side by side with the household and the history.
    const desk = (await b.newPage(COUNTER)).page;
    await signIn(desk, first, `review/claims/${filed.id}`, 'claim-review');
    await desk.locator('[data-test=history-event][data-event=seconded]').waitFor();
    await thumbnailsLoaded(desk, '[data-test=claim-review]', 2);
    await shot(desk, 'claim-1366');
  });

  it('a duplicate claim is flagged with a link to the earlier one and rejected with a reason; a refusal of the server shows its code', async () => {
    const earlier = await file({ householdId: homes[1].id, memo: '清扫村口道路' });
    const duplicate = await file({ householdId: homes[1].id, memo: '清扫村口道路（再报）' });
    expect(duplicate.duplicateOf).toBe(earlier.id);
    const card = `[data-test=claim-card][data-claim="${duplicate.id}"]`;

    const { page } = await b.newPage(MOBILE);
    await signIn(page, first, 'review', 'review-queue');
    await page.locator(`${card} [data-test=duplicate]`).waitFor();
    expect(await page.locator(`${card} [data-test=duplicate-link]`).textContent()).toContain(`#${earlier.id}`);
    await fitsPhone(page);
    await shot(page, 'queue-duplicate-375');

    // The link opens the earlier claim; back in the queue, the duplicate is rejected.
    await page.locator(`${card} [data-test=duplicate-link]`).click();
    await page.locator(`[data-test=claim-review] [data-claim="${earlier.id}"]`).waitFor();
    await page.goBack();
    await page.locator(`${card} [data-test=open-claim]`).click();
    await page.locator(`[data-test=claim-review] [data-claim="${duplicate.id}"]`).waitFor();
    await page.locator('[data-test=reject]').click();
    // A reason is required before anything is sent.
    await page.locator('[data-test=confirm]').click();
    await page.locator('[data-test=reason-error]').waitFor();
    expect((await claimOf(duplicate.id)).status).toBe('submitted');
    await page.locator('textarea[data-test=reason]').fill('与先前申报为同一件事，重复申报');
    await fitsPhone(page);
    await shot(page, 'reject-375');
    await page.locator('[data-test=confirm]').click();
    await page.locator('[data-test=outcome]').waitFor();
    expect(plain(await page.locator('[data-test=outcome]').textContent())).toBe('已驳回，理由已告知农户');
    expect(plain(await page.locator('[data-test=review-reason]').textContent())).toBe('与先前申报为同一件事，重复申报');
    expect(await events(page)).toEqual(['filed', 'rejected']);
    expect(await claimOf(duplicate.id)).toMatchObject({
      status: 'rejected',
      reviewer: first.id,
      reviewReason: '与先前申报为同一件事，重复申报',
    });

    // A reviewer who has not declared conflicts of interest is refused by the server: message and code, nothing decided.
    const undeclared = await createUser(t, tree.county.token, 'reviewer', tree.villageA, { declared: false });
    const fresh = (await b.newPage(MOBILE)).page;
    await signIn(fresh, undeclared, `review/claims/${earlier.id}`, 'claim-review');
    await fresh.locator('[data-test=approve]').click();
    await fresh.locator('[data-test=confirm]').click();
    const refusal = fresh.locator('[data-test=decision] [data-test=refusal]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('COI_UNDECLARED');
    expect(plain(await refusal.locator('[data-test=refusal-message]').textContent())).toContain('利益冲突');
    expect(plain(await refusal.locator('[data-test=refusal-code]').textContent())).toContain('COI_UNDECLARED');
    await fitsPhone(fresh);
    await shot(fresh, 'refusal-375');
    expect((await claimOf(earlier.id)).status).toBe('submitted');
  });

  it('objections: one upheld voids the entry; one dismissed after the deadline posts it at once', async () => {
    const upheldClaim = await file({ householdId: homes[2].id, memo: '清扫文化广场' });
    const dismissedClaim = await file({ householdId: homes[3].id, memo: '清扫河道垃圾' });
    const noticeOf = async (c: ClaimBody): Promise<string> => {
      const res = await api(first.token).post(`/claims/${c.id}/approve`, {});
      expect(res.body).toMatchObject({ status: 'approved', noticeStatus: 'noticed' });
      return res.body.noticeId as string;
    };
    const voidNotice = await noticeOf(upheldClaim);
    const postNotice = await noticeOf(dismissedClaim);
    for (const [notice, household, reason] of [
      [voidNotice, homes[3].id, '那天他不在村里，广场是别人扫的'],
      [postNotice, homes[0].id, '代王秀英家提出：时间不对'],
    ] as const) {
      const objected = await api(clerk.token).post(`/notices/${notice}/objections`, { householdId: household, reason });
      expect(objected.status).toBe(201);
    }

    // The second reviewer (not the approver) sees both held notices.
    const { page } = await b.newPage(MOBILE);
    await signIn(page, second, 'review/objections', 'objection-queue');
    for (const n of [voidNotice, postNotice]) await page.locator(`[data-test=notice-card][data-notice="${n}"]`).waitFor();
    await fitsPhone(page);
    await shot(page, 'objections-375');

    // Upheld: the entry is void, nothing will post.
    await page.locator(`[data-test=notice-card][data-notice="${voidNotice}"] [data-test=open-notice]`).click();
    await page.locator('[data-test=notice-review]').waitFor();
    await page.locator('[data-test=objection-status][data-status=open]').waitFor();
    expect(await events(page)).toEqual(['noticed', 'objected']);
    await fitsPhone(page);
    await shot(page, 'notice-375');
    await page.locator('[data-test=uphold]').click();
    await page.locator('[data-test=confirm-decision]').click();
    await page.locator('[data-test=reason-error]').waitFor();
    await page.locator('textarea[data-test=decision-reason]').fill('核实属实，当天该户无人在村');
    await page.locator('[data-test=confirm-decision]').click();
    await page.locator('[data-test=outcome]').waitFor();
    expect(plain(await page.locator('[data-test=outcome]').textContent())).toBe('异议成立：该条公示已作废');
    await page.locator('[data-test=notice-status][data-status=voided]').waitFor();
    expect(await events(page)).toEqual(['noticed', 'objected', 'upheld', 'voided']);
    await fitsPhone(page);
    await shot(page, 'notice-upheld-375');
    const voided = (await api(second.token).get(`/notices/${voidNotice}`)).body;
    expect(voided.notice).toMatchObject({ status: 'voided', transactionId: null });
    expect(voided.objections.map((o: { status: string; decisionReason: string }) => [o.status, o.decisionReason])).toEqual([
      ['upheld', '核实属实，当天该户无人在村'],
    ]);
    expect(await countRows(t, 'transactions WHERE notice_id = $1', [voidNotice])).toBe(0);

    // Dismissed after the notice period has passed: the entry posts at once, one transaction.
    t.app.get(Clock).advance(8 * DAY);
    const before = (await api(first.token).get(`/programs/${program}/holders/${homes[3].id}/balance`)).body as { balance: number };
    await page.locator('[data-test=back]').click();
    await page.locator(`[data-test=notice-card][data-notice="${postNotice}"] [data-test=open-notice]`).click();
    await page.locator(`[data-test=notice-review]`).waitFor();
    await page.locator('[data-test=dismiss]').click();
    await page.locator('textarea[data-test=decision-reason]').fill('经核实，确有此事');
    await page.locator('[data-test=confirm-decision]').click();
    await page.locator('[data-test=outcome]').waitFor();
    expect(plain(await page.locator('[data-test=outcome]').textContent())).toBe('异议不成立：已入账');
    await page.locator('[data-test=notice-status][data-status=posted]').waitFor();
    const posted = (await api(second.token).get(`/notices/${postNotice}`)).body;
    expect(posted.notice.status).toBe('posted');
    expect(posted.notice.transactionId).toEqual(expect.any(String));
    expect(await countRows(t, 'transactions WHERE notice_id = $1', [postNotice])).toBe(1);
    const after = (await api(first.token).get(`/programs/${program}/holders/${homes[3].id}/balance`)).body as { balance: number };
    expect(after.balance).toBe(before.balance + 10);

    // The queue is empty now; at 1366 px the notice with its history, and the language switched to English.
    await page.locator('[data-test=back]').click();
    await page.locator('[data-test=objections-empty]').waitFor();
    const desk = (await b.newPage(COUNTER)).page;
    await signIn(desk, second, `review/objections/${voidNotice}`, 'notice-review');
    await desk.locator('[data-test=history-event][data-event=voided]').waitFor();
    await shot(desk, 'notice-1366');
    await desk.locator('[data-test=language]').click();
    await desk.locator('[data-test=notice-review] h2:has-text("Notice and objections")').waitFor();
    expect(plain(await desk.locator('[data-test=notice-status]').textContent())).toBe('Void');
    await desk.goto('/console/review/objections');
    await desk.locator('[data-test=objections-empty]').waitFor();
    expect(plain(await desk.locator('[data-test=objection-queue] h2').textContent())).toBe('Objections');
    await shot(desk, 'objections-1366-en');
  });
});
