import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service keeps rows that change rarely in memory (a kiosk's key, a store, a program with its
 * rules, a staff user and their declaration of interests, the regions' paths). Every change of
 * their tables is announced on the channel `moral_bank_changes` at the commit of the change (pg_notify is transactional), to every instance listening: each empties the caches that hold that table's
 * rows. One statement-level trigger a table, whatever path the change takes (the API, the CLI,
 * an administrator's SQL).
 */
const WATCHED = [
  'devices',
  'stores',
  'programs',
  'rules',
  'rule_versions',
  'rule_exclusions',
  'rule_adoptions',
  'users',
  'regions',
  'staff_declarations',
];

export class ChangeFeed1798000000000 implements MigrationInterface {
  name = 'ChangeFeed1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('moral_bank_changes', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await q.query(
        `CREATE TRIGGER "TRG_${table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION announce_change()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of WATCHED) await q.query(`DROP TRIGGER "TRG_${table}_changed" ON "${table}"`);
    await q.query(`DROP FUNCTION announce_change()`);
  }
}
