import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county transparency log (RFC 9162 Merkle log, docs/transparency.md). Every ledger
 * transaction with its postings, procedure event, rule version, rule adoption and published
 * ranking run is appended as a leaf by the database itself: a deferred constraint trigger on each
 * of those tables, at commit, writes the canonical text of the row (format v1), hashes it and takes
 * the next index of the county's log under a transaction-scoped advisory lock of the county (one
 * writer per county, held to the commit: leaves in commit order). A rolled-back transaction leaves no leaf and no gap. The rows already
 * there are appended once, county by county, in the order rule versions, adoptions,
 * transactions, procedure events, published runs.
 */

export class TransparencyLog1797600000000 implements MigrationInterface {
  name = 'TransparencyLog1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "log_trees" ("county_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29994044a9259447f867355cfcb" PRIMARY KEY ("county_id"))',
    );
    await q.query(
      'CREATE TABLE "log_leaves" ("county_id" integer NOT NULL, "leaf_index" bigint NOT NULL, "kind" character varying(16) NOT NULL, "ref_id" bigint NOT NULL, "leaf_hash" bytea NOT NULL, CONSTRAINT "CHK_log_leaves_kind" CHECK ("kind" IN (\'transaction\', \'procedure_event\', \'rule_version\', \'rule_adoption\', \'ranking_run\')), CONSTRAINT "PK_06b4fa6ffc0bc313fe0cf2dff65" PRIMARY KEY ("county_id", "leaf_index"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_log_leaves_ref" ON "log_leaves"  ("kind", "ref_id") ');
    await q.query(
      'CREATE TABLE "log_nodes" ("county_id" integer NOT NULL, "level" smallint NOT NULL, "node_index" bigint NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "PK_bff43c483644c0c5cc0b49f0033" PRIMARY KEY ("county_id", "level", "node_index"))',
    );
    await q.query(
      'CREATE TABLE "log_keys" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "county_id" integer NOT NULL, "key_id" character varying(16) NOT NULL, "public_key" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_log_keys" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_log_keys_key_id" ON "log_keys"  ("key_id") ');
    await q.query('CREATE INDEX "IDX_log_keys_county" ON "log_keys"  ("county_id", "id") ');
    await q.query(
      'CREATE TABLE "tree_heads" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "county_id" integer NOT NULL, "tree_size" bigint NOT NULL, "root_hash" bytea NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" character varying(16) NOT NULL, "signature" bytea NOT NULL, "reason" character varying(16) NOT NULL, CONSTRAINT "CHK_tree_heads_reason" CHECK ("reason" IN (\'daily\', \'period_close\', \'manual\')), CONSTRAINT "PK_tree_heads" PRIMARY KEY ("id"))',
    );
    await q.query(`CREATE INDEX "IDX_tree_heads_county" ON "tree_heads"  ("county_id", "tree_size") `);
    for (const sql of LOG_FUNCTIONS) await q.query(sql);
    for (const [table, fn, event, when] of LOG_TRIGGERS) {
      await q.query(
        `CREATE CONSTRAINT TRIGGER "TRG_${table}_log" AFTER ${event} ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ${when ? `WHEN (${when}) ` : ''}EXECUTE FUNCTION ${fn}()`,
      );
    }
    await q.query(`
      CREATE FUNCTION log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['log_leaves', 'tree_heads']) {
      await q.query(
        `CREATE TRIGGER "TRG_${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION log_append_only()`,
      );
      await q.query(
        `CREATE TRIGGER "TRG_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION log_append_only()`,
      );
    }
    // A key is never removed and its public part never changes; only its retirement is recorded.
    await q.query(`
      CREATE FUNCTION log_keys_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.public_key <> OLD.public_key OR NEW.key_id <> OLD.key_id OR NEW.county_id <> OLD.county_id
           OR OLD.retired_at IS NOT NULL THEN
          RAISE EXCEPTION 'log_keys keeps every key as made; only retired_at may be set, once' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER "TRG_log_keys_guard" BEFORE UPDATE OR DELETE ON "log_keys" FOR EACH ROW EXECUTE FUNCTION log_keys_guard()`,
    );
    await q.query(BACKFILL);
    await q.query(`INSERT INTO log_trees (county_id) SELECT DISTINCT county_id FROM log_leaves`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_log_keys_guard" ON "log_keys"`);
    await q.query(`DROP FUNCTION log_keys_guard()`);
    for (const table of ['log_leaves', 'tree_heads']) {
      await q.query(`DROP TRIGGER "TRG_${table}_no_truncate" ON "${table}"`);
      await q.query(`DROP TRIGGER "TRG_${table}_append_only" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION log_append_only()`);
    for (const [table, fn] of LOG_TRIGGERS) {
      await q.query(`DROP TRIGGER "TRG_${table}_log" ON "${table}"`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    for (const fn of LOG_FUNCTION_NAMES) await q.query(`DROP FUNCTION ${fn}`);
    await q.query('DROP INDEX "public"."IDX_tree_heads_county"');
    await q.query('DROP TABLE "tree_heads"');
    await q.query('DROP INDEX "public"."IDX_log_keys_county"');
    await q.query('DROP INDEX "public"."UQ_log_keys_key_id"');
    await q.query('DROP TABLE "log_keys"');
    await q.query('DROP TABLE "log_nodes"');
    await q.query('DROP INDEX "public"."UQ_log_leaves_ref"');
    await q.query('DROP TABLE "log_leaves"');
    await q.query('DROP TABLE "log_trees"');
  }
}

/** Free text in a leaf: `\` → `\\`, line feed → `\n`, carriage return → `\r`. */
const LOG_FUNCTIONS = [
  `CREATE FUNCTION log_text(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
     SELECT replace(replace(replace(v, E'\\\\', E'\\\\\\\\'), E'\\n', E'\\\\n'), E'\\r', E'\\\\r')
   $$`,
  `CREATE FUNCTION log_time(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
     SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
   $$`,
  `CREATE FUNCTION log_day(d date) RETURNS text LANGUAGE sql STABLE AS $$ SELECT to_char(d, 'YYYY-MM-DD') $$`,
  // Canonical texts, format v1 (docs/transparency.md; src/common/transparency/leaf-format.ts). Each
  // reads a few rows by key, in PL/pgSQL so its plan is made once per session; with sequential scans,
  // hash and merge joins off it stays on index lookups and nested loops, whatever the statistics say
  // (they lag behind a bulk load in the same transaction, and a hash join would read every account).
  `CREATE FUNCTION log_leaf_transaction(tx bigint) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
     BEGIN
       RETURN (SELECT concat_ws(E'\\n', 'moral-bank leaf v1', 'type transaction',
       'id ' || t.id, 'program ' || t.program_id, 'kind ' || t.type, 'holder ' || t.holder_id,
       'rule_version ' || t.rule_version_id, 'member ' || t.member_id, 'occurred_on ' || log_day(t.occurred_on),
       'period ' || t.period, 'late ' || t.late, 'reverses ' || t.reverses_id, 'requested ' || t.requested_points,
       'points ' || t.points, 'capped ' || t.capped, 'memo ' || log_text(t.memo), 'reason ' || log_text(t.reason),
       'evidence ' || log_text(NULLIF(t.evidence::text, '[]')), 'photos ' || NULLIF(array_to_string(t.evidence_ids, ','), ''),
       'notice ' || t.notice_id, 'claim ' || t.claim_id, 'actor ' || t.actor_type || COALESCE(' ' || t.actor_id, ''),
       'source ' || t.source, 'recorded_at ' || log_time(t.recorded_at),
       (SELECT string_agg('posting ' || p.account_id || ' ' || a.kind || COALESCE(':' || a.holder_id, '') || ' ' || p.amount
                          || COALESCE(' ' || p.balance_after, ''), E'\\n' ORDER BY p.id)
          FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.transaction_id = t.id)
     ) || E'\\n' FROM transactions t WHERE t.id = tx);
     END
   $$`,
  `CREATE FUNCTION log_leaf_procedure_event(ev bigint) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
     BEGIN
       RETURN (SELECT concat_ws(E'\\n', 'moral-bank leaf v1', 'type procedure_event',
       'id ' || e.id, 'subject ' || e.subject_type || ' ' || e.subject_id, 'event ' || e.event,
       'actor ' || e.actor_type || COALESCE(' ' || e.actor_id, ''), 'reason ' || log_text(e.reason),
       'details ' || log_text(e.details::text), 'at ' || log_time(e.at)
     ) || E'\\n' FROM procedure_events e WHERE e.id = ev);
     END
   $$`,
  `CREATE FUNCTION log_leaf_rule_version(rv bigint) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
     BEGIN
       RETURN (SELECT concat_ws(E'\\n', 'moral-bank leaf v1', 'type rule_version',
       'id ' || v.id, 'rule ' || v.rule_id, 'program ' || r.program_id, 'code ' || log_text(r.code), 'scope ' || r.region_id,
       'version ' || v.version, 'name ' || log_text(v.name), 'category ' || log_text(v.category), 'points ' || v.points,
       'cap ' || v.cap_points || ' ' || v.cap_per, 'sanction_clears ' || v.sanction_clears,
       'sanction_suspend_months ' || v.sanction_suspend_months, 'sanction_suspend_years ' || v.sanction_suspend_years,
       'effective_from ' || log_day(v.effective_from), 'effective_to ' || log_day(v.effective_to),
       'created_by ' || v.created_by, 'created_at ' || log_time(v.created_at)
     ) || E'\\n' FROM rule_versions v JOIN rules r ON r.id = v.rule_id WHERE v.id = rv);
     END
   $$`,
  `CREATE FUNCTION log_leaf_rule_adoption(ad bigint) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
     BEGIN
       RETURN (SELECT concat_ws(E'\\n', 'moral-bank leaf v1', 'type rule_adoption',
       'id ' || a.id, 'rule_version ' || a.rule_version_id, 'meeting ' || a.meeting, 'meeting_on ' || log_day(a.meeting_on),
       'attended ' || a.attended, 'entitled ' || a.entitled, 'resolution_no ' || log_text(a.resolution_no),
       'minutes ' || log_text(a.minutes_key), 'minutes_name ' || log_text(a.minutes_name),
       'minutes_type ' || log_text(a.minutes_type), 'minutes_bytes ' || a.minutes_bytes,
       'recorded_by ' || a.recorded_by, 'recorded_at ' || log_time(a.recorded_at)
     ) || E'\\n' FROM rule_adoptions a WHERE a.id = ad);
     END
   $$`,
  `CREATE FUNCTION log_leaf_ranking_run(run bigint) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
     BEGIN
       RETURN (SELECT concat_ws(E'\\n', 'moral-bank leaf v1', 'type ranking_run',
       'id ' || r.id, 'program ' || r.program_id, 'region ' || r.region_id, 'period ' || r.period,
       'subject ' || r.subject, 'version ' || r.version, 'levels ' || log_text(r.levels::text),
       'entry_count ' || r.entry_count, 'created_by ' || r.created_by,
       'published_at ' || log_time(r.published_at), 'published_by ' || r.published_by,
       'entries ' || (SELECT encode(sha256(convert_to(COALESCE(string_agg(
                        e.position || ' ' || e.rank || ' ' || e.holder_id || ' ' || e.score || E'\\n', '' ORDER BY e.position), ''), 'UTF8')), 'hex')
                      FROM ranking_entries e WHERE e.run_id = r.id)
     ) || E'\\n' FROM ranking_runs r WHERE r.id = run);
     END
   $$`,
  `CREATE FUNCTION log_leaf(kind text, ref bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
   BEGIN
     RETURN CASE kind
       WHEN 'transaction' THEN log_leaf_transaction(ref)
       WHEN 'procedure_event' THEN log_leaf_procedure_event(ref)
       WHEN 'rule_version' THEN log_leaf_rule_version(ref)
       WHEN 'rule_adoption' THEN log_leaf_rule_adoption(ref)
       WHEN 'ranking_run' THEN log_leaf_ranking_run(ref)
     END;
   END $$`,
  `CREATE FUNCTION log_leaf_hash(data text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
     SELECT sha256('\\x00'::bytea || convert_to(data, 'UTF8'))
   $$`,
  // The one writer of a county's log: an advisory lock of the county, held to the commit, so the next
  // index (one past the last leaf, read from the primary key) is taken in commit order and no two
  // writers take the same. (Not a counter row: updating one row per leaf inside a bulk transaction
  // would walk an ever longer chain of its versions.)
  `CREATE FUNCTION log_append(county int, kind text, ref bigint) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   DECLARE
     idx bigint;
   BEGIN
     IF county IS NULL THEN
       RAISE EXCEPTION 'no county for % %', kind, ref;
     END IF;
     -- Taken once per transaction and county: taking an advisory lock again and again in one
     -- transaction grows its owner list and slows every further take (a bulk load would crawl).
     IF current_setting('moral_bank.log_lock_' || county, true) IS DISTINCT FROM 'held' THEN
       PERFORM pg_advisory_xact_lock(7100, county);
       PERFORM set_config('moral_bank.log_lock_' || county, 'held', true);
     END IF;
     SELECT COALESCE(max(leaf_index) + 1, 0) INTO idx FROM log_leaves WHERE county_id = county;
     IF idx = 0 THEN
       INSERT INTO log_trees (county_id) VALUES (county) ON CONFLICT DO NOTHING;
     END IF;
     INSERT INTO log_leaves (county_id, leaf_index, kind, ref_id, leaf_hash) VALUES (county, idx, kind, ref, log_leaf_hash(log_leaf(kind, ref)));
   END $$`,
  `CREATE FUNCTION log_transaction() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   BEGIN
     PERFORM log_append((SELECT county_id FROM programs WHERE id = NEW.program_id), 'transaction', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION log_procedure_event() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   BEGIN
     PERFORM log_append(
       (SELECT p.county_id FROM programs p WHERE p.id = CASE NEW.subject_type
          WHEN 'claim' THEN (SELECT program_id FROM claims WHERE id = NEW.subject_id)
          ELSE (SELECT program_id FROM notices WHERE id = NEW.subject_id) END),
       'procedure_event', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION log_rule_version() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   BEGIN
     PERFORM log_append((SELECT p.county_id FROM rules r JOIN programs p ON p.id = r.program_id WHERE r.id = NEW.rule_id), 'rule_version', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION log_rule_adoption() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   BEGIN
     PERFORM log_append(
       (SELECT p.county_id FROM rule_versions v JOIN rules r ON r.id = v.rule_id JOIN programs p ON p.id = r.program_id WHERE v.id = NEW.rule_version_id),
       'rule_adoption', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION log_ranking_run() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
   BEGIN
     PERFORM log_append((SELECT county_id FROM programs WHERE id = NEW.program_id), 'ranking_run', NEW.id);
     RETURN NULL;
   END $$`,
];

const LOG_FUNCTION_NAMES = [
  'log_append(int, text, bigint)',
  'log_leaf_hash(text)',
  'log_leaf(text, bigint)',
  'log_leaf_ranking_run(bigint)',
  'log_leaf_rule_adoption(bigint)',
  'log_leaf_rule_version(bigint)',
  'log_leaf_procedure_event(bigint)',
  'log_leaf_transaction(bigint)',
  'log_day(date)',
  'log_time(timestamptz)',
  'log_text(text)',
];

/** [table, trigger function, event, condition]: a ranking run is appended when it is published. */
const LOG_TRIGGERS: [string, string, string, string?][] = [
  ['transactions', 'log_transaction', 'INSERT'],
  ['procedure_events', 'log_procedure_event', 'INSERT'],
  ['rule_versions', 'log_rule_version', 'INSERT'],
  ['rule_adoptions', 'log_rule_adoption', 'INSERT'],
  ['ranking_runs', 'log_ranking_run', 'UPDATE OF published_at', 'OLD.published_at IS NULL AND NEW.published_at IS NOT NULL'],
];

/** The rows written before the log, appended once per county. */
const BACKFILL = `
  INSERT INTO log_leaves (county_id, leaf_index, kind, ref_id, leaf_hash)
  SELECT county_id, row_number() OVER (PARTITION BY county_id ORDER BY grp, at NULLS FIRST, ref) - 1, kind, ref, log_leaf_hash(log_leaf(kind, ref))
  FROM (
    SELECT p.county_id, 1 AS grp, NULL::timestamptz AS at, v.id::bigint AS ref, 'rule_version' AS kind
      FROM rule_versions v JOIN rules r ON r.id = v.rule_id JOIN programs p ON p.id = r.program_id
    UNION ALL
    SELECT p.county_id, 2, NULL, a.id, 'rule_adoption'
      FROM rule_adoptions a JOIN rule_versions v ON v.id = a.rule_version_id JOIN rules r ON r.id = v.rule_id JOIN programs p ON p.id = r.program_id
    UNION ALL
    SELECT p.county_id, 3, NULL, t.id, 'transaction' FROM transactions t JOIN programs p ON p.id = t.program_id
    UNION ALL
    SELECT p.county_id, 4, NULL, e.id, 'procedure_event'
      FROM procedure_events e
      LEFT JOIN claims c ON e.subject_type = 'claim' AND c.id = e.subject_id
      LEFT JOIN notices n ON e.subject_type = 'notice' AND n.id = e.subject_id
      JOIN programs p ON p.id = COALESCE(c.program_id, n.program_id)
    UNION ALL
    SELECT p.county_id, 5, r.published_at, r.id, 'ranking_run' FROM ranking_runs r JOIN programs p ON p.id = r.program_id WHERE r.published_at IS NOT NULL
  ) src`;
