import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResidentActor } from '../common/auth/actor.js';

/** A card's log-in record: the household it opens, its PIN hash and version. */
export interface CardLogin extends Omit<ResidentActor, 'kind'> {
  householdNo: string;
  headName: string;
  villageName: string;
  pinHash: string | null;
  version: number;
}

@Injectable()
export class HouseholdPinsRepository {
  constructor(private readonly db: DataSource) {}

  /** Sets (or resets) the PIN of a household; returns the new version and when. */
  async set(householdId: number, pinHash: string, setBy: number): Promise<{ version: number; setAt: Date }> {
    const [row] = (await this.db.query(
      `INSERT INTO household_pins (household_id, pin_hash, version, set_by, set_at) VALUES ($1, $2, 1, $3, now())
       ON CONFLICT (household_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, version = household_pins.version + 1, set_by = EXCLUDED.set_by, set_at = now()
       RETURNING version, set_at AS "setAt"`,
      [householdId, pinHash, setBy],
    )) as { version: number; setAt: Date }[];
    return row;
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
