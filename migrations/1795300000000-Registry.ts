import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, staff users, households with members, imports, stores with kiosk devices, audit log. */
export class Registry1795300000000 implements MigrationInterface {
  name = 'Registry1795300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "regions" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "code" character varying(32) NOT NULL,
        "name" character varying(100) NOT NULL,
        "level" character varying(16) NOT NULL,
        "parent_id" integer,
        "path" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_regions_level" CHECK ("level" IN ('county', 'township', 'village', 'grid')),
        CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"),
        CONSTRAINT "FK_regions_parent" FOREIGN KEY ("parent_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_regions_code" ON "regions" ("code")`);
    await q.query(`CREATE INDEX "IDX_regions_parent" ON "regions" ("parent_id")`);
    // Subtree queries are `path LIKE '/1/4/%'`: a pattern-ops index serves the prefix.
    await q.query(`CREATE INDEX "IDX_regions_path" ON "regions" ("path" text_pattern_ops)`);

    await q.query(`
      CREATE TABLE "users" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "username" character varying(64) NOT NULL,
        "password_hash" character varying(200) NOT NULL,
        "display_name" character varying(100) NOT NULL,
        "role" character varying(32) NOT NULL,
        "region_id" integer NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_users_role" CHECK ("role" IN ('county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor')),
        CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"),
        CONSTRAINT "FK_users_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_username" ON "users" ("username")`);
    await q.query(`CREATE INDEX "IDX_users_region" ON "users" ("region_id")`);

    await q.query(`
      CREATE TABLE "households" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "village_id" integer NOT NULL,
        "household_no" character varying(32) NOT NULL,
        "head_name" character varying(64) NOT NULL,
        "address" character varying(200),
        "phone_masked" character varying(32),
        "phone_hash" character varying(64),
        "card_code" character varying(16) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_2b1aef2640717132e9231aac756" PRIMARY KEY ("id"),
        CONSTRAINT "FK_households_village" FOREIGN KEY ("village_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_households_card_code" ON "households" ("card_code")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_households_village_no" ON "households" ("village_id", "household_no")`);

    await q.query(`
      CREATE TABLE "household_members" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "household_id" integer NOT NULL,
        "name" character varying(64) NOT NULL,
        "relation" character varying(16) NOT NULL,
        "id_number_masked" character varying(32),
        "id_number_hash" character varying(64),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_198055660706bdbea68909fdb01" PRIMARY KEY ("id"),
        CONSTRAINT "FK_household_members_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_household_members_name" ON "household_members" ("household_id", "name")`);

    await q.query(`
      CREATE TABLE "household_imports" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'queued',
        "file_name" character varying(200),
        "file_sha256" character varying(64) NOT NULL,
        "file" bytea NOT NULL,
        "encoding" character varying(16),
        "created_by" integer NOT NULL,
        "scope_region_id" integer NOT NULL,
        "total_lines" integer NOT NULL DEFAULT '0',
        "processed_lines" integer NOT NULL DEFAULT '0',
        "created" integer NOT NULL DEFAULT '0',
        "updated" integer NOT NULL DEFAULT '0',
        "unchanged" integer NOT NULL DEFAULT '0',
        "errors" jsonb NOT NULL DEFAULT '[]',
        "failure_reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_household_imports_status" CHECK ("status" IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT "PK_dc19297c1975a10e2b4256e6182" PRIMARY KEY ("id"),
        CONSTRAINT "FK_household_imports_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "FK_household_imports_scope_region" FOREIGN KEY ("scope_region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);

    await q.query(`
      CREATE TABLE "stores" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "code" character varying(32) NOT NULL,
        "name" character varying(100) NOT NULL,
        "region_id" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_7aa6e7d71fa7acdd7ca43d7c9cb" PRIMARY KEY ("id"),
        CONSTRAINT "FK_stores_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_stores_code" ON "stores" ("code")`);
    await q.query(`CREATE INDEX "IDX_stores_region" ON "stores" ("region_id")`);

    await q.query(`
      CREATE TABLE "devices" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "store_id" integer NOT NULL,
        "name" character varying(100) NOT NULL,
        "key_hash" character varying(64) NOT NULL,
        "created_by" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_b1514758245c12daf43486dd1f0" PRIMARY KEY ("id"),
        CONSTRAINT "FK_devices_store" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "FK_devices_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_devices_store" ON "devices" ("store_id")`);

    await q.query(`
      CREATE TABLE "audit_log" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_type" character varying(16) NOT NULL,
        "actor_id" integer,
        "actor_name" character varying(100),
        "actor_region_id" integer,
        "action" character varying(100) NOT NULL,
        "path" character varying(200) NOT NULL,
        "resource_id" character varying(64),
        "outcome" character varying(16) NOT NULL,
        "status" integer NOT NULL,
        "error_code" character varying(64),
        "request_id" character varying(64),
        "ip" character varying(64),
        CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at")`);
    // The audit trail is append-only.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER "TRG_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE "devices"`);
    await q.query(`DROP TABLE "stores"`);
    await q.query(`DROP TABLE "household_imports"`);
    await q.query(`DROP TABLE "household_members"`);
    await q.query(`DROP TABLE "households"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "regions"`);
  }
}
