import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery job looks every minute for the messages of the last three days of each county with
 * a channel: an index by county and time keeps that a short range scan however many messages the
 * outbox holds.
 */

export class MessageIndex1797900000000 implements MigrationInterface {
  name = 'MessageIndex1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "IDX_messages_county_created" ON "messages"  ("county_id", "created_at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_messages_county_created"');
  }
}
