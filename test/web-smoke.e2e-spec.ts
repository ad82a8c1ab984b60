import { useBrowser } from './support/browser.js';
import { useTestApp } from './support/test-app.js';
import { describeWith } from './support/needs.js';

describeWith(['chromium'], 'web pages (served by the service)', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'smoke');

  it('serves the application on the page paths and answers unknown page paths with its not-found page', async () => {
    const { page } = await b.newPage();
    const res = await page.goto('/nowhere-page');
    expect(res?.status()).toBe(404);
    await page.goto('/h/UNKNOWN/extra');
    await page.waitForSelector('.not-found');
    expect(await page.textContent('h1')).toBe('页面不存在');
  });
});
