import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Points lifecycle: every award is a lot that spends consume oldest-expiry-first and expiry
 * clears when due (programs choose none, rolling or yearly expiry). A lot keeps its deed day; its
 * expiry day follows from the program's policy (lot_expires_on), so changing the policy re-dates
 * nothing and lots sort by expiry as they sort by deed day. Deduction rules may carry a
 * sanction (clear the redeemable balance, suspend redemption), kept per holder until lifted.
 * What is redeemable when this runs becomes one lot per holder, dated that day (it expires when a
 * program switches expiry on, as points earned that day would).
 */
export class Lifecycle1796600000000 implements MigrationInterface {
  name = 'Lifecycle1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD "expiry_policy" character varying(8) NOT NULL DEFAULT 'none'`);
    await q.query(`ALTER TABLE "programs" ADD "expiry_months" integer`);
    await q.query(`ALTER TABLE "programs" ADD "expiry_date" character varying(5)`);
    await q.query(`ALTER TABLE "programs" ADD "expiry_carry_over" bigint NOT NULL DEFAULT '0'`);
    await q.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "CHK_programs_expiry" CHECK (("expiry_policy" = 'none' AND "expiry_months" IS NULL AND "expiry_date" IS NULL AND "expiry_carry_over" = 0) OR ("expiry_policy" = 'rolling' AND "expiry_months" BETWEEN 1 AND 120 AND "expiry_date" IS NULL AND "expiry_carry_over" = 0) OR ("expiry_policy" = 'yearly' AND "expiry_months" IS NULL AND "expiry_date" ~ '^[0-9]{2}-[0-9]{2}$' AND "expiry_carry_over" >= 0))`,
    );

    await q.query(`ALTER TABLE "rule_versions" ADD "sanction_clears" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "rule_versions" ADD "sanction_suspend_months" integer`);
    await q.query(`ALTER TABLE "rule_versions" ADD "sanction_suspend_years" integer`);
    await q.query(
      `ALTER TABLE "rule_versions" ADD CONSTRAINT "CHK_rule_versions_sanction" CHECK (("sanction_clears" = false AND "sanction_suspend_months" IS NULL AND "sanction_suspend_years" IS NULL) OR ("points" < 0 AND ("sanction_suspend_months" IS NULL OR "sanction_suspend_years" IS NULL) AND ("sanction_suspend_months" IS NULL OR "sanction_suspend_months" BETWEEN 1 AND 120) AND ("sanction_suspend_years" IS NULL OR "sanction_suspend_years" BETWEEN 0 AND 5)))`,
    );

    await q.query(`ALTER TABLE "transactions" DROP CONSTRAINT "CHK_transactions_type"`);
    await q.query(
      `ALTER TABLE "transactions" ADD CONSTRAINT "CHK_transactions_type" CHECK ("type" IN ('opening', 'award', 'deduction', 'reversal', 'redemption', 'refund', 'settlement', 'expiry'))`,
    );

    await q.query(
      `CREATE TABLE "lots" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "account_id" bigint NOT NULL, "holder_id" integer NOT NULL, "region_id" integer NOT NULL, "transaction_id" bigint, "points" bigint NOT NULL, "remaining" bigint NOT NULL, "occurred_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_lots_amounts" CHECK ("points" > 0 AND "remaining" BETWEEN 0 AND "points"), CONSTRAINT "PK_lots" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_lots_open" ON "lots" ("account_id", "occurred_on", "id") WHERE "remaining" > 0`);
    await q.query(`CREATE INDEX "IDX_lots_due" ON "lots" ("program_id", "occurred_on") WHERE "remaining" > 0`);
    // The first day a lot from the deed day is expired: rolling, N months after it; yearly, the next
    // clearing day (MM-DD) after it; otherwise never (null). Non-decreasing in the deed day.
    await q.query(
      `CREATE FUNCTION lot_expires_on(occurred_on date, policy varchar, months int, clearing varchar) RETURNS date
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT CASE policy
             WHEN 'rolling' THEN (occurred_on + make_interval(months => months))::date
             WHEN 'yearly' THEN
               CASE WHEN make_date(extract(year FROM occurred_on)::int, split_part(clearing, '-', 1)::int, split_part(clearing, '-', 2)::int) > occurred_on
                    THEN make_date(extract(year FROM occurred_on)::int, split_part(clearing, '-', 1)::int, split_part(clearing, '-', 2)::int)
                    ELSE make_date(extract(year FROM occurred_on)::int + 1, split_part(clearing, '-', 1)::int, split_part(clearing, '-', 2)::int)
               END
           END
         $$`,
    );
    await q.query(`CREATE INDEX "IDX_lots_transaction" ON "lots" ("transaction_id")`);
    await q.query(
      `ALTER TABLE "lots" ADD CONSTRAINT "FK_lots_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "lots" ADD CONSTRAINT "FK_lots_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "lots" ADD CONSTRAINT "FK_lots_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "lot_moves" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "lot_id" bigint NOT NULL, "transaction_id" bigint NOT NULL, "amount" bigint NOT NULL, "returns_id" bigint, CONSTRAINT "CHK_lot_moves_amount" CHECK ("amount" <> 0), CONSTRAINT "PK_lot_moves" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_lot_moves_transaction" ON "lot_moves" ("transaction_id")`);
    await q.query(`CREATE INDEX "IDX_lot_moves_returns" ON "lot_moves" ("returns_id") WHERE "returns_id" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "lot_moves" ADD CONSTRAINT "FK_lot_moves_lot" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "lot_moves" ADD CONSTRAINT "FK_lot_moves_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "sanctions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "holder_id" integer NOT NULL, "transaction_id" bigint NOT NULL, "clears" boolean NOT NULL, "cleared_points" bigint NOT NULL DEFAULT '0', "suspended_until" date, "lifted_by" bigint, "lifted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sanctions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_sanctions_transaction" ON "sanctions" ("transaction_id")`);
    await q.query(`CREATE INDEX "IDX_sanctions_holder" ON "sanctions" ("program_id", "holder_id") WHERE "lifted_at" IS NULL`);
    await q.query(
      `ALTER TABLE "sanctions" ADD CONSTRAINT "FK_sanctions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sanctions" ADD CONSTRAINT "FK_sanctions_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sanctions" ADD CONSTRAINT "FK_sanctions_lifted_by" FOREIGN KEY ("lifted_by") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(
      `INSERT INTO "lots" ("program_id", "account_id", "holder_id", "region_id", "points", "remaining", "occurred_on")
       SELECT a.program_id, a.id, a.holder_id, a.region_id, a.balance - p.base_points, a.balance - p.base_points, (now() AT TIME ZONE p.timezone)::date
         FROM "accounts" a JOIN "programs" p ON p.id = a.program_id
        WHERE a.kind = 'holder' AND a.balance > p.base_points ORDER BY a.id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sanctions"`);
    await q.query(`DROP TABLE "lot_moves"`);
    await q.query(`DROP TABLE "lots"`);
    await q.query(`DROP FUNCTION lot_expires_on(date, varchar, int, varchar)`);
    await q.query(`ALTER TABLE "transactions" DROP CONSTRAINT "CHK_transactions_type"`);
    await q.query(
      `ALTER TABLE "transactions" ADD CONSTRAINT "CHK_transactions_type" CHECK ("type" IN ('opening', 'award', 'deduction', 'reversal', 'redemption', 'refund', 'settlement'))`,
    );
    await q.query(`ALTER TABLE "rule_versions" DROP CONSTRAINT "CHK_rule_versions_sanction"`);
    await q.query(`ALTER TABLE "rule_versions" DROP COLUMN "sanction_suspend_years"`);
    await q.query(`ALTER TABLE "rule_versions" DROP COLUMN "sanction_suspend_months"`);
    await q.query(`ALTER TABLE "rule_versions" DROP COLUMN "sanction_clears"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "CHK_programs_expiry"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "expiry_carry_over"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "expiry_date"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "expiry_months"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "expiry_policy"`);
  }
}
