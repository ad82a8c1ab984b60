import { appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NEEDS, type Need } from './prerequisites.js';

export type { Need };

/**
 * Tests that need more than Node and PostgreSQL (Redis, Chromium, …) say so with `describeWith`.
 * On a machine without it the block is skipped and recorded, and the run's last lines name it with
 * the command that installs what it needs; with TEST_REQUIRE_ALL set (CI) it fails instead.
 */
const have = new Set((process.env.MORAL_BANK_TEST_HAVE ?? Object.keys(NEEDS).join(',')).split(',').filter(Boolean));
const requireAll = /^(1|true|yes)$/i.test(process.env.TEST_REQUIRE_ALL ?? '');

export const has = (need: Need): boolean => have.has(need);

/** A describe block that runs only where `needs` are met (see above). */
export function describeWith(needs: Need[], name: string, fn: () => void): void {
  const missing = needs.filter((n) => !has(n));
  if (missing.length === 0) describe(name, fn);
  else if (requireAll) describe(name, () => it(`needs ${missing.join(' and ')}`, () => refuse(missing)));
  else {
    record(missing, name);
    describe.skip(name, fn);
  }
}

/** One test that runs only where `needs` are met. */
export function itWith(needs: Need[], name: string, fn: () => Promise<unknown>, timeout?: number): void {
  const missing = needs.filter((n) => !has(n));
  if (missing.length === 0) it(name, fn, timeout);
  else if (requireAll) it(name, () => refuse(missing));
  else {
    record(missing, name);
    it.skip(name, fn);
  }
}

function refuse(missing: Need[]): never {
  throw new Error(`${missing.map((n) => NEEDS[n].reason).join('; ')}: TEST_REQUIRE_ALL is set, so every test must run`);
}

/** Tells the runner (run-tests.js) what was skipped, for its closing list. */
function record(missing: Need[], name: string): void {
  const dir = process.env.MORAL_BANK_NOT_RUN;
  const file = relative(process.cwd(), expect.getState().testPath ?? 'unknown');
  if (dir) appendFileSync(join(dir, `${process.pid}.tsv`), `${missing.join(',')}\t${file}\t${name}\n`);
}
