import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import { countyIdOf } from '../common/auth/scope.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import { ProgramsService } from '../programs/programs.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { ClientSecrets, newKeyId } from './client-secrets.js';
import type { ApiClient, ApiClientSecret, EventMapping } from './integration.entities.js';
import type { ClientView, CreateClientDto, IssuedSecretView, MappingDto, MappingView } from './integration.dto.js';
import { IntegrationRepository } from './integration.repository.js';

/** Active secrets a client may have at once: the current one and, while rotating, the next. */
const MAX_ACTIVE_SECRETS = 2;
/** No password hashes to this: the account of a client never logs in. */
const NO_LOGIN = '!api-client';

export function clientView(c: ApiClient, secrets: ApiClientSecret[]): ClientView {
  return {
    id: c.id,
    keyId: c.keyId,
    name: c.name,
    regionId: c.regionId,
    eventTypes: c.eventTypes,
    userId: c.userId,
    secrets: secrets.filter((s) => s.clientId === c.id).map((s) => ({ id: s.id, createdAt: s.createdAt, revokedAt: s.revokedAt })),
    createdAt: c.createdAt,
    revokedAt: c.revokedAt,
    lastUsedAt: c.lastUsedAt,
  };
}

const mappingView = (m: EventMapping): MappingView => ({
  id: m.id,
  eventType: m.eventType,
  programId: m.programId,
  ruleId: m.ruleId,
  path: m.path,
  setBy: m.setBy,
  setAt: m.setAt,
});

/**
 * API clients of a county (docs/integration.md): made by the county admin with the subtree and
 * event types they may use, a secret shown once (a second one while rotating), revoked at once;
 * and the mapping of event types to rules.
 */
@Injectable()
export class ClientsService {
  readonly secrets: ClientSecrets;

  constructor(
    private readonly db: DataSource,
    private readonly repo: IntegrationRepository,
    private readonly regions: RegionsService,
    private readonly users: UsersRepository,
    private readonly declarations: StaffDeclarations,
    private readonly programs: ProgramsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secrets = new ClientSecrets(config.piiHashKey);
  }

  /** The staff account a client acts as: a clerk of its region who never logs in and never reviews. */
  actorOf(client: ApiClient, regionPath: string): UserActor {
    return {
      kind: 'user',
      id: client.userId,
      username: `api-${client.keyId}`,
      displayName: client.name,
      role: 'village_clerk',
      regionId: client.regionId,
      regionPath,
    };
  }

  async create(actor: UserActor, dto: CreateClientDto): Promise<IssuedSecretView> {
    const region = await this.regions.getInScope(actor, dto.regionId);
    const keyId = newKeyId();
    const issued = this.secrets.issue();
    const { client, secret } = await this.db.transaction(async (m) => {
      const user = await this.users.insert(
        {
          username: `api-${keyId}`,
          passwordHash: NO_LOGIN,
          displayName: `${dto.name.slice(0, 96)}（接口）`,
          role: 'village_clerk',
          regionId: region.id,
        },
        m,
      );
      const client = await this.repo.insertClient(m, {
        keyId,
        countyId: countyIdOf(actor),
        regionId: region.id,
        name: dto.name,
        eventTypes: [...dto.eventTypes].sort(),
        userId: user.id,
        createdBy: actor.id,
      });
      const secret = await this.repo.insertSecret(m, { clientId: client.id, salt: issued.salt, secretHash: issued.secretHash });
      return { client, secret };
    });
    // The account cannot log in; it declares no household of its own (separation of duties asks every entering account to).
    await this.users.update(client.userId, { active: false });
    await this.declarations.declare(this.actorOf(client, region.path), { householdId: null, relatedHouseholdIds: [] });
    return { client: clientView((await this.repo.client(client.id))!, [secret]), secretId: secret.id, secret: issued.secret };
  }

  async list(actor: UserActor): Promise<ClientView[]> {
    const clients = await this.repo.clientsOf(countyIdOf(actor));
    const secrets = await this.repo.secretsOf(clients.map((c) => c.id));
    return clients.map((c) => clientView(c, secrets));
  }

  async addSecret(actor: UserActor, id: number): Promise<IssuedSecretView> {
    const client = await this.ownClient(actor, id);
    // A staff call: 409, not the 401 an outside system's request gets.
    if (client.revokedAt) throw new DomainError('ALREADY_REVOKED', { clientId: id });
    if ((await this.repo.activeSecrets(id)).length >= MAX_ACTIVE_SECRETS) throw new DomainError('TOO_MANY_SECRETS', { clientId: id });
    const issued = this.secrets.issue();
    const secret = await this.repo.insertSecret(null, { clientId: id, salt: issued.salt, secretHash: issued.secretHash });
    return { client: clientView(client, await this.repo.secretsOf([id])), secretId: secret.id, secret: issued.secret };
  }

  async revokeSecret(actor: UserActor, id: number, secretId: number): Promise<ClientView> {
    const client = await this.ownClient(actor, id);
    if (!(await this.repo.revokeSecret(id, secretId))) throw notFound('secret', secretId);
    return clientView(client, await this.repo.secretsOf([id]));
  }

  async revoke(actor: UserActor, id: number): Promise<ClientView> {
    await this.ownClient(actor, id);
    if (!(await this.repo.revokeClient(id, actor.id))) throw new DomainError('ALREADY_REVOKED', { clientId: id });
    return clientView((await this.repo.client(id))!, await this.repo.secretsOf([id]));
  }

  async mappings(actor: UserActor): Promise<MappingView[]> {
    return (await this.repo.mappings(countyIdOf(actor))).map(mappingView);
  }

  async setMapping(actor: UserActor, dto: MappingDto): Promise<MappingView> {
    const { program, rule } = await this.programs.getWithRule(actor, dto.programId, dto.ruleId);
    if (program.countyId !== countyIdOf(actor)) throw new DomainError('OUT_OF_SCOPE', { programId: program.id });
    if (program.holderType !== 'household') throw new DomainError('NOT_A_HOUSEHOLD_PROGRAM', { programId: program.id });
    if (!rule) throw notFound('rule', dto.ruleId);
    return mappingView(
      await this.repo.setMapping({
        countyId: countyIdOf(actor),
        eventType: dto.eventType,
        programId: program.id,
        ruleId: dto.ruleId,
        path: dto.path,
        setBy: actor.id,
      }),
    );
  }

  async removeMapping(actor: UserActor, id: number): Promise<void> {
    if (!(await this.repo.removeMapping(countyIdOf(actor), id))) throw notFound('mapping', id);
  }

  private async ownClient(actor: UserActor, id: number): Promise<ApiClient> {
    const client = await this.repo.client(id);
    if (!client || client.countyId !== countyIdOf(actor)) throw notFound('client', id);
    return client;
  }
}
