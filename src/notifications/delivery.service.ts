import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { ChannelsRepository } from './channels.repository.js';
import type { NotificationChannel } from './message.entities.js';
import { OutboxRepository, type DeliveryRow, type MessageRow } from './outbox.repository.js';
import { dayStart, nextDayStart, quietUntil } from './quiet-hours.js';
import { SecretBox } from './secret-box.js';
import { DeliveryError, sendTencentSms, sendWebhook, type Outgoing } from './senders.js';

/** Deliveries taken per round, and sent at once within a round. */
const BATCH = 50;
const PARALLEL = 4;
/** A taken delivery whose worker died is tried again after this. */
const LEASE_SECONDS = 300;

/** A batch of deliveries' channels, secrets, messages, households and phone numbers, read once. */
interface Batch {
  channels: Map<number, NotificationChannel>;
  /** Each channel's opened secret; null when it cannot be opened. */
  secrets: Map<number, string | null>;
  messages: Map<string, MessageRow>;
  addresses: Map<number, { householdNo: string; villageId: number; villageCode: string }>;
  phones: Map<number, string>;
}

export interface DeliveryRound {
  queued: number;
  sent: number;
  retried: number;
  held: number;
  failed: number;
}

/**
 * Sends what the outbox holds through the county's channels (the `message-delivery` job): queues
 * each new message for each channel, then takes due deliveries, holds them through quiet hours and
 * past the daily limit per household, sends, and records sent, a retry with doubling waits, or
 * failed with the reason. The receiver sees the same delivery id on every try.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Messages');
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly channels: ChannelsRepository,
    private readonly households: HouseholdLookupsRepository,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One round: everything due now, in batches, until none is left. */
  async deliverDue(now: () => Date = () => new Date()): Promise<DeliveryRound> {
    const round: DeliveryRound = { queued: await this.outbox.queueNew(), sent: 0, retried: 0, held: 0, failed: 0 };
    for (;;) {
      const due = await this.outbox.claimDue(BATCH, LEASE_SECONDS);
      if (due.length === 0) break;
      const batch = await this.load(due);
      for (let i = 0; i < due.length; i += PARALLEL) {
        const outcomes = await Promise.all(due.slice(i, i + PARALLEL).map((d) => this.deliver(d, batch, now())));
        for (const o of outcomes) round[o] += 1;
      }
    }
    if (round.sent + round.failed + round.retried > 0) this.logger.log(round, 'messages delivered');
    return round;
  }

  /** What a batch of deliveries needs, read once: channels with their opened secrets, messages, households, phone numbers. */
  private async load(due: DeliveryRow[]): Promise<Batch> {
    const channels = await this.channels.findMany([...new Set(due.map((d) => d.channelId))]);
    const messages = await this.outbox.messages([...new Set(due.map((d) => d.messageId))]);
    const householdIds = [...new Set(messages.map((m) => m.householdId))];
    const secrets = new Map(channels.map((c) => [c.id, this.openQuietly(c.secretSealed)]));
    return {
      channels: new Map(channels.map((c) => [c.id, c])),
      secrets,
      messages: new Map(messages.map((m) => [m.id, m])),
      addresses: new Map((await this.households.addresses(householdIds)).map((a) => [a.id, a])),
      phones: new Map(
        (await this.channels.contacts(householdIds)).flatMap((c) => {
          const phone = this.openQuietly(c.phoneSealed);
          return phone === null ? [] : [[c.householdId, phone] as const];
        }),
      ),
    };
  }

  /** A sealed value opened, or null when it was sealed under another key (PII_HASH_KEY changed). */
  private openQuietly(sealed: string): string | null {
    try {
      return this.box.open(sealed);
    } catch {
      return null;
    }
  }

  private async deliver(d: DeliveryRow, batch: Batch, now: Date): Promise<'sent' | 'retried' | 'held' | 'failed'> {
    const channel = batch.channels.get(d.channelId)!;
    if (channel.disabledAt) {
      await this.outbox.markFailed(d, 'CHANNEL_DISABLED: the channel was disabled before the message went out');
      return 'failed';
    }
    const quietEnd = quietUntil(now, channel.quietFrom, channel.quietUntil);
    if (quietEnd) {
      await this.outbox.retryAt(d, quietEnd, 'QUIET_HOURS: held until the quiet hours end', false);
      return 'held';
    }
    if ((await this.outbox.sentSince(channel.id, d.householdId, dayStart(now))) >= channel.dailyLimit) {
      const tomorrow = nextDayStart(now);
      const at = quietUntil(tomorrow, channel.quietFrom, channel.quietUntil) ?? tomorrow;
      await this.outbox.retryAt(d, at, `DAILY_LIMIT: ${channel.dailyLimit} messages to this household today`, false);
      return 'held';
    }
    try {
      const ref = await this.send(d, channel, batch);
      await this.outbox.markSent(d, ref);
      return 'sent';
    } catch (error) {
      const e = error instanceof DeliveryError ? error : new DeliveryError('ERROR', (error as Error).message, true);
      const reason = `${e.code}: ${e.message}`;
      if (!e.retry || d.attempts >= this.config.messages.maxAttempts) {
        await this.outbox.markFailed(d, reason);
        this.logger.warn({ messageId: d.messageId, channelId: d.channelId, attempts: d.attempts, reason }, 'message not delivered');
        return 'failed';
      }
      const wait = this.config.messages.retrySeconds * 2 ** (d.attempts - 1);
      await this.outbox.retryAt(d, new Date(now.getTime() + wait * 1000), reason, true);
      return 'retried';
    }
  }

  private send(d: DeliveryRow, channel: NotificationChannel, batch: Batch): Promise<string | null> {
    const message = batch.messages.get(d.messageId);
    if (!message) throw new DeliveryError('NO_MESSAGE', `message ${d.messageId} is gone`, false);
    const secret = batch.secrets.get(channel.id);
    if (!secret) throw new DeliveryError('SECRET_UNREADABLE', "the channel's secret cannot be opened (was PII_HASH_KEY changed?)", false);
    const household = batch.addresses.get(message.householdId);
    const out: Outgoing = {
      channel,
      secret,
      message,
      household: household
        ? { householdNo: household.householdNo, villageId: household.villageId, villageCode: household.villageCode }
        : null,
      phone: batch.phones.get(message.householdId) ?? null,
    };
    return channel.kind === 'webhook' ? sendWebhook(out) : sendTencentSms(out);
  }
}
