import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AlarmKind } from './security-alarm.entity.js';

/** The counties' security alarms: raised at most once per county, kind and hour. */
@Injectable()
export class SecurityAlarmsRepository {
  constructor(private readonly db: DataSource) {}

  /** Records an alarm unless the county has one of this kind from the hour before `at`; its id, or null. */
  async raise(countyId: number, kind: AlarmKind, at: Date, details: Record<string, unknown>): Promise<number | null> {
    const rows = (await this.db.query(
      `INSERT INTO security_alarms (county_id, kind, raised_at, details)
       SELECT $1::int, $2::varchar, $3::timestamptz, $4::jsonb
        WHERE NOT EXISTS (SELECT 1 FROM security_alarms WHERE county_id = $1::int AND kind = $2::varchar AND raised_at > $3::timestamptz - interval '1 hour')
       RETURNING id`,
      [countyId, kind, at, JSON.stringify(details)],
    )) as { id: number }[];
    return rows[0]?.id ?? null;
  }
}
