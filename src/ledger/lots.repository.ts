import { Injectable } from '@nestjs/common';
import { prepared } from '../common/db/hot-query.js';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths } from '../common/calendar/calendar.js';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import type { Program } from '../programs/program.entity.js';
import type { BookingPart } from './ledger.repository.js';

export interface NewLot {
  accountId: string;
  holderId: number;
  regionId: number;
  transactionId: string;
  points: number;
  occurredOn: string;
}

/** A new lot of a transaction a booking statement inserts, named by its index there. */
export type NewLotOfBooking = Omit<NewLot, 'transactionId'> & { tx: number };

/** A take of a transaction a booking statement inserts, named by its index there. */
export interface TakeOfBooking {
  accountId: string;
  amount: number;
  tx: number;
}

export interface Take {
  accountId: string;
  /** Points to take from the account's open lots. */
  amount: number;
  transactionId: string;
  /** Take from this transaction's own lot first (the reversal of an award). */
  preferLotsOf?: string | null;
}

export type ExpiryRule = Pick<Program, 'expiryPolicy' | 'expiryMonths' | 'expiryDate'>;

/** The expiry day of lots of deed day `o`, the program's policy in parameters $p..$p+2 (policy, months, MM-DD). */
export function expiresOnSql(o: string, p: number): string {
  return `lot_expires_on(${o}, $${p}::varchar, $${p + 1}::int, $${p + 2}::varchar)`;
}

export function expiryParams(program: ExpiryRule): [string, number | null, string | null] {
  return [program.expiryPolicy, program.expiryMonths, program.expiryDate];
}

/**
 * The last deed day that can be due on `day` (null: nothing expires): a bound on the indexed deed
 * day, the exact test being lot_expires_on. Rolling: N months before, plus the days month ends
 * can clamp; yearly: the day before the latest clearing day on or before `day`.
 */
export function lastDueDeedDay(program: ExpiryRule, day: string): string | null {
  if (program.expiryPolicy === 'rolling') return addDays(addMonths(day, -program.expiryMonths!), 3);
  if (program.expiryPolicy === 'yearly') {
    const thisYear = `${day.slice(0, 4)}-${program.expiryDate!}`;
    const clearing = thisYear <= day ? thisYear : `${Number(day.slice(0, 4)) - 1}-${program.expiryDate!}`;
    return addDays(clearing, -1);
  }
  return null;
}

/**
 * Earning lots (DESIGN §2): the only SQL on lots and lot moves, called by the ledger engine
 * inside its transaction, on holder accounts it has locked.
 */
@Injectable()
export class LotsRepository {
  /** New lots (their expiry follows from the deed day by the program's policy). */
  async add(m: EntityManager, program: Pick<Program, 'id'>, lots: NewLot[]): Promise<void> {
    if (lots.length === 0) return;
    await m.query(
      prepared(`INSERT INTO lots (program_id, account_id, holder_id, region_id, transaction_id, points, remaining, occurred_on)
       SELECT $1, u.a, u.h, u.r, u.t, u.p, u.p, u.o FROM unnest($2::bigint[], $3::int[], $4::int[], $5::bigint[], $6::bigint[], $7::date[]) AS u(a, h, r, t, p, o)`),
      [
        program.id,
        lots.map((l) => l.accountId),
        lots.map((l) => l.holderId),
        lots.map((l) => l.regionId),
        lots.map((l) => l.transactionId),
        lots.map((l) => l.points),
        lots.map((l) => l.occurredOn),
      ],
    );
  }

  /** `add` for lots of the transactions a booking statement inserts, written by that statement (one round trip). */
  addInBooking(program: Pick<Program, 'id'>, lots: NewLotOfBooking[]): BookingPart {
    return (numbered, first) => {
      const $ = (i: number) => `$${first + i}`;
      return {
        sql: `lot_added AS (INSERT INTO lots (program_id, account_id, holder_id, region_id, transaction_id, points, remaining, occurred_on)
               SELECT ${$(0)}::int, u.a, u.h, u.r, ${numbered}.id, u.p, u.p, u.o
                 FROM unnest(${$(1)}::int[], ${$(2)}::bigint[], ${$(3)}::int[], ${$(4)}::int[], ${$(5)}::bigint[], ${$(6)}::date[]) AS u(tx, a, h, r, p, o)
                 JOIN ${numbered} ON ${numbered}.tx = u.tx)`,
        params: [
          program.id,
          lots.map((l) => l.tx),
          lots.map((l) => l.accountId),
          lots.map((l) => l.holderId),
          lots.map((l) => l.regionId),
          lots.map((l) => l.points),
          lots.map((l) => l.occurredOn),
        ],
      };
    };
  }

