import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Household } from '../households/household.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

/** What a message is about, for the door page's link (a claim, a notice, a ledger transaction, a redemption). */
export const MESSAGE_SUBJECTS = ['claim', 'notice', 'transaction', 'redemption'] as const;
export type MessageSubject = (typeof MESSAGE_SUBJECTS)[number];

/**
 * The outbox: one message to a household, written in the transaction that made it (a claim
 * decided, an entry put on notice, an objection decided, a sanction imposed or lifted, a
 * redemption) by the database's own triggers, or by the daily expiry reminder. A template and its
 * values, never free text: the channels render it (docs/notifications.md).
 */
@Entity('messages')
@Index('IDX_messages_household', ['householdId', 'id'])
@Index('IDX_messages_county', ['countyId', 'id'])
/** The delivery job's look for new messages, county by county (outbox.repository.ts queueNew). */
@Index('IDX_messages_county_created', ['countyId', 'createdAt'])
@Check('CHK_messages_subject', `"subject_type" IS NULL OR "subject_type" IN ('claim', 'notice', 'transaction', 'redemption')`)
export class Message {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => Household, { name: 'FK_messages_household', onDelete: 'RESTRICT' })
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  /** The household's county, whose channels deliver it. */
  @ForeignKey(() => Region, { name: 'FK_messages_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  /** A template code of templates.ts, e.g. `claim.approved`. */
  @Column({ type: 'varchar', length: 32 })
  template: string;

  /** The template's values: rule names, points, dates, receipt numbers; no personal data. */
  @Column({ type: 'jsonb' })
  values: Record<string, string | number>;

  @Column({ name: 'subject_type', type: 'varchar', length: 16, nullable: true })
  subjectType: MessageSubject | null;

  @Column({ name: 'subject_id', type: 'bigint', nullable: true })
  subjectId: string | null;

  /** Unique where set: a job that writes messages (the expiry reminder) writes each one once. */
  @Index('UQ_messages_dedupe_key', { unique: true, where: '"dedupe_key" IS NOT NULL' })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 120, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const CHANNEL_KINDS = ['webhook', 'tencent_sms'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * A way a county reaches its households: a signed webhook (its SMS gateway or WeChat service
 * account) or Tencent Cloud SMS. The secret is kept sealed with the service's key (secret-box.ts).
 */
@Entity('notification_channels')
@Check('CHK_notification_channels_kind', `"kind" IN ('webhook', 'tencent_sms')`)
@Check(
  'CHK_notification_channels_quiet',
  `("quiet_from" IS NULL) = ("quiet_until" IS NULL) AND ("quiet_from" IS NULL OR ("quiet_from" BETWEEN 0 AND 1439 AND "quiet_until" BETWEEN 0 AND 1439))`,
)
@Check('CHK_notification_channels_daily_limit', `"daily_limit" BETWEEN 1 AND 100`)
export class NotificationChannel {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('IDX_notification_channels_county')
  @ForeignKey(() => Region, { name: 'FK_notification_channels_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ChannelKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Where and how: a webhook's `url`; Tencent's `endpoint`, `region`, `sdkAppId`, `signName`, `secretId` and `templates` (our code → its template id). */
  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  /** The webhook's signing secret or Tencent's SecretKey, sealed (AES-256-GCM). */
  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed: string;

  /** Quiet hours in the county's time, minutes after midnight (from 1320 until 420: 22:00 to 07:00); none when null. */
  @Column({ name: 'quiet_from', type: 'smallint', nullable: true })
  quietFrom: number | null;

  @Column({ name: 'quiet_until', type: 'smallint', nullable: true })
  quietUntil: number | null;

  /** At most this many messages to one household in one day; the rest wait for the next day. */
  @Column({ name: 'daily_limit', type: 'int', default: 5 })
  dailyLimit: number;

  @ForeignKey(() => User, { name: 'FK_notification_channels_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Disabled channels deliver nothing more; their deliveries keep their status. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message through one channel: queued (perhaps held for quiet hours, the daily limit or a retry), sent, or failed with the reason. */
@Entity('message_deliveries')
@Check('CHK_message_deliveries_status', `"status" IN ('queued', 'sent', 'failed')`)
@Index('IDX_message_deliveries_due', ['nextAttemptAt'], { where: `"status" = 'queued'` })
@Index('IDX_message_deliveries_household_day', ['channelId', 'householdId', 'sentAt'], { where: `"status" = 'sent'` })
export class MessageDelivery {
  @ForeignKey(() => Message, { name: 'FK_message_deliveries_message', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'message_id', type: 'bigint', primaryKeyConstraintName: 'PK_message_deliveries' })
  messageId: string;

  @ForeignKey(() => NotificationChannel, { name: 'FK_message_deliveries_channel', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'channel_id', type: 'int', primaryKeyConstraintName: 'PK_message_deliveries' })
  channelId: number;

  /** The message's household, for the daily limit. */
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  @Column({ type: 'varchar', length: 8, default: 'queued' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Why it waits or failed: QUIET_HOURS, DAILY_LIMIT, NO_PHONE, NO_TEMPLATE, HTTP_503, …, with a short text. */
  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The receiver's id for it (Tencent's SerialNo), when it gives one. */
  @Column({ name: 'provider_ref', type: 'varchar', length: 100, nullable: true })
  providerRef: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A household's phone number for SMS, given with its consent: sealed (secret-box.ts), shown masked. */
@Entity('household_contacts')
export class HouseholdContact {
  @ForeignKey(() => Household, { name: 'FK_household_contacts_household', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'household_id', type: 'int', primaryKeyConstraintName: 'PK_household_contacts' })
  householdId: number;

  @Column({ name: 'phone_sealed', type: 'text' })
  phoneSealed: string;

  @Column({ name: 'phone_masked', type: 'varchar', length: 32 })
  phoneMasked: string;

  @ForeignKey(() => User, { name: 'FK_household_contacts_set_by', onDelete: 'RESTRICT' })
  @Column({ name: 'set_by', type: 'int' })
  setBy: number;

  @UpdateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}
