import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages out (docs/notifications.md): the outbox, the county's channels and what each delivered,
 * households' phone numbers for SMS, and announcements (村务公开).
 *
 * The outbox is written by the database itself, like the transparency log: a deferred constraint
 * trigger on each table whose change a household is told of runs at commit, inside the committing
 * transaction, and writes the message there. A decision and its message commit together or not at
 * all, and no code path can forget one. Only households of household programs are told.
 *
 * - claims, status to approved or rejected: `claim.approved` {program, rule, points, noticeUntil?}, `claim.rejected` {program, rule};
 * - notices of staff entries (a claim's notice is told with its approval): `entry.noticed` {program, rule, points, deadline};
 * - objections decided: `objection.upheld` / `objection.dismissed` {program, rule, points, party: holder | objector}, to the
 *   household of the entry and to the objecting household;
 * - sanctions: `sanction.imposed` {program, rule, clearedPoints, until?}, `sanction.lifted` {program, rule};
 * - redemptions: `redemption.made` {program, store, receiptNo, points}.
 */

const OUTBOX_SQL = [
  `CREATE FUNCTION outbox_write(p_household int, p_county int, p_template text, p_values jsonb, p_subject_type text, p_subject_id bigint)
   RETURNS void LANGUAGE sql AS $$
     INSERT INTO messages (household_id, county_id, template, "values", subject_type, subject_id)
     VALUES (p_household, p_county, p_template, p_values, p_subject_type, p_subject_id)
   $$`,
  // The program of a household-held row, with the rule version's name; nothing for other holder types.
  `CREATE FUNCTION outbox_claim_decided() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE p record; rv record; until text;
   BEGIN
     SELECT id, name, county_id, timezone INTO p FROM programs WHERE id = NEW.program_id AND holder_type = 'household';
     IF NOT FOUND THEN RETURN NULL; END IF;
     SELECT name INTO rv FROM rule_versions WHERE id = NEW.rule_version_id;
     IF NEW.status = 'approved' THEN
       SELECT to_char(deadline AT TIME ZONE p.timezone, 'YYYY-MM-DD') INTO until FROM notices WHERE id = NEW.notice_id AND status IN ('noticed', 'held');
       PERFORM outbox_write(NEW.household_id, p.county_id, 'claim.approved',
         jsonb_strip_nulls(jsonb_build_object('program', p.name, 'rule', rv.name, 'points', COALESCE(NEW.granted_points, 0), 'noticeUntil', until)),
         'claim', NEW.id);
     ELSE
       PERFORM outbox_write(NEW.household_id, p.county_id, 'claim.rejected', jsonb_build_object('program', p.name, 'rule', rv.name), 'claim', NEW.id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER outbox_claims AFTER UPDATE OF status ON claims DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
   WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.status IN ('approved', 'rejected')) EXECUTE FUNCTION outbox_claim_decided()`,
  `CREATE FUNCTION outbox_entry_noticed() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE p record; rv record;
   BEGIN
     SELECT id, name, county_id, timezone INTO p FROM programs WHERE id = NEW.program_id AND holder_type = 'household';
     IF NOT FOUND THEN RETURN NULL; END IF;
     SELECT name INTO rv FROM rule_versions WHERE id = NEW.rule_version_id;
     PERFORM outbox_write(NEW.holder_id, p.county_id, 'entry.noticed',
       jsonb_build_object('program', p.name, 'rule', rv.name, 'points', NEW.points, 'deadline', to_char(NEW.deadline AT TIME ZONE p.timezone, 'YYYY-MM-DD')),
       'notice', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER outbox_notices AFTER INSERT ON notices DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
   WHEN (NEW.claim_id IS NULL) EXECUTE FUNCTION outbox_entry_noticed()`,
  `CREATE FUNCTION outbox_objection_decided() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE n record; p record; rv record; v jsonb; template text := 'objection.' || NEW.status;
   BEGIN
     SELECT * INTO n FROM notices WHERE id = NEW.notice_id;
     SELECT id, name, county_id INTO p FROM programs WHERE id = n.program_id AND holder_type = 'household';
     IF NOT FOUND THEN RETURN NULL; END IF;
     SELECT name INTO rv FROM rule_versions WHERE id = n.rule_version_id;
     v := jsonb_build_object('program', p.name, 'rule', rv.name, 'points', n.points);
     PERFORM outbox_write(n.holder_id, p.county_id, template, v || '{"party": "holder"}', 'notice', n.id);
     IF NEW.household_id IS NOT NULL AND NEW.household_id <> n.holder_id THEN
       PERFORM outbox_write(NEW.household_id, p.county_id, template, v || '{"party": "objector"}', 'notice', n.id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER outbox_objections AFTER UPDATE OF status ON objections DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
   WHEN (OLD.status = 'open' AND NEW.status IN ('upheld', 'dismissed')) EXECUTE FUNCTION outbox_objection_decided()`,
  `CREATE FUNCTION outbox_sanction() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE p record; rule text;
   BEGIN
     SELECT id, name, county_id INTO p FROM programs WHERE id = NEW.program_id AND holder_type = 'household';
     IF NOT FOUND THEN RETURN NULL; END IF;
     SELECT rv.name INTO rule FROM transactions t JOIN rule_versions rv ON rv.id = t.rule_version_id WHERE t.id = NEW.transaction_id;
     IF TG_OP = 'INSERT' THEN
       PERFORM outbox_write(NEW.holder_id, p.county_id, 'sanction.imposed',
         jsonb_strip_nulls(jsonb_build_object('program', p.name, 'rule', rule, 'clearedPoints', NEW.cleared_points,
           'until', to_char(NEW.suspended_until, 'YYYY-MM-DD'))),
         'transaction', NEW.transaction_id);
     ELSE
       PERFORM outbox_write(NEW.holder_id, p.county_id, 'sanction.lifted', jsonb_strip_nulls(jsonb_build_object('program', p.name, 'rule', rule)),
         'transaction', NEW.lifted_by);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER outbox_sanctions_imposed AFTER INSERT ON sanctions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbox_sanction()`,
  `CREATE CONSTRAINT TRIGGER outbox_sanctions_lifted AFTER UPDATE OF lifted_at ON sanctions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
   WHEN (OLD.lifted_at IS NULL AND NEW.lifted_at IS NOT NULL) EXECUTE FUNCTION outbox_sanction()`,
  `CREATE FUNCTION outbox_redemption() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE p record; store text; points bigint;
   BEGIN
     SELECT id, name, county_id INTO p FROM programs WHERE id = NEW.program_id AND holder_type = 'household';
     IF NOT FOUND THEN RETURN NULL; END IF;
     SELECT name INTO store FROM stores WHERE id = NEW.store_id;
     SELECT COALESCE(sum(quantity * unit_points), 0) INTO points FROM redemption_lines WHERE redemption_id = NEW.id;
     PERFORM outbox_write(NEW.household_id, p.county_id, 'redemption.made',
       jsonb_build_object('program', p.name, 'store', store, 'receiptNo', NEW.receipt_no, 'points', points), 'redemption', NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE CONSTRAINT TRIGGER outbox_redemptions AFTER INSERT ON redemptions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbox_redemption()`,
];

const OUTBOX_DROP = [
  'DROP TRIGGER outbox_redemptions ON redemptions',
  'DROP TRIGGER outbox_sanctions_lifted ON sanctions',
  'DROP TRIGGER outbox_sanctions_imposed ON sanctions',
  'DROP TRIGGER outbox_objections ON objections',
  'DROP TRIGGER outbox_notices ON notices',
  'DROP TRIGGER outbox_claims ON claims',
  'DROP FUNCTION outbox_redemption()',
  'DROP FUNCTION outbox_sanction()',
  'DROP FUNCTION outbox_objection_decided()',
  'DROP FUNCTION outbox_entry_noticed()',
  'DROP FUNCTION outbox_claim_decided()',
  'DROP FUNCTION outbox_write(int, int, text, jsonb, text, bigint)',
];

export class Notifications1797700000000 implements MigrationInterface {
  name = 'Notifications1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "messages" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "household_id" integer NOT NULL, "county_id" integer NOT NULL, "template" character varying(32) NOT NULL, "values" jsonb NOT NULL, "subject_type" character varying(16), "subject_id" bigint, "dedupe_key" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_messages_subject" CHECK ("subject_type" IS NULL OR "subject_type" IN (\'claim\', \'notice\', \'transaction\', \'redemption\')), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_messages_dedupe_key" ON "messages"  ("dedupe_key") WHERE "dedupe_key" IS NOT NULL');
    await q.query('CREATE INDEX "IDX_messages_county" ON "messages"  ("county_id", "id") ');
    await q.query('CREATE INDEX "IDX_messages_household" ON "messages"  ("household_id", "id") ');
    await q.query(
      'CREATE TABLE "notification_channels" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "county_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "settings" jsonb NOT NULL, "secret_sealed" text NOT NULL, "quiet_from" smallint, "quiet_until" smallint, "daily_limit" integer NOT NULL DEFAULT \'5\', "created_by" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notification_channels_daily_limit" CHECK ("daily_limit" BETWEEN 1 AND 100), CONSTRAINT "CHK_notification_channels_quiet" CHECK (("quiet_from" IS NULL) = ("quiet_until" IS NULL) AND ("quiet_from" IS NULL OR ("quiet_from" BETWEEN 0 AND 1439 AND "quiet_until" BETWEEN 0 AND 1439))), CONSTRAINT "CHK_notification_channels_kind" CHECK ("kind" IN (\'webhook\', \'tencent_sms\')), CONSTRAINT "PK_3bc0cb5b60e8659f5fc859b2af0" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_notification_channels_county" ON "notification_channels"  ("county_id") ');
    await q.query(
      'CREATE TABLE "message_deliveries" ("message_id" bigint NOT NULL, "channel_id" integer NOT NULL, "household_id" integer NOT NULL, "status" character varying(8) NOT NULL DEFAULT \'queued\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(300), "sent_at" TIMESTAMP WITH TIME ZONE, "provider_ref" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_message_deliveries_status" CHECK ("status" IN (\'queued\', \'sent\', \'failed\')), CONSTRAINT "PK_message_deliveries" PRIMARY KEY ("message_id", "channel_id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_message_deliveries_household_day" ON "message_deliveries"  ("channel_id", "household_id", "sent_at") WHERE "status" = \'sent\'',
    );
    await q.query('CREATE INDEX "IDX_message_deliveries_due" ON "message_deliveries"  ("next_attempt_at") WHERE "status" = \'queued\'');
    await q.query(
      'CREATE TABLE "household_contacts" ("household_id" integer NOT NULL, "phone_sealed" text NOT NULL, "phone_masked" character varying(32) NOT NULL, "set_by" integer NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_household_contacts" PRIMARY KEY ("household_id"))',
    );
    await q.query(
      'CREATE TABLE "announcements" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "region_id" integer NOT NULL, "region_path" text NOT NULL, "title" character varying(60) NOT NULL, "body" text NOT NULL, "photo_ids" integer array NOT NULL DEFAULT \'{}\', "from_date" date NOT NULL, "until_date" date NOT NULL, "published_by" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" integer, "withdraw_reason" character varying(200), CONSTRAINT "CHK_announcements_withdrawn" CHECK (("withdrawn_at" IS NULL) = ("withdrawn_by" IS NULL)), CONSTRAINT "CHK_announcements_text" CHECK (char_length("title") BETWEEN 1 AND 60 AND char_length("body") BETWEEN 1 AND 2000), CONSTRAINT "CHK_announcements_dates" CHECK ("until_date" >= "from_date"), CONSTRAINT "PK_b3ad760876ff2e19d58e05dc8b0" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_announcements_region" ON "announcements"  ("region_id", "until_date") ');
    await q.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "FK_messages_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "messages" ADD CONSTRAINT "FK_messages_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notification_channels" ADD CONSTRAINT "FK_notification_channels_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notification_channels" ADD CONSTRAINT "FK_notification_channels_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "message_deliveries" ADD CONSTRAINT "FK_message_deliveries_message" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "message_deliveries" ADD CONSTRAINT "FK_message_deliveries_channel" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "household_contacts" ADD CONSTRAINT "FK_household_contacts_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "household_contacts" ADD CONSTRAINT "FK_household_contacts_set_by" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "announcements" ADD CONSTRAINT "FK_announcements_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "announcements" ADD CONSTRAINT "FK_announcements_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "announcements" ADD CONSTRAINT "FK_announcements_withdrawn_by" FOREIGN KEY ("withdrawn_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    for (const statement of OUTBOX_SQL) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_DROP) await q.query(statement);
    await q.query('ALTER TABLE "announcements" DROP CONSTRAINT "FK_announcements_withdrawn_by"');
    await q.query('ALTER TABLE "announcements" DROP CONSTRAINT "FK_announcements_published_by"');
    await q.query('ALTER TABLE "announcements" DROP CONSTRAINT "FK_announcements_region"');
    await q.query('ALTER TABLE "household_contacts" DROP CONSTRAINT "FK_household_contacts_set_by"');
    await q.query('ALTER TABLE "household_contacts" DROP CONSTRAINT "FK_household_contacts_household"');
    await q.query('ALTER TABLE "message_deliveries" DROP CONSTRAINT "FK_message_deliveries_channel"');
    await q.query('ALTER TABLE "message_deliveries" DROP CONSTRAINT "FK_message_deliveries_message"');
    await q.query('ALTER TABLE "notification_channels" DROP CONSTRAINT "FK_notification_channels_created_by"');
    await q.query('ALTER TABLE "notification_channels" DROP CONSTRAINT "FK_notification_channels_county"');
    await q.query('ALTER TABLE "messages" DROP CONSTRAINT "FK_messages_county"');
    await q.query('ALTER TABLE "messages" DROP CONSTRAINT "FK_messages_household"');
    await q.query('DROP INDEX "public"."IDX_announcements_region"');
    await q.query('DROP TABLE "announcements"');
    await q.query('DROP TABLE "household_contacts"');
    await q.query('DROP INDEX "public"."IDX_message_deliveries_due"');
    await q.query('DROP INDEX "public"."IDX_message_deliveries_household_day"');
    await q.query('DROP TABLE "message_deliveries"');
    await q.query('DROP INDEX "public"."IDX_notification_channels_county"');
    await q.query('DROP TABLE "notification_channels"');
    await q.query('DROP INDEX "public"."IDX_messages_household"');
    await q.query('DROP INDEX "public"."IDX_messages_county"');
    await q.query('DROP INDEX "public"."UQ_messages_dedupe_key"');
    await q.query('DROP TABLE "messages"');
  }
}
