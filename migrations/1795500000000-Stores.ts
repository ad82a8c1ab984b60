import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Love supermarkets: stores tied to a program, items with stock and per-household limits, stock
 * movements, redemptions with lines and receipt numbers, refunds and settlements.
 */
export class Stores1795500000000 implements MigrationInterface {
  name = 'Stores1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "store_items" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "store_id" integer NOT NULL, "sku" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "points_price" bigint NOT NULL, "stock" integer NOT NULL DEFAULT \'0\', "tracks_stock" boolean NOT NULL DEFAULT true, "active" boolean NOT NULL DEFAULT true, "limit_quantity" integer, "limit_per" character varying(8), "low_stock_at" integer NOT NULL DEFAULT \'5\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_store_items_limit" CHECK (("limit_quantity" IS NULL AND "limit_per" IS NULL) OR ("limit_quantity" > 0 AND "limit_per" IN (\'month\', \'quarter\', \'year\'))), CONSTRAINT "CHK_store_items_price" CHECK ("points_price" > 0), CONSTRAINT "CHK_store_items_stock" CHECK ("stock" >= 0), CONSTRAINT "PK_0d47463134b9663b18d7df22282" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_store_items_sku" ON "store_items"  ("store_id", "sku") ');
    await q.query(
      'CREATE TABLE "stock_movements" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "store_id" integer NOT NULL, "item_id" integer NOT NULL, "quantity" integer NOT NULL, "stock_after" integer NOT NULL, "kind" character varying(16) NOT NULL, "reason" character varying(200), "funding_source" character varying(16), "redemption_id" bigint, "actor_type" character varying(16) NOT NULL, "actor_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_stock_movements_kind" CHECK ("kind" IN (\'initial\', \'restock\', \'adjustment\', \'redemption\', \'refund\')), CONSTRAINT "CHK_stock_movements_quantity" CHECK ("quantity" <> 0), CONSTRAINT "PK_57a26b190618550d8e65fb860e7" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_stock_movements_item" ON "stock_movements"  ("item_id", "id") ');
    await q.query(
      'CREATE TABLE "item_limit_usage" ("item_id" integer NOT NULL, "household_id" integer NOT NULL, "period_key" character varying(8) NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "PK_20425273f2c2e57164cf0822cec" PRIMARY KEY ("item_id", "household_id", "period_key"))',
    );
    await q.query(
      'CREATE TABLE "settlements" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "store_id" integer NOT NULL, "program_id" integer NOT NULL, "transaction_id" bigint, "points" bigint NOT NULL, "point_value_fen" bigint NOT NULL, "value_fen" bigint NOT NULL, "redemption_count" integer NOT NULL, "refund_count" integer NOT NULL, "up_to" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f523ce152b84e818bff9467aab" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_settlements_store" ON "settlements"  ("store_id", "id") ');
    await q.query(
      'CREATE TABLE "redemptions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "store_id" integer NOT NULL, "program_id" integer NOT NULL, "household_id" integer NOT NULL, "transaction_id" bigint NOT NULL, "receipt_no" character varying(64) NOT NULL, "points" bigint NOT NULL, "settlement_id" bigint, "actor_type" character varying(16) NOT NULL, "actor_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_def143ab94376fea5985bb04219" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_redemptions_receipt" ON "redemptions"  ("receipt_no") ');
    await q.query('CREATE INDEX "IDX_redemptions_unsettled" ON "redemptions"  ("store_id") WHERE "settlement_id" IS NULL');
    await q.query('CREATE INDEX "IDX_redemptions_store_created" ON "redemptions"  ("store_id", "created_at") ');
    await q.query(
      'CREATE TABLE "redemption_lines" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "redemption_id" bigint NOT NULL, "item_id" integer NOT NULL, "sku" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "quantity" integer NOT NULL, "unit_points" bigint NOT NULL, "points" bigint NOT NULL, "refunded_quantity" integer NOT NULL DEFAULT \'0\', CONSTRAINT "CHK_redemption_lines_quantity" CHECK ("quantity" > 0 AND "refunded_quantity" >= 0 AND "refunded_quantity" <= "quantity"), CONSTRAINT "PK_693e43d07e22cc177e661ca942c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_redemption_lines_redemption" ON "redemption_lines"  ("redemption_id") ');
    await q.query(
      'CREATE TABLE "refunds" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "redemption_id" bigint NOT NULL, "store_id" integer NOT NULL, "transaction_id" bigint NOT NULL, "points" bigint NOT NULL, "reason" character varying(500) NOT NULL, "lines" jsonb NOT NULL, "settlement_id" bigint, "actor_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5106efb01eeda7e49a78b869738" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_refunds_unsettled" ON "refunds"  ("store_id") WHERE "settlement_id" IS NULL');
    await q.query(
      'CREATE TABLE "receipt_counters" ("store_id" integer NOT NULL, "day" date NOT NULL, "last_no" integer NOT NULL, CONSTRAINT "PK_a38cb31acf0556eb697239ec306" PRIMARY KEY ("store_id", "day"))',
    );
    await q.query('ALTER TABLE "stores" ADD "program_id" integer');
    await q.query('ALTER TABLE "stores" ADD "refund_window_days" integer NOT NULL DEFAULT \'7\'');
    await q.query(
      'ALTER TABLE "stores" ADD CONSTRAINT "FK_stores_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "store_items" ADD CONSTRAINT "FK_store_items_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_stock_movements_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_stock_movements_item" FOREIGN KEY ("item_id") REFERENCES "store_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "item_limit_usage" ADD CONSTRAINT "FK_item_limit_usage_item" FOREIGN KEY ("item_id") REFERENCES "store_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "settlements" ADD CONSTRAINT "FK_settlements_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "settlements" ADD CONSTRAINT "FK_settlements_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "settlements" ADD CONSTRAINT "FK_settlements_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemptions" ADD CONSTRAINT "FK_redemptions_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemptions" ADD CONSTRAINT "FK_redemptions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemptions" ADD CONSTRAINT "FK_redemptions_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemptions" ADD CONSTRAINT "FK_redemptions_settlement" FOREIGN KEY ("settlement_id") REFERENCES "settlements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemption_lines" ADD CONSTRAINT "FK_redemption_lines_redemption" FOREIGN KEY ("redemption_id") REFERENCES "redemptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "redemption_lines" ADD CONSTRAINT "FK_redemption_lines_item" FOREIGN KEY ("item_id") REFERENCES "store_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_refunds_redemption" FOREIGN KEY ("redemption_id") REFERENCES "redemptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_refunds_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_refunds_transaction" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_refunds_settlement" FOREIGN KEY ("settlement_id") REFERENCES "settlements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "receipt_counters" ADD CONSTRAINT "FK_receipt_counters_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The ledger learns the store's kinds of transaction.
    await q.query(`ALTER TABLE "transactions" DROP CONSTRAINT "CHK_transactions_type"`);
    await q.query(
      `ALTER TABLE "transactions" ADD CONSTRAINT "CHK_transactions_type" CHECK ("type" IN ('opening', 'award', 'deduction', 'reversal', 'redemption', 'refund', 'settlement'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "transactions" DROP CONSTRAINT "CHK_transactions_type"`);
    await q.query(
      `ALTER TABLE "transactions" ADD CONSTRAINT "CHK_transactions_type" CHECK ("type" IN ('opening', 'award', 'deduction', 'reversal'))`,
    );
    await q.query('ALTER TABLE "receipt_counters" DROP CONSTRAINT "FK_receipt_counters_store"');
    await q.query('ALTER TABLE "refunds" DROP CONSTRAINT "FK_refunds_settlement"');
    await q.query('ALTER TABLE "refunds" DROP CONSTRAINT "FK_refunds_transaction"');
    await q.query('ALTER TABLE "refunds" DROP CONSTRAINT "FK_refunds_store"');
    await q.query('ALTER TABLE "refunds" DROP CONSTRAINT "FK_refunds_redemption"');
    await q.query('ALTER TABLE "redemption_lines" DROP CONSTRAINT "FK_redemption_lines_item"');
    await q.query('ALTER TABLE "redemption_lines" DROP CONSTRAINT "FK_redemption_lines_redemption"');
    await q.query('ALTER TABLE "redemptions" DROP CONSTRAINT "FK_redemptions_settlement"');
    await q.query('ALTER TABLE "redemptions" DROP CONSTRAINT "FK_redemptions_transaction"');
    await q.query('ALTER TABLE "redemptions" DROP CONSTRAINT "FK_redemptions_program"');
    await q.query('ALTER TABLE "redemptions" DROP CONSTRAINT "FK_redemptions_store"');
    await q.query('ALTER TABLE "settlements" DROP CONSTRAINT "FK_settlements_transaction"');
    await q.query('ALTER TABLE "settlements" DROP CONSTRAINT "FK_settlements_program"');
    await q.query('ALTER TABLE "settlements" DROP CONSTRAINT "FK_settlements_store"');
    await q.query('ALTER TABLE "item_limit_usage" DROP CONSTRAINT "FK_item_limit_usage_item"');
    await q.query('ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_stock_movements_item"');
    await q.query('ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_stock_movements_store"');
    await q.query('ALTER TABLE "store_items" DROP CONSTRAINT "FK_store_items_store"');
    await q.query('ALTER TABLE "stores" DROP CONSTRAINT "FK_stores_program"');
    await q.query('ALTER TABLE "stores" DROP COLUMN "refund_window_days"');
    await q.query('ALTER TABLE "stores" DROP COLUMN "program_id"');
    await q.query('DROP TABLE "receipt_counters"');
    await q.query('DROP INDEX "public"."IDX_refunds_unsettled"');
    await q.query('DROP TABLE "refunds"');
    await q.query('DROP INDEX "public"."IDX_redemption_lines_redemption"');
    await q.query('DROP TABLE "redemption_lines"');
    await q.query('DROP INDEX "public"."IDX_redemptions_store_created"');
    await q.query('DROP INDEX "public"."IDX_redemptions_unsettled"');
    await q.query('DROP INDEX "public"."UQ_redemptions_receipt"');
    await q.query('DROP TABLE "redemptions"');
    await q.query('DROP INDEX "public"."IDX_settlements_store"');
    await q.query('DROP TABLE "settlements"');
    await q.query('DROP TABLE "item_limit_usage"');
    await q.query('DROP INDEX "public"."IDX_stock_movements_item"');
    await q.query('DROP TABLE "stock_movements"');
    await q.query('DROP INDEX "public"."UQ_store_items_sku"');
    await q.query('DROP TABLE "store_items"');
  }
}
