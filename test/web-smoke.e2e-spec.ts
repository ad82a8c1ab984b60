import { API, as, createHousehold, seedTree, type CountyTree } from './support/fixtures.js';
import { useBrowser } from './support/browser.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

describeWith(['chromium'], 'web pages (served by the service)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'smoke');
  let tree: CountyTree;

  beforeAll(async () => {
    tree = await seedTree(t);
  });

  it('serves the application on the page paths and answers unknown page paths with its not-found page', async () => {
    const { page } = await b.newPage();
    const res = await page.goto('/nowhere-page');
    expect(res?.status()).toBe(404);
    expect(res?.headers()['content-type']).toContain('text/html');
    await page.waitForSelector('.not-found');
    expect(await page.textContent('h1')).toBe('页面不存在');
    await page.goto('/h/UNKNOWN/extra');
    await page.waitForSelector('.not-found');
    expect(await page.textContent('h1')).toBe('页面不存在');
    // On a 375-px phone (the default page here), without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('keeps JSON answers for the API and for clients that ask for JSON', async () => {
    const api = await t.http().get(`${API}/no-such-route`).set('Accept', 'text/html');
    expect([api.status, api.body?.error?.code]).toEqual([404, 'ROUTE_NOT_FOUND']);
    const json = await t.http().get('/nowhere-page').set('Accept', 'application/json');
    expect([json.status, json.type]).toEqual([404, 'application/json']);
    const health = await t.http().get('/health').set('Accept', 'text/html');
    expect(health.type).toBe('application/json');
  });

  it('the landing page (/) opens a household by card code and finds a village board by name', async () => {
    const household = await createHousehold(t, tree.county.token, tree.villageA);
    const [{ name }] = (await t.db.query(`SELECT name FROM regions WHERE id = $1`, [tree.villageA])) as { name: string }[];
    const found = await as(t, {}).get(`/public/regions?q=${encodeURIComponent(name)}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual([
      expect.objectContaining({ id: tree.villageA, name, level: 'village', place: expect.stringContaining('县') }),
    ]);

    const { page } = await b.newPage();
    const res = await page.goto('/');
    expect([res?.status(), res?.headers()['content-type']]).toEqual([200, expect.stringContaining('text/html')]);
    await page.waitForSelector('[data-test="card-code"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.fill('[data-test="board-query"] input', name);
    await page.click('[data-test="board-search"]');
    await page.waitForSelector('[data-test="boards-found"] a');
    await b.shot(page, 'landing-375');
    expect(await page.getAttribute('[data-test="boards-found"] a', 'href')).toBe(`/board/${tree.villageA}`);
    await page.fill('[data-test="card-code"] input', household.cardCode);
    await page.click('[data-test="open-home"]');
    await page.waitForURL(`**/h/${household.cardCode}`);
    // The staff log-in and the counter are one tap away.
    await page.goto('/');
    expect(await page.getAttribute('[data-test="staff-login"]', 'href')).toBe('/console');
    expect(await page.getAttribute('[data-test="kiosk"]', 'href')).toBe('/kiosk');
  });
});
