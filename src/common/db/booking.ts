/**
 * More rows a booking statement writes for the transactions it inserts: CTEs (`name AS (…)`, CTE
 * names prefixed by the part's own) that find each transaction's id in the CTE `numbered`
 * (columns id, tx: the index in the booking's transactions), with parameters numbered from
 * $first; with `check`, a boolean SQL expression over its CTEs that must hold, or the booking
 * throws `error`. Lets another repository's SQL ride in the booking's round trip.
 */
export type BookingPart = (
  numbered: string,
  first: number,
) => {
  sql: string;
  params: unknown[];
  /** `error`: the message of the Error thrown, or the error itself (a refusal the caller explains). */
  check?: { sql: string; error: string | (() => Error) };
  /** A value the statement answers (an SQL expression over the part's CTEs), handed to `take`. */
  output?: { sql: string; take: (value: unknown) => void };
};

/**
 * The memo of a booking's transactions made by the statement itself, in a CTE named `memo` (one
 * row, column `memo`) written before the transactions, with parameters numbered from $first: a
 * number taken under a lock, say, held then only until the booking's commit. Parts may read it.
 */
export type BookingMemo = (first: number) => { sql: string; params: unknown[] };
