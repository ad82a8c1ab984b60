/**
 * The plans of the statements on the request paths (kiosk lookup, balance, statement, award), run
 * through the application's own repositories so the SQL is exactly what the service sends. Each
 * read is EXPLAIN ANALYZEd with buffers; each write inside the award's transaction is EXPLAINed
 * (not executed twice) and the transaction is rolled back. A path is fine when no table that
 * grows with households or postings is read by a sequential scan: its cost then depends on the
 * household's own history, not on the size of the ledger.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { HouseholdLookupsRepository } from '../src/households/household-lookups.repository.js';
import { HoldersRepository } from '../src/ledger/holders.repository.js';
import { LedgerRepository } from '../src/ledger/ledger.repository.js';
import { addDays, dayIn, periodKey } from '../src/common/calendar/calendar.js';
import { ChangeFeed } from '../src/common/db/change-feed.js';
import { RegionPaths } from '../src/regions/region-paths.js';
import { kioskStatement } from '../src/views/kiosk/kiosk.repository.js';
import { EXPIRY_NOTICE_DAYS } from '../src/views/ledger/balances.service.js';
import { StatementsRepository } from '../src/views/ledger/statements.repository.js';
import { ProgramsRepository } from '../src/programs/programs.repository.js';
import { UsersRepository } from '../src/users/users.repository.js';

/** Tables whose size grows with households, postings, villages or traffic: never to be scanned in full on a request. */
export const GROWING_TABLES = [
  'regions',
  'lots',
  'notices',
  'sanctions',
  'postings',
  'transactions',
  'accounts',
  'households',
  'household_members',
  'cap_usage',
  'item_limit_usage',
  'redemptions',
  'redemption_lines',
  'stock_movements',
  'idempotency_keys',
  'audit_log',
  'ranking_entries',
];

export interface PlannedStatement {
  path: string;
  statement: string;
  analyzed: boolean;
  /** Scan nodes as `Index Scan on postings`, in plan order. */
  scans: string[];
  seqScans: string[];
  /** Shared buffers hit plus read (analyzed statements only). */
  buffers: number | null;
  ms: number | null;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

/** A DataSource (or manager) whose queries are explained first, under the current path's name. */
function explaining<T extends DataSource | EntityManager>(
  target: T,
  record: (sql: string, params: unknown[] | undefined, analyze: boolean) => Promise<void>,
  analyze: boolean,
): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === 'query') {
        return async (sql: string, params?: unknown[]) => {
          await record(sql, params, analyze);
          return (await obj.query(sql, params)) as unknown;
        };
      }
      if (prop === 'manager') return explaining((obj as DataSource).manager, record, analyze);
      return Reflect.get(obj, prop, receiver) as unknown;
    },
  });
}

export interface PlanInput {
  programId: number;
  ruleId: number;
  storeId: number;
  countyPath: string;
  timezone: string;
  periodKind: 'month' | 'quarter';
  /** Households to look at: e.g. a typical one and the one with the most postings. */
  households: { label: string; id: number; cardCode: string }[];
}

export async function planRequestPaths(ds: DataSource, input: PlanInput): Promise<PlannedStatement[]> {
  const planned: PlannedStatement[] = [];
  let path = '';
  const record = async (sql: string, params: unknown[] | undefined, analyze: boolean, via: DataSource | EntityManager) => {
    const rows = (await via.query(`EXPLAIN (${analyze ? 'ANALYZE, BUFFERS, ' : ''}FORMAT JSON) ${sql}`, params)) as {
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time'?: number }];
    }[];
    const [{ Plan, 'Execution Time': ms }] = rows[0]['QUERY PLAN'];
    const nodes = walk(Plan).filter((n) => n['Relation Name']);
    const scans = nodes.map((n) => `${n['Node Type']} on ${n['Relation Name']}`);
    planned.push({
      path,
      statement: sql.replace(/\s+/g, ' ').trim().slice(0, 90),
      analyzed: analyze,
      scans,
      seqScans: nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']!),
      buffers: analyze ? Plan['Shared Hit Blocks']! + Plan['Shared Read Blocks']! : null,
      ms: ms === undefined ? null : Math.round(ms * 1000) / 1000,
    });
  };
  const db = explaining(ds, (sql, params, analyze) => (path ? record(sql, params, analyze, ds) : Promise.resolve()), true);
  // What the service keeps in memory (region paths, the store, program and rule, the kiosk's key,
  // the staff user) is read once, not on each request: a feed that always listens keeps it here.
  const feed = ChangeFeed.off();
  feed.listening = true;
  const regionPaths = new RegionPaths(db, feed);
  const households = new HouseholdLookupsRepository(db, regionPaths);
  const holders = new HoldersRepository(db, households, new UsersRepository(db, feed, regionPaths));
  const statements = new StatementsRepository(db);
  const programs = new ProgramsRepository(db, feed);
  const ledger = new LedgerRepository();
  const today = dayIn(input.timezone);
  const period = periodKey(today, input.periodKind);
  const program = (await programs.findProgram(input.programId))!;
  const regionIds = (await ds.query(`SELECT id FROM regions`)) as { id: number }[];
  await regionPaths.of(regionIds.map((r) => r.id));
  await programs.findProgramWithRule(input.programId, input.ruleId);

  for (const h of input.households) {
    path = `kiosk lookup (${h.label})`;
    const statement = kioskStatement({
      cardCode: h.cardCode,
      program,
      storeId: input.storeId,
      period,
      today,
      expiryUntil: addDays(today, EXPIRY_NOTICE_DAYS),
      periodKeys: { month: periodKey(today, 'month'), quarter: periodKey(today, 'quarter'), year: periodKey(today, 'year') },
    });
    await db.query(statement.text, statement.values);

    path = `balance (${h.label})`;
    await holders.resolve('household', input.countyPath, [h.id]);
    await statements.accountWithEarned(input.programId, h.id, period);

    path = `statement, first page (${h.label})`;
    const account = (await statements.account(input.programId, h.id))!;
    const page = await statements.lines(account.id, {}, 51, 'Asia/Shanghai');
    path = `statement, next page (${h.label})`;
    if (page.length > 1) await statements.lines(account.id, { before: page[Math.min(page.length - 1, 24)].postingId }, 51, 'Asia/Shanghai');
    path = `statement, dates filtered (${h.label})`;
    await statements.lines(account.id, { from: '2026-08-01', to: '2026-08-31' }, 51, 'Asia/Shanghai');

    path = `award (${h.label})`;
    const found = (await programs.findProgramWithRule(input.programId, input.ruleId))!;
    const [holder] = await holders.resolve('household', input.countyPath, [h.id]);
    await ds
      .transaction(async (tx) => {
        const m = explaining(tx, (sql, params, analyze) => record(sql, params, analyze, tx), false);
        await ledger.insertHolderAccounts(m, input.programId, [holder], found.program.basePoints);
        const {
          accounts: [locked],
        } = await ledger.lockHolderAccountsWithCounters(m, input.programId, [h.id], 'issuance', [holder.regionId]);
        await ledger.applyDeltas(m, [{ accountId: locked.id, delta: 1 }]);
        path = `redemption, points taken (${h.label})`;
        await ledger.lockAndDebitForRedemption(m, input.programId, h.id, input.storeId, 1, found.program.basePoints, today);
        path = `award (${h.label})`;
        throw new RolledBack();
      })
      .catch((e: unknown) => {
        if (!(e instanceof RolledBack)) throw e;
      });
  }
  return planned;
}

class RolledBack extends Error {}
