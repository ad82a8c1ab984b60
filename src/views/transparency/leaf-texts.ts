import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { leafText, postingLine, type LeafKind } from '../../common/transparency/leaf-format.js';

/** A timestamp as leaves write it: UTC, microseconds. */
const TIME = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const DAY = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

type Row = Record<string, string | number | boolean | null>;

/**
 * The canonical text of log leaves rebuilt from the rows as they are now, by this code alone
 * (src/common/transparency/leaf-format.ts; the database's triggers write the same text when the
 * row is committed). Where the two differ, the row changed after it was logged.
 */
@Injectable()
export class LeafTexts {
  constructor(private readonly db: DataSource) {}

  /** The texts of rows of one kind, by row id; a row that no longer exists is absent. */
  async of(kind: LeafKind, ids: string[], m: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    switch (kind) {
      case 'transaction':
        return this.transactions(m, ids);
      case 'procedure_event':
        return this.build(m, ids, EVENTS, 'procedure_event', (r) => [
          ['id', r.id],
          ['subject', `${r.subject_type} ${r.subject_id}`],
          ['event', r.event],
          ['actor', actor(r)],
          ['reason', r.reason],
          ['details', r.details],
          ['at', r.at],
        ]);
      case 'rule_version':
        return this.build(m, ids, RULE_VERSIONS, 'rule_version', (r) => [
          ['id', r.id],
          ['rule', r.rule_id],
          ['program', r.program_id],
          ['code', r.code],
          ['scope', r.region_id],
          ['version', r.version],
          ['name', r.name],
          ['category', r.category],
          ['points', r.points],
          ['cap', r.cap_points === null || r.cap_per === null ? null : `${r.cap_points} ${r.cap_per}`],
          ['sanction_clears', r.sanction_clears],
          ['sanction_suspend_months', r.sanction_suspend_months],
          ['sanction_suspend_years', r.sanction_suspend_years],
          ['effective_from', r.effective_from],
          ['effective_to', r.effective_to],
          ['created_by', r.created_by],
          ['created_at', r.created_at],
        ]);
      case 'rule_adoption':
        return this.build(m, ids, ADOPTIONS, 'rule_adoption', (r) => [
          ['id', r.id],
          ['rule_version', r.rule_version_id],
          ['meeting', r.meeting],
          ['meeting_on', r.meeting_on],
          ['attended', r.attended],
          ['entitled', r.entitled],
          ['resolution_no', r.resolution_no],
          ['minutes', r.minutes_key],
          ['minutes_name', r.minutes_name],
          ['minutes_type', r.minutes_type],
          ['minutes_bytes', r.minutes_bytes],
          ['recorded_by', r.recorded_by],
          ['recorded_at', r.recorded_at],
        ]);
      case 'ranking_run':
        return this.build(m, ids, RUNS, 'ranking_run', (r) => [
          ['id', r.id],
          ['program', r.program_id],
          ['region', r.region_id],
          ['period', r.period],
          ['subject', r.subject],
          ['version', r.version],
          ['levels', r.levels],
          ['entry_count', r.entry_count],
          ['created_by', r.created_by],
          ['published_at', r.published_at],
          ['published_by', r.published_by],
          ['entries', r.entries],
        ]);
    }
  }

  private async build(
    m: EntityManager,
    ids: string[],
    sql: string,
    kind: LeafKind,
    fields: (r: Row) => [string, Row[string]][],
  ): Promise<Map<string, string>> {
    const rows = (await m.query(sql, [ids])) as Row[];
    return new Map(rows.map((r) => [String(r.id), leafText(kind, fields(r))]));
  }

