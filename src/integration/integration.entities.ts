import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from '../households/household.entity.js';
import { Program } from '../programs/program.entity.js';
import { Rule } from '../programs/rule.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An outside system (a grid-management platform) that sends events: the subtree it acts in and the
 * event types it may send. Entries and claims it makes are recorded under its own staff account
 * (`user_id`, never able to log in or review), so caps, separation of duties and the staff
 * activity report treat it as a named clerk.
 */
@Entity('api_clients')
export class ApiClient {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  /** Public id sent with each request (`X-Client-Id`), e.g. `gp_4f1c9a2b7d3e`. */
  @Index('UQ_api_clients_key_id', { unique: true })
  @Column({ name: 'key_id', type: 'varchar', length: 32 })
  keyId: string;

  @ForeignKey(() => Region, { name: 'FK_api_clients_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  /** The subtree it acts in. */
  @ForeignKey(() => Region, { name: 'FK_api_clients_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Event types it may send. */
  @Column({ name: 'event_types', type: 'varchar', length: 64, array: true })
  eventTypes: string[];

  /** Its staff account: what its entries and claims are recorded under. */
  @ForeignKey(() => User, { name: 'FK_api_clients_user', onDelete: 'RESTRICT' })
  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @ForeignKey(() => User, { name: 'FK_api_clients_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @ForeignKey(() => User, { name: 'FK_api_clients_revoked_by', onDelete: 'RESTRICT' })
  @Column({ name: 'revoked_by', type: 'int', nullable: true })
  revokedBy: number | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}

/**
 * A signing secret of a client (two at a time, for rotation). The database keeps a salt and a
 * hash only: the secret is derived from the salt with the service's key when a signature is
 * checked, so a copy of the database signs nothing.
 */
@Entity('api_client_secrets')
@Index('IDX_api_client_secrets_client', ['clientId'])
export class ApiClientSecret {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => ApiClient, { name: 'FK_api_client_secrets_client', onDelete: 'RESTRICT' })
  @Column({ name: 'client_id', type: 'int' })
  clientId: number;

  @Column({ type: 'varchar', length: 64 })
  salt: string;

  /** SHA-256 (hex) of the secret. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** Each signed request's `webhook-id`, per client: the same request again is a replay, refused. */
@Entity('integration_requests')
export class IntegrationRequest {
  @ForeignKey(() => ApiClient, { name: 'FK_integration_requests_client', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'client_id', type: 'int', primaryKeyConstraintName: 'PK_integration_requests' })
  clientId: number;

  @PrimaryColumn({ name: 'webhook_id', type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_integration_requests' })
  webhookId: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

export const EVENT_STATUSES = ['accepted', 'dead', 'dismissed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * An event a client sent, once per client event id: accepted (with the claim or entry it made),
 * dead (waiting in the dead-letter list, with why: staff map its type and replay it) or dismissed.
 */
@Entity('integration_events')
@Index('UQ_integration_events_client_event', ['clientId', 'eventId'], { unique: true })
@Index('IDX_integration_events_dead', ['countyId', 'id'], { where: `"status" = 'dead'` })
@Check('CHK_integration_events_status', `"status" IN ('accepted', 'dead', 'dismissed')`)
export class IntegrationEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ForeignKey(() => ApiClient, { name: 'FK_integration_events_client', onDelete: 'RESTRICT' })
  @Column({ name: 'client_id', type: 'int' })
  clientId: number;

  @ForeignKey(() => Region, { name: 'FK_integration_events_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  /** The client's own id of the event. */
  @Column({ name: 'event_id', type: 'varchar', length: 100 })
  eventId: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** The event as sent, an ID number replaced by its masked form. */
  @Column({ type: 'jsonb' })
  event: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  status: EventStatus;

  @ForeignKey(() => Household, { name: 'FK_integration_events_household', onDelete: 'RESTRICT' })
  @Column({ name: 'household_id', type: 'int', nullable: true })
  householdId: number | null;

  @ForeignKey(() => Program, { name: 'FK_integration_events_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int', nullable: true })
  programId: number | null;

  @Column({ name: 'claim_id', type: 'bigint', nullable: true })
  claimId: string | null;

  @Column({ name: 'notice_id', type: 'bigint', nullable: true })
  noticeId: string | null;

  @Column({ name: 'transaction_id', type: 'bigint', nullable: true })
  transactionId: string | null;

  /** Points granted (after the cap), for an entry. */
  @Column({ type: 'bigint', nullable: true })
  points: string | null;

  @Column({ type: 'boolean', default: false })
  capped: boolean;

  /** Why it is dead: an error code of the catalogue. */
  @Column({ name: 'error_code', type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @Column({ name: 'error_details', type: 'jsonb', nullable: true })
  errorDetails: Record<string, unknown> | null;

  @Column({ type: 'int', default: 1 })
  attempts: number;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;

  /** The staff user who replayed or dismissed it last. */
  @ForeignKey(() => User, { name: 'FK_integration_events_handled_by', onDelete: 'RESTRICT' })
  @Column({ name: 'handled_by', type: 'int', nullable: true })
  handledBy: number | null;
}

export const EVENT_PATHS = ['claim', 'entry'] as const;
export type EventPath = (typeof EVENT_PATHS)[number];

/** How a county's events of a type count: a rule of a household program, as a claim to review or an entry on notice. One per type in a county. */
@Entity('event_mappings')
@Index('UQ_event_mappings_county_type', ['countyId', 'eventType'], { unique: true })
@Check('CHK_event_mappings_path', `"path" IN ('claim', 'entry')`)
export class EventMapping {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Region, { name: 'FK_event_mappings_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType: string;

  @ForeignKey(() => Program, { name: 'FK_event_mappings_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @ForeignKey(() => Rule, { name: 'FK_event_mappings_rule', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_id', type: 'int' })
  ruleId: number;

  @Column({ type: 'varchar', length: 8 })
  path: EventPath;

  @ForeignKey(() => User, { name: 'FK_event_mappings_set_by', onDelete: 'RESTRICT' })
  @Column({ name: 'set_by', type: 'int' })
  setBy: number;

  @CreateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}
