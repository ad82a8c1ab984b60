import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import type { Provenance } from '../common/auth/provenance.js';
import { dayIn } from '../common/calendar/calendar.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { ERROR_CATALOGUE, fillTemplate, type ErrorCode } from '../common/errors/error-codes.js';
import type { Language } from '../common/errors/error.filter.js';
import { hashPii, maskIdNumber } from '../common/pii.js';
import { PostEntries } from '../awards/post-entries.use-case.js';
import { ClaimsService } from '../claims/claims.service.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { versionToApply } from '../programs/rule-versions.js';
import { ProgramsService } from '../programs/programs.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { ClientsService } from './clients.service.js';
import type { ApiClient, IntegrationEvent } from './integration.entities.js';
import type { EventResultView, EventView, IntegrationEventDto } from './integration.dto.js';
import { IntegrationRepository, type EventOutcome } from './integration.repository.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { countyIdOf } from '../common/auth/scope.js';

/** The event was accepted by a concurrent request first: what this one made is rolled back. */
class AcceptedElsewhere extends Error {}

/** An event as kept: the ID number replaced by its keyed hash (to find the household again on replay) and its masked form. */
type StoredEvent = Omit<IntegrationEventDto, 'household'> & {
  household: Omit<IntegrationEventDto['household'], 'idNumber'> & { idNumberHash?: string; idNumberMasked?: string };
};

const accepted = (e: IntegrationEvent, status: 'accepted' | 'duplicate'): EventResultView => ({
  eventId: e.eventId,
  status,
  claimId: e.claimId,
  noticeId: e.noticeId,
  transactionId: e.transactionId,
  points: e.points === null ? null : Number(e.points),
  capped: e.capped,
});

/** An event as staff see it: the ID number's keyed hash is not shown (its masked form is). */
export function eventView(e: IntegrationEvent, clientName: string): EventView {
  const event = e.event as StoredEvent;
  const { idNumberHash: _hash, ...household } = event.household ?? {};
  const dismissed = e.errorDetails?.dismissed;
  return {
    ...e,
    clientName,
    event: { ...event, household } as unknown as Record<string, unknown>,
    dismissReason: typeof dismissed === 'string' ? dismissed : null,
  };
}

