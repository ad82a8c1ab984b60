import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { ChannelsRepository } from './channels.repository.js';
import type { NotificationChannel } from './message.entities.js';
import { OutboxRepository, type DeliveryRow } from './outbox.repository.js';
import { dayStart, nextDayStart, quietUntil } from './quiet-hours.js';
import { SecretBox } from './secret-box.js';
import { DeliveryError, sendTencentSms, sendWebhook, type Outgoing } from './senders.js';

/** Deliveries taken per round, and sent at once within a round. */
const BATCH = 50;
const PARALLEL = 4;
/** A taken delivery whose worker died is tried again after this. */
const LEASE_SECONDS = 300;

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
  private readonly box: SecretBox;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly channels: ChannelsRepository,
    private readonly households: HouseholdLookupsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.piiHashKey);
  }

  /** One round: everything due now, in batches, until none is left. */
  async deliverDue(now: () => Date = () => new Date()): Promise<DeliveryRound> {
    const round: DeliveryRound = { queued: await this.outbox.queueNew(), sent: 0, retried: 0, held: 0, failed: 0 };
    for (;;) {
      const due = await this.outbox.claimDue(BATCH, LEASE_SECONDS);
      if (due.length === 0) break;
      const channels = new Map((await this.channels.findMany([...new Set(due.map((d) => d.channelId))])).map((c) => [c.id, c]));
      for (let i = 0; i < due.length; i += PARALLEL) {
        const outcomes = await Promise.all(due.slice(i, i + PARALLEL).map((d) => this.deliver(d, channels.get(d.channelId)!, now())));
        for (const o of outcomes) round[o] += 1;
      }
    }
    if (round.sent + round.failed + round.retried > 0) this.logger.log(round, 'messages delivered');
    return round;
  }

  private async deliver(d: DeliveryRow, channel: NotificationChannel, now: Date): Promise<'sent' | 'retried' | 'held' | 'failed'> {
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
      const ref = await this.send(d, channel);
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

  private async send(d: DeliveryRow, channel: NotificationChannel): Promise<string | null> {
    const message = await this.outbox.message(d.messageId);
    if (!message) throw new DeliveryError('NO_MESSAGE', `message ${d.messageId} is gone`, false);
    const [household] = await this.households.addresses([message.householdId]);
    const contact = await this.channels.contact(message.householdId);
    let secret: string;
    try {
      secret = this.box.open(channel.secretSealed);
    } catch {
      throw new DeliveryError('SECRET_UNREADABLE', "the channel's secret cannot be opened (was PII_HASH_KEY changed?)", false);
    }
    const out: Outgoing = {
      channel,
      secret,
      message,
      household: household
        ? { householdNo: household.householdNo, villageId: household.villageId, villageCode: household.villageCode }
        : null,
      phone: contact ? this.box.open(contact.phoneSealed) : null,
    };
    return channel.kind === 'webhook' ? sendWebhook(out) : sendTencentSms(out);
  }
}