  /**
   * \`take\` for falls of the transactions a booking statement inserts (no preferred lots), written
   * by that statement; the booking fails unless every take is whole (lots out of step with balances).
   */
  takeInBooking(takes: TakeOfBooking[]): BookingPart {
    const wanted = takes.filter((t) => t.amount > 0);
    const total = wanted.reduce((sum, t) => sum + t.amount, 0);
    return (numbered, first) => {
      const $ = (i: number) => `$${first + i}`;
      return {
        sql: `lot_want AS (
           SELECT w.account_id, w.amount, ${numbered}.id AS tx
             FROM unnest(${$(0)}::bigint[], ${$(1)}::bigint[], ${$(2)}::int[]) AS w(account_id, amount, i) JOIN ${numbered} ON ${numbered}.tx = w.i
         ), lot_ranked AS (
           SELECT l.id, l.account_id, l.remaining, w.amount, w.tx,
                  SUM(l.remaining) OVER (PARTITION BY l.account_id ORDER BY l.occurred_on, l.id) AS upto
             FROM lots l JOIN lot_want w ON w.account_id = l.account_id
            WHERE l.remaining > 0
         ), lot_picked AS (
           SELECT id, tx, LEAST(remaining, amount - (upto - remaining)) AS take FROM lot_ranked WHERE upto - remaining < amount
         ), lot_taken AS (
           UPDATE lots l SET remaining = l.remaining - p.take FROM lot_picked p WHERE l.id = p.id RETURNING l.id, p.tx, p.take
         ), lot_moved AS (
           INSERT INTO lot_moves (lot_id, transaction_id, amount) SELECT id, tx, -take FROM lot_taken
         )`,
        params: [wanted.map((t) => t.accountId), wanted.map((t) => t.amount), wanted.map((t) => t.tx), total],
        check: { sql: `(SELECT COALESCE(sum(take), 0) FROM lot_taken) = ${$(3)}::bigint`, error: 'lots out of step with balances' },
      };
    };
  }

  /**
   * Takes points from open lots, soonest expiry first (the oldest deed first: expiry follows the
   * deed day), one statement for many accounts; records a move per lot. Returns what was taken per account.
   */
  async take(m: EntityManager, takes: Take[]): Promise<Map<string, number>> {
    const wanted = takes.filter((t) => t.amount > 0);
    if (wanted.length === 0) return new Map();
    const rows = (await m.query(
      prepared(`WITH want AS (
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[]) AS w(account_id, amount, tx, prefer)
       ), ranked AS (
         SELECT l.id, l.account_id, l.remaining, w.amount, w.tx,
                SUM(l.remaining) OVER (PARTITION BY l.account_id
                                       ORDER BY COALESCE(l.transaction_id = w.prefer, false) DESC, l.occurred_on, l.id) AS upto
           FROM lots l JOIN want w ON w.account_id = l.account_id
          WHERE l.remaining > 0
       ), picked AS (
         SELECT id, account_id, tx, LEAST(remaining, amount - (upto - remaining)) AS take FROM ranked WHERE upto - remaining < amount
       ), taken AS (
         UPDATE lots l SET remaining = l.remaining - p.take FROM picked p WHERE l.id = p.id RETURNING l.id, p.account_id, p.tx, p.take
       ), moved AS (
         INSERT INTO lot_moves (lot_id, transaction_id, amount) SELECT id, tx, -take FROM taken
       )
       SELECT account_id AS "accountId", SUM(take) AS taken FROM taken GROUP BY account_id`),
      [
        wanted.map((t) => t.accountId),
        wanted.map((t) => t.amount),
        wanted.map((t) => t.transactionId),
        wanted.map((t) => t.preferLotsOf ?? null),
      ],
    )) as { accountId: string; taken: string }[];
    return new Map(rows.map((r) => [r.accountId, toSafeInteger(r.taken)]));
  }