/**
 * Events of outside systems (docs/integration.md): each accepted once per client event id, under
 * the county's mapping of its type, as a claim waiting for review or an entry as a clerk makes one
 * (caps, separation of duties and notice periods apply); its record is written in the same
 * transaction as the claim or entry. What cannot be accepted waits in the dead-letter list, with
 * its reason, for staff to map and replay or dismiss.
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly repo: IntegrationRepository,
    private readonly clients: ClientsService,
    private readonly regions: RegionsService,
    private readonly programs: ProgramsService,
    private readonly households: HouseholdLookupsRepository,
    private readonly claims: ClaimsService,
    private readonly entries: PostEntries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(
    client: ApiClient,
    events: IntegrationEventDto[],
    requestId: string | null,
    language: Language,
  ): Promise<EventResultView[]> {
    const stored = events.map((e) => this.stored(e));
    return this.processAll(client, stored, requestId, null, language);
  }

  /** Staff replay a dead event (after mapping its type, say). */
  async replay(actor: UserActor, id: string, language: Language): Promise<EventResultView> {
    const e = await this.ownEvent(actor, id);
    if (e.status !== 'dead') throw new DomainError('EVENT_NOT_DEAD', { status: e.status });
    const client = (await this.repo.client(e.clientId))!;
    if (client.revokedAt) throw new DomainError('EVENT_CLIENT_REVOKED', { clientId: client.keyId });
    const [result] = await this.processAll(client, [e.event as StoredEvent], null, actor.id, language);
    return result;
  }

  async dismiss(actor: UserActor, id: string, reason: string): Promise<EventView> {
    const e = await this.ownEvent(actor, id);
    if (!(await this.repo.dismiss(id, actor.id, reason))) throw new DomainError('EVENT_NOT_DEAD', { status: e.status });
    return eventView((await this.repo.eventById(id))!, (await this.repo.client(e.clientId))?.name ?? '');
  }

  async list(
    actor: UserActor,
    q: { status?: IntegrationEvent['status']; clientId?: number; limit?: number; offset?: number },
  ): Promise<{ items: EventView[]; total: number }> {
    const page = await this.repo.events(countyIdOf(actor), q, q.limit ?? 20, q.offset ?? 0);
    const names = new Map((await this.repo.clientsOf(countyIdOf(actor))).map((c) => [c.id, c.name]));
    return { items: page.items.map((e) => eventView(e, names.get(e.clientId) ?? '')), total: page.total };
  }

  private async ownEvent(actor: UserActor, id: string): Promise<IntegrationEvent> {
    const e = /^[1-9]\d{0,17}$/.test(id) ? await this.repo.eventById(id) : null;
    if (!e || e.countyId !== countyIdOf(actor)) throw notFound('event', id);
    return e;
  }

  private stored(e: IntegrationEventDto): StoredEvent {
    const { idNumber, ...household } = e.household;
    if (!idNumber) return { ...e, household };
    const id = idNumber.toUpperCase();
    return { ...e, household: { ...household, idNumberHash: hashPii(this.config.piiHashKey, id), idNumberMasked: maskIdNumber(id) } };
  }

  private async processAll(
    client: ApiClient,
    events: StoredEvent[],
    requestId: string | null,
    handledBy: number | null,
    language: Language,
  ): Promise<EventResultView[]> {
    const region = await this.regions.get(client.regionId);
    const actor = this.clients.actorOf(client, region.path);
    const by: Provenance = { actorType: 'user', actorId: client.userId, source: 'api', requestId };
    const results: EventResultView[] = [];
    for (const event of events) results.push(await this.process(client, actor, by, event, handledBy, language));
    return results;
  }

  private async process(
    client: ApiClient,
    actor: UserActor,
    by: Provenance,
    e: StoredEvent,
    handledBy: number | null,
    language: Language,
  ): Promise<EventResultView> {
    const before = await this.repo.event(client.id, e.id);
    if (before && before.status !== 'dead') return accepted(before, 'duplicate');
    const outcome: EventOutcome = {
      clientId: client.id,
      countyId: client.countyId,
      eventId: e.id,
      type: e.type,
      occurredAt: new Date(e.occurredAt),
      event: e as unknown as Record<string, unknown>,
      status: 'accepted',
      householdId: null,
      programId: null,
      handledBy,
    };
    const settle = async (m: EntityManager, refs: Partial<EventOutcome>) => {
      if (!(await this.repo.settle(m, { ...outcome, ...refs }))) throw new AcceptedElsewhere();
    };
    try {
      if (!client.eventTypes.includes(e.type)) throw new DomainError('EVENT_TYPE_NOT_ALLOWED', { type: e.type });
      const mapping = await this.repo.mapping(client.countyId, e.type);
      if (!mapping) throw new DomainError('UNMAPPED_EVENT_TYPE', { type: e.type });
      outcome.programId = mapping.programId;
      const { program, rule } = await this.programs.getWithRule(actor, mapping.programId, mapping.ruleId);
      if (!rule) throw notFound('rule', mapping.ruleId);
      const h = e.household;
      const named = h.cardCode || h.idNumberHash || (h.villageCode && h.householdNo) ? h : null;
      const household = named
        ? await this.households.householdNamed(program.countyPath, {
            cardCode: h.cardCode,
            idNumberHash: h.idNumberHash,
            villageCode: h.villageCode,
            householdNo: h.householdNo,
          })
        : null;
      if (!household) throw new DomainError('HOUSEHOLD_NOT_IDENTIFIED', { household: { ...h, idNumberHash: undefined } });
      outcome.householdId = household.id;
      if (!household.path.startsWith(actor.regionPath)) throw new DomainError('OUT_OF_SCOPE', { householdId: household.id });
      const occurredOn = dayIn(program.timezone, outcome.occurredAt);
      const memo = [`${client.name}：${e.type}`, e.memo, e.evidenceUrl].filter(Boolean).join(' · ').slice(0, 500);
      if (mapping.path === 'claim') {
        const claim = await this.claims.file(
          actor,
          { programId: program.id, ruleId: mapping.ruleId, householdId: household.id, occurredOn, memo },
          (m, claimId) => settle(m, { householdId: household.id, programId: program.id, claimId }),
        );
        return { eventId: e.id, status: 'accepted', claimId: claim.id };
      }
      const entry = { ruleId: mapping.ruleId, holderIds: [household.id], occurredOn, memo, evidence: e.evidenceUrl ? [e.evidenceUrl] : [] };
      // The rule's version for the deed's day says award or deduction (and refuses a rule not in force).
      const kind = versionToApply(program, mapping.ruleId, rule.versions, occurredOn).points > 0 ? 'award' : 'deduction';
      const done = await this.entries.execute(
        actor,
        program.id,
        kind,
        kind === 'award' ? entry : { ...entry, reason: memo },
        null,
        by,
        (m, response) => {
          const r = response.results[0];
          return settle(m, {
            householdId: household.id,
            programId: program.id,
            noticeId: r.noticeId,
            transactionId: r.transactionId,
            points: r.points,
            capped: r.capped,
          });
        },
      );
      const r = done.body.results[0];
      return {
        eventId: e.id,
        status: 'accepted',
        noticeId: r.noticeId,
        transactionId: r.transactionId,
        points: r.points,
        capped: r.capped,
      };
    } catch (error) {
      if (error instanceof AcceptedElsewhere) return accepted((await this.repo.event(client.id, e.id))!, 'duplicate');
      if (!(error instanceof DomainError)) throw error;
      const code = error.code as ErrorCode;
      if (!(await this.repo.settle(null, { ...outcome, status: 'dead', errorCode: code, errorDetails: error.details ?? null }))) {
        return accepted((await this.repo.event(client.id, e.id))!, 'duplicate');
      }
      const entry = ERROR_CATALOGUE[code];
      return { eventId: e.id, status: 'refused', code, message: fillTemplate(language === 'en' ? entry.en : entry.zh, error.details) };
    }
  }
}
