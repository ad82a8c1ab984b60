import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { assertInScope, countyIdOf } from '../common/auth/scope.js';
import { invalidField, notFound, outOfScope } from '../common/errors/domain-error.js';
import type { Language } from '../common/errors/error.filter.js';
import { maskPhone } from '../common/pii.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { ChannelsRepository } from './channels.repository.js';
import type { NotificationChannel } from './message.entities.js';
import type { ChannelView, ContactView, CreateChannelDto, MessagesPage, MessageView, UpdateChannelDto } from './notifications.dto.js';
import { OutboxRepository, type DeliveryRow, type MessageRow } from './outbox.repository.js';
import { formatClock, parseClock } from './quiet-hours.js';
import { SecretBox } from './secret-box.js';
import { MESSAGE_TEMPLATES, renderMessage } from './templates.js';

/** Quiet hours a new channel has unless told otherwise: 21:30 to 07:30. */
const DEFAULT_QUIET = { from: '21:30', until: '07:30' };

function messageView(m: MessageRow, language: Language, deliveries?: DeliveryRow[]): MessageView {
  return {
    id: m.id,
    householdId: m.householdId,
    template: m.template,
    values: m.values,
    text: renderMessage(m.template, m.values, language),
    subject: m.subjectType && m.subjectId ? { type: m.subjectType, id: m.subjectId } : null,
    createdAt: m.createdAt,
    ...(deliveries
      ? {
          deliveries: deliveries.map(({ channelId, status, attempts, nextAttemptAt, lastError, sentAt, providerRef }) => ({
            channelId,
            status,
            attempts,
            nextAttemptAt,
            lastError,
            sentAt,
            providerRef,
          })),
        }
      : {}),
  };
}

/** A page of `limit` from `limit + 1` rows read newest first, and the cursor of the next page when the extra row says there is one. */
function pageOf<R extends { id: string }>(rows: R[], limit: number): { rows: R[]; nextBefore: string | null } {
  const page = rows.slice(0, limit);
  return { rows: page, nextBefore: rows.length > limit ? page[page.length - 1].id : null };
}

function channelView(c: NotificationChannel): ChannelView {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    settings: c.settings,
    quietHours: c.quietFrom === null || c.quietUntil === null ? null : { from: formatClock(c.quietFrom), until: formatClock(c.quietUntil) },
    dailyLimit: c.dailyLimit,
    enabled: c.disabledAt === null,
    createdAt: c.createdAt,
  };
}

function checkTemplates(templates: Record<string, string>, field: string): void {
  for (const [code, id] of Object.entries(templates)) {
    if (!(MESSAGE_TEMPLATES as readonly string[]).includes(code)) throw invalidField(field, `${code} is not a message template`, 'isIn');
    if (typeof id !== 'string' || !/^\d{1,20}$/.test(id)) throw invalidField(field, `the template id of ${code} must be digits`, 'matches');
  }
}