  private async transactions(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const [rows, postings] = await Promise.all([
      m.query(TRANSACTIONS, [ids]) as Promise<Row[]>,
      m.query(POSTINGS, [ids]) as Promise<
        {
          transaction_id: string;
          account_id: string;
          kind: string;
          holder_id: number | null;
          amount: string;
          balance_after: string | null;
        }[]
      >,
    ]);
    const lines = new Map<string, string[]>();
    for (const p of postings) {
      const list = lines.get(p.transaction_id) ?? [];
      list.push(
        postingLine({
          accountId: p.account_id,
          accountKind: p.kind,
          holderId: p.holder_id,
          amount: Number(p.amount),
          balanceAfter: p.balance_after === null ? null : Number(p.balance_after),
        }),
      );
      lines.set(p.transaction_id, list);
    }
    return new Map(
      rows.map((r) => [
        String(r.id),
        leafText('transaction', [
          ['id', r.id],
          ['program', r.program_id],
          ['kind', r.type],
          ['holder', r.holder_id],
          ['rule_version', r.rule_version_id],
          ['member', r.member_id],
          ['occurred_on', r.occurred_on],
          ['period', r.period],
          ['late', r.late],
          ['reverses', r.reverses_id],
          ['requested', r.requested_points],
          ['points', r.points],
          ['capped', r.capped],
          ['memo', r.memo],
          ['reason', r.reason],
          ['evidence', r.evidence === '[]' ? null : r.evidence],
          ['photos', r.photos === '' ? null : r.photos],
          ['notice', r.notice_id],
          ['claim', r.claim_id],
          ['actor', actor(r)],
          ['source', r.source],
          ['recorded_at', r.recorded_at],
          ...(lines.get(String(r.id)) ?? []).map((l) => ['posting', l] as [string, string]),
        ]),
      ]),
    );
  }
}

function actor(r: Row): string {
  return r.actor_id === null ? String(r.actor_type) : `${r.actor_type} ${r.actor_id}`;
}

const TRANSACTIONS = `
  SELECT t.id, t.program_id, t.type, t.holder_id, t.rule_version_id, t.member_id, ${DAY('t.occurred_on')} AS occurred_on, t.period, t.late,
         t.reverses_id, t.requested_points, t.points, t.capped, t.memo, t.reason, t.evidence::text AS evidence,
         array_to_string(t.evidence_ids, ',') AS photos, t.notice_id, t.claim_id, t.actor_type, t.actor_id, t.source,
         ${TIME('t.recorded_at')} AS recorded_at
  FROM transactions t WHERE t.id = ANY($1::bigint[])`;

const POSTINGS = `
  SELECT p.transaction_id, p.account_id, a.kind, a.holder_id, p.amount, p.balance_after
  FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.transaction_id = ANY($1::bigint[]) ORDER BY p.transaction_id, p.id`;

const EVENTS = `
  SELECT e.id, e.subject_type, e.subject_id, e.event, e.actor_type, e.actor_id, e.reason, e.details::text AS details, ${TIME('e.at')} AS at
  FROM procedure_events e WHERE e.id = ANY($1::bigint[])`;

const RULE_VERSIONS = `
  SELECT v.id, v.rule_id, r.program_id, r.code, r.region_id, v.version, v.name, v.category, v.points, v.cap_points, v.cap_per,
         v.sanction_clears, v.sanction_suspend_months, v.sanction_suspend_years, ${DAY('v.effective_from')} AS effective_from,
         ${DAY('v.effective_to')} AS effective_to, v.created_by, ${TIME('v.created_at')} AS created_at
  FROM rule_versions v JOIN rules r ON r.id = v.rule_id WHERE v.id = ANY($1::int[])`;

const ADOPTIONS = `
  SELECT a.id, a.rule_version_id, a.meeting, ${DAY('a.meeting_on')} AS meeting_on, a.attended, a.entitled, a.resolution_no, a.minutes_key,
         a.minutes_name, a.minutes_type, a.minutes_bytes, a.recorded_by, ${TIME('a.recorded_at')} AS recorded_at
  FROM rule_adoptions a WHERE a.id = ANY($1::int[])`;

/** A published run with the SHA-256 of its entries, one `position rank holder score` line each in position order. */
const RUNS = `
  SELECT r.id, r.program_id, r.region_id, r.period, r.subject, r.version, r.levels::text AS levels, r.entry_count, r.created_by,
         ${TIME('r.published_at')} AS published_at, r.published_by,
         (SELECT encode(sha256(convert_to(COALESCE(string_agg(e.position || ' ' || e.rank || ' ' || e.holder_id || ' ' || e.score || E'\\n', ''
                 ORDER BY e.position), ''), 'UTF8')), 'hex') FROM ranking_entries e WHERE e.run_id = r.id) AS entries
  FROM ranking_runs r WHERE r.id = ANY($1::bigint[])`;
