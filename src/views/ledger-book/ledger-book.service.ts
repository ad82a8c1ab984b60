import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { dayIn } from '../../common/calendar/calendar.js';
import { TreeHeads, type TreeHeadView } from '../../transparency/tree-heads.service.js';
import { LedgerBookRepository, type LedgerBookLine } from './ledger-book.repository.js';
import { ReportReader, type ReportStatement } from '../reports/report-reader.js';
import { ReportScope } from '../reports/report-scope.js';
import type { LedgerBookQuery } from '../reports/reports.dto.js';
import type { LedgerBookCategoryView, LedgerBookHouseholdView, LedgerBookLineView, LedgerBookView } from '../reports/report-views.js';

/** Entries without a rule take their type's name as category and item. */
const TYPE_NAMES: Record<string, string> = {
  opening: '基础分',
  award: '加分',
  deduction: '扣分',
  reversal: '冲正',
  redemption: '爱心超市兑换',
  refund: '兑换退货',
  settlement: '结算',
  expiry: '积分过期',
};

export function lineView(l: LedgerBookLine): LedgerBookLineView {
  const typeName = TYPE_NAMES[l.type] ?? l.type;
  return {
    postingId: l.postingId,
    transactionId: l.transactionId,
    recordedOn: l.recordedOn,
    occurredOn: l.occurredOn,
    type: l.type,
    category: l.ruleCategory ?? typeName,
    ruleCode: l.ruleCode,
    item: l.ruleName === null ? typeName : l.type === 'reversal' ? `冲正：${l.ruleName}` : l.ruleName,
    memberName: l.memberName,
    memo: l.memo,
    points: l.points,
    balanceAfter: l.balanceAfter,
  };
}

/**
 * Totals of a household's year as its lines go by: per category (in order of first appearance),
 * added and taken, from the year's opening balance to its closing one. Every line must carry on
 * from the one before (opening + added + taken = closing on every page): a line that does not is
 * a fault of the ledger, and the book says so instead of printing numbers that do not add up.
 */
export class LedgerBookTotals {
  readonly categories = new Map<string, LedgerBookCategoryView>();
  added = 0;
  taken = 0;
  closing: number;

  constructor(readonly opening: number) {
    this.closing = opening;
  }

  add(line: LedgerBookLineView): void {
    if (line.balanceAfter !== this.closing + line.points) {
      throw new Error(
        `台账 does not add up at posting ${line.postingId}: ${this.closing} ${line.points >= 0 ? '+' : '−'} ${Math.abs(line.points)} ≠ ${line.balanceAfter}`,
      );
    }
    const c = this.categories.get(line.category) ?? { category: line.category, entries: 0, points: 0 };
    c.entries += 1;
    c.points += line.points;
    this.categories.set(line.category, c);
    if (line.points > 0) this.added += line.points;
    else this.taken += line.points;
    this.closing = line.balanceAfter;
  }
}

export interface LedgerBookSource {
  title: string;
  programName: string;
  countyId: number;
  /** The county log's latest signed head, printed at the foot of every page. */
  treeHead: TreeHeadView | null;
  year: string;
  household: LedgerBookHouseholdView;
  statement: ReportStatement<LedgerBookLine> | null;
  /** The balance the year opens with: where the year before closed. */
  openingBalance: number;
}

/** One household's year (台账, report 6): its statement with categories and totals. */
@Injectable()
export class LedgerBookService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: LedgerBookRepository,
    private readonly heads: TreeHeads,
  ) {}

  async source(actor: UserActor, q: LedgerBookQuery): Promise<LedgerBookSource> {
    const program = await this.scope.householdProgram(actor, q.programId);
    const h = await this.scope.household(actor, q.holderId);
    const year = q.year ?? dayIn(program.timezone).slice(0, 4);
    const account = await this.repo.account(program.id, h.id);
    return {
      title: `${h.villageName} ${h.householdNo}号 ${h.headName}户 积分台账（${year}年）`,
      programName: program.name,
      countyId: program.countyId,
      treeHead: await this.heads.latest(program.countyId),
      year,
      household: { id: h.id, householdNo: h.householdNo, headName: h.headName, villageId: h.villageId, villageName: h.villageName },
      statement: account ? this.repo.lines(account, year, program.timezone) : null,
      openingBalance: account ? await this.repo.balanceBefore(account, year, program.timezone) : 0,
    };
  }

  async json(actor: UserActor, q: LedgerBookQuery): Promise<LedgerBookView> {
    const s = await this.source(actor, q);
    const lines = s.statement ? (await this.reader.all(s.statement)).map(lineView) : [];
    const totals = new LedgerBookTotals(s.openingBalance);
    for (const line of lines) totals.add(line);
    return {
      programId: q.programId,
      programName: s.programName,
      year: s.year,
      household: s.household,
      openingBalance: totals.opening,
      closingBalance: totals.closing,
      lines,
      categories: [...totals.categories.values()],
      added: totals.added,
      taken: totals.taken,
      treeHead: s.treeHead,
    };
  }

  /** The lines page by page (none when the household has no account in the program). */
  async *pages(s: LedgerBookSource): AsyncGenerator<LedgerBookLineView[]> {
    if (!s.statement) return;
    for await (const page of this.reader.pages(s.statement)) yield page.map(lineView);
  }
}
