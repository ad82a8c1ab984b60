/** Household imports in tests: files, uploads and waiting for the job. */
import { API, as, countRows, createRegion, createUser, eventually, seedTree } from './fixtures.js';
import type { TestApp } from './test-app.js';

export const ZH_HEADER = '村代码,户号,户主,地址,电话,成员姓名,与户主关系,身份证号';
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface LineErrorBody {
  line: number;
  code: string;
  message: string;
}

export interface ImportBody {
  id: number;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  encoding: string | null;
  fileName: string | null;
  totalLines: number;
  processedLines: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: LineErrorBody[];
  failureReason: string | null;
  failureDetails: Record<string, unknown> | null;
  failureMessage: string | null;
}

/** A resident ID number with a valid check character, different for each `n`. */
export function idNumber(n: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `51010519${String(n).padStart(9, '0')}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

export const phone = (n: number) => `139${String(n).padStart(8, '0')}`;

export function upload(t: TestApp, token: string, file: Buffer, name = 'households.csv') {
  return t.http().post(`${API}/households/import`).set('Authorization', `Bearer ${token}`).attach('file', file, name);
}

export function uploadRaw(t: TestApp, token: string, file: Buffer) {
  return t.http().post(`${API}/households/import`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(file);
}

export async function importView(t: TestApp, token: string, id: number): Promise<ImportBody> {
  const res = await as(t, { token }).get(`/households/imports/${id}`);
  if (res.status !== 200) throw new Error(`GET import ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as ImportBody;
}

/** Polls the import until its job has finished, one way or the other. */
export function finished(t: TestApp, token: string, id: number, timeoutMs = 30000): Promise<ImportBody> {
  return eventually(
    async () => {
      const view = await importView(t, token, id);
      return view.status === 'completed' || view.status === 'failed' ? view : undefined;
    },
    timeoutMs,
    50,
  );
}

export const householdCount = (t: TestApp, villageIds: number[]) => countRows(t, 'households WHERE village_id = ANY($1)', [villageIds]);
export const importRows = (t: TestApp) => countRows(t, 'household_imports');

/** The county tree with a second village in township A and an officer of township A. */
export async function twoVillagesAndOfficer(t: TestApp) {
  const tree = await seedTree(t);
  const villageA2 = await createRegion(t, tree.county.token, 'village', tree.townshipA);
  const officer = await createUser(t, tree.county.token, 'township_officer', tree.townshipA);
  return { ...tree, villageA2, officer };
}

export const errorLines = (view: ImportBody) => view.errors.map((e) => [e.line, e.code]);

/** The acceptance file: `count` households over two villages, one member each, with phone and ID number. */
export function householdRows(count: number, codes: [string, string], bad: Record<number, (cells: string[]) => void> = {}): string[][] {
  const rows = [ZH_HEADER.split(',')];
  for (let n = 1; n <= count; n++) {
    const cells = [codes[n % 2], `H${String(n).padStart(4, '0')}`, `户主${n}`, `幸福路${n}号`, phone(n), `成员${n}`, '配偶', idNumber(n)];
    bad[n]?.(cells);
    rows.push(cells);
  }
  return rows;
}

/** The same as CSV lines (no quoting needed: no cell holds a comma). */
export function householdLines(count: number, codes: [string, string], bad: Record<number, (cells: string[]) => void> = {}): string[] {
  return householdRows(count, codes, bad).map((cells) => cells.join(','));
}
