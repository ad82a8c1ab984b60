/**
 * How resident PINs resist guessing (docs/ledger.md states the odds that follow from it):
 *
 * - every wrong PIN counts against the PIN itself, until a clerk resets it (a right PIN does not
 *   wipe the count: the attacker's guesses add up whatever the household does);
 * - each PIN_TRIES_PER_LOCK wrong PINs lock the card, for longer each time: PIN_LOCKS, then until
 *   a clerk resets the PIN, so a PIN takes at most PIN_MAX_WRONG wrong guesses in its life;
 * - at most PIN_DAILY_CAP wrong PINs in 24 hours, then the card waits out those 24 hours;
 * - wrong PINs on PIN_ALARM_CARDS cards or more of one county within an hour raise an alarm.
 *
 * An attempt is counted before its PIN is checked, in the same statement that checks the lock, so
 * concurrent guesses cannot slip past a lock; a right PIN gives its attempt back.
 */
export const PIN_TRIES_PER_LOCK = 5;
export const PIN_LOCKS = ['1 minute', '5 minutes', '1 hour', '1 day'] as const;
export const PIN_MAX_WRONG = PIN_TRIES_PER_LOCK * (PIN_LOCKS.length + 1);
export const PIN_DAILY_CAP = 10;
export const PIN_ALARM_CARDS = 20;
export const PIN_ALARM_WINDOW = '1 hour';
/** New PINs: eight digits, 10^8 of them (PINs of six digits made before still open their cards). */
export const PIN_DIGITS = 8;

/**
 * The SET clause that counts one attempt at `$2` (the time): the attempt count, the 24-hour
 * window, and the lock this attempt earns (the longer of the step's lock and the daily cap's).
 */
export function countAttemptSet(): string {
  const fresh = `(day_started_at IS NULL OR day_started_at <= $2::timestamptz - interval '1 day')`;
  const step = `CASE (failed_attempts + 1) / ${PIN_TRIES_PER_LOCK} ${PIN_LOCKS.map((d, i) => `WHEN ${i + 1} THEN $2::timestamptz + interval '${d}'`).join(' ')} ELSE 'infinity'::timestamptz END`;
  return `failed_attempts = failed_attempts + 1,
          day_started_at = CASE WHEN ${fresh} THEN $2::timestamptz ELSE day_started_at END,
          day_failures = CASE WHEN ${fresh} THEN 1 ELSE day_failures + 1 END,
          locked_until = GREATEST(
            CASE WHEN (failed_attempts + 1) % ${PIN_TRIES_PER_LOCK} = 0 THEN ${step} END,
            CASE WHEN NOT ${fresh} AND day_failures + 1 >= ${PIN_DAILY_CAP} THEN day_started_at + interval '1 day' END
          )`;
}
