import { API, createUser, regionCode, seedTree } from './support/fixtures.js';
import { finished, type ImportBody, upload } from './support/imports.js';
import { useTestApp, type TestApp } from './support/test-app.js';
import { householdWorkbook } from './support/zip.js';

/**
 * Spreadsheet bombs and oversized files: the request checks a file in bounded time and the job
 * reads it within the limits (IMPORT_MAX_ROWS, IMPORT_MAX_UNPACKED_MB, IMPORT_MAX_SECONDS), so a
 * crafted file fails its own import with a code and never holds up the API or another county's
 * import. /health is asked every 50 ms throughout and must keep answering (no file holds the event loop).
 */

/** Asks /health over and over while `work` runs; the slowest answer, in ms. */
async function healthWhile<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; slowestMs: number; answers: number }> {
  let done = false;
  let slowestMs = 0;
  let answers = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await t.http().get('/health');
      slowestMs = Math.max(slowestMs, performance.now() - started);
      if (res.status === 200) answers++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    const result = await work();
    return { result, slowestMs, answers };
  } finally {
    done = true;
    await probe;
  }
}

describe('imports within limits: spreadsheet bombs and oversized files', () => {
  const t = useTestApp();

  it('refuses the 3,000,000-row and the 1,000,000-row workbooks, a workbook that lies about its size, and rows past the limit, while /health keeps answering', async () => {
    const { county, villageA, villageB } = await seedTree(t);
    const code = await regionCode(t, villageA);
    const [threeMillion, oneMillion, liar, tooManyRows] = await Promise.all([
      householdWorkbook(code, 3_000_000, { bomb: true }),
      householdWorkbook(code, 1_000_000, { bomb: true }),
      householdWorkbook(code, 3_000_000, { bomb: true, claimSheetSize: 1000 }),
      householdWorkbook(code, 150_000),
    ]);
    // A CSV of 737,886 lines under the 20 MB upload limit, as the abuse probe sent.
    const lines = ['村代码,户号,户主', ...Array.from({ length: 737_885 }, (_, i) => `${code},H${i + 1},张三`)];
    const csv = Buffer.from(lines.join('\n'), 'utf8');
    expect(csv.length).toBeLessThan(20 * 1024 * 1024);
    const other = await createUser(t, county.token, 'village_clerk', villageB);
    const otherCode = await regionCode(t, villageB);

    const { result, slowestMs, answers } = await healthWhile(t, async () => {
      // The bombs say what they unpack to in their directory: refused by the request at once.
      const bombs = [await upload(t, county.token, threeMillion, 'bomb.xlsx'), await upload(t, county.token, oneMillion, 'million.xlsx')];
      // These pass the request's checks and are refused by the job, which reads them within the limits;
      // an ordinary import of another village, queued after them, completes meanwhile.
      const queued = [
        await upload(t, county.token, liar, 'liar.xlsx'),
        await upload(t, county.token, tooManyRows, 'rows.xlsx'),
        await upload(t, county.token, csv, 'big.csv'),
      ];
      const ordinary = await upload(t, other.token, Buffer.from(`村代码,户号,户主\n${otherCode},0001,扎西\n`, 'utf8'), 'ordinary.csv');
      const ends = await Promise.all([...queued, ordinary].map((r) => finished(t, county.token, (r.body as ImportBody).id, 300_000)));
      return { bombs, queued, ends };
    });

    for (const bomb of result.bombs) {
      expect({ status: bomb.status, code: bomb.body.error?.code, details: bomb.body.error?.details }).toEqual({
        status: 422,
        code: 'IMPORT_TOO_LARGE',
        details: { limit: 'unpacked', maxRows: 100_000, maxUnpackedMb: 100 },
      });
    }
    expect(result.queued.map((r) => r.status)).toEqual([202, 202, 202]);
    const [lied, rows, big, ordinary] = result.ends;
    expect(lied).toMatchObject({ status: 'failed', failureReason: 'IMPORT_UNREADABLE', created: 0 });
    expect(rows).toMatchObject({
      status: 'failed',
      failureReason: 'IMPORT_TOO_LARGE',
      failureDetails: { limit: 'rows', maxRows: 100_000, maxUnpackedMb: 100 },
      created: 0,
    });
    expect(rows.failureMessage).toBe('导入文件太大（最多100000行，表格解压后最多100MB），请分成几个文件导入');
    expect(big).toMatchObject({ status: 'failed', failureReason: 'IMPORT_TOO_LARGE', failureDetails: { limit: 'rows' }, created: 0 });
    expect(ordinary).toMatchObject({ status: 'completed', created: 1 });
    // Nothing of the refused files was written.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM households WHERE village_id = $1`, [villageA]))[0].n).toBe(0);

    // The API answered throughout: no file held the event loop (a bomb read whole would, for tens of
    // seconds). A hang detector, not a speed target: a machine busy with other work may take a second.
    process.stdout.write(`import limits: /health answered ${answers} times, the slowest in ${Math.round(slowestMs)} ms\n`);
    expect(answers).toBeGreaterThan(5);
    expect(slowestMs).toBeLessThan(5000);
  }, 600_000);

  it('refuses an import that takes longer than IMPORT_MAX_SECONDS with IMPORT_TIMED_OUT', async () => {
    const { county, villageA } = await seedTree(t);
    const code = await regionCode(t, villageA);
    // The app's limit is read from its configuration: this test gives the job a fifth of a second.
    const limits = t.config.importLimits;
    const saved = { ...limits };
    Object.assign(limits, { maxMs: 200, maxRows: 1_000_000 });
    try {
      const res = await upload(t, county.token, await householdWorkbook(code, 90_000), 'slow.xlsx');
      expect(res.status).toBe(202);
      expect(await finished(t, county.token, (res.body as ImportBody).id, 120_000)).toMatchObject({
        status: 'failed',
        failureReason: 'IMPORT_TIMED_OUT',
        failureDetails: { maxSeconds: 0.2 },
      });
    } finally {
      Object.assign(limits, saved);
    }
    expect((await t.http().get(`${API}/households?villageId=${villageA}`).set('Authorization', `Bearer ${county.token}`)).body.total).toBe(
      0,
    );
  });
});
