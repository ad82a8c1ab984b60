import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { addDays, dayIn } from '../../common/calendar/calendar.js';
import { ExpiringRepository, type ExpiringRow } from './expiring.repository.js';
import { addMonths, monthsFrom } from './months.js';
import { cellPages, fileName, type Cell, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { ExpiringReportQuery } from './reports.dto.js';
import type { ExpiringMonthView, ExpiringReportView } from './report-views.js';

const HEADER = ['村编码', '村（社区）', '到期月份', '到期积分', '金额（分）', '涉及户数'];

/** Points of open lots by the month they expire, per village, for the months ahead (report 4). */
@Injectable()
export class ExpiringService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: ExpiringRepository,
  ) {}

  private async prepare(actor: UserActor, q: ExpiringReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const program = await this.scope.householdProgram(actor, q.programId);
    const first = dayIn(program.timezone).slice(0, 7);
    const months = monthsFrom(first, q.months);
    const until = `${addMonths(first, q.months)}-01`;
    // Expiry never comes before the deed; N months after it at most 3 days earlier than the calendar month (month ends clamp).
    const lastDeedDay =
      program.expiryPolicy === 'rolling' ? addDays(`${addMonths(until.slice(0, 7), -program.expiryMonths!)}-${until.slice(8)}`, 3) : until;
    return { region, program, months, statement: this.repo.months(region.path, program, `${first}-01`, until, lastDeedDay) };
  }

  async json(actor: UserActor, q: ExpiringReportQuery): Promise<ExpiringReportView> {
    const { region, program, months, statement } = await this.prepare(actor, q);
    const rows = await this.reader.all(statement);
    const totals = new Map<string, ExpiringMonthView>(months.map((month) => [month, { month, points: 0, valueFen: 0 }]));
    for (const r of rows) {
      const t = totals.get(r.month)!;
      t.points += r.points;
      t.valueFen += r.valueFen;
    }
    const list = [...totals.values()];
    return {
      programId: program.id,
      regionId: region.id,
      regionName: region.name,
      months,
      rows,
      totals: list,
      totalPoints: list.reduce((s, t) => s + t.points, 0),
      totalValueFen: list.reduce((s, t) => s + t.valueFen, 0),
    };
  }

  async table(actor: UserActor, q: ExpiringReportQuery): Promise<ReportTable> {
    const { region, program, months, statement } = await this.prepare(actor, q);
    const totals = new Map<string, { points: number; valueFen: number }>(months.map((m) => [m, { points: 0, valueFen: 0 }]));
    const cells = (r: ExpiringRow): Cell[] => {
      const t = totals.get(r.month)!;
      t.points += r.points;
      t.valueFen += r.valueFen;
      return [r.villageCode, r.villageName, r.month, r.points, r.valueFen, r.households];
    };
    const footer = (): Cell[][] => [...totals].map(([month, t]) => ['合计', region.name, month, t.points, t.valueFen, null]);
    return {
      name: fileName('expiring', region.id, `program${program.id}`, months[0], `${q.months}m`),
      sheet: '积分到期',
      header: HEADER,
      pages: cellPages(this.reader.pages(statement), cells, footer),
    };
  }
}
