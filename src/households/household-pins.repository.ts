import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResidentActor } from '../common/auth/actor.js';
import { countAttemptSet, PIN_ALARM_WINDOW } from './pin-lockout.js';

/** A card's log-in record: the household it opens, its PIN hash and version. */
export interface CardLogin extends Omit<ResidentActor, 'kind'> {
  householdNo: string;
  headName: string;
  villageName: string;
  pinHash: string | null;
  version: number;
}

/** An attempt counted against a PIN: the wrong PINs so far (this one included) and the lock it earned, if any. */
export interface CountedAttempt {
  attempts: number;
  lockedUntil: Date | null;
}

@Injectable()
export class HouseholdPinsRepository {
  constructor(private readonly db: DataSource) {}

  /** Sets (or resets) the PIN of a household; returns the new version and when. */
  async set(householdId: number, pinHash: string, setBy: number): Promise<{ version: number; setAt: Date }> {
    const [row] = (await this.db.query(
      `INSERT INTO household_pins (household_id, pin_hash, version, set_by, set_at) VALUES ($1, $2, 1, $3, now())
       ON CONFLICT (household_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, version = household_pins.version + 1, set_by = EXCLUDED.set_by, set_at = now(),
         failed_attempts = 0, locked_until = NULL, day_started_at = NULL, day_failures = 0, last_failure_at = NULL
       RETURNING version, set_at AS "setAt"`,
      [householdId, pinHash, setBy],
    )) as { version: number; setAt: Date }[];
    return row;
  }

  /**
   * Counts an attempt against the household's PIN unless the card is locked at `now`: the count
   * and the lock come from one statement, so concurrent guesses cannot pass a lock. Null when the
   * card is locked (or has no PIN).
   */
  async countAttempt(householdId: number, now: Date): Promise<CountedAttempt | null> {
    const rows = (await this.db.query(
      `UPDATE household_pins SET ${countAttemptSet()}
        WHERE household_id = $1 AND (locked_until IS NULL OR locked_until <= $2)
        RETURNING failed_attempts AS attempts, locked_until AS "lockedUntil"`,
      [householdId, now],
    )) as [CountedAttempt[], number];
    return rows[0][0] ?? null;
  }

  /** The right PIN: its counted attempt is given back, and a lock it earned lifted. */
  async attemptSucceeded(householdId: number): Promise<void> {
    await this.db.query(
      `UPDATE household_pins SET failed_attempts = greatest(failed_attempts - 1, 0), day_failures = greatest(day_failures - 1, 0), locked_until = NULL WHERE household_id = $1`,
      [householdId],
    );
  }

  /** A wrong PIN: marks the card for the county's count of cards guessed at. */
  async attemptFailed(householdId: number, now: Date): Promise<void> {
    await this.db.query(`UPDATE household_pins SET last_failure_at = $2 WHERE household_id = $1`, [householdId, now]);
  }

  /** Until when the card is locked (null when it is not, or has no PIN). */
  async lockedUntil(householdId: number, now: Date): Promise<Date | null> {
    const [row] = (await this.db.query(
      `SELECT locked_until AS "lockedUntil" FROM household_pins WHERE household_id = $1 AND locked_until > $2`,
      [householdId, now],
    )) as {
      lockedUntil: Date;
    }[];
    return row?.lockedUntil ?? null;
  }

  /** Cards of the county (by its path) with a wrong PIN in the alarm window before `now`. */
  async cardsGuessedAt(countyPath: string, now: Date): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS n FROM household_pins p JOIN households h ON h.id = p.household_id JOIN regions v ON v.id = h.village_id
        WHERE p.last_failure_at > $2::timestamptz - interval '${PIN_ALARM_WINDOW}' AND p.last_failure_at <= $2 AND v.path LIKE $1 || '%'`,
      [countyPath, now],
    )) as { n: number }[];
    return row.n;
  }

  /** The household a card code opens, with its PIN (null when none was ever set). */
  async byCard(cardCode: string): Promise<CardLogin | null> {
    return this.one(`h.card_code = $1`, cardCode);
  }

  /** The same by household id: what a resident token is checked against on every request. */
  async byHousehold(householdId: number): Promise<CardLogin | null> {
    return this.one(`h.id = $1`, householdId);
  }

  private async one(where: string, value: string | number): Promise<CardLogin | null> {
    const rows = (await this.db.query(
      `SELECT h.id AS "householdId", h.card_code AS "cardCode", h.household_no AS "householdNo", h.head_name AS "headName",
              h.village_id AS "villageId", r.name AS "villageName", r.path AS "regionPath", p.pin_hash AS "pinHash", COALESCE(p.version, 0) AS version
         FROM households h JOIN regions r ON r.id = h.village_id LEFT JOIN household_pins p ON p.household_id = h.id
        WHERE ${where}`,
      [value],
    )) as CardLogin[];
    return rows[0] ?? null;
  }
}
