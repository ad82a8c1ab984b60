import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor.js';
import { invalidField } from '../common/errors/domain-error.js';
import { toCsv } from '../common/http/csv.js';
import type { Table } from '../common/http/table-export.js';
import { dayIn, isIsoDate } from '../common/calendar/calendar.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { ItemsRepository } from './items.repository.js';
import { RedemptionsRepository } from './redemptions/redemptions.repository.js';
import { ReportsRepository, type DayReport, type MonthReport } from './reports.repository.js';
import { StoresService } from './stores.service.js';

export interface StockLine {
  sku: string;
  name: string;
  pointsPrice: number;
  stock: number | null;
  lowStockAt: number;
  low: boolean;
  active: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Fen as yuan with two decimals, in whole numbers only: 123456 → 1234.56, −5 → -0.05. */
export function yuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${(abs - (abs % 100)) / 100}.${String(abs % 100).padStart(2, '0')}`;
}

/** An instant as people in the timezone read it: 2026-12-01 13:04. */
function stamp(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly stores: StoresService,
    private readonly programs: ProgramsRepository,
    private readonly items: ItemsRepository,
    private readonly reports: ReportsRepository,
    private readonly redemptions: RedemptionsRepository,
  ) {}

  /** The store (in the actor's reach), its program's timezone and point value. */
  private async storeClock(actor: Actor, storeId: number) {
    const store = await this.stores.get(actor, storeId);
    const program = store.programId !== null ? await this.programs.findProgram(store.programId) : null;
    return { store, timezone: program?.timezone ?? 'Asia/Shanghai', pointValueFen: program?.pointValueFen ?? 0 };
  }

  async day(actor: Actor, storeId: number, date: string | undefined): Promise<DayReport> {
    const { timezone, pointValueFen } = await this.storeClock(actor, storeId);
    const day = date ?? dayIn(timezone);
    if (!isIsoDate(day)) throw invalidField('date', 'date must look like 2026-11-22', 'isIsoDate');
    return this.reports.day(storeId, day, timezone, pointValueFen);
  }

  dayTable(r: DayReport): Table {
    const fen = (points: number) => points * r.pointValueFen;
    return {
      sheet: '超市日报',
      header: ['日期', '商品编码', '商品', '兑换数量', '退回数量', '积分', '金额（分）'],
      rows: [
        ...r.items.map((i) => [r.date, i.sku, i.name, i.quantity, i.refundedQuantity, i.points, fen(i.points)]),
        [r.date, '合计', `兑换${r.redemptions}笔`, null, null, r.redeemedPoints, fen(r.redeemedPoints)],
        [r.date, '退货', `退货${r.refunds}笔`, null, null, -r.refundedPoints, -fen(r.refundedPoints)],
        [r.date, '净额', null, null, null, r.netPoints, r.valueFen],
      ],
    };
  }

  dayCsv(r: DayReport): string {
    const table = this.dayTable(r);
    return toCsv(table.header, table.rows);
  }

  /** A store's month (YYYY-MM; default this month in the program timezone), day by day. */
  async month(actor: Actor, storeId: number, month: string | undefined): Promise<MonthReport> {
    const { timezone, pointValueFen } = await this.storeClock(actor, storeId);
    const key = month ?? dayIn(timezone).slice(0, 7);
    if (!MONTH.test(key)) throw invalidField('month', 'month must look like 2026-11', 'isMonth');
    return this.reports.month(storeId, key, timezone, pointValueFen);
  }

  monthTable(r: MonthReport): Table {
    const t = r.totals;
    return {
      sheet: '超市月报',
      header: ['日期', '兑换笔数', '兑换积分', '退货笔数', '退货积分', '净积分', '金额（分）', '金额（元）'],
      rows: [
        ...r.days.map((d) => [
          d.date,
          d.redemptions,
          d.redeemedPoints,
          d.refunds,
          d.refundedPoints,
          d.netPoints,
          d.valueFen,
          yuanText(d.valueFen),
        ]),
        [`${r.month} 合计`, t.redemptions, t.redeemedPoints, t.refunds, t.refundedPoints, t.netPoints, t.valueFen, yuanText(t.valueFen)],
      ],
    };
  }

  /** Every settlement of a store, newest first, as a table for the finance office. */
  async settlementsTable(actor: Actor, storeId: number): Promise<Table> {
    const { timezone } = await this.storeClock(actor, storeId);
    const { items } = await this.redemptions.settlements(storeId, { offset: 0 });
    return {
      sheet: '结算单',
      header: ['结算单号', '结算时间', '结算截至', '兑换笔数', '退货笔数', '结算积分', '每分金额（分）', '金额（分）', '金额（元）'],
      rows: items.map((s) => [
        s.id,
        stamp(s.createdAt, timezone),
        stamp(s.upTo, timezone),
        s.redemptionCount,
        s.refundCount,
        s.points,
        s.pointValueFen,
        s.valueFen,
        yuanText(s.valueFen),
      ]),
    };
  }

  async stock(actor: Actor, storeId: number): Promise<StockLine[]> {
    await this.stores.get(actor, storeId);
    return (await this.items.list(storeId)).map((i) => ({
      sku: i.sku,
      name: i.name,
      pointsPrice: i.pointsPrice,
      stock: i.tracksStock ? i.stock : null,
      lowStockAt: i.lowStockAt,
      low: i.tracksStock && i.stock <= i.lowStockAt,
      active: i.active,
    }));
  }

  stockCsv(lines: StockLine[]): string {
    return toCsv(
      ['商品编码', '商品', '积分价', '库存', '预警线', '库存不足', '在售'],
      lines.map((l) => [l.sku, l.name, l.pointsPrice, l.stock ?? '', l.lowStockAt, l.low ? '是' : '否', l.active ? '是' : '否']),
    );
  }
}
