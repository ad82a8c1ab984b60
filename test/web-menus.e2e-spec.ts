/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import type { Role } from '../src/common/auth/roles.js';
import { COUNTER, useBrowser } from './support/browser.js';
import { PASSWORD } from './support/fixtures.js';
import { describeWith } from './support/needs.js';
import { staffedTree, type Place } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/**
 * The staff console's menu follows the role: each role signs in to /console and finds exactly the
 * entries its screens' route metas give it, in their order; typing the address of a screen of
 * another role shows the console's "not allowed" screen, not a broken page.
 */

/** A child route of /console as the test reads it (web/src/pages/console/routes.ts). */
interface ConsoleRoute {
  path: string;
  meta: { menu: { zh: string; en: string }; roles: string[]; group: string; hidden?: boolean };
}

// Loaded at run time from the pages' own source: the same list the shell builds its menu from.
const ROUTES_MODULE = '../web/src/pages/console/routes.js';
let consoleRoutes: ConsoleRoute[] = [];

const ROLES: [Role, Place][] = [
  ['county_admin', 'county'],
  ['township_officer', 'townshipA'],
  ['village_clerk', 'villageA'],
  ['reviewer', 'villageA'],
  ['store_operator', 'townshipA'],
  ['auditor', 'county'],
];

/** The address of a screen, its parameters filled in (households/:id(\d+) → households/1). */
const addressOf = (r: ConsoleRoute) => `/console/${r.path.replace(/:\w+(\([^)]*\))?/g, '1')}`;

describeWith(['chromium'], 'staff console: a menu per role', () => {
  const t = useTestApp();
  const b = useBrowser(t, 'menus');

  beforeAll(async () => {
    consoleRoutes = ((await import(ROUTES_MODULE)) as { consoleRoutes: ConsoleRoute[] }).consoleRoutes;
    expect(consoleRoutes.length).toBeGreaterThan(0);
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto('/console');
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.shell-aside [data-test=menu-item], [data-test=not-allowed]').first().waitFor();
  }

  const menuOf = async (page: Page): Promise<string[]> =>
    (await page.locator('.shell-aside [data-test=menu-item]').allInnerTexts()).map((s) => s.trim());

  it.each(ROLES)('%s sees its own menu and is told when a screen is not for it', async (role, place) => {
    const tree = await staffedTree(t, { user: [role, place] });
    const user = tree.staff.user;
    const mine = consoleRoutes.filter((r) => r.meta.roles.includes(role));
    const expected = mine.filter((r) => !r.meta.hidden).map((r) => r.meta.menu.zh);

    const { page } = await b.newPage(COUNTER);
    await signIn(page, user.username);
    expect(await menuOf(page)).toEqual(expected);
    if (expected.length > 0) {
      // /console opens the role's first screen.
      const first = mine.find((r) => !r.meta.hidden)!;
      await page.waitForURL((url) => url.pathname === addressOf(first));
      expect(await page.locator('[data-test=not-allowed]').count()).toBe(0);
    } else {
      await page.locator('[data-test=not-allowed]').waitFor();
    }
    await b.shot(page, role);

    // Every screen of other roles: the "not allowed" screen naming it, the menu still there. The
    // first is typed into the address bar (the console loads afresh); the others are opened by the
    // console's own router, which runs the same check without loading the console again for each.
    for (const [i, other] of consoleRoutes.filter((r) => !r.meta.roles.includes(role)).entries()) {
      if (i === 0 || expected.length === 0) await page.goto(addressOf(other));
      else
        await page.evaluate(async (path) => {
          const app = (document.querySelector('#app') as { __vue_app__?: { config: { globalProperties: Record<string, unknown> } } })
            .__vue_app__;
          await (app!.config.globalProperties.$router as { push: (to: string) => Promise<unknown> }).push(path);
        }, addressOf(other));
      expect(new URL(page.url()).pathname).toBe(addressOf(other));
      // It names the screen; a role with no screens at all is told just that.
      const refused = page.locator('[data-test=not-allowed]', expected.length > 0 ? { hasText: other.meta.menu.zh } : {});
      await refused.waitFor();
      expect(await menuOf(page)).toEqual(expected);
    }
  });
});
