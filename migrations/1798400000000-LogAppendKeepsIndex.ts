import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transparency log's append, shorter where a county's writers wait for each other. Every leaf
 * is appended under the county's advisory lock, held to the commit, so the county's commits follow
 * one another; a batch award appends its 500 leaves inside that hold. Here:
 * - the county's next index is read from the primary key once per transaction, when the lock is
 *   taken, and kept in a transaction-local setting for the transaction's next leaves (it was read
 *   again for each leaf). The setting also says the lock is held, as the one it replaces did. A
 *   savepoint rolled back takes its leaves and the setting back together;
 * - `log_leaf_hash` is declared STABLE, as its body is (`convert_to`), so that it is inlined where
 *   it is called instead of run through the SQL function executor for each leaf;
 * - `log_transaction` no longer sets the planner's options for each call: its one statement reads
 *   a program by its key. `log_append` keeps them (its read of the last index must stay an index
 *   lookup while a bulk load's statistics lag), as do the leaf functions.
 * Leaves and their hashes are unchanged.
 */
export class LogAppendKeepsIndex1798400000000 implements MigrationInterface {
  name = 'LogAppendKeepsIndex1798400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION log_leaf_hash(text) STABLE`);
    await q.query(`
      CREATE OR REPLACE FUNCTION log_append(county int, kind text, ref bigint) RETURNS void LANGUAGE plpgsql
      SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
      DECLARE
        next text;
        idx bigint;
      BEGIN
        IF county IS NULL THEN
          RAISE EXCEPTION 'no county for % %', kind, ref;
        END IF;
        -- The lock is taken once per transaction and county (taking an advisory lock again and again
        -- in one transaction grows its owner list and slows every further take), and the next index
        -- read with it; the transaction's later leaves take the one kept.
        next := current_setting('moral_bank.log_next_' || county, true);
        IF next IS NULL OR next = '' THEN
          PERFORM pg_advisory_xact_lock(7100, county);
          SELECT COALESCE(max(leaf_index) + 1, 0) INTO idx FROM log_leaves WHERE county_id = county;
          IF idx = 0 THEN
            INSERT INTO log_trees (county_id) VALUES (county) ON CONFLICT DO NOTHING;
          END IF;
        ELSE
          idx := next::bigint;
        END IF;
        INSERT INTO log_leaves (county_id, leaf_index, kind, ref_id, leaf_hash) VALUES (county, idx, kind, ref, log_leaf_hash(log_leaf(kind, ref)));
        PERFORM set_config('moral_bank.log_next_' || county, (idx + 1)::text, true);
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION log_transaction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM log_append((SELECT county_id FROM programs WHERE id = NEW.program_id), 'transaction', NEW.id);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION log_leaf_hash(text) IMMUTABLE`);
    await q.query(`
      CREATE OR REPLACE FUNCTION log_append(county int, kind text, ref bigint) RETURNS void LANGUAGE plpgsql
      SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
      DECLARE
        idx bigint;
      BEGIN
        IF county IS NULL THEN
          RAISE EXCEPTION 'no county for % %', kind, ref;
        END IF;
        IF current_setting('moral_bank.log_lock_' || county, true) IS DISTINCT FROM 'held' THEN
          PERFORM pg_advisory_xact_lock(7100, county);
          PERFORM set_config('moral_bank.log_lock_' || county, 'held', true);
        END IF;
        SELECT COALESCE(max(leaf_index) + 1, 0) INTO idx FROM log_leaves WHERE county_id = county;
        IF idx = 0 THEN
          INSERT INTO log_trees (county_id) VALUES (county) ON CONFLICT DO NOTHING;
        END IF;
        INSERT INTO log_leaves (county_id, leaf_index, kind, ref_id, leaf_hash) VALUES (county, idx, kind, ref, log_leaf_hash(log_leaf(kind, ref)));
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION log_transaction() RETURNS trigger LANGUAGE plpgsql
      SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
      BEGIN
        PERFORM log_append((SELECT county_id FROM programs WHERE id = NEW.program_id), 'transaction', NEW.id);
        RETURN NULL;
      END $$`);
  }
}
