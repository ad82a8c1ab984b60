import { parse } from 'csv-parse/sync';
import * as fc from 'fast-check';
import { Clock } from '../src/common/clock.js';
import { dayIn } from '../src/common/calendar/calendar.js';
import { createHousehold, createProgram, createRule, seedTree, type Client, type CountyTree } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * The 台账 adds up across year ends: each year's book holds what was booked in it (in the program's
 * timezone), in booking order, each line with its deed's day; it opens with the year before's
 * closing balance, and opening + added + taken = closing, in the JSON, the CSV and line by line.
 * The statement goes in the same order. The service's clock is moved across New Year, as a deed of
 * late December that is booked in January would be.
 */

const DAY = 86_400_000;
const TZ = 'Asia/Shanghai';

interface BookLine {
  postingId: string;
  recordedOn: string;
  occurredOn: string;
  type: string;
  points: number;
  balanceAfter: number;
}
interface Book {
  year: string;
  openingBalance: number;
  closingBalance: number;
  added: number;
  taken: number;
  lines: BookLine[];
}
interface StatementLine {
  postingId: string;
  recordedOn: string;
  occurredOn: string;
  type: string;
  points: number;
  balanceAfter: number;
}

describe('台账 across year ends', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let api: Client;
  let program: number;
  const rules: Record<'small' | 'big' | 'fine' | 'heavy', number> = { small: 0, big: 0, fine: 0, heavy: 0 };
  const clock = () => t.app.get(Clock);
  /** Today in the program's timezone, on the service's clock (moved forward by the tests). */
  const bookingDay = () => dayIn(TZ, clock().now());
  /** The real today: deeds may not be later than it. */
  const realToday = () => dayIn(TZ);
  const dayBefore = (days: number) => dayIn(TZ, new Date(Date.now() - days * DAY));

  beforeAll(async () => {
    tree = await seedTree(t);
    api = tree.county.api();
    program = (await createProgram(t, tree.county.token, tree.county.countyId, { basePoints: 100 })).id;
    rules.small = (await createRule(t, tree.county.token, program, { points: 5, effectiveFrom: '2024-01-01' })).id;
    rules.big = (await createRule(t, tree.county.token, program, { points: 12, effectiveFrom: '2024-01-01' })).id;
    rules.fine = (await createRule(t, tree.county.token, program, { points: -3, effectiveFrom: '2024-01-01' })).id;
    rules.heavy = (await createRule(t, tree.county.token, program, { points: -40, effectiveFrom: '2024-01-01' })).id;
  });

  async function entry(holder: number, rule: number, occurredOn: string): Promise<string> {
    const points = rule === rules.fine || rule === rules.heavy ? 'deductions' : 'awards';
    const res = await api.post(`/programs/${program}/${points}`, {
      ruleId: rule,
      holderIds: [holder],
      occurredOn,
      ...(points === 'deductions' ? { reason: '违反村规' } : {}),
    });
    if (res.status !== 201) throw new Error(`${points}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.results[0].transactionId as string;
  }

  const book = async (holder: number, year: string): Promise<Book> => {
    const res = await api.get(`/reports/ledger-book?programId=${program}&holderId=${holder}&year=${year}`);
    if (res.status !== 200) throw new Error(`ledger book ${year}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Book;
  };

  /** Every book from `first` to `last`: each adds up, and each opens where the one before closed. */
  async function checkBooks(holder: number, first: number, last: number, balance: number): Promise<Book[]> {
    const books: Book[] = [];
    let carried = 0;
    for (let y = first; y <= last; y++) {
      const b = await book(holder, String(y));
      expect({ year: y, opening: b.openingBalance }).toEqual({ year: y, opening: carried });
      let running = b.openingBalance;
      for (const l of b.lines) {
        expect({ posting: l.postingId, balanceAfter: l.balanceAfter }).toEqual({ posting: l.postingId, balanceAfter: running + l.points });
        expect(l.recordedOn.slice(0, 4)).toBe(String(y));
        running = l.balanceAfter;
      }
      expect(b.lines.map((l) => l.recordedOn)).toEqual([...b.lines.map((l) => l.recordedOn)].sort());
      expect(b.openingBalance + b.added + b.taken).toBe(b.closingBalance);
      expect(b.closingBalance).toBe(running);
      carried = b.closingBalance;
      books.push(b);
    }
    expect(carried).toBe(balance);
    return books;
  }

  it('books a December deed confirmed in January in January: the old year closes where the new one opens', async () => {
    const h = await createHousehold(t, tree.county.token, tree.villageA);
    // The account opens with a deed of last year, booked today: the base points come first.
    await entry(h.id, rules.small, dayBefore(380));
    await entry(h.id, rules.big, dayBefore(2));
    const thisYear = Number(bookingDay().slice(0, 4));
    // New Year on the service's clock; a late-December deed is booked in January.
    clock().advance(Date.parse(`${thisYear + 1}-01-02T02:00:00+08:00`) - clock().now().getTime());
    await entry(h.id, rules.fine, realToday());
    await entry(h.id, rules.small, dayBefore(1));
    const balance = (await api.get(`/programs/${program}/holders/${h.id}/balance`)).body.balance as number;
    expect(balance).toBe(100 + 5 + 12 - 3 + 5);

    const [old, next] = await checkBooks(h.id, thisYear - 1, thisYear + 1, balance).then((b) => b.slice(1));
    expect(old.lines.map((l) => [l.type, l.points, l.balanceAfter])).toEqual([
      ['opening', 100, 100],
      ['award', 5, 105],
      ['award', 12, 117],
    ]);
    // The year-old deed is shown with its own day, in the book of the year it was booked.
    expect(old.lines[1].occurredOn).toBe(dayBefore(380));
    expect({ opening: old.openingBalance, closing: old.closingBalance }).toEqual({ opening: 0, closing: 117 });
    expect({ opening: next.openingBalance, closing: next.closingBalance, added: next.added, taken: next.taken }).toEqual({
      opening: 117,
      closing: 119,
      added: 5,
      taken: -3,
    });
    expect(next.lines.every((l) => l.recordedOn === `${thisYear + 1}-01-02`)).toBe(true);

    // The CSV prints the same: the carried balance first, then the lines, then the check.
    const csv = await api.get(`/reports/ledger-book?programId=${program}&holderId=${h.id}&year=${thisYear + 1}&format=csv`);
    const rows = parse(csv.text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['记账日期', '发生日期', '类别', '项目', '成员', '积分', '余额', '备注']);
    expect(rows[1]).toEqual([`${thisYear + 1}-01-01`, '', '上年结转', '年初余额', '', '', '117', '']);
    expect(rows.at(-1)).toEqual(['年末余额', '', '', '117 + 5 − 3 = 119', '', '', '119', '']);

    // The statement goes by booking too, newest first; its oldest line is the opening, on the day the account opened.
    const statement = (await api.get(`/programs/${program}/holders/${h.id}/statement?limit=500`)).body.items as StatementLine[];
    expect(statement.map((l) => l.recordedOn)).toEqual([...statement.map((l) => l.recordedOn)].sort().reverse());
    expect(statement.at(-1)).toMatchObject({ type: 'opening', recordedOn: old.lines[0].recordedOn, occurredOn: old.lines[0].recordedOn });
  });

  it('adds up for random back-dated entries, reversals and New Years (property)', async () => {
    const action = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant('entry' as const),
          rule: fc.constantFrom('small', 'big', 'fine', 'heavy') as fc.Arbitrary<keyof typeof rules>,
          back: fc.nat({ max: 500 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('later' as const), days: fc.integer({ min: 1, max: 200 }) }) },
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 14 }), async (actions) => {
        runs++;
        const h = await createHousehold(t, tree.county.token, tree.villageA);
        const firstYear = Number(bookingDay().slice(0, 4));
        const made: string[] = [];
        for (const a of actions) {
          if (a.kind === 'later') clock().advance(a.days * DAY);
          else if (a.kind === 'entry') made.push(await entry(h.id, rules[a.rule], dayBefore(a.back)));
          else if (made.length > 0) {
            const [target] = made.splice(a.pick % made.length, 1);
            const res = await api.post(`/transactions/${target}/reversal`, { reason: '录入有误' });
            if (res.status !== 201) throw new Error(`reversal: ${res.status} ${JSON.stringify(res.body)}`);
          }
        }
        const balance = (await api.get(`/programs/${program}/holders/${h.id}/balance`)).body.balance as number;
        const lastYear = Number(bookingDay().slice(0, 4));
        const books = await checkBooks(h.id, firstYear - 1, lastYear + 1, balance);
        // Every posting of the account is in exactly one book.
        const statement = (await api.get(`/programs/${program}/holders/${h.id}/statement?limit=500`)).body.items as StatementLine[];
        expect(books.flatMap((b) => b.lines.map((l) => l.postingId))).toEqual(statement.map((l) => l.postingId).reverse());
      }),
      { numRuns: 12, seed: Number(process.env.FC_SEED ?? 20261205) },
    );
    expect(runs).toBe(12);
  }, 300_000);
});
