import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import { countyIdOf } from '../common/auth/scope.js';
import { DomainError, invalidField } from '../common/errors/domain-error.js';
import { HouseholdLookupsRepository } from './household-lookups.repository.js';
import { StaffDeclarationsRepository, type CurrentDeclaration } from './staff-declarations.repository.js';

/** A staff user's conflict-of-interest declaration as the API shows it. */
export interface DeclarationState {
  /** The row that holds (null: nothing declared or recorded). */
  id: number | null;
  userId: number;
  householdId: number | null;
  relatedHouseholdIds: number[];
  declaredAt: Date | null;
  recordedBy: number | null;
  recordedAt: Date | null;
}

/** What an entry or a review touches, and whether its program asks for a declaration first. */
export interface ConflictCheck {
  /** The holder type of the program, and the holders the entry or review is for. */
  holderType: 'household' | 'village' | 'staff';
  holderIds: number[];
  /** Other households it touches: the household whose objection is decided. */
  households?: number[];
  /** The program's `requireCoiDeclaration`. */
  required: boolean;
  /** Added to the details of a refusal (a claim's or an objection's id). */
  details?: Record<string, unknown>;
}

function stateOf(userId: number, d: CurrentDeclaration | null): DeclarationState {
  return {
    id: d?.id ?? null,
    userId,
    householdId: d?.householdId ?? null,
    relatedHouseholdIds: d?.relatedHouseholdIds ?? [],
    declaredAt: d?.declaredAt ?? null,
    recordedBy: d?.recordedBy ?? null,
    recordedAt: d?.recordedAt ?? null,
  };
}

/**
 * Conflict-of-interest declarations (利益冲突申报): the household a staff user lives in and their
 * related households (亲属户), declared by the user before their first entry or review, and the
 * one check of separation of duties that awards, deductions, claim reviews and objection
 * decisions all call.
 */
@Injectable()
export class StaffDeclarations {
  constructor(
    private readonly repo: StaffDeclarationsRepository,
    private readonly lookups: HouseholdLookupsRepository,
  ) {}

  /** The caller declares for themselves: the household they live in (null: none of the county's) and their related households, all of the caller's county. */
  async declare(actor: UserActor, dto: { householdId: number | null; relatedHouseholdIds: number[] }): Promise<DeclarationState> {
    const { householdId, relatedHouseholdIds } = dto;
    if (householdId !== null && relatedHouseholdIds.includes(householdId))
      throw invalidField('relatedHouseholdIds', 'the household you live in is not also a related one', 'notOwnHousehold');
    const ids = householdId === null ? relatedHouseholdIds : [householdId, ...relatedHouseholdIds];
    const places = await this.lookups.householdPlaces(ids);
    const missing = ids.filter((id) => !places.some((p) => p.id === id));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', { resource: 'household', ids: missing });
    const county = `/${countyIdOf(actor)}/`;
    const outside = places.filter((p) => !p.path.startsWith(county)).map((p) => p.id);
    if (outside.length > 0) throw new DomainError('OUT_OF_SCOPE', { householdIds: outside, reason: 'households of your county only' });
    await this.repo.insert({
      userId: actor.id,
      householdId,
      relatedHouseholdIds: [...relatedHouseholdIds].sort((a, b) => a - b),
      declaredBy: actor.id,
    });
    return this.state(actor.id);
  }

  /** A manager records the household a user lives in (null: none); the user's related households stay as declared. The id of the declaration made. */
  recordHousehold(actor: UserActor, userId: number, householdId: number | null): Promise<number> {
    return this.repo.insertHousehold(userId, householdId, actor.id);
  }

  async state(userId: number): Promise<DeclarationState> {
    return stateOf(userId, await this.repo.current(userId));
  }

  /**
   * Separation of duties for one entry or review: a user who has not declared (where the program
   * asks for it) is refused COI_UNDECLARED; one who is the holder in a staff program, or whose own
   * or related household it touches, OWN_HOUSEHOLD.
   */
  async assertMayAct(actor: UserActor, check: ConflictCheck, m?: EntityManager): Promise<void> {
    const declared = await this.repo.current(actor.id, m);
    if (check.required && !declared?.declaredAt) throw new DomainError('COI_UNDECLARED', { ...check.details, userId: actor.id });
    if (check.holderType === 'staff' && check.holderIds.includes(actor.id))
      throw new DomainError('OWN_HOUSEHOLD', { ...check.details, holderId: actor.id });
    if (!declared) return;
    const touched = [...(check.holderType === 'household' ? check.holderIds : []), ...(check.households ?? [])];
    const own = touched.find((id) => id === declared.householdId);
    const related = touched.find((id) => declared.relatedHouseholdIds.includes(id));
    if (own !== undefined) throw new DomainError('OWN_HOUSEHOLD', { ...check.details, householdId: own, relation: 'own' });
    if (related !== undefined) throw new DomainError('OWN_HOUSEHOLD', { ...check.details, householdId: related, relation: 'related' });
  }
}
