import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { dayIn } from '../../common/calendar/calendar.js';
import { invalidField } from '../../common/errors/domain-error.js';
import { addMonths, monthCount } from './months.js';
import { RedemptionsReportRepository, type StoreMonthRow } from './redemptions-report.repository.js';
import { addInto, cellPages, fileName, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { RedemptionsReportQuery } from './reports.dto.js';
import type { RedemptionTotalsView, RedemptionsReportView } from './report-views.js';

const MAX_MONTHS = 36;
const TOTAL_KEYS = [
  'redemptions',
  'redeemedPoints',
  'redeemedValueFen',
  'refunds',
  'refundedPoints',
  'refundedValueFen',
  'netPoints',
  'netValueFen',
] as const;
const HEADER = [
  '超市编码',
  '超市',
  '月份',
  '兑换笔数',
  '兑换积分',
  '兑换金额（分）',
  '退货笔数',
  '退货积分',
  '退货金额（分）',
  '净积分',
  '净金额（分）',
];

/** Redemptions by store and month (report 1). */
@Injectable()
export class RedemptionsReportService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: RedemptionsReportRepository,
  ) {}

  private async prepare(actor: UserActor, q: RedemptionsReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const to = q.to ?? dayIn('Asia/Shanghai').slice(0, 7);
    const from = q.from ?? addMonths(to, -11);
    const months = monthCount(from, to);
    if (months === 0) throw invalidField('from', 'from must not be after to', 'isBeforeTo');
    if (months > MAX_MONTHS) throw invalidField('from', `a report covers at most ${MAX_MONTHS} months`, 'maxMonths');
    return { region, from, to, statement: this.repo.storeMonths(region.path, `${from}-01`, `${addMonths(to, 1)}-01`) };
  }

  async json(actor: UserActor, q: RedemptionsReportQuery): Promise<RedemptionsReportView> {
    const { region, from, to, statement } = await this.prepare(actor, q);
    const rows = await this.reader.all(statement);
    const totals = zeroTotals();
    for (const row of rows) addInto(totals, row, TOTAL_KEYS);
    return { regionId: region.id, regionName: region.name, from, to, rows, totals };
  }

  async table(actor: UserActor, q: RedemptionsReportQuery): Promise<ReportTable> {
    const { region, from, to, statement } = await this.prepare(actor, q);
    const totals = zeroTotals();
    const cells = (r: StoreMonthRow) => {
      addInto(totals, r, TOTAL_KEYS);
      return [
        r.storeCode,
        r.storeName,
        r.month,
        r.redemptions,
        r.redeemedPoints,
        r.redeemedValueFen,
        r.refunds,
        r.refundedPoints,
        r.refundedValueFen,
        r.netPoints,
        r.netValueFen,
      ];
    };
    const footer = () => [['合计', '', `${from}至${to}`, ...TOTAL_KEYS.map((k) => totals[k])]];
    return {
      name: fileName('redemptions', region.id, from, to),
      sheet: '超市兑换月报',
      header: HEADER,
      pages: cellPages(this.reader.pages(statement), cells, footer),
    };
  }
}

function zeroTotals(): RedemptionTotalsView {
  return Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0])) as unknown as RedemptionTotalsView;
}
