import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence photos (for points claims): one row per upload, by a staff user or a household's
 * resident (exactly one of the two), in a village. The image and its thumbnail live in the blob
 * store under content-addressed keys; `source_sha256` finds an earlier upload of the same bytes.
 */
export class Evidence1796200000000 implements MigrationInterface {
  name = 'Evidence1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "evidence" (
        "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "village_id" integer NOT NULL,
        "uploaded_by_user" integer,
        "uploaded_by_household" integer,
        "media_type" character varying(32) NOT NULL,
        "width" integer NOT NULL,
        "height" integer NOT NULL,
        "bytes" integer NOT NULL,
        "sha256" character varying(64) NOT NULL,
        "image_key" character varying(200) NOT NULL,
        "thumbnail_key" character varying(200) NOT NULL,
        "source_sha256" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_evidence_uploader" CHECK (("uploaded_by_user" IS NULL) <> ("uploaded_by_household" IS NULL)),
        CONSTRAINT "CHK_evidence_media_type" CHECK ("media_type" IN ('image/jpeg', 'image/png', 'image/webp')),
        CONSTRAINT "CHK_evidence_size" CHECK ("width" > 0 AND "height" > 0 AND "bytes" > 0),
        CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"),
        CONSTRAINT "FK_evidence_village" FOREIGN KEY ("village_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "FK_evidence_uploaded_by_user" FOREIGN KEY ("uploaded_by_user") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "FK_evidence_uploaded_by_household" FOREIGN KEY ("uploaded_by_household") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_evidence_village" ON "evidence" ("village_id")`);
    await q.query(`CREATE INDEX "IDX_evidence_uploaded_by_household" ON "evidence" ("uploaded_by_household")`);
    await q.query(`CREATE INDEX "IDX_evidence_source_sha256" ON "evidence" ("source_sha256")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "evidence"`);
  }
}
