import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Integration1797800000000 implements MigrationInterface {
  name = 'Integration1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "api_clients" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "key_id" character varying(32) NOT NULL, "county_id" integer NOT NULL, "region_id" integer NOT NULL, "name" character varying(100) NOT NULL, "event_types" character varying(64) array NOT NULL, "user_id" integer NOT NULL, "created_by" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" integer, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ef2d5ef0eb5e9a6ddc67cfa310e" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_api_clients_key_id" ON "api_clients"  ("key_id") ');
    await q.query(
      'CREATE TABLE "api_client_secrets" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "client_id" integer NOT NULL, "salt" character varying(64) NOT NULL, "secret_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_79e821be795fca55e9ce734b31b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_api_client_secrets_client" ON "api_client_secrets"  ("client_id") ');
    await q.query(
      'CREATE TABLE "integration_requests" ("client_id" integer NOT NULL, "webhook_id" character varying(100) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_integration_requests" PRIMARY KEY ("client_id", "webhook_id"))',
    );
    await q.query(
      'CREATE TABLE "integration_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "client_id" integer NOT NULL, "county_id" integer NOT NULL, "event_id" character varying(100) NOT NULL, "type" character varying(64) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "event" jsonb NOT NULL, "status" character varying(12) NOT NULL, "household_id" integer, "program_id" integer, "claim_id" bigint, "notice_id" bigint, "transaction_id" bigint, "points" bigint, "capped" boolean NOT NULL DEFAULT false, "error_code" character varying(40), "error_details" jsonb, "attempts" integer NOT NULL DEFAULT \'1\', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "handled_by" integer, CONSTRAINT "CHK_integration_events_status" CHECK ("status" IN (\'accepted\', \'dead\', \'dismissed\')), CONSTRAINT "PK_a2d1c976c11f47866a9e4273192" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_integration_events_dead" ON "integration_events"  ("county_id", "id") WHERE "status" = \'dead\'');
    await q.query('CREATE UNIQUE INDEX "UQ_integration_events_client_event" ON "integration_events"  ("client_id", "event_id") ');
    await q.query(
      'CREATE TABLE "event_mappings" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "county_id" integer NOT NULL, "event_type" character varying(64) NOT NULL, "program_id" integer NOT NULL, "rule_id" integer NOT NULL, "path" character varying(8) NOT NULL, "set_by" integer NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_mappings_path" CHECK ("path" IN (\'claim\', \'entry\')), CONSTRAINT "PK_c8f515de594977cd3cd8ff954a8" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_event_mappings_county_type" ON "event_mappings"  ("county_id", "event_type") ');
    await q.query(
      'ALTER TABLE "api_clients" ADD CONSTRAINT "FK_api_clients_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "api_clients" ADD CONSTRAINT "FK_api_clients_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "api_clients" ADD CONSTRAINT "FK_api_clients_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "api_clients" ADD CONSTRAINT "FK_api_clients_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "api_clients" ADD CONSTRAINT "FK_api_clients_revoked_by" FOREIGN KEY ("revoked_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "api_client_secrets" ADD CONSTRAINT "FK_api_client_secrets_client" FOREIGN KEY ("client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_requests" ADD CONSTRAINT "FK_integration_requests_client" FOREIGN KEY ("client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_events" ADD CONSTRAINT "FK_integration_events_client" FOREIGN KEY ("client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_events" ADD CONSTRAINT "FK_integration_events_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_events" ADD CONSTRAINT "FK_integration_events_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_events" ADD CONSTRAINT "FK_integration_events_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "integration_events" ADD CONSTRAINT "FK_integration_events_handled_by" FOREIGN KEY ("handled_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "event_mappings" ADD CONSTRAINT "FK_event_mappings_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "event_mappings" ADD CONSTRAINT "FK_event_mappings_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "event_mappings" ADD CONSTRAINT "FK_event_mappings_rule" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "event_mappings" ADD CONSTRAINT "FK_event_mappings_set_by" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "event_mappings" DROP CONSTRAINT "FK_event_mappings_set_by"');
    await q.query('ALTER TABLE "event_mappings" DROP CONSTRAINT "FK_event_mappings_rule"');
    await q.query('ALTER TABLE "event_mappings" DROP CONSTRAINT "FK_event_mappings_program"');
    await q.query('ALTER TABLE "event_mappings" DROP CONSTRAINT "FK_event_mappings_county"');
    await q.query('ALTER TABLE "integration_events" DROP CONSTRAINT "FK_integration_events_handled_by"');
    await q.query('ALTER TABLE "integration_events" DROP CONSTRAINT "FK_integration_events_program"');
    await q.query('ALTER TABLE "integration_events" DROP CONSTRAINT "FK_integration_events_household"');
    await q.query('ALTER TABLE "integration_events" DROP CONSTRAINT "FK_integration_events_county"');
    await q.query('ALTER TABLE "integration_events" DROP CONSTRAINT "FK_integration_events_client"');
    await q.query('ALTER TABLE "integration_requests" DROP CONSTRAINT "FK_integration_requests_client"');
    await q.query('ALTER TABLE "api_client_secrets" DROP CONSTRAINT "FK_api_client_secrets_client"');
    await q.query('ALTER TABLE "api_clients" DROP CONSTRAINT "FK_api_clients_revoked_by"');
    await q.query('ALTER TABLE "api_clients" DROP CONSTRAINT "FK_api_clients_created_by"');
    await q.query('ALTER TABLE "api_clients" DROP CONSTRAINT "FK_api_clients_user"');
    await q.query('ALTER TABLE "api_clients" DROP CONSTRAINT "FK_api_clients_region"');
    await q.query('ALTER TABLE "api_clients" DROP CONSTRAINT "FK_api_clients_county"');
    await q.query('DROP INDEX "public"."UQ_event_mappings_county_type"');
    await q.query('DROP TABLE "event_mappings"');
    await q.query('DROP INDEX "public"."UQ_integration_events_client_event"');
    await q.query('DROP INDEX "public"."IDX_integration_events_dead"');
    await q.query('DROP TABLE "integration_events"');
    await q.query('DROP TABLE "integration_requests"');
    await q.query('DROP INDEX "public"."IDX_api_client_secrets_client"');
    await q.query('DROP TABLE "api_client_secrets"');
    await q.query('DROP INDEX "public"."UQ_api_clients_key_id"');
    await q.query('DROP TABLE "api_clients"');
  }
}
