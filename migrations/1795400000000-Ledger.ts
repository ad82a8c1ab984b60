import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double-entry ledger: programs, versioned rules, accounts, transactions, postings, cap
 * counters, period closures and idempotency keys; triggers keep postings balanced and immutable.
 */
export class Ledger1795400000000 implements MigrationInterface {
  name = 'Ledger1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "idempotency_keys" ("scope" character varying(64) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character varying(64) NOT NULL, "response_status" integer NOT NULL, "response_body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_15de2f76fa9f27ad8f330983607" PRIMARY KEY ("scope", "key"))',
    );
    await q.query('CREATE INDEX "IDX_idempotency_keys_expires" ON "idempotency_keys"  ("expires_at") ');
    await q.query(
      'CREATE TABLE "programs" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "county_id" integer NOT NULL, "holder_type" character varying(16) NOT NULL, "base_points" bigint NOT NULL DEFAULT \'0\', "point_value_fen" bigint NOT NULL DEFAULT \'100\', "timezone" character varying(64) NOT NULL DEFAULT \'Asia/Shanghai\', "period_kind" character varying(8) NOT NULL DEFAULT \'quarter\', "allow_negative" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_programs_amounts" CHECK ("base_points" >= 0 AND "point_value_fen" >= 0), CONSTRAINT "CHK_programs_period_kind" CHECK ("period_kind" IN (\'month\', \'quarter\')), CONSTRAINT "CHK_programs_holder_type" CHECK ("holder_type" IN (\'household\', \'village\', \'staff\')), CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_programs_code" ON "programs"  ("code") ');
    await q.query('CREATE INDEX "IDX_programs_county" ON "programs"  ("county_id") ');
    await q.query(
      'CREATE TABLE "rules" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "code" character varying(32) NOT NULL, "region_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10fef696a7d61140361b1b23608" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_rules_program_code" ON "rules"  ("program_id", "code") ');
    await q.query(
      'CREATE TABLE "rule_versions" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "rule_id" integer NOT NULL, "version" integer NOT NULL, "name" character varying(200) NOT NULL, "category" character varying(50) NOT NULL, "points" bigint NOT NULL, "cap_points" bigint, "cap_per" character varying(8), "effective_from" date NOT NULL, "effective_to" date, "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_rule_versions_cap" CHECK (("cap_points" IS NULL AND "cap_per" IS NULL) OR ("cap_points" > 0 AND "cap_per" IN (\'month\', \'quarter\', \'year\'))), CONSTRAINT "CHK_rule_versions_points" CHECK ("points" <> 0), CONSTRAINT "PK_f94078d9fb0f85dcdf3ceaec3ec" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_rule_versions_rule_version" ON "rule_versions"  ("rule_id", "version") ');
    await q.query(
      'CREATE TABLE "rule_exclusions" ("rule_id" integer NOT NULL, "region_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bee5d3aae3bb435d8c88d830b6d" PRIMARY KEY ("rule_id", "region_id"))',
    );
    await q.query(
      'CREATE TABLE "period_closures" ("program_id" integer NOT NULL, "period" character varying(8) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_by" integer, CONSTRAINT "PK_75aa152139c3f451a3dd447b5d1" PRIMARY KEY ("program_id", "period"))',
    );
    await q.query(
      'CREATE TABLE "accounts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "holder_id" integer, "region_id" integer, "store_id" integer, "balance" bigint, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_accounts_balance" CHECK (("kind" = \'holder\') = ("balance" IS NOT NULL) AND ("kind" = \'holder\') = ("holder_id" IS NOT NULL)), CONSTRAINT "CHK_accounts_kind" CHECK ("kind" IN (\'holder\', \'issuance\', \'penalties\', \'store\', \'settled\', \'expired\')), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_accounts_program" ON "accounts"  ("program_id", "kind") WHERE "kind" IN (\'settled\', \'expired\')',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_accounts_store" ON "accounts"  ("program_id", "store_id") WHERE "kind" = \'store\'');
    await q.query(
      'CREATE UNIQUE INDEX "UQ_accounts_region" ON "accounts"  ("program_id", "kind", "region_id") WHERE "kind" IN (\'issuance\', \'penalties\')',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_accounts_holder" ON "accounts"  ("program_id", "holder_id") WHERE "kind" = \'holder\'');
    await q.query(
      'CREATE TABLE "transactions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "type" character varying(16) NOT NULL, "holder_id" integer, "rule_version_id" integer, "member_id" integer, "occurred_on" date NOT NULL, "period" character varying(8) NOT NULL, "late" boolean NOT NULL DEFAULT false, "reverses_id" bigint, "requested_points" bigint, "points" bigint NOT NULL DEFAULT \'0\', "capped" boolean NOT NULL DEFAULT false, "memo" text, "evidence" jsonb NOT NULL DEFAULT \'[]\', "reason" text, "actor_type" character varying(16) NOT NULL, "actor_id" integer, "source" character varying(16) NOT NULL DEFAULT \'api\', "request_id" character varying(64), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_transactions_type" CHECK ("type" IN (\'opening\', \'award\', \'deduction\', \'reversal\')), CONSTRAINT "PK_a219afd8dd77ed80f5a862f1db9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_transactions_reverses" ON "transactions"  ("reverses_id") WHERE "reverses_id" IS NOT NULL');
    await q.query('CREATE INDEX "IDX_transactions_program_period" ON "transactions"  ("program_id", "period") ');
    await q.query(
      'CREATE TABLE "postings" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "transaction_id" bigint NOT NULL, "account_id" bigint NOT NULL, "amount" bigint NOT NULL, "balance_after" bigint, CONSTRAINT "CHK_postings_amount" CHECK ("amount" <> 0), CONSTRAINT "PK_6bdb1a5dc47d018aa7877aa9ffb" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_postings_transaction" ON "postings"  ("transaction_id") ');
    await q.query('CREATE INDEX "IDX_postings_account" ON "postings"  ("account_id", "id") ');
    await q.query(
      'CREATE TABLE "cap_usage" ("program_id" integer NOT NULL, "rule_id" integer NOT NULL, "holder_id" integer NOT NULL, "period_key" character varying(8) NOT NULL, "used" bigint NOT NULL, "last_granted" bigint NOT NULL, CONSTRAINT "PK_f809bdb3f89f00f605139aea558" PRIMARY KEY ("rule_id", "holder_id", "period_key"))',
    );
    await q.query(
      'ALTER TABLE "programs" ADD CONSTRAINT "FK_programs_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rules" ADD CONSTRAINT "FK_rules_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rules" ADD CONSTRAINT "FK_rules_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rule_versions" ADD CONSTRAINT "FK_rule_versions_rule" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rule_versions" ADD CONSTRAINT "FK_rule_versions_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rule_exclusions" ADD CONSTRAINT "FK_rule_exclusions_rule" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rule_exclusions" ADD CONSTRAINT "FK_rule_exclusions_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "period_closures" ADD CONSTRAINT "FK_period_closures_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "period_closures" ADD CONSTRAINT "FK_period_closures_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "accounts" ADD CONSTRAINT "FK_accounts_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "accounts" ADD CONSTRAINT "FK_accounts_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "FK_transactions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "FK_transactions_rule_version" FOREIGN KEY ("rule_version_id") REFERENCES "rule_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "FK_transactions_reverses" FOREIGN KEY ("reverses_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "postings" ADD CONSTRAINT "FK_postings_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "postings" ADD CONSTRAINT "FK_postings_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "cap_usage" ADD CONSTRAINT "FK_cap_usage_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Invariant 1: the postings of a transaction sum to zero, checked at commit (deferred), so no
    // code path, however buggy, can commit an unbalanced transaction.
    await q.query(`
      CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE total numeric;
      BEGIN
        SELECT COALESCE(sum(amount), 0) INTO total FROM postings WHERE transaction_id = NEW.transaction_id;
        IF total <> 0 THEN
          RAISE EXCEPTION 'transaction % is unbalanced: its postings sum to %', NEW.transaction_id, total USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER "TRG_postings_balanced" AFTER INSERT ON "postings"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced()`);
    // Invariant 2: transactions and postings are never updated or deleted.
    await q.query(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: correct a mistake with a reversal', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['transactions', 'postings']) {
      await q.query(
        `CREATE TRIGGER "TRG_${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
      );
      await q.query(
        `CREATE TRIGGER "TRG_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['transactions', 'postings']) {
      await q.query(`DROP TRIGGER "TRG_${table}_append_only" ON "${table}"`);
      await q.query(`DROP TRIGGER "TRG_${table}_no_truncate" ON "${table}"`);
    }
    await q.query(`DROP TRIGGER "TRG_postings_balanced" ON "postings"`);
    await q.query(`DROP FUNCTION ledger_append_only()`);
    await q.query(`DROP FUNCTION ledger_check_balanced()`);
    await q.query('ALTER TABLE "cap_usage" DROP CONSTRAINT "FK_cap_usage_program"');
    await q.query('ALTER TABLE "postings" DROP CONSTRAINT "FK_postings_account"');
    await q.query('ALTER TABLE "postings" DROP CONSTRAINT "FK_postings_transaction"');
    await q.query('ALTER TABLE "transactions" DROP CONSTRAINT "FK_transactions_reverses"');
    await q.query('ALTER TABLE "transactions" DROP CONSTRAINT "FK_transactions_rule_version"');
    await q.query('ALTER TABLE "transactions" DROP CONSTRAINT "FK_transactions_program"');
    await q.query('ALTER TABLE "accounts" DROP CONSTRAINT "FK_accounts_region"');
    await q.query('ALTER TABLE "accounts" DROP CONSTRAINT "FK_accounts_program"');
    await q.query('ALTER TABLE "period_closures" DROP CONSTRAINT "FK_period_closures_closed_by"');
    await q.query('ALTER TABLE "period_closures" DROP CONSTRAINT "FK_period_closures_program"');
    await q.query('ALTER TABLE "rule_exclusions" DROP CONSTRAINT "FK_rule_exclusions_region"');
    await q.query('ALTER TABLE "rule_exclusions" DROP CONSTRAINT "FK_rule_exclusions_rule"');
    await q.query('ALTER TABLE "rule_versions" DROP CONSTRAINT "FK_rule_versions_created_by"');
    await q.query('ALTER TABLE "rule_versions" DROP CONSTRAINT "FK_rule_versions_rule"');
    await q.query('ALTER TABLE "rules" DROP CONSTRAINT "FK_rules_region"');
    await q.query('ALTER TABLE "rules" DROP CONSTRAINT "FK_rules_program"');
    await q.query('ALTER TABLE "programs" DROP CONSTRAINT "FK_programs_county"');
    await q.query('DROP TABLE "cap_usage"');
    await q.query('DROP INDEX "public"."IDX_postings_account"');
    await q.query('DROP INDEX "public"."IDX_postings_transaction"');
    await q.query('DROP TABLE "postings"');
    await q.query('DROP INDEX "public"."IDX_transactions_program_period"');
    await q.query('DROP INDEX "public"."UQ_transactions_reverses"');
    await q.query('DROP TABLE "transactions"');
    await q.query('DROP INDEX "public"."UQ_accounts_holder"');
    await q.query('DROP INDEX "public"."UQ_accounts_region"');
    await q.query('DROP INDEX "public"."UQ_accounts_store"');
    await q.query('DROP INDEX "public"."UQ_accounts_program"');
    await q.query('DROP TABLE "accounts"');
    await q.query('DROP TABLE "period_closures"');
    await q.query('DROP TABLE "rule_exclusions"');
    await q.query('DROP INDEX "public"."UQ_rule_versions_rule_version"');
    await q.query('DROP TABLE "rule_versions"');
    await q.query('DROP INDEX "public"."UQ_rules_program_code"');
    await q.query('DROP TABLE "rules"');
    await q.query('DROP INDEX "public"."IDX_programs_county"');
    await q.query('DROP INDEX "public"."UQ_programs_code"');
    await q.query('DROP TABLE "programs"');
    await q.query('DROP INDEX "public"."IDX_idempotency_keys_expires"');
    await q.query('DROP TABLE "idempotency_keys"');
  }
}