  /**
   * Gives points back to the lots `original` took from, net of what earlier give-backs returned,
   * latest expiry first (the holder keeps the longest-lived points). Returns the points given back.
   */
  async giveBack(m: EntityManager, accountId: string, amount: number, transactionId: string, original: string): Promise<number> {
    if (amount <= 0) return 0;
    const [row] = (await m.query(
      `WITH moves AS (
         SELECT lot_id, amount FROM lot_moves WHERE transaction_id = $3
         UNION ALL
         SELECT lot_id, amount FROM lot_moves WHERE returns_id = $3
       ), owed AS (
         SELECT l.id, -SUM(mv.amount) AS owed,
                SUM(-SUM(mv.amount)) OVER (ORDER BY l.occurred_on DESC, l.id DESC) AS upto
           FROM moves mv JOIN lots l ON l.id = mv.lot_id
          WHERE l.account_id = $1
          GROUP BY l.id HAVING SUM(mv.amount) < 0
       ), given AS (
         UPDATE lots l SET remaining = l.remaining + x.give
           FROM (SELECT id, LEAST(owed, $2 - (upto - owed)) AS give FROM owed WHERE upto - owed < $2) x
          WHERE l.id = x.id RETURNING l.id, x.give
       ), moved AS (
         INSERT INTO lot_moves (lot_id, transaction_id, amount, returns_id) SELECT id, $4, give, $3 FROM given
       )
       SELECT COALESCE(SUM(give), 0) AS given FROM given`,
      [accountId, amount, original, transactionId],
    )) as { given: string }[];
    return toSafeInteger(row.given);
  }

  /** Up to `limit` accounts of the program holding lots due on `day`. */
  async dueAccounts(m: EntityManager, program: Program, day: string, limit: number): Promise<string[]> {
    const bound = lastDueDeedDay(program, day);
    if (bound === null) return [];
    const rows = (await m.query(
      `SELECT DISTINCT account_id AS "accountId" FROM (
         SELECT account_id FROM lots
          WHERE program_id = $1 AND remaining > 0 AND occurred_on <= $2 AND ${expiresOnSql('occurred_on', 5)} <= $3
          LIMIT $4 * 20
       ) due LIMIT $4`,
      [program.id, bound, day, limit, ...expiryParams(program)],
    )) as { accountId: string }[];
    return rows.map((r) => r.accountId);
  }

  /** What is left of the due lots of each (locked) account. */
  async dueTotals(m: EntityManager, program: Program, accountIds: string[], day: string): Promise<Map<string, number>> {
    const rows = (await m.query(
      `SELECT account_id AS "accountId", SUM(remaining) AS due FROM lots
        WHERE account_id = ANY($1::bigint[]) AND remaining > 0 AND ${expiresOnSql('occurred_on', 3)} <= $2 GROUP BY account_id`,
      [accountIds, day, ...expiryParams(program)],
    )) as { accountId: string; due: string }[];
    return new Map(rows.map((r) => [r.accountId, toSafeInteger(r.due)]));
  }

  /** Empties the due lots of the accounts, each move booked to its account's expiry transaction. */
  async clearDue(m: EntityManager, program: Program, accounts: { accountId: string; transactionId: string }[], day: string): Promise<void> {
    if (accounts.length === 0) return;
    await m.query(
      `WITH due AS (
         SELECT l.id, u.tx, l.remaining FROM lots l JOIN unnest($1::bigint[], $2::bigint[]) AS u(a, tx) ON l.account_id = u.a
          WHERE l.remaining > 0 AND ${expiresOnSql('l.occurred_on', 4)} <= $3
       ), cleared AS (
         UPDATE lots l SET remaining = 0 FROM due WHERE l.id = due.id
       )
       INSERT INTO lot_moves (lot_id, transaction_id, amount) SELECT id, tx, -remaining FROM due`,
      [accounts.map((a) => a.accountId), accounts.map((a) => a.transactionId), day, ...expiryParams(program)],
    );
  }

  /**
   * The soonest expiry of the account's open lots from `today` up to `until`: the day and the points
   * expiring then. Lots already due that the hourly job has not cleared yet count as expiring today.
   */
  async nextExpiry(
    m: EntityManager,
    program: Program,
    accountId: string,
    today: string,
    until: string,
  ): Promise<{ on: string; points: number } | null> {
    if (program.expiryPolicy === 'none') return null;
    const [row] = (await m.query(
      `SELECT to_char(e.on, 'YYYY-MM-DD') AS on, SUM(e.remaining) AS points
         FROM (SELECT GREATEST(${expiresOnSql('occurred_on', 4)}, $2::date) AS on, remaining FROM lots WHERE account_id = $1 AND remaining > 0) e
        WHERE e.on <= $3 GROUP BY e.on ORDER BY e.on LIMIT 1`,
      [accountId, today, until, ...expiryParams(program)],
    )) as { on: string; points: string }[];
    return row ? { on: row.on, points: toSafeInteger(row.points) } : null;
  }
}
