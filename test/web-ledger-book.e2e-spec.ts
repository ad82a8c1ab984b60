/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { MOBILE, useBrowser } from './support/browser.js';
import { createHousehold, createProgram, createRule, createUser, PASSWORD, seedTree, today, type CountyTree } from './support/fixtures.js';
import { openStore } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

const DESK = { width: 1280, height: 900 };

/** A number with its sign as the pages write it: +2, −8 (a true minus sign). */
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${Math.abs(n)}`;

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * 台账: a village clerk prints one household's year on one A4 page (/ledger-book/<id>): the lines
 * with category, item, member, points and running balance, totals per category, and places to sign.
 */
describeWith(['chromium'], 'household ledger book page (台账)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'ledger-book');
  let tree: CountyTree;

  beforeAll(async () => {
    tree = await seedTree(t);
  });

  async function logIn(page: Page, username: string): Promise<void> {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
  }

  it('shows the year of a household as the service computes it, prints on one A4 page and downloads the workbook', async () => {
    const api = tree.county.api();
    const program = (await createProgram(t, tree.county.token, tree.county.countyId, { name: '道德积分' })).id;
    const household = await createHousehold(t, tree.county.token, tree.villageA, {
      headName: '王秀英',
      members: [
        { name: '王秀英', relation: '户主' },
        { name: '李明', relation: '儿子' },
      ],
    });
    const members = (await api.get(`/households/${household.id}`)).body.members as { id: number; name: string }[];
    const son = members.find((m) => m.name === '李明')!;
    const work = await createRule(t, tree.county.token, program, { name: '义务投工投劳', category: '勤劳致富', points: 10 });
    const clean = await createRule(t, tree.county.token, program, { name: '门前三包', category: '清洁卫生', points: 5 });
    const litter = await createRule(t, tree.county.token, program, { name: '乱扔垃圾', category: '清洁卫生', points: -3 });
    const post = async (kind: 'awards' | 'deductions', ruleId: number, extra: object = {}) =>
      expect(
        (await api.post(`/programs/${program}/${kind}`, { ruleId, holderIds: [household.id], occurredOn: today(), ...extra })).status,
      ).toBe(201);
    await post('awards', work.id, { memberId: son.id, memo: '修村道' });
    await post('awards', work.id);
    await post('awards', clean.id);
    await post('deductions', litter.id, { reason: '河边倒垃圾' });
    const store = await openStore(t, tree.county.token, tree.townshipA, [{ sku: 'SOAP', name: '肥皂', pointsPrice: 4, stock: 10 }], {
      programId: program,
    });
    expect(
      (await api.post(`/stores/${store.id}/redemptions`, { householdId: household.id, lines: [{ sku: 'SOAP', quantity: 2 }] })).status,
    ).toBe(201);
    const year = today().slice(0, 4);
    const book = (await api.get(`/reports/ledger-book?programId=${program}&holderId=${household.id}&year=${year}`)).body as {
      lines: { category: string; item: string; memberName: string | null; points: number; balanceAfter: number }[];
      categories: { category: string; entries: number; points: number }[];
      closingBalance: number;
    };
    // Base 100, then +10 +10 +5 −3, then 8 spent: 114.
    expect(book.closingBalance).toBe(114);

    const clerk = await createUser(t, tree.county.token, 'village_clerk', tree.villageA);
    const { page } = await b.newPage(DESK);
    await page.goto(`/ledger-book/${household.id}?programId=${program}&year=${year}`);
    await logIn(page, clerk.username);
    await page.locator('.book-sheet').waitFor();
    expect(await page.locator('.book-heading').innerText()).toContain('王秀英');
    // The balance carried from last year first, then the lines in booking order, and the check that they add up.
    expect(await page.locator('[data-test=carried]').innerText()).toMatch(/上年结转\s+0/);
    const rows = await page.locator('[data-test=book-line]').allInnerTexts();
    expect(rows).toHaveLength(book.lines.length);
    book.lines.forEach((l, i) => {
      expect(rows[i]).toContain(l.item);
      expect(rows[i]).toContain(String(l.balanceAfter));
    });
    expect(await page.locator('[data-test=book-check]').innerText()).toBe('年初 0 ＋ 加分 125 － 减分 11 ＝ 年末 114');
    expect(rows.find((r) => r.includes('修村道'))).toContain('李明');
    const cats = await page.locator('.book-cats tbody tr').allInnerTexts();
    for (const c of book.categories) expect(cats.find((r) => r.startsWith(c.category))).toContain(signed(c.points));
    expect(cats.find((r) => r.startsWith('清洁卫生'))).toContain('+2');
    await b.shot(page, 'screen');

    // Printed: the sheet alone, one A4 page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.book-bar').isVisible()).toBe(false);
    await b.shot(page, 'print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The workbook button downloads the same year as xlsx.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    expect((await download).suggestedFilename()).toBe(`ledger-book-${household.id}-${year}.xlsx`);
    expect(await page.locator('[data-test=print-on-computer]').isVisible()).toBe(false);

    // On a phone: a banner says it is for a computer, and the sheet shrinks to the screen instead of scrolling sideways.
    const { page: phone } = await b.newPage(MOBILE);
    await phone.goto(`/ledger-book/${household.id}?programId=${program}&year=${year}`);
    await logIn(phone, clerk.username);
    await phone.locator('.book-sheet').waitFor();
    expect(await phone.locator('[data-test=print-on-computer]').textContent()).toContain('请在电脑上打开以打印');
    const fit = await phone.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      sheetRight: Math.round(document.querySelector('.book-sheet')!.getBoundingClientRect().right),
      small: [...document.querySelectorAll('button')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length,
    }));
    expect(fit.scrollWidth).toBeLessThanOrEqual(MOBILE.width);
    expect(fit.sheetRight).toBeLessThanOrEqual(MOBILE.width);
    expect(fit.small).toBe(0);
    await b.shot(phone, 'phone');
  });

  it('tells a clerk of another village that the household is not theirs', async () => {
    const household = await createHousehold(t, tree.county.token, tree.villageA);
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const other = await createUser(t, tree.county.token, 'village_clerk', tree.villageB);
    const { page } = await b.newPage(DESK);
    await page.goto(`/ledger-book/${household.id}?programId=${program}`);
    await logIn(page, other.username);
    await page.locator('.van-empty').waitFor();
    expect(await page.locator('.van-empty').innerText()).toContain('不在您的管辖范围内');
    await b.shot(page, 'out-of-scope');
  });
});