/** The household inbox, the county's message list, its channels, and households' phone numbers for SMS. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly channels: ChannelsRepository,
    private readonly households: HouseholdLookupsRepository,
    private readonly box: SecretBox,
  ) {}

  /** A household's messages, newest first: its resident, or staff who may read the household (with what the channels did). */
  async householdMessages(
    reader: UserActor | ResidentActor,
    householdId: number,
    q: { limit?: number; before?: string },
    language: Language,
  ): Promise<MessagesPage> {
    if (reader.kind === 'resident') {
      if (reader.householdId !== householdId) throw outOfScope({ householdId });
    } else {
      await this.householdInScope(reader, householdId);
    }
    const limit = q.limit ?? 20;
    const { rows, nextBefore } = pageOf(await this.outbox.householdMessages(householdId, limit + 1, q.before), limit);
    const deliveries = reader.kind === 'user' ? await this.outbox.deliveriesOf(rows.map((r) => r.id)) : undefined;
    return {
      items: rows.map((r) =>
        messageView(
          r,
          language,
          deliveries?.filter((d) => d.messageId === r.id),
        ),
      ),
      nextBefore,
    };
  }

  /** The county's messages with their deliveries, newest first. */
  async countyMessages(
    actor: UserActor,
    q: { limit?: number; before?: string; status?: DeliveryRow['status']; householdId?: number },
    language: Language,
  ): Promise<MessagesPage> {
    if (q.householdId !== undefined) await this.householdInScope(actor, q.householdId);
    const limit = q.limit ?? 20;
    const filter = { householdIds: q.householdId ? [q.householdId] : undefined, status: q.status };
    const { rows, nextBefore } = pageOf(await this.outbox.countyMessages(countyIdOf(actor), filter, limit + 1, q.before), limit);
    return { items: rows.map((r) => messageView(r, language, r.deliveries)), nextBefore };
  }

  async listChannels(actor: UserActor): Promise<ChannelView[]> {
    return (await this.channels.ofCounty(countyIdOf(actor))).map(channelView);
  }

  async createChannel(actor: UserActor, dto: CreateChannelDto): Promise<ChannelView> {
    const quiet = dto.quietHours === undefined ? DEFAULT_QUIET : dto.quietHours;
    let settings: Record<string, unknown>;
    let secret: string;
    if (dto.kind === 'webhook' && dto.tencent !== undefined)
      throw invalidField('tencent', 'a webhook channel takes a url, not tencent', 'isEmpty');
    if (dto.kind === 'tencent_sms' && dto.url !== undefined)
      throw invalidField('url', 'an SMS channel takes tencent, not a url', 'isEmpty');
    if (dto.kind === 'webhook') {
      settings = { url: dto.url };
      secret = `whsec_${randomBytes(24).toString('base64')}`;
    } else {
      const t = dto.tencent!;
      checkTemplates(t.templates, 'tencent.templates');
      settings = {
        endpoint: t.endpoint ?? 'https://sms.tencentcloudapi.com',
        region: t.region ?? 'ap-guangzhou',
        sdkAppId: t.sdkAppId,
        signName: t.signName,
        secretId: t.secretId,
        templates: t.templates,
      };
      secret = t.secretKey;
    }
    const row = await this.channels.insert({
      countyId: countyIdOf(actor),
      kind: dto.kind,
      name: dto.name,
      settings,
      secretSealed: this.box.seal(secret),
      quietFrom: quiet ? parseClock(quiet.from) : null,
      quietUntil: quiet ? parseClock(quiet.until) : null,
      dailyLimit: dto.dailyLimit ?? 5,
      createdBy: actor.id,
    });
    const saved = (await this.channels.find(row.id))!;
    return dto.kind === 'webhook' ? { ...channelView(saved), secret } : channelView(saved);
  }

  async updateChannel(actor: UserActor, id: number, dto: UpdateChannelDto): Promise<ChannelView> {
    const channel = await this.channels.find(id);
    if (!channel || channel.countyId !== countyIdOf(actor)) throw notFound('channel', id);
    const patch: Partial<NotificationChannel> = {};
    if (dto.name !== undefined) patch.name = dto.name;
    if (dto.dailyLimit !== undefined) patch.dailyLimit = dto.dailyLimit;
    if (dto.quietHours !== undefined) {
      patch.quietFrom = dto.quietHours ? parseClock(dto.quietHours.from) : null;
      patch.quietUntil = dto.quietHours ? parseClock(dto.quietHours.until) : null;
    }
    if (dto.enabled !== undefined) patch.disabledAt = dto.enabled ? null : (channel.disabledAt ?? new Date());
    if (dto.templates !== undefined) {
      if (channel.kind !== 'tencent_sms') throw invalidField('templates', 'only an SMS channel has templates', 'isEmpty');
      checkTemplates(dto.templates, 'templates');
      patch.settings = { ...channel.settings, templates: dto.templates };
    }
    await this.channels.update(id, patch);
    return channelView((await this.channels.find(id))!);
  }

  async setContact(actor: UserActor, householdId: number, phone: string): Promise<ContactView> {
    await this.householdInScope(actor, householdId);
    const stored = await this.channels.setContact({
      householdId,
      phoneSealed: this.box.seal(phone),
      phoneMasked: maskPhone(phone),
      setBy: actor.id,
    });
    return { householdId, ...stored };
  }

  async contact(actor: UserActor, householdId: number): Promise<ContactView> {
    await this.householdInScope(actor, householdId);
    const c = await this.channels.contact(householdId);
    if (!c) throw notFound('contact', householdId);
    return { householdId, phoneMasked: c.phoneMasked, setAt: c.setAt };
  }

  async removeContact(actor: UserActor, householdId: number): Promise<void> {
    await this.householdInScope(actor, householdId);
    if (!(await this.channels.removeContact(householdId))) throw notFound('contact', householdId);
  }

  /** Households of the actor's subtree only, to read as to change. */
  private async householdInScope(actor: UserActor, householdId: number): Promise<void> {
    const [place] = await this.households.householdPlaces([householdId]);
    if (!place) throw notFound('household', householdId);
    assertInScope(actor, place.path, { householdId });
  }
}
