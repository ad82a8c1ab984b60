import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import type { PeriodKind } from '../../common/calendar/calendar.js';

export interface ReportRegion {
  id: number;
  code: string;
  name: string;
  level: string;
  path: string;
}

export interface ReportProgram {
  id: number;
  name: string;
  countyId: number;
  holderType: string;
  basePoints: number;
  pointValueFen: number;
  timezone: string;
  periodKind: PeriodKind;
  /** When earned points expire: never, `expiryMonths` after the deed, or each year on `expiryDate` (MM-DD) keeping up to `expiryCarryOver`. */
  expiryPolicy: 'none' | 'rolling' | 'yearly';
  expiryMonths: number | null;
  expiryDate: string | null;
  expiryCarryOver: number;
}

export interface ReportHousehold {
  id: number;
  householdNo: string;
  headName: string;
  villageId: number;
  villageName: string;
  villagePath: string;
}

/** The look-ups every report starts with: the region, program or household it names. */
@Injectable()
export class ScopeRepository {
  constructor(private readonly db: DataSource) {}

  async region(id: number): Promise<ReportRegion | null> {
    const rows = (await this.db.query(`SELECT id, code, name, level, path FROM regions WHERE id = $1`, [id])) as ReportRegion[];
    return rows[0] ?? null;
  }

  async program(id: number): Promise<ReportProgram | null> {
    const rows = (await this.db.query(
      `SELECT id, name, county_id AS "countyId", holder_type AS "holderType", base_points AS "basePoints", point_value_fen AS "pointValueFen",
              timezone, period_kind AS "periodKind", expiry_policy AS "expiryPolicy", expiry_months AS "expiryMonths", expiry_date AS "expiryDate",
              expiry_carry_over AS "expiryCarryOver"
         FROM programs WHERE id = $1`,
      [id],
    )) as (Omit<ReportProgram, 'basePoints' | 'pointValueFen' | 'expiryCarryOver'> & {
      basePoints: string;
      pointValueFen: string;
      expiryCarryOver: string;
    })[];
    const row = rows[0];
    return row
      ? {
          ...row,
          basePoints: toSafeInteger(row.basePoints),
          pointValueFen: toSafeInteger(row.pointValueFen),
          expiryCarryOver: toSafeInteger(row.expiryCarryOver),
        }
      : null;
  }

  async household(id: number): Promise<ReportHousehold | null> {
    const rows = (await this.db.query(
      `SELECT h.id, h.household_no AS "householdNo", h.head_name AS "headName", h.village_id AS "villageId", v.name AS "villageName", v.path AS "villagePath"
         FROM households h JOIN regions v ON v.id = h.village_id WHERE h.id = $1`,
      [id],
    )) as ReportHousehold[];
    return rows[0] ?? null;
  }
}
